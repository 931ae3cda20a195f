import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { pageState } from '../../core/http/page-state';
import { ErrorMessage } from '../../core/ui/error-message';
import { Pager } from '../../core/ui/pager';
import { PeopleApi, type PeopleQuery } from '../people.api';

const PAGE_SIZE = 20;

function peopleQueryFromParams(p: ParamMap): PeopleQuery {
  return { q: p.get('q')?.trim() || undefined, page: Math.max(1, Math.floor(Number(p.get('page'))) || 1), pageSize: PAGE_SIZE };
}


@Component({
  selector: 'app-people-list',
  imports: [FormsModule, RouterLink, TranslatePipe, ErrorMessage, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-list.html',
})
export class PeopleList {
  private readonly api = inject(PeopleApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly auth = inject(AuthService);
  protected search = '';

  private readonly query$ = this.route.queryParamMap.pipe(map(peopleQueryFromParams));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly state = pageState(this.query$, (query: PeopleQuery) => this.api.list(query));

  constructor() {
    effect(() => (this.search = this.query().q ?? ''));
  }

  protected find(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: this.search.trim() || null, page: null } });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: this.query().q ?? null, page: page > 1 ? page : null } });
  }
}
