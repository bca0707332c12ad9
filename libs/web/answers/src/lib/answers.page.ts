import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import {
  LanguageService,
  OfficialAnswersGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { AnswerStatus, OfficialAnswerItemFragment } from '@mitreden/web/core';
import { ANSWER_STATUSES } from './answer-labels';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; answers: OfficialAnswerItemFragment[] }
  | { status: 'failed'; key: string };

/**
 * /manage/answers: the project group's work list — drafts awaiting a second person's approval,
 * approved answers awaiting publication, and what is published. One query for all three.
 */
@Component({
  selector: 'mr-answers-page',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('answers')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 tabindex="-1">{{ t('answers.page.heading') }}</h1>
      <p>{{ t('answers.page.intro') }}</p>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('answers.page.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          @for (section of sections(); track section.status) {
            <section class="mr-answers" [attr.aria-labelledby]="'answers-' + section.status">
              <h2 [id]="'answers-' + section.status">
                {{ t('answers.page.section.' + section.status) }} ({{ section.answers.length }})
              </h2>
              @if (section.answers.length) {
                <ul class="mr-answers__list">
                  @for (answer of section.answers; track answer.id) {
                    <li class="mr-answers__item">
                      <a
                        [routerLink]="['/proposals', answer.proposalId]"
                        [attr.aria-describedby]="'answer-meta-' + answer.id"
                      >
                        #{{ answer.proposalNumber }} <bdi>{{ answer.proposalTitle }}</bdi>
                      </a>
                      <span class="mr-answers__meta" [id]="'answer-meta-' + answer.id">
                        {{ t('answers.outcome.' + answer.outcome) }}
                        @if (answer.draftedBy; as drafter) {
                          · {{ t('answers.editor.draftedBy') }} <bdi>{{ drafter.displayName }}</bdi>
                        }
                        @if (answer.approvedBy; as approver) {
                          · {{ t('answers.editor.approvedBy') }} <bdi>{{ approver.displayName }}</bdi>
                        }
                        · {{ t('answers.page.changed', { date: formatDate(answer.updatedAt) }) }}
                      </span>
                    </li>
                  }
                </ul>
              } @else {
                <p>{{ t('answers.page.empty') }}</p>
              }
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-answers {
      max-inline-size: 56rem;
      margin-block-end: 1.5rem;
    }
    .mr-answers__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mr-answers__item {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding-block: 0.625rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-answers__meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AnswersPage {
  private readonly query = inject(OfficialAnswersGQL);
  private readonly language = inject(LanguageService);

  protected readonly state = toSignal(
    this.query.watch({ variables: { status: null }, fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
      map((result): LoadState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete') return { status: 'loading' };
        return { status: 'loaded', answers: result.data.officialAnswers };
      }),
      catchError((error: unknown) =>
        of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });
  protected readonly sections = computed(() => {
    const state = this.state();
    const answers = state.status === 'loaded' ? state.answers : [];
    return ANSWER_STATUSES.map((status: AnswerStatus) => ({
      status,
      answers: answers.filter((answer) => answer.status === status),
    }));
  });
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium' }),
  );

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }
}
