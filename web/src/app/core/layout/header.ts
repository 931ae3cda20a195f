import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../auth/auth.service';
import { LanguageSwitch } from '../i18n/language-switch';

interface NavItem {
  path: string;
  key: string;
  /** Shown when the user's roles grant it (public permissions: to everyone); undefined: always. */
  permission?: Permission;
  exact?: boolean;
  testId: string;
}

const NAV: readonly NavItem[] = [
  { path: '/', key: 'core.nav.home', exact: true, testId: 'home' },
  { path: '/colleges', key: 'core.nav.colleges', permission: 'colleges.read', testId: 'colleges' },
  { path: '/members', key: 'core.nav.members', permission: 'members.read', testId: 'members' },
  { path: '/my-organization', key: 'core.nav.myOrganization', permission: 'delegateRequests.create', testId: 'my-organization' },
  { path: '/delegate-requests', key: 'core.nav.delegateRequests', permission: 'delegateRequests.review', testId: 'delegate-requests' },
  { path: '/people', key: 'core.nav.people', permission: 'people.read', testId: 'people' },
  { path: '/settings', key: 'core.nav.settings', permission: 'settings.read', testId: 'settings' },
  { path: '/audit', key: 'core.nav.audit', permission: 'audit.read', testId: 'audit' },
  { path: '/mail', key: 'mail.nav', permission: 'mail.read', testId: 'mail' },
];

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.html',
})
export class Header {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Public items for everyone, the others as the roles allow (same list as the API guards). */
  protected readonly items = computed(() => NAV.filter((item) => !item.permission || this.auth.can(item.permission)));

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigate(['/']));
  }
}
