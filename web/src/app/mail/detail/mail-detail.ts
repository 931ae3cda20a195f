import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MailMessage, MailTemplate } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { MailApi } from '../mail.api';

/** One message of the outbox: its envelope, its delivery, and its text while it stays in the portal. */
@Component({
  selector: 'app-mail-detail',
  imports: [DatePipe, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-detail.html',
  styleUrl: '../mail-status.css',
})
export class MailDetail implements OnInit {
  private readonly api = inject(MailApi);
  private readonly destroyRef = inject(DestroyRef);
  readonly id = input.required<string>();
  /** Translation keys are camelCase; template codes are snake_case. */
  protected readonly templateKeys: Record<MailTemplate, string> = { password_reset: 'mail.template.passwordReset', invitation: 'mail.template.invitation', board_convocation: 'mail.template.boardConvocation', assembly_convocation: 'mail.template.assemblyConvocation' };
  protected readonly mail = signal<MailMessage | null>(null);
  protected readonly error = signal<ErrorView | null>(null);

  ngOnInit(): void {
    this.api.get(this.id()).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (m) => this.mail.set(m),
      error: (err: unknown) => this.error.set(toErrorView(err)),
    });
  }
}
