import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { PasswordResetApi } from '../password-reset.api';

/** Asks for a link to choose a new password; the answer never tells whether the address has an account. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password-page.html',
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordResetApi);
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid) return;
    const email = this.form.getRawValue().email.trim();
    this.busy.set(true);
    this.error.set(null);
    this.api.request({ email }).subscribe({
      next: () => {
        this.busy.set(false);
        this.sentTo.set(email);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
