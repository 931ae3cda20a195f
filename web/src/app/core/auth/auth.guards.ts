import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import type { Permission } from '@concerto/contracts';
import { AuthService } from './auth.service';

/** Signed-in users only; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  if (auth.loggedIn()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/**
 * Users whose roles grant `permission` (the same list the API guards use). Anonymous users are
 * sent to log in; signed-in users without the permission see the "not allowed" page, the address
 * they typed staying in the address bar.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (auth.can(permission)) return true;
    if (!auth.loggedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return new RedirectCommand(router.createUrlTree(['/not-allowed']), { skipLocationChange: true });
  };
}

/** The login page is for anonymous users. */
export const anonymousGuard: CanActivateFn = () => (inject(AuthService).loggedIn() ? inject(Router).createUrlTree(['/']) : true);
