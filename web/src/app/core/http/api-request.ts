import { type Observable, catchError, from, switchMap, throwError } from 'rxjs';

/** Routes that never carry the access token (they are how one gets one). */
export const NO_BEARER: readonly string[] = ['/api/auth/login', '/api/auth/refresh'];
/** Routes the refresh-token cookie authenticates: the API wants the anti-forgery header on them. */
export const COOKIE_ROUTES: readonly string[] = ['/api/auth/refresh', '/api/auth/logout'];
export const CSRF_HEADER = 'X-Concerto-Csrf';

/** The headers an API call carries: the interface language, the access token, the anti-forgery header. */
export function apiHeaders(url: string, language: string, token: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': language };
  if (token && !NO_BEARER.includes(url)) headers['Authorization'] = `Bearer ${token}`;
  if (COOKIE_ROUTES.includes(url)) headers[CSRF_HEADER] = '1';
  return headers;
}

/** A 401 on an ordinary call made with a token means it expired or its session ended: worth one refresh. */
export function mayRefreshAfter(url: string, status: number | null, hadToken: boolean): boolean {
  return status === 401 && hadToken && !url.startsWith('/api/auth/');
}

export interface RefreshingCall<T> {
  url: string;
  /** The access token the call is first sent with. */
  token: string | null;
  send(token: string | null): Observable<T>;
  /** A fresh token (the stale one is passed along), or null when the session is over. */
  refresh(stale: string | null): Promise<string | null>;
  statusOf(error: unknown): number | null;
  /** Called once when the refresh says the session is over. */
  sessionOver(): void;
}

/** Sends the call; on a 401 that may be cured, refreshes once and sends it again with the new token. */
export function sendWithRefresh<T>(call: RefreshingCall<T>): Observable<T> {
  return call.send(call.token).pipe(
    catchError((error: unknown) => {
      if (!mayRefreshAfter(call.url, call.statusOf(error), call.token !== null)) return throwError(() => error);
      return from(call.refresh(call.token)).pipe(
        switchMap((token) => {
          if (!token) {
            call.sessionOver();
            return throwError(() => error);
          }
          return call.send(token);
        }),
      );
    }),
  );
}
