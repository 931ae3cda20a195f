import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ErrorView } from '../http/api-error';

/** The message of a failed call, announced to screen readers. */
@Component({
  selector: 'app-error-message',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="assertive" aria-atomic="true">
      @if (error(); as e) {
        <p class="alert alert-error" role="alert" data-testid="error-message">{{ e.message ?? (e.fallbackKey | translate) }}</p>
      }
    </div>
  `,
})
export class ErrorMessage {
  readonly error = input<ErrorView | null>(null);
}
