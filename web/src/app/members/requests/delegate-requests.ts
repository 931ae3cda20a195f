import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { DelegateRequest } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { MembersApi } from '../members.api';

/**
 * The administrator's queue (/delegate-requests): delegates' requests to add or replace a
 * delegate, oldest first. Approving designates the person (created if new) and ends the replaced
 * designation; rejecting needs a reason, which the member's delegates see.
 */
@Component({
  selector: 'app-delegate-requests',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './delegate-requests.html',
})
export class DelegateRequests {
  private readonly api = inject(MembersApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly requests = signal<DelegateRequest[] | null>(null);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** Reasons typed for rejections, by request. */
  protected readonly reasons: Partial<Record<string, string>> = {};

  constructor() {
    this.load();
  }

  private load(): void {
    this.api.allDelegateRequests().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (list) => this.requests.set(list),
      error: (err: unknown) => this.error.set(toErrorView(err)),
    });
  }

  protected approve(r: DelegateRequest): void {
    this.act(this.api.approveRequest(r.id), 'members.requests.approved');
  }

  protected reject(r: DelegateRequest): void {
    this.act(this.api.rejectRequest(r.id, (this.reasons[r.id] ?? '').trim()), 'members.requests.rejected');
  }

  private act(call: Observable<DelegateRequest>, noticeKey: string): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set(noticeKey);
        this.load();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
        this.load();
      },
    });
  }
}
