import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type MemberQuery, type MemberSort, REGIONS, SECTORS, STANDINGS } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of } from 'rxjs';
import { CollegesApi, collegeName } from '../../colleges/colleges.api';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { pageState } from '../../core/http/page-state';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { Pager } from '../../core/ui/pager';
import { MembersApi } from '../members.api';
import { PAGE_SIZES, memberQueryFromParams, memberQueryToParams } from '../member-query';

/** A filter in force, shown as a chip that clears it. */
interface ActiveFilter {
  key: 'q' | 'collegeId' | 'region' | 'sector' | 'standing';
  labelKey: string;
  value: string;
  /** A translation key for the value, when it is a code. */
  valueKey?: string;
}

/** Wide enough for the filters to stay open (the phone breakpoint of styles.css). */
const WIDE = '(min-width: 40.01rem)';

/**
 * The member directory: filters and sort live in the URL, so a filtered list can be shared or
 * bookmarked; the CSV export writes exactly what the list shows, every page of it.
 */
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
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly regions = REGIONS;
  protected readonly sectors = SECTORS;
  protected readonly standings = STANDINGS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly collegeName = collegeName;
  /** Sortable columns, in the table's order (name first, a row header). */
  protected readonly sortable: readonly { sort: MemberSort; key: string }[] = [
    { sort: 'name', key: 'members.fields.legalName' },
    { sort: 'college', key: 'members.fields.college' },
    { sort: 'region', key: 'members.fields.region' },
    { sort: 'standing', key: 'members.fields.standing' },
    { sort: 'dues', key: 'members.fields.duesPaidUntil' },
  ];
  /** Filters open on wide screens, folded on phones. */
  protected readonly filtersOpen = typeof matchMedia === 'function' ? matchMedia(WIDE).matches : true;

  private readonly query$ = this.route.queryParamMap.pipe(map(memberQueryFromParams));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly state = pageState(this.query$, (query: MemberQuery) => this.api.list(query));
  protected readonly colleges = toSignal(inject(CollegesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly collegesById = computed(() => new Map(this.colleges().map((c) => [c.id, c])));
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<ErrorView | null>(null);

  protected readonly active = computed<ActiveFilter[]>(() => {
    const q = this.query();
    const college = q.collegeId ? this.collegesById().get(q.collegeId) : undefined;
    const list: ActiveFilter[] = [];
    if (q.q) list.push({ key: 'q', labelKey: 'members.directory.searchShort', value: q.q });
    if (q.collegeId) list.push({ key: 'collegeId', labelKey: 'members.fields.college', value: college ? collegeName(college, this.language()) : '…' });
    if (q.region) list.push({ key: 'region', labelKey: 'members.fields.region', value: q.region, valueKey: 'enums.region.' + q.region });
    if (q.sector) list.push({ key: 'sector', labelKey: 'members.fields.sector', value: q.sector, valueKey: 'enums.sector.' + q.sector });
    if (q.standing) list.push({ key: 'standing', labelKey: 'members.fields.standing', value: q.standing, valueKey: 'enums.standing.' + q.standing });
    return list;
  });

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
    const { sort, dir } = this.query();
    this.go({ ...v, region: v.region as MemberQuery['region'], sector: v.sector as MemberQuery['sector'], standing: v.standing as MemberQuery['standing'], sort, dir, pageSize: Number(v.pageSize), page: 1 });
  }

  protected reset(): void {
    this.go({});
  }

  protected clear(key: ActiveFilter['key']): void {
    this.go({ ...this.query(), [key]: undefined, page: 1 });
  }

  protected goToPage(page: number): void {
    this.go({ ...this.query(), page });
  }

  /** aria-sort of a column header: the sorted column says its direction, the others nothing. */
  protected ariaSort(column: MemberSort): 'ascending' | 'descending' | 'none' {
    const q = this.query();
    if ((q.sort ?? 'name') !== column) return 'none';
    return q.dir === 'desc' ? 'descending' : 'ascending';
  }

  /** A header click sorts by its column, ascending first, then the other way. */
  protected sortBy(column: MemberSort): void {
    const q = this.query();
    const dir = (q.sort ?? 'name') === column && q.dir !== 'desc' ? 'desc' : 'asc';
    this.go({ ...q, sort: column, dir, page: 1 });
  }

  /** Downloads every member matching the filters, in the sort shown (the API writes the CSV). */
  protected exportCsv(): void {
    this.exporting.set(true);
    this.exportError.set(null);
    this.api
      .export(this.query())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => {
          this.exporting.set(false);
          const url = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = `${this.language() === 'fr' ? 'membres' : 'members'}-${new Date().toISOString().slice(0, 10)}.csv`;
          link.click();
          setTimeout(() => URL.revokeObjectURL(url), 1000);
        },
        error: (err: unknown) => {
          this.exporting.set(false);
          this.exportError.set(toErrorView(err));
        },
      });
  }

  private go(query: MemberQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: memberQueryToParams(query) });
  }
}
