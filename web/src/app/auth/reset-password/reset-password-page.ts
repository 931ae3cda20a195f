import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { PasswordResetApi } from '../password-reset.api';

/** Codes meaning the link itself cannot serve any more: the page offers a new one. */
const DEAD_LINK = ['LINK_INVALID', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REPLACED'];

/** The page of an e-mailed link (/reset-password?token=…): forgotten password or invitation. */
@Component({
  selector: 'app-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password-page.html',
})
export class ResetPasswordPage {
  private readonly api = inject(PasswordResetApi);
  readonly token = input<string>();
  readonly invitation = input<string>();
  protected readonly isInvitation = computed(() => this.invitation() === '1');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(200)]],
    confirmation: ['', Validators.required],
  });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly deadLink = signal(false);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly done = signal(false);

  protected mismatch(): boolean {
    const v = this.form.getRawValue();
    return v.confirmation !== '' && v.password !== v.confirmation;
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid || this.mismatch()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.confirm({ token: this.token() ?? '', password: this.form.getRawValue().password }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const code = err instanceof HttpErrorResponse ? (err.error as { code?: unknown } | null)?.code : undefined;
        this.deadLink.set(typeof code === 'string' && DEAD_LINK.includes(code));
        this.error.set(toErrorView(err));
      },
    });
  }
}
