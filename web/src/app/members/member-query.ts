import type { ParamMap } from '@angular/router';
import { MEMBER_SORTS, type MemberQuery, type MemberSort, REGIONS, type Region, SECTORS, type Sector, SORT_DIRECTIONS, type SortDirection, STANDINGS, type Standing } from '@concerto/contracts';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The directory's filters as they appear in the URL (unknown values are ignored). */
export function memberQueryFromParams(params: ParamMap): Required<Pick<MemberQuery, 'page' | 'pageSize'>> & MemberQuery {
  return {
    q: params.get('q')?.trim() || undefined,
    collegeId: params.get('collegeId') || undefined,
    region: oneOf<Region>(REGIONS, params.get('region')),
    sector: oneOf<Sector>(SECTORS, params.get('sector')),
    standing: oneOf<Standing>(STANDINGS, params.get('standing')),
    sort: oneOf<MemberSort>(MEMBER_SORTS, params.get('sort')),
    dir: oneOf<SortDirection>(SORT_DIRECTIONS, params.get('dir')),
    page: positive(params.get('page'), 1),
    pageSize: Math.min(100, positive(params.get('pageSize'), DEFAULT_PAGE_SIZE)),
  };
}

/** URL query parameters for a query: empty filters and defaults are left out. */
export function memberQueryToParams(query: MemberQuery): Record<string, string | number | null> {
  return {
    q: query.q || null,
    collegeId: query.collegeId || null,
    region: query.region ?? null,
    sector: query.sector ?? null,
    standing: query.standing ?? null,
    sort: query.sort && query.sort !== 'name' ? query.sort : null,
    dir: query.dir === 'desc' ? 'desc' : null,
    page: query.page && query.page > 1 ? query.page : null,
    pageSize: query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE ? query.pageSize : null,
  };
}
