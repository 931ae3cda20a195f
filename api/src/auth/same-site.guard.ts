import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { authError } from './auth.errors';

/** The header the web app sends on cookie routes: a cross-site form cannot, and a cross-site script needs a CORS preflight. */
export const CSRF_HEADER = 'x-concerto-csrf';

/**
 * For the routes the refresh-token cookie authenticates (refresh, logout): the request must
 * carry `X-Concerto-Csrf: 1` and must not come from another site, as the browser tells it
 * (`Sec-Fetch-Site`, which pages cannot forge) or, from older browsers, `Origin` against `Host`.
 */
@Injectable()
export class SameSiteGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.get(CSRF_HEADER) !== '1') throw authError('CROSS_SITE_REFUSED');
    const fetchSite = req.get('sec-fetch-site');
    if (fetchSite !== undefined) {
      if (fetchSite === 'cross-site') throw authError('CROSS_SITE_REFUSED');
      return true;
    }
    const origin = req.get('origin');
    if (origin !== undefined && origin !== 'null') {
      let host: string | null = null;
      try {
        host = new URL(origin).host;
      } catch {
        host = null;
      }
      if (host !== req.get('host')) throw authError('CROSS_SITE_REFUSED');
    } else if (origin === 'null') {
      throw authError('CROSS_SITE_REFUSED');
    }
    return true;
  }
}
