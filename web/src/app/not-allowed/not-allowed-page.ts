import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Shown, at the address typed, when a signed-in person opens a screen their roles do not allow
 * (see permissionGuard): says so plainly and offers a way back.
 */
@Component({
  selector: 'app-not-allowed-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card highlight" data-testid="not-allowed">
      <h1>{{ 'notAllowed.title' | translate }}</h1>
      <p>{{ 'notAllowed.text' | translate }}</p>
      <p class="muted">{{ 'notAllowed.help' | translate }}</p>
      <p class="actions">
        <a class="btn btn-primary" routerLink="/" data-testid="not-allowed-home">{{ 'notAllowed.home' | translate }}</a>
        <button type="button" class="btn btn-secondary" (click)="back()">{{ 'notAllowed.back' | translate }}</button>
      </p>
    </section>
  `,
})
export class NotAllowedPage {
  private readonly location = inject(Location);

  protected back(): void {
    this.location.back();
  }
}
