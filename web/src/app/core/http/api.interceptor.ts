import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiHeaders, sendWithRefresh } from './api-request';

/**
 * Every API call carries the interface language (the API answers errors in it), the access
 * token when signed in, and the anti-forgery header on the cookie routes. A 401 triggers one
 * refresh (shared by all tabs, see SessionSync) and one retry; if the session is over, the user
 * is sent to the login page. The decisions live in api-request.ts, tested without a browser.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const auth = inject(AuthService);
  const languages = inject(LanguageService);
  const router = inject(Router);
  return sendWithRefresh({
    url: req.url,
    token: auth.accessToken,
    send: (token) => next(req.clone({ setHeaders: apiHeaders(req.url, languages.language(), token) })),
    refresh: (stale) => auth.refreshToken(stale),
    statusOf: (error) => (error instanceof HttpErrorResponse ? error.status : null),
    sessionOver: () => void router.navigate(['/login'], { queryParams: { returnUrl: router.url } }),
  });
};
