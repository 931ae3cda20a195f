import { boardQuorum } from './index';

describe('board quorum', () => {
  it('is a majority of the seats filled by default: more than half', () => {
    expect(boardQuorum(35, 18, { type: 'majority', value: 0 })).toEqual({ required: 18, met: true });
    expect(boardQuorum(35, 17, { type: 'majority', value: 0 })).toEqual({ required: 18, met: false });
    expect(boardQuorum(4, 2, { type: 'majority', value: 0 })).toEqual({ required: 3, met: false });
    expect(boardQuorum(4, 3, { type: 'majority', value: 0 })).toEqual({ required: 3, met: true });
  });
  it('counts the seats filled, not the seats: vacancies lower the bar', () => {
    expect(boardQuorum(21, 11, { type: 'majority', value: 0 })).toEqual({ required: 11, met: true });
  });
  it('follows a number set by the bylaws', () => {
    expect(boardQuorum(20, 7, { type: 'count', value: 8 })).toEqual({ required: 8, met: false });
    expect(boardQuorum(20, 8, { type: 'count', value: 8 })).toEqual({ required: 8, met: true });
  });
  it('follows a percentage of the seats filled, rounded up', () => {
    expect(boardQuorum(10, 4, { type: 'percent', value: 40 })).toEqual({ required: 4, met: true });
    expect(boardQuorum(11, 4, { type: 'percent', value: 40 })).toEqual({ required: 5, met: false });
  });
  it('is never met without a seat filled or without anyone present', () => {
    expect(boardQuorum(0, 0, { type: 'majority', value: 0 })).toEqual({ required: 1, met: false });
    expect(boardQuorum(5, 0, { type: 'count', value: 0 })).toEqual({ required: 1, met: false });
    expect(boardQuorum(5, 0, { type: 'percent', value: 0 })).toEqual({ required: 1, met: false });
  });
});
