import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { TranslatePipe } from '@ngx-translate/core';
import { Header } from './core/layout/header';
import { PageFocus } from './core/layout/page-focus';

/** Pages shown alone, without header, menu or footer: the room display on the projector. */
const BARE_PAGES = /^\/display\//;

/** The shell: skip link, header with navigation, the page, footer (none of them around a bare page). */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslatePipe, Header],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (bare()) {
      <main id="main-content" tabindex="-1" class="bare-page">
        <router-outlet />
      </main>
    } @else {
      <a class="skip-link" href="#main-content">{{ 'core.a11y.skipToContent' | translate }}</a>
      <app-header />
      <main id="main-content" tabindex="-1" class="page">
        <router-outlet />
      </main>
      <footer class="site-footer">
        <p>{{ 'core.app.footer' | translate }}</p>
      </footer>
    }
  `,
})
export class App {
  protected readonly bare = signal(BARE_PAGES.test(inject(DOCUMENT).location.pathname));

  constructor() {
    inject(PageFocus).start();
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((e) => this.bare.set(BARE_PAGES.test(e.urlAfterRedirects)));
  }
}
