import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import { MAIL_STATUSES, type MailQuery, type MailStatus } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { pageState } from '../../core/http/page-state';
import { ErrorMessage } from '../../core/ui/error-message';
import { Pager } from '../../core/ui/pager';
import { MailApi } from '../mail.api';

const PAGE_SIZE = 25;

function mailQueryFromParams(p: ParamMap): MailQuery {
  const status = p.get('status') as MailStatus | null;
  return { status: status && MAIL_STATUSES.includes(status) ? status : undefined, page: Math.max(1, Math.floor(Number(p.get('page'))) || 1), pageSize: PAGE_SIZE };
}

/** The outbox (admin): every message, its delivery status and attempts; filters live in the URL. */
@Component({
  selector: 'app-mail-list',
  imports: [DatePipe, FormsModule, RouterLink, TranslatePipe, ErrorMessage, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-list.html',
  styleUrl: '../mail-status.css',
})
export class MailList {
  private readonly api = inject(MailApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly statuses = MAIL_STATUSES;

  private readonly query$ = this.route.queryParamMap.pipe(map(mailQueryFromParams));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly state = pageState(this.query$, (query: MailQuery) => this.api.list(query));

  protected filter(status: string): void {
    void this.router.navigate([], { queryParams: { status: status || null, page: null } });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
