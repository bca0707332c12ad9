import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { isLocale } from '@mitreden/shared/contracts';
import {
  LanguageService,
  SurveyResultsOverviewGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { SurveyResultsOverviewQuery } from '@mitreden/web/core';
import { SurveyManageNavComponent } from '../common/survey-manage-nav.component';
import { SurveyQuestionResultComponent } from './question-result.component';
import { groupBySection, numberFormats } from './results-view';
import type { QuestionMeta } from './results-view';
import { SurveyExportComponent } from './survey-export.component';

type Overview = NonNullable<SurveyResultsOverviewQuery['survey']>;
type Results = SurveyResultsOverviewQuery['surveyResults'];

/** /manage/surveys/:id/results: charts with data tables, free texts, filter by type, exports. */
@Component({
  selector: 'mr-survey-results-page',
  imports: [
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    SurveyExportComponent,
    SurveyManageNavComponent,
    SurveyQuestionResultComponent,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <mr-survey-manage-nav [surveyId]="id()" />
      <!-- prettier-ignore -->
      <h1 tabindex="-1">{{ t('surveys.results.heading') }}@if (survey(); as s) {<span class="mr-results__survey-title">: <bdi>{{ s.title }}</bdi></span>}</h1>

      @if (survey()?.anonymous) {
        <p class="mr-results__note">{{ t('surveys.results.anonymousNote') }}</p>
      }

      <form
        class="mr-results__filters"
        role="search"
        [attr.aria-label]="t('surveys.results.filter.label')"
        (submit)="$event.preventDefault()"
      >
        @if (results()?.segments?.length) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="mr-results__segment">
            <mat-label>{{ results()?.segmentTitle || t('surveys.results.filter.segment') }}</mat-label>
            <mat-select
              id="results-segment"
              [value]="segment() ?? ''"
              (selectionChange)="setSegment($event.value)"
            >
              <mat-option value="">{{ t('surveys.results.filter.all') }}</mat-option>
              @for (option of results()?.segments ?? []; track option.key) {
                <mat-option [value]="option.key">
                  {{
                    t('surveys.results.filter.option', {
                      label: option.label,
                      count: formats().count(option.respondents),
                    })
                  }}
                </mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-checkbox
          id="results-complete-only"
          [checked]="completeOnly()"
          (change)="setCompleteOnly($event.checked)"
        >
          {{ t('surveys.results.filter.completeOnly') }}
        </mat-checkbox>
      </form>
      <mat-checkbox
        id="results-show-tables"
        [checked]="showTables()"
        (change)="showTables.set($event.checked)"
      >
        {{ t('surveys.results.filter.showTables') }}
      </mat-checkbox>

      <p role="status" class="mr-results__status">
        @if (failure(); as key) {
          <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
        } @else if (loading() && !results()) {
          {{ t('surveys.results.loading') }}
        } @else if (results(); as r) {
          {{
            t('surveys.results.summary', {
              respondents: formats().count(r.respondents),
              complete: formats().count(r.complete),
              share: formats().percent(r.respondents > 0 ? r.complete / r.respondents : 0),
            })
          }}
          @if (segmentLabel(); as label) {
            {{ t('surveys.results.filteredBy', { label }) }}
          }
        }
      </p>

      @if (survey()) {
        <mr-survey-export [surveyId]="id()" />
      }

      @if (results(); as r) {
        @if (r.respondents === 0) {
          <p class="mr-results__empty">{{ t('surveys.results.empty') }}</p>
        } @else {
          @for (group of sections(); track $index) {
            <section class="mr-results__section" [attr.aria-labelledby]="'results-section-' + $index">
              <h2 [id]="'results-section-' + $index" dir="auto">
                {{ group.title || t('surveys.results.untitledSection') }}
              </h2>
              @for (question of group.questions; track question.questionKey) {
                <mr-survey-question-result
                  [question]="question"
                  [meta]="meta().get(question.questionKey)"
                  [formats]="formats()"
                  [surveyId]="id()"
                  [segment]="segment()"
                  [rtl]="rtl()"
                  [showTables]="showTables()"
                />
              }
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-results__survey-title {
      font-weight: 400;
    }
    .mr-results__note {
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-results__filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      margin-block: 1rem;
    }
    .mr-results__segment {
      inline-size: min(100%, 22rem);
    }
    .mr-results__status {
      margin-block: 1rem;
      font: var(--mat-sys-body-large);
    }
    .mr-results__section {
      margin-block-start: 2rem;
    }
  `,
})
export class SurveyResultsPage {
  /** Route parameter `:id` (component input binding). */
  readonly id = input.required<string>();

  private readonly query = inject(SurveyResultsOverviewGQL);
  private readonly language = inject(LanguageService);
  protected readonly survey = signal<Overview | null>(null);
  protected readonly results = signal<Results | null>(null);
  protected readonly segment = signal<string | null>(null);
  protected readonly completeOnly = signal(false);
  protected readonly showTables = signal(false);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);
  private request = 0;

  protected readonly rtl = computed(() => this.language.direction() === 'rtl');
  protected readonly formats = computed(() => {
    const locale = this.language.current();
    return numberFormats(isLocale(locale) ? htmlLang(locale) : 'de');
  });
  protected readonly sections = computed(() => groupBySection(this.results()?.questions ?? []));
  protected readonly meta = computed(() => {
    const map = new Map<string, QuestionMeta>();
    for (const section of this.survey()?.sections ?? []) {
      for (const question of section.questions) {
        map.set(question.key, {
          minValue: question.minValue,
          maxValue: question.maxValue,
          minLabel: question.minLabel,
          maxLabel: question.maxLabel,
        });
      }
    }
    return map;
  });
  protected readonly segmentLabel = computed(() => {
    const key = this.segment();
    return key === null
      ? null
      : (this.results()?.segments.find((segment) => segment.key === key)?.label ?? null);
  });

  constructor() {
    // Reload when the survey, the filters or the language (labels come translated) change.
    effect(() => {
      const variables = { surveyId: this.id(), segment: this.segment(), completeOnly: this.completeOnly() };
      this.language.current();
      untracked(() => void this.load(variables));
    });
  }

  protected setSegment(value: string): void {
    this.segment.set(value ? value : null);
  }

  protected setCompleteOnly(value: boolean): void {
    this.completeOnly.set(value);
  }

  private async load(variables: {
    surveyId: string;
    segment: string | null;
    completeOnly: boolean;
  }): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(this.query.fetch({ variables, fetchPolicy: 'network-only' }));
      if (request !== this.request) return;
      if (!result.data?.survey) {
        this.survey.set(null);
        this.results.set(null);
        this.failure.set('errors.NOT_FOUND');
        return;
      }
      this.survey.set(result.data.survey);
      this.results.set(result.data.surveyResults);
    } catch (error) {
      if (request === this.request) this.failure.set(errorMessageKey(toUiError(error)));
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }
}
