import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { Page } from '@concerto/contracts';
import { catchError, map, type Observable, of, startWith, switchMap } from 'rxjs';
import { type ErrorView, toErrorView } from './api-error';

/** What a list screen shows: the page, an error, or that it is loading. */
export interface PageState<T> {
  page: Page<T> | null;
  error: ErrorView | null;
  loading: boolean;
}

/**
 * Loads a page for each query (the latest query wins) and tells the screen where it stands.
 * Call it in an injection context (a field initializer).
 */
export function pageState<Q, T>(query$: Observable<Q>, load: (query: Q) => Observable<Page<T>>): Signal<PageState<T>> {
  const loading: PageState<T> = { page: null, error: null, loading: true };
  return toSignal(
    query$.pipe(
      switchMap((query) =>
        load(query).pipe(
          map((page): PageState<T> => ({ page, error: null, loading: false })),
          catchError((err: unknown) => of<PageState<T>>({ page: null, error: toErrorView(err), loading: false })),
          startWith(loading),
        ),
      ),
    ),
    { initialValue: loading },
  );
}
