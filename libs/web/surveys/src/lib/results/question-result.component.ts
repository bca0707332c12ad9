import { ChangeDetectionStrategy, Component, input, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyQuestionResultItemFragment } from '@mitreden/web/core';
import { questionView } from './results-view';
import type { NumberFormats, QuestionMeta, QuestionView, Translate } from './results-view';
import { SurveyChartComponent } from './survey-chart.component';
import { SurveyTextAnswersComponent } from './text-answers.component';

/** One question's results: chart, the same figures as a data table, and its free texts. */
@Component({
  selector: 'mr-survey-question-result',
  imports: [MatButton, SurveyChartComponent, SurveyTextAnswersComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @let q = question();
      @let view = viewOf(t);
      <article class="mr-result-card" [attr.aria-labelledby]="'result-' + q.questionKey">
        <h3 class="mr-result-card__title" [id]="'result-' + q.questionKey" dir="auto">{{ q.title }}</h3>
        <p class="mr-result-card__meta">
          {{ t('surveys.results.kind.' + q.kind) }} ·
          {{ t('surveys.results.answered', { count: q.answered, formatted: formats().count(q.answered) }) }}
          @if (view.average) {
            · <strong>{{ view.average }}</strong>
          }
        </p>
        @if (view.note) {
          <p class="mr-result-card__note">{{ view.note }}</p>
        }

        @if (view.chart && q.answered > 0) {
          <mr-survey-chart [spec]="view.chart" [rtl]="rtl()" />
        }
        @if (view.table && q.answered > 0) {
          <button
            mat-button
            type="button"
            class="mr-result-card__toggle"
            [attr.aria-expanded]="tableShown()"
            [attr.aria-controls]="'result-table-' + q.questionKey"
            (click)="tableShown.set(!tableShown())"
          >
            {{ t(tableShown() ? 'surveys.results.table.hide' : 'surveys.results.table.show') }}
            <span class="mr-visually-hidden">: {{ q.title }}</span>
          </button>
          <div
            class="mr-result-card__scroll"
            [id]="'result-table-' + q.questionKey"
            [hidden]="!tableShown()"
            role="region"
            tabindex="0"
            [attr.aria-labelledby]="'result-caption-' + q.questionKey"
          >
            <table class="mr-result-table">
              <caption [id]="'result-caption-' + q.questionKey">
                {{
                  t('surveys.results.table.caption', { title: view.table.caption })
                }}
              </caption>
              <thead>
                <tr>
                  @for (column of view.table.columns; track $index) {
                    <th scope="col">{{ column }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of view.table.rows; track $index) {
                  <tr>
                    <th scope="row" dir="auto">{{ row.header }}</th>
                    @for (cell of row.cells; track $index) {
                      <td class="mr-result-table__number">{{ cell }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (!view.hasTexts && (q.answered === 0 || !view.chart)) {
          <p class="mr-result-card__empty">{{ t('surveys.results.noAnswers') }}</p>
        }

        @if (view.hasTexts) {
          <h4 class="mr-result-card__texts">
            {{ t(view.chart ? 'surveys.results.texts.otherHeading' : 'surveys.results.texts.heading') }}
          </h4>
          <mr-survey-text-answers
            [surveyId]="surveyId()"
            [questionKey]="q.questionKey"
            [title]="q.title"
            [segment]="segment()"
          />
        }
      </article>
    </ng-container>
  `,
  styles: `
    .mr-result-card {
      padding: 1rem;
      margin-block-end: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.75rem;
      background: var(--mat-sys-surface);
    }
    .mr-result-card__title {
      font: var(--mat-sys-title-medium);
      margin-block: 0 0.25rem;
    }
    .mr-result-card__meta,
    .mr-result-card__note {
      margin-block: 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-result-card__toggle {
      margin-block: 0.5rem;
    }
    .mr-result-card__texts {
      font: var(--mat-sys-title-small);
      margin-block: 1rem 0.5rem;
    }
    .mr-result-card__scroll {
      overflow-x: auto;
    }
    .mr-result-table {
      border-collapse: collapse;
      min-inline-size: min(100%, 24rem);
    }
    .mr-result-table caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.5rem;
    }
    .mr-result-table th,
    .mr-result-table td {
      padding: 0.375rem 0.75rem;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-result-table__number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
})
export class SurveyQuestionResultComponent {
  readonly question = input.required<SurveyQuestionResultItemFragment>();
  readonly meta = input<QuestionMeta | undefined>(undefined);
  readonly formats = input.required<NumberFormats>();
  readonly surveyId = input.required<string>();
  readonly segment = input<string | null>(null);
  readonly rtl = input(false);
  /** Page-wide default; each card can still open or close its own table. */
  readonly showTables = input(false);
  protected readonly tableShown = linkedSignal(() => this.showTables());

  private cache: { key: readonly unknown[]; view: QuestionView } | null = null;

  /** Memoised so change detection does not hand the chart a new spec (and redraw it) every time. */
  protected viewOf(t: Translate): QuestionView {
    const key = [this.question(), this.meta(), this.formats(), t] as const;
    if (this.cache && this.cache.key.every((part, index) => part === key[index])) return this.cache.view;
    const view = questionView(this.question(), this.meta(), t, this.formats());
    this.cache = { key, view };
    return view;
  }
}
