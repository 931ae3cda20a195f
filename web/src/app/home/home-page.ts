import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';
import { Dashboard } from '../dashboard/dashboard';
import { PublicHome } from './public-home';

/** "/": the dashboard of a signed-in user, the public home otherwise. */
@Component({
  selector: 'app-home-page',
  imports: [Dashboard, PublicHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.loggedIn()) {
      <app-dashboard />
    } @else {
      <app-public-home />
    }
  `,
})
export class HomePage {
  protected readonly auth = inject(AuthService);
}
