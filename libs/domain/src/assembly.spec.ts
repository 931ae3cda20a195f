import { assemblyQuorum, credentialRefusal, earliestAssemblyDate, noticeRespected, presetAllowsProxies, proxyRefusal, speakingOrder } from './assembly';

describe('the notice period of an assembly', () => {
  it('counts full days after the convocation: 10 days sent on the 1st allows the 11th, not the 10th', () => {
    expect(earliestAssemblyDate('2027-03-01', 10)).toBe('2027-03-11');
    expect(noticeRespected('2027-03-01', '2027-03-11', 10)).toBe(true);
    expect(noticeRespected('2027-03-01', '2027-03-10', 10)).toBe(false);
  });

  it('crosses months, years and leap days', () => {
    expect(earliestAssemblyDate('2027-12-25', 10)).toBe('2028-01-04');
    expect(earliestAssemblyDate('2028-02-20', 10)).toBe('2028-03-01');
    expect(earliestAssemblyDate('2027-02-20', 10)).toBe('2027-03-02');
    expect(earliestAssemblyDate('2027-03-01', 0)).toBe('2027-03-01');
  });
});

describe('the quorum of an assembly', () => {
  it('by count: that many votes present, and always at least one', () => {
    expect(assemblyQuorum(24, 100, { type: 'count', value: 25 })).toEqual({ required: 25, met: false });
    expect(assemblyQuorum(25, 100, { type: 'count', value: 25 })).toEqual({ required: 25, met: true });
    expect(assemblyQuorum(0, 0, { type: 'count', value: 0 })).toEqual({ required: 1, met: false });
  });

  it('by percentage of the votes registered, rounded up', () => {
    expect(assemblyQuorum(3, 10, { type: 'percent', value: 25 })).toEqual({ required: 3, met: true });
    expect(assemblyQuorum(2, 10, { type: 'percent', value: 25 })).toEqual({ required: 3, met: false });
    expect(assemblyQuorum(50, 100, { type: 'percent', value: 50 })).toEqual({ required: 50, met: true });
    expect(assemblyQuorum(33, 101, { type: 'percent', value: 33 })).toEqual({ required: 34, met: false });
    expect(assemblyQuorum(0, 0, { type: 'percent', value: 50 })).toEqual({ required: 1, met: false });
  });
});

describe('credentials', () => {
  const ok = { active: true, standingOnDate: 'good_standing' as const, registeredForMember: 0, delegatesPerMember: 2 };
  it('go to an active delegate of a member in good standing within its limit', () => {
    expect(credentialRefusal(ok)).toBeNull();
    expect(credentialRefusal({ ...ok, registeredForMember: 1 })).toBeNull();
  });

  it('are refused for an inactive account, a non-delegate, a suspended or lapsed member, and past the limit, in that order', () => {
    expect(credentialRefusal({ ...ok, active: false, standingOnDate: 'suspended' })).toBe('ACCOUNT_INACTIVE');
    expect(credentialRefusal({ ...ok, standingOnDate: null })).toBe('NOT_A_DELEGATE');
    expect(credentialRefusal({ ...ok, standingOnDate: 'suspended', registeredForMember: 5 })).toBe('MEMBER_SUSPENDED');
    expect(credentialRefusal({ ...ok, standingOnDate: 'lapsed' })).toBe('MEMBER_LAPSED');
    expect(credentialRefusal({ ...ok, registeredForMember: 2 })).toBe('DELEGATE_LIMIT_REACHED');
  });
});

describe('proxies per preset', () => {
  it('are never allowed under the cooperative preset, whatever the settings say', () => {
    expect(presetAllowsProxies('cooperative')).toBe(false);
    expect(proxyRefusal({ preset: 'cooperative', proxiesAllowed: true, maxProxiesPerDelegate: 3 }, 0)).toBe('PROXIES_NOT_ALLOWED');
  });

  it('under the non-profit preset, follow the settings and the limit per holder', () => {
    expect(presetAllowsProxies('nonprofit')).toBe(true);
    expect(proxyRefusal({ preset: 'nonprofit', proxiesAllowed: false, maxProxiesPerDelegate: 3 }, 0)).toBe('PROXIES_NOT_ALLOWED');
    expect(proxyRefusal({ preset: 'nonprofit', proxiesAllowed: true, maxProxiesPerDelegate: 0 }, 0)).toBe('PROXIES_NOT_ALLOWED');
    expect(proxyRefusal({ preset: 'nonprofit', proxiesAllowed: true, maxProxiesPerDelegate: 2 }, 1)).toBeNull();
    expect(proxyRefusal({ preset: 'nonprofit', proxiesAllowed: true, maxProxiesPerDelegate: 2 }, 2)).toBe('PROXY_LIMIT_REACHED');
  });
});

describe('the speaking order', () => {
  it('puts points of order and questions of privilege first, then the others as they asked, ties by id', () => {
    const s = (id: string, kind: 'for' | 'against' | 'privilege' | 'order', requestedAt: string) => ({ id, kind, requestedAt });
    const order = speakingOrder([
      s('a', 'for', '2027-03-11T19:00:01Z'),
      s('b', 'against', '2027-03-11T19:00:00Z'),
      s('c', 'order', '2027-03-11T19:00:05Z'),
      s('e', 'for', '2027-03-11T19:00:03Z'),
      s('d', 'for', '2027-03-11T19:00:03Z'),
      s('f', 'privilege', '2027-03-11T19:00:04Z'),
    ]);
    expect(order.map((x) => x.id)).toEqual(['f', 'c', 'b', 'a', 'd', 'e']);
  });

  it('does not change the list it is given', () => {
    const list = [{ id: 'a', kind: 'for' as const, requestedAt: '2' }, { id: 'b', kind: 'order' as const, requestedAt: '1' }];
    speakingOrder(list);
    expect(list.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
