import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { LanguageService, OpenSurveysGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { PublicSurveyItemFragment } from '@mitreden/web/core';
import { formatSurveyDate } from './survey-dates';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; surveys: PublicSurveyItemFragment[] }
  | { status: 'failed'; key: string };

/** /surveys: published PUBLIC and ANONYMOUS surveys that are open now. */
@Component({
  selector: 'mr-open-surveys-page',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 tabindex="-1">{{ t('surveys.public.list.heading') }}</h1>
      <p>{{ t('surveys.public.list.intro') }}</p>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('surveys.public.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          @if (surveys().length) {
            <ul class="mr-surveys">
              @for (survey of surveys(); track survey.id) {
                <li class="mr-surveys__item">
                  <h2 class="mr-surveys__title">
                    <a [routerLink]="['/surveys', survey.slug]"><bdi>{{ survey.title }}</bdi></a>
                  </h2>
                  <p class="mr-surveys__meta">
                    {{ t(survey.audience === 'ANONYMOUS' ? 'surveys.public.audience.ANONYMOUS' : 'surveys.public.audience.PUBLIC') }}
                    @if (survey.closesAt) {
                      · {{ t('surveys.public.closesAt', { date: date(survey.closesAt) }) }}
                    }
                  </p>
                  @if (survey.intro) {
                    <p class="mr-surveys__intro">{{ survey.intro }}</p>
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ t('surveys.public.list.empty') }}</p>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-surveys {
      list-style: none;
      margin: 0;
      padding: 0;
      max-inline-size: 48rem;
    }
    .mr-surveys__item {
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-surveys__title {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.25rem;
    }
    .mr-surveys__meta {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-surveys__intro {
      margin-block: 0.5rem 0;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
      white-space: pre-line;
    }
  `,
})
export class OpenSurveysPage {
  private readonly query = inject(OpenSurveysGQL);
  private readonly language = inject(LanguageService);

  protected readonly state = toSignal(
    this.query.watch({ fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
      map((result): LoadState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete') return { status: 'loading' };
        return { status: 'loaded', surveys: result.data.openSurveys };
      }),
      catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly surveys = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.surveys : [];
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected date(value: string): string {
    return formatSurveyDate(value, this.language.current());
  }
}
