import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';

const NO_BEARER = ['/api/auth/login', '/api/auth/refresh'];

function withHeaders(req: HttpRequest<unknown>, language: string, token: string | null): HttpRequest<unknown> {
  const setHeaders: Record<string, string> = { 'Accept-Language': language };
  if (token && !NO_BEARER.includes(req.url)) setHeaders['Authorization'] = `Bearer ${token}`;
  return req.clone({ setHeaders });
}

/**
 * Every API call carries the interface language (the API answers errors in it) and, when signed
 * in, the access token. A 401 triggers one refresh and one retry; if the refresh fails, the
 * session is over and the user is sent to the login page.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const auth = inject(AuthService);
  const languages = inject(LanguageService);
  const router = inject(Router);
  const hadToken = auth.accessToken !== null;

  return next(withHeaders(req, languages.language(), auth.accessToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !hadToken || NO_BEARER.includes(req.url) || req.url === '/api/auth/logout') {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        switchMap((token) => {
          if (!token) {
            void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
            return throwError(() => error);
          }
          return next(withHeaders(req, languages.language(), token));
        }),
      );
    }),
  );
};
