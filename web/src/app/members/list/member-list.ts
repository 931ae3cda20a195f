import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type MemberQuery, REGIONS, SECTORS, STANDINGS } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of } from 'rxjs';
import { CollegesApi, collegeName } from '../../colleges/colleges.api';
import { AuthService } from '../../core/auth/auth.service';
import { pageState } from '../../core/http/page-state';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { Pager } from '../../core/ui/pager';
import { MembersApi } from '../members.api';
import { PAGE_SIZES, memberQueryFromParams, memberQueryToParams } from '../member-query';


/** The member directory: filters live in the URL, so a filtered list can be shared or bookmarked. */
@Component({
  selector: 'app-member-list',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-list.html',
})
export class MemberList {
  private readonly api = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly regions = REGIONS;
  protected readonly sectors = SECTORS;
  protected readonly standings = STANDINGS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly collegeName = collegeName;

  private readonly query$ = this.route.queryParamMap.pipe(map(memberQueryFromParams));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly state = pageState(this.query$, (query: MemberQuery) => this.api.list(query));
  protected readonly colleges = toSignal(inject(CollegesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly collegesById = computed(() => new Map(this.colleges().map((c) => [c.id, c])));

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    q: [''],
    collegeId: [''],
    region: [''],
    sector: [''],
    standing: [''],
    pageSize: [20],
  });

  constructor() {
    // The form follows the URL (back/forward buttons, shared links).
    effect(() => {
      const q = this.query();
      this.filters.setValue(
        { q: q.q ?? '', collegeId: q.collegeId ?? '', region: q.region ?? '', sector: q.sector ?? '', standing: q.standing ?? '', pageSize: q.pageSize },
        { emitEvent: false },
      );
    });
  }

  protected search(): void {
    const v = this.filters.getRawValue();
    this.go({ ...v, region: v.region as MemberQuery['region'], sector: v.sector as MemberQuery['sector'], standing: v.standing as MemberQuery['standing'], pageSize: Number(v.pageSize), page: 1 });
  }

  protected reset(): void {
    this.go({});
  }

  protected goToPage(page: number): void {
    this.go({ ...this.query(), page });
  }

  private go(query: MemberQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: memberQueryToParams(query) });
  }
}
