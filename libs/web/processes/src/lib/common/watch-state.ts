import type { Observable } from 'rxjs';
import { catchError, map, of, startWith } from 'rxjs';
import { toUiError } from '@mitreden/web/core';
import type { UiError } from '@mitreden/web/core';

export type LoadState<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'missing' } | { status: 'failed'; error: UiError };

/** What apollo-angular's `watch().valueChanges` emits, reduced to what this needs. */
interface WatchResult {
  error?: unknown;
  dataState: string;
  data?: unknown;
}

/**
 * Turns a watched query's results into the four states a page shows. Watched queries refetch
 * when the language switch resets the Apollo store, so texts follow the active language.
 */
export function loadState<D, T>(results: Observable<WatchResult>, pick: (data: D) => T | null | undefined): Observable<LoadState<T>> {
  return results.pipe(
    map((result): LoadState<T> => {
      if (result.error) return { status: 'failed', error: toUiError(result.error) };
      if (result.dataState !== 'complete' || !result.data) return { status: 'loading' };
      // `complete` means every requested field is there: the data has the query's full type.
      const value = pick(result.data as D);
      return value ? { status: 'loaded', value } : { status: 'missing' };
    }),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: toUiError(error) })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}
