import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
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
  { path: '/board', key: 'board.nav', permission: 'board.read', exact: true, testId: 'board' },
  { path: '/board/meetings', key: 'meetings.nav', permission: 'meetings.read', testId: 'meetings' },
  { path: '/board/minutes', key: 'minutes.nav', permission: 'minutes.read', testId: 'minutes' },
  { path: '/assemblies', key: 'assemblies.nav', permission: 'assemblies.read', testId: 'assemblies' },
  { path: '/archive', key: 'archive.nav', permission: 'archive.read', testId: 'archive' },
  { path: '/members', key: 'core.nav.members', permission: 'members.read', testId: 'members' },
  { path: '/my-organization', key: 'core.nav.myOrganization', permission: 'delegateRequests.create', testId: 'my-organization' },
  { path: '/delegate-requests', key: 'core.nav.delegateRequests', permission: 'delegateRequests.review', testId: 'delegate-requests' },
  { path: '/people', key: 'core.nav.people', permission: 'people.read', testId: 'people' },
  { path: '/settings', key: 'core.nav.settings', permission: 'settings.read', testId: 'settings' },
  { path: '/audit', key: 'core.nav.audit', permission: 'audit.read', testId: 'audit' },
  { path: '/mail', key: 'mail.nav', permission: 'mail.read', testId: 'mail' },
];

/**
 * A compact header: brand, language, and on phones a menu button that opens the navigation and
 * the session links (Escape closes it and gives focus back to the button; choosing a link closes
 * it). On wider screens the menu button is hidden and the navigation is always shown.
 */
@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.html',
  host: { '(document:keydown.escape)': 'closeOnEscape()' },
})
export class Header {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly toggle = viewChild.required<ElementRef<HTMLButtonElement>>('toggle');
  private readonly menu = viewChild.required<ElementRef<HTMLElement>>('menu');
  protected readonly open = signal(false);

  /** Public items for everyone, the others as the roles allow (same list as the API guards). */
  protected readonly items = computed(() => NAV.filter((item) => !item.permission || this.auth.can(item.permission)));

  constructor() {
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected toggleMenu(): void {
    this.open.update((o) => !o);
    // Opened: focus goes to the first link of the menu.
    if (this.open()) afterNextRender(() => this.menu().nativeElement.querySelector<HTMLElement>('a, button')?.focus(), { injector: this.injector });
  }

  protected closeOnEscape(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.toggle().nativeElement.focus();
  }

  protected logout(): void {
    this.open.set(false);
    this.auth.logout().subscribe(() => void this.router.navigate(['/']));
  }
}
