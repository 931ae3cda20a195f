import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { AuditQuery, AuditVerification } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../core/http/api-error';
import { pageState } from '../core/http/page-state';
import { ErrorMessage } from '../core/ui/error-message';
import { Pager } from '../core/ui/pager';
import { AuditApi } from './audit.api';

const PAGE_SIZE = 25;


/** The append-only audit log, and a check that its hash chain is intact. */
@Component({
  selector: 'app-audit-page',
  imports: [DatePipe, JsonPipe, FormsModule, TranslatePipe, ErrorMessage, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  protected action = '';
  protected targetType = '';
  protected readonly query = signal<AuditQuery>({ page: 1, pageSize: PAGE_SIZE });
  protected readonly state = pageState(toObservable(this.query), (query: AuditQuery) => this.api.list(query));
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly verifyError = signal<ErrorView | null>(null);
  protected readonly verifying = signal(false);

  protected filter(): void {
    this.query.set({ action: this.action.trim() || undefined, targetType: this.targetType.trim() || undefined, page: 1, pageSize: PAGE_SIZE });
  }

  protected goToPage(page: number): void {
    this.query.update((q) => ({ ...q, page }));
  }

  protected verify(): void {
    this.verifying.set(true);
    this.verification.set(null);
    this.verifyError.set(null);
    this.api.verify().subscribe({
      next: (result) => {
        this.verifying.set(false);
        this.verification.set(result);
      },
      error: (err: unknown) => {
        this.verifying.set(false);
        this.verifyError.set(toErrorView(err));
      },
    });
  }
}
