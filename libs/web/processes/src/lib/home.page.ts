import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, startWith } from 'rxjs';
import { CurrentProcessGQL, errorMessageKey, LanguageService, toUiError } from '@mitreden/web/core';
import type { CurrentProcessQuery, UiError } from '@mitreden/web/core';
import { LocalDatePipe } from './common/local-date.pipe';

type ProcessState =
  | { status: 'loading' }
  | { status: 'loaded'; process: NonNullable<CurrentProcessQuery['currentProcess']> }
  | { status: 'none' }
  | { status: 'failed'; error: UiError };

/** Start page: the running participation process and its action fields. */
@Component({
  selector: 'mr-home-page',
  imports: [LocalDatePipe, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('processes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  protected readonly language = inject(LanguageService);
  // A watched query, so the language switch (which resets the Apollo store) refetches the texts.
  protected readonly state = toSignal(
    inject(CurrentProcessGQL)
      .watch({ fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(
        map((result): ProcessState => {
          if (result.error) return { status: 'failed', error: toUiError(result.error) };
          if (result.dataState !== 'complete') return { status: 'loading' };
          const process = result.data.currentProcess;
          return process ? { status: 'loaded', process } : { status: 'none' };
        }),
        catchError((error: unknown) => of<ProcessState>({ status: 'failed', error: toUiError(error) })),
        startWith<ProcessState>({ status: 'loading' }),
      ),
    { initialValue: { status: 'loading' } as ProcessState },
  );

  protected readonly process = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.process : null;
  });

  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });

  protected readonly actionFields = computed(() =>
    [...(this.process()?.actionFields ?? [])].sort((a, b) => a.position - b.position),
  );
}
