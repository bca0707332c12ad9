import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { CatalogueDiffGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { CatalogueDiffQuery, MeasureDiffItemFragment } from '@mitreden/web/core';

type Diff = NonNullable<CatalogueDiffQuery['catalogueDiff']>;
type LoadState = { status: 'loading' } | { status: 'failed'; key: string } | { status: 'loaded'; diff: Diff };

export type MeasureChangeKind = 'added' | 'removed' | 'renumbered' | 'reworded';
const MEASURE_SECTIONS: readonly MeasureChangeKind[] = ['added', 'removed', 'renumbered', 'reworded'];

/** Total number of listed changes, for the summary line. */
export function changeCount(diff: Pick<Diff, MeasureChangeKind | 'goalsAdded' | 'goalsRemoved' | 'goalsReworded'>): number {
  return (
    diff.added.length +
    diff.removed.length +
    diff.renumbered.length +
    diff.reworded.length +
    diff.goalsAdded.length +
    diff.goalsRemoved.length +
    diff.goalsReworded.length
  );
}

/** /manage/catalogue/compare?from=&to=: what changed between two versions, measure by measure. */
@Component({
  selector: 'mr-catalogue-compare-page',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <p><a routerLink="/manage/catalogue">{{ t('catalogue.compare.back') }}</a></p>
      @switch (state().status) {
        @case ('loading') {
          <h1 tabindex="-1">{{ t('catalogue.compare.heading') }}</h1>
          <p role="status">{{ t('catalogue.compare.loading') }}</p>
        }
        @case ('failed') {
          <h1 tabindex="-1">{{ t('catalogue.compare.heading') }}</h1>
          <p role="alert">{{ t($any(state()).key) }}</p>
        }
        @default {
          @if (diff(); as current) {
            <h1 tabindex="-1">{{ t('catalogue.compare.title', { from: current.from.number, to: current.to.number }) }}</h1>
            <p>{{ t('catalogue.compare.summary', { count: total() }) }}</p>
            @for (kind of measureSections; track kind) {
              <section [attr.aria-labelledby]="'compare-' + kind" class="mr-cmp__section">
                <h2 [id]="'compare-' + kind">{{ t('catalogue.compare.sections.' + kind, { count: current[kind].length }) }}</h2>
                @if (current[kind].length) {
                  <ul class="mr-cmp__list">
                    @for (entry of current[kind]; track entry.key) {
                      <li class="mr-cmp__item">
                        <p class="mr-cmp__codes">{{ codes(entry) }}</p>
                        @if (kind === 'reworded' && entry.before && entry.after) {
                          <p><span class="mr-cmp__label">{{ t('catalogue.compare.before') }}</span> <del><bdi>{{ entry.before.text }}</bdi></del></p>
                          <p><span class="mr-cmp__label">{{ t('catalogue.compare.after') }}</span> <ins><bdi>{{ entry.after.text }}</bdi></ins></p>
                        } @else {
                          <p><bdi>{{ (entry.after ?? entry.before)?.text }}</bdi></p>
                        }
                      </li>
                    }
                  </ul>
                } @else {
                  <p>{{ t('catalogue.compare.none') }}</p>
                }
              </section>
            }
            <section aria-labelledby="compare-goals" class="mr-cmp__section">
              <h2 id="compare-goals">{{ t('catalogue.compare.goals') }}</h2>
              <ul class="mr-cmp__list">
                @for (goal of current.goalsAdded; track goal.key) {
                  <li>{{ t('catalogue.compare.goalAdded') }}: <bdi>{{ goal.after }}</bdi></li>
                }
                @for (goal of current.goalsRemoved; track goal.key) {
                  <li>{{ t('catalogue.compare.goalRemoved') }}: <bdi>{{ goal.before }}</bdi></li>
                }
                @for (goal of current.goalsReworded; track goal.key) {
                  <li>
                    {{ t('catalogue.compare.goalReworded') }}: <del><bdi>{{ goal.before }}</bdi></del> → <ins><bdi>{{ goal.after }}</bdi></ins>
                  </li>
                }
              </ul>
              @if (!current.goalsAdded.length && !current.goalsRemoved.length && !current.goalsReworded.length) {
                <p>{{ t('catalogue.compare.none') }}</p>
              }
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 56rem;
    }
    .mr-cmp__section {
      margin-block-end: 1.5rem;
    }
    .mr-cmp__list {
      padding-inline-start: 1.25rem;
    }
    .mr-cmp__item {
      margin-block-end: 0.75rem;
    }
    .mr-cmp__item p {
      margin: 0;
    }
    .mr-cmp__codes {
      font-weight: 600;
    }
    .mr-cmp__label {
      font-weight: 600;
    }
    ins {
      text-decoration: underline;
    }
  `,
})
export class CatalogueComparePage {
  private readonly diffQuery = inject(CatalogueDiffGQL);
  protected readonly measureSections = MEASURE_SECTIONS;

  protected readonly state = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      switchMap((params) => {
        const fromVersionId = params.get('from');
        const toVersionId = params.get('to');
        if (!fromVersionId || !toVersionId) return of<LoadState>({ status: 'failed', key: 'errors.NOT_FOUND' });
        return this.diffQuery.fetch({ variables: { fromVersionId, toVersionId }, fetchPolicy: 'network-only' }).pipe(
          map((result): LoadState =>
            result.data?.catalogueDiff ? { status: 'loaded', diff: result.data.catalogueDiff } : { status: 'failed', key: 'errors.NOT_FOUND' },
          ),
          catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly diff = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.diff : null;
  });
  protected readonly total = computed(() => {
    const diff = this.diff();
    return diff ? changeCount(diff) : 0;
  });

  protected codes(entry: MeasureDiffItemFragment): string {
    if (entry.before && entry.after && entry.before.code !== entry.after.code) return `${entry.before.code} → ${entry.after.code}`;
    return (entry.after ?? entry.before)?.code ?? '';
  }
}
