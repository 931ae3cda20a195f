import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AuditEntryView, AuditQuery, AuditVerification } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { type ErrorView, toErrorView } from '../core/http/api-error';
import { pageState } from '../core/http/page-state';
import { ErrorMessage } from '../core/ui/error-message';
import { Pager } from '../core/ui/pager';
import { AuditApi } from './audit.api';
import { AUDIT_CATEGORIES, auditQueryFromParams, auditQueryToParams, changeRows, type ChangeRow } from './audit-view';

const PAGE_SIZE = 25;

/** The audit log in words, its filters in the URL, and a check that its hash chains are intact. */
@Component({
  selector: 'app-audit-page',
  imports: [DatePipe, FormsModule, RouterLink, TranslatePipe, ErrorMessage, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly categories = AUDIT_CATEGORIES;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((p) => auditQueryFromParams(p, PAGE_SIZE))), {
    initialValue: { page: 1, pageSize: PAGE_SIZE },
  });
  protected readonly state = pageState(toObservable(this.query), (query: AuditQuery) => this.api.list(query));
  /** The form's fields, filled from the URL on each navigation. */
  protected form = { category: '', from: '', to: '', q: '' };
  protected readonly chips = computed(() => {
    const q: AuditQuery = this.query();
    const chips: { key: string; param: keyof AuditQuery; value: string }[] = [];
    const items: AuditEntryView[] = this.state().page?.items ?? [];
    if (q.targetId) chips.push({ key: 'audit.filters.target', param: 'targetId', value: items.find((e) => e.targetId === q.targetId)?.target?.name ?? q.targetId });
    if (q.actorId) chips.push({ key: 'audit.filters.actor', param: 'actorId', value: items.find((e) => e.actorId === q.actorId)?.actor?.name ?? q.actorId });
    return chips;
  });
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly verifyError = signal<ErrorView | null>(null);
  protected readonly verifying = signal(false);

  constructor() {
    this.route.queryParamMap.subscribe((p) => {
      const q = auditQueryFromParams(p, PAGE_SIZE);
      this.form = { category: q.category ?? '', from: q.from ?? '', to: q.to ?? '', q: q.q ?? '' };
    });
  }

  protected changes(e: AuditEntryView): ChangeRow[] {
    return changeRows(e.before, e.after);
  }

  protected targetLink(e: AuditEntryView): string[] | null {
    if (!e.target) return null;
    if (e.target.type === 'member') return ['/members', e.target.id];
    if (e.target.type === 'person') return ['/people', e.target.id, 'edit'];
    return null;
  }

  protected filter(): void {
    const f = this.form;
    this.navigate({ ...this.query(), category: f.category || undefined, from: f.from || undefined, to: f.to || undefined, q: f.q.trim() || undefined, page: 1 });
  }

  protected byActor(actorId: string): void {
    this.navigate({ ...this.query(), actorId, page: 1 });
  }

  protected clear(param: keyof AuditQuery): void {
    this.navigate({ ...this.query(), [param]: undefined, ...(param === 'targetId' ? { targetType: undefined } : {}), page: 1 });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.query(), page });
  }

  private navigate(query: AuditQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: auditQueryToParams(query) });
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
