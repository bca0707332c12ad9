import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { LanguageService, OfficialAnswerGQL, htmlLang } from '@mitreden/web/core';
import type { OfficialAnswerItemFragment } from '@mitreden/web/core';
import { textDirection } from '@mitreden/shared/contracts';

/**
 * The published official answer on a proposal: outcome, text in the UI language (German when not
 * translated) and publication date. Renders nothing until an answer is published; drafts that
 * staff can read are shown by the editor, not here.
 */
@Component({
  selector: 'mr-official-answer',
  imports: [TranslocoDirective],
  providers: [provideTranslocoScope('answers')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (published(); as answer) {
      <section class="mr-answer" role="region" [attr.aria-labelledby]="headingId" *transloco="let t">
        <h2 class="mr-answer__heading" [id]="headingId">{{ t('answers.display.heading') }}</h2>
        <p class="mr-answer__outcome">
          <span class="mr-visually-hidden">{{ t('answers.display.outcomeLabel') }}: </span>
          <span class="mr-answer__badge" [attr.data-outcome]="answer.outcome">{{
            t('answers.outcome.' + answer.outcome)
          }}</span>
        </p>
        <!-- textContent, not innerHTML: the answer is plain text with line breaks. -->
        <div
          class="mr-answer__text"
          [attr.lang]="answer.textLocale"
          [attr.dir]="textDir(answer.textLocale)"
          [textContent]="answer.text"
        ></div>
        @if (answer.publishedAt) {
          <p class="mr-answer__date">
            {{ t('answers.display.publishedOn', { date: formatDate(answer.publishedAt) }) }}
          </p>
        }
      </section>
    }
  `,
  styles: `
    .mr-answer {
      margin-block: 1.5rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 0.375rem solid var(--mat-sys-primary);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface-container-low);
    }
    .mr-answer__heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
    .mr-answer__outcome {
      margin: 0 0 0.75rem;
    }
    .mr-answer__badge {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .mr-answer__text {
      white-space: pre-line;
      text-align: start;
      unicode-bidi: plaintext;
    }
    .mr-answer__date {
      margin: 0.75rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OfficialAnswerComponent {
  private static nextId = 0;

  readonly proposalId = input.required<string>();

  private readonly query = inject(OfficialAnswerGQL);
  private readonly language = inject(LanguageService);
  protected readonly headingId = `mr-official-answer-${OfficialAnswerComponent.nextId++}`;

  // Watched: the editor writes its results into the same cache entry, and a language switch refetches.
  private readonly answer = toSignal(
    toObservable(this.proposalId).pipe(
      switchMap((proposalId) =>
        this.query.watch({ variables: { proposalId }, fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
          map((result): OfficialAnswerItemFragment | null =>
            result.dataState === 'complete' ? (result.data.officialAnswer ?? null) : null,
          ),
          // The answer is a complement to the proposal page; a failure here must not break the page.
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );
  protected readonly published = computed(() => {
    const answer = this.answer();
    return answer?.status === 'PUBLISHED' ? answer : null;
  });
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'long' }),
  );

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected textDir(locale: string): 'rtl' | 'ltr' {
    return textDirection(locale);
  }
}
