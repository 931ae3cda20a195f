import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Header } from './core/layout/header';
import { PageFocus } from './core/layout/page-focus';

/** The shell: skip link, header with navigation, the page, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslatePipe, Header],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main-content">{{ 'core.a11y.skipToContent' | translate }}</a>
    <app-header />
    <main id="main-content" tabindex="-1" class="page">
      <router-outlet />
    </main>
    <footer class="site-footer">
      <p>{{ 'core.app.footer' | translate }}</p>
    </footer>
  `,
})
export class App {
  constructor() {
    inject(PageFocus).start();
  }
}
