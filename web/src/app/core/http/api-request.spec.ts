import { firstValueFrom, of, throwError } from 'rxjs';
import { apiHeaders, mayRefreshAfter, sendWithRefresh } from './api-request';

class HttpFailure {
  constructor(readonly status: number) {}
}

describe('the headers of an API call', () => {
  it('carries the language and the access token on ordinary calls, without the anti-forgery header', () => {
    expect(apiHeaders('/api/members', 'en', 'tok')).toEqual({ 'Accept-Language': 'en', Authorization: 'Bearer tok' });
    expect(apiHeaders('/api/members', 'fr', null)).toEqual({ 'Accept-Language': 'fr' });
  });

  it('never sends the access token to login or refresh, and sends the anti-forgery header to the cookie routes', () => {
    expect(apiHeaders('/api/auth/login', 'fr', 'tok')).toEqual({ 'Accept-Language': 'fr' });
    expect(apiHeaders('/api/auth/refresh', 'fr', 'tok')).toEqual({ 'Accept-Language': 'fr', 'X-Concerto-Csrf': '1' });
    expect(apiHeaders('/api/auth/logout', 'fr', 'tok')).toEqual({ 'Accept-Language': 'fr', Authorization: 'Bearer tok', 'X-Concerto-Csrf': '1' });
  });

  it('refreshes only after a 401 on an ordinary call made with a token', () => {
    expect(mayRefreshAfter('/api/members', 401, true)).toBe(true);
    expect(mayRefreshAfter('/api/members', 401, false)).toBe(false);
    expect(mayRefreshAfter('/api/members', 403, true)).toBe(false);
    expect(mayRefreshAfter('/api/auth/login', 401, true)).toBe(false);
    expect(mayRefreshAfter('/api/auth/logout', 401, true)).toBe(false);
  });
});

describe('a call whose access token was refused', () => {
  const setup = (refreshed: string | null, refusedTokens = ['old']) => {
    const sent: (string | null)[] = [];
    const refreshes: (string | null)[] = [];
    let over = 0;
    const call$ = sendWithRefresh({
      url: '/api/members',
      token: 'old',
      send: (token) => {
        sent.push(token);
        return refusedTokens.includes(token ?? '') ? throwError(() => new HttpFailure(401)) : of(`body for ${token}`);
      },
      refresh: async (stale) => {
        refreshes.push(stale);
        return refreshed;
      },
      statusOf: (e) => (e instanceof HttpFailure ? e.status : null),
      sessionOver: () => over++,
    });
    return { call$, sent, refreshes, over: () => over };
  };

  it('is refreshed once and sent again with the new token', async () => {
    const s = setup('new');
    expect(await firstValueFrom(s.call$)).toBe('body for new');
    expect(s.sent).toEqual(['old', 'new']);
    expect(s.refreshes).toEqual(['old']);
    expect(s.over()).toBe(0);
  });

  it('ends with the original error and the way to the login page when the session is over', async () => {
    const s = setup(null);
    await expect(firstValueFrom(s.call$)).rejects.toEqual(new HttpFailure(401));
    expect(s.sent).toEqual(['old']);
    expect(s.over()).toBe(1);
  });

  it('does not loop when the new token is refused too', async () => {
    const s = setup('new', ['old', 'new']);
    await expect(firstValueFrom(s.call$)).rejects.toEqual(new HttpFailure(401));
    expect(s.sent).toEqual(['old', 'new']);
    expect(s.refreshes).toEqual(['old']);
  });

  it('passes other errors through untouched', async () => {
    const sent: (string | null)[] = [];
    const call$ = sendWithRefresh({
      url: '/api/members',
      token: 'old',
      send: (token) => {
        sent.push(token);
        return throwError(() => new HttpFailure(500));
      },
      refresh: () => Promise.reject(new Error('must not refresh')),
      statusOf: (e) => (e instanceof HttpFailure ? e.status : null),
      sessionOver: () => undefined,
    });
    await expect(firstValueFrom(call$)).rejects.toEqual(new HttpFailure(500));
    expect(sent).toEqual(['old']);
  });
});
