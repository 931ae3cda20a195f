import { isYouth, memberStanding, seatConfigurationProblems, totalSeats, votingIneligibility } from './index';

describe('member standing', () => {
  it('is suspended when the administrator suspended it, whatever its dues', () => {
    expect(memberStanding({ suspended: true, duesPaidUntil: '2099-01-01' }, '2026-11-23')).toBe('suspended');
  });
  it('is lapsed (échu) when dues were paid until before today or never', () => {
    expect(memberStanding({ suspended: false, duesPaidUntil: '2026-11-22' }, '2026-11-23')).toBe('lapsed');
    expect(memberStanding({ suspended: false, duesPaidUntil: null }, '2026-11-23')).toBe('lapsed');
  });
  it('is in good standing through the last day its dues cover', () => {
    expect(memberStanding({ suspended: false, duesPaidUntil: '2026-11-23' }, '2026-11-23')).toBe('good_standing');
  });
});

describe('youth wing', () => {
  it('counts 35 and under as youth, from the birth year alone', () => {
    expect(isYouth(1991, 2026)).toBe(true);
    expect(isYouth(1990, 2026)).toBe(false);
    expect(isYouth(null, 2026)).toBe(false);
    expect(isYouth(1995, 2026, 30)).toBe(false);
  });
});

describe('voting eligibility', () => {
  it('only a delegate of a member in good standing may vote', () => {
    expect(votingIneligibility({ active: true, delegateOfStanding: 'good_standing' })).toBeNull();
    expect(votingIneligibility({ active: true, delegateOfStanding: null })).toBe('NOT_A_DELEGATE');
    expect(votingIneligibility({ active: true, delegateOfStanding: 'suspended' })).toBe('MEMBER_SUSPENDED');
    expect(votingIneligibility({ active: true, delegateOfStanding: 'lapsed' })).toBe('MEMBER_LAPSED');
    expect(votingIneligibility({ active: false, delegateOfStanding: 'good_standing' })).toBe('ACCOUNT_INACTIVE');
  });
});

describe('board seats', () => {
  it('adds the seats of the colleges and flags impossible configurations', () => {
    const colleges = [{ code: 'a', seatCount: 30 }, { code: 'b', seatCount: 5 }];
    expect(totalSeats(colleges)).toBe(35);
    expect(seatConfigurationProblems(colleges, 2)).toEqual([]);
    expect(seatConfigurationProblems([{ code: 'x', seatCount: -1 }], 0)).toContain('college x: seat count must be a whole number ≥ 0');
    expect(seatConfigurationProblems(colleges, 36)).toEqual(['reserved youth seats exceed the board seats']);
  });
});
