import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { AuditEntry, AuditQuery, AuditVerification, Page } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { type ErrorView, toErrorView } from '../core/http/api-error';
import { ErrorMessage } from '../core/ui/error-message';
import { Pager } from '../core/ui/pager';
import { AuditApi } from './audit.api';

const PAGE_SIZE = 25;

interface ListState {
  page: Page<AuditEntry> | null;
  error: ErrorView | null;
  loading: boolean;
}

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
  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap((query) =>
        this.api.list(query).pipe(
          map((page): ListState => ({ page, error: null, loading: false })),
          catchError((err: unknown) => of<ListState>({ page: null, error: toErrorView(err), loading: false })),
          startWith<ListState>({ page: null, error: null, loading: true }),
        ),
      ),
    ),
    { initialValue: { page: null, error: null, loading: true } satisfies ListState },
  );
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
