import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { LanguageService, SessionService, SurveyBySlugGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { PublicSurveyItemFragment } from '@mitreden/web/core';
import { formatSurveyDate } from './survey-dates';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; survey: PublicSurveyItemFragment | null }
  | { status: 'failed'; key: string };

/** Codes are typed from paper: blanks go, case does not matter (the server compares the same way). */
export function cleanAccessCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** /surveys/:slug: intro; start with the account (PUBLIC) or enter a one-time code (ANONYMOUS). */
@Component({
  selector: 'mr-survey-landing-page',
  imports: [MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @switch (state().status) {
        @case ('loading') {
          <h1 tabindex="-1">{{ t('surveys.public.landing.heading') }}</h1>
          <p role="status">{{ t('surveys.public.loading') }}</p>
        }
        @case ('failed') {
          <h1 tabindex="-1">{{ t('surveys.public.landing.heading') }}</h1>
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          @if (survey(); as s) {
            <h1 tabindex="-1"><bdi>{{ s.title }}</bdi></h1>
            @if (s.intro) {
              <p class="mr-landing__intro">{{ s.intro }}</p>
            }
            <dl class="mr-landing__facts">
              @if (s.opensAt) {
                <dt>{{ t('surveys.public.landing.opensAt') }}</dt>
                <dd>{{ date(s.opensAt) }}</dd>
              }
              @if (s.closesAt) {
                <dt>{{ t('surveys.public.landing.closesAt') }}</dt>
                <dd>{{ date(s.closesAt) }}</dd>
              }
              <dt>{{ t('surveys.public.landing.privacy') }}</dt>
              <dd>{{ t(s.audience === 'ANONYMOUS' ? 'surveys.public.landing.anonymousNote' : 'surveys.public.landing.accountNote') }}</dd>
            </dl>

            @if (!s.isOpen) {
              <p role="status" class="mr-landing__closed">
                {{ t(notYetOpen() ? 'surveys.public.landing.notYetOpen' : 'surveys.public.landing.closed') }}
              </p>
            } @else if (s.audience === 'ANONYMOUS') {
              <form class="mr-landing__code" novalidate (submit)="$event.preventDefault(); useCode()">
                <h2>{{ t('surveys.public.landing.codeHeading') }}</h2>
                <mat-form-field class="mr-landing__field">
                  <mat-label>{{ t('surveys.public.landing.codeLabel') }}</mat-label>
                  <input
                    matInput
                    name="code"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    maxlength="40"
                    [value]="code()"
                    (input)="code.set($any($event.target).value); codeError.set(false)"
                  />
                  <mat-hint>{{ t('surveys.public.landing.codeHint') }}</mat-hint>
                  @if (codeError()) {
                    <mat-error>{{ t('surveys.public.landing.codeInvalid') }}</mat-error>
                  }
                </mat-form-field>
                <button mat-flat-button type="submit">{{ t('surveys.public.landing.codeStart') }}</button>
                @if (codeError()) {
                  <p role="alert" class="mr-landing__sr-only">{{ t('surveys.public.landing.codeInvalid') }}</p>
                }
              </form>
            } @else if (loggedIn()) {
              <a mat-flat-button [routerLink]="['/surveys', s.slug, 'answer']">{{ t('surveys.public.landing.start') }}</a>
            } @else {
              <p>{{ t('surveys.public.landing.loginNeeded') }}</p>
              <a mat-flat-button routerLink="/login" [queryParams]="{ returnUrl: '/surveys/' + s.slug + '/answer' }">
                {{ t('surveys.public.landing.login') }}
              </a>
            }
          } @else {
            <h1 tabindex="-1">{{ t('surveys.public.landing.notFoundHeading') }}</h1>
            <p>{{ t('surveys.public.landing.notFound') }}</p>
            <a routerLink="/surveys">{{ t('surveys.public.landing.toList') }}</a>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 48rem;
    }
    .mr-landing__intro {
      white-space: pre-line;
    }
    .mr-landing__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin-block: 1rem;
    }
    .mr-landing__facts dt {
      font-weight: 700;
    }
    .mr-landing__facts dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      .mr-landing__facts {
        grid-template-columns: 1fr;
      }
      .mr-landing__facts dd {
        margin-block-end: 0.5rem;
      }
    }
    .mr-landing__field {
      inline-size: 100%;
      max-inline-size: 20rem;
    }
    .mr-landing__code {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .mr-landing__sr-only {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class SurveyLandingPage {
  readonly slug = input.required<string>();
  private readonly query = inject(SurveyBySlugGQL);
  private readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly code = signal('');
  protected readonly codeError = signal(false);
  protected readonly loggedIn = this.session.loggedIn;

  protected readonly state = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        this.query.watch({ variables: { slug }, fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
          map((result): LoadState => {
            if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
            if (result.dataState !== 'complete') return { status: 'loading' };
            return { status: 'loaded', survey: result.data.surveyBySlug ?? null };
          }),
          catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
          startWith<LoadState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly survey = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.survey : null;
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });
  protected readonly notYetOpen = computed(() => {
    const survey = this.survey();
    return !!survey && survey.status === 'PUBLISHED' && !!survey.opensAt && new Date(survey.opensAt) > new Date();
  });

  protected date(value: string): string {
    return formatSurveyDate(value, this.language.current());
  }

  protected useCode(): void {
    const code = cleanAccessCode(this.code());
    if (code.length < 4 || code.length > 40) {
      this.codeError.set(true);
      return;
    }
    void this.router.navigate(['/surveys/answer', code]);
  }
}
