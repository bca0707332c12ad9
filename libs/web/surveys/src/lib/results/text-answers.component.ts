import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SurveyTextAnswerListGQL, errorMessageKey, toUiError } from '@mitreden/web/core';

export const TEXT_PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_MAX = 200;

/** Free texts of one question (answers, "other" texts, dates): searchable, loaded page by page. */
@Component({
  selector: 'mr-survey-text-answers',
  imports: [MatButton, MatFormField, MatInput, MatLabel, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <div
        class="mr-text-answers"
        role="search"
        [attr.aria-label]="t('surveys.results.texts.searchLabel', { title: title() })"
      >
        <mat-form-field appearance="outline" class="mr-text-answers__search" subscriptSizing="dynamic">
          <mat-label>{{ t('surveys.results.texts.search') }}</mat-label>
          <input
            matInput
            type="search"
            [id]="'texts-search-' + questionKey()"
            [attr.maxlength]="searchMax"
            [value]="search()"
            (input)="onSearch($event)"
          />
        </mat-form-field>
      </div>
      <p role="status" class="mr-text-answers__count">
        @if (failure(); as key) {
          <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
        } @else if (total() === null) {
          {{ t('surveys.results.texts.loading') }}
        } @else if (total() === 0) {
          {{ t(search() ? 'surveys.results.texts.noMatch' : 'surveys.results.texts.none') }}
        } @else {
          {{ t('surveys.results.texts.count', { shown: items().length, total: total() }) }}
        }
      </p>
      @if (items().length) {
        <ul
          class="mr-text-answers__list"
          [attr.aria-label]="t('surveys.results.texts.listLabel', { title: title() })"
        >
          @for (item of items(); track $index) {
            <li dir="auto">{{ item }}</li>
          }
        </ul>
      }
      @if (total() !== null && items().length < (total() ?? 0)) {
        <button mat-stroked-button type="button" (click)="more()" [disabled]="loading()">
          {{ t('surveys.results.texts.more') }}
        </button>
      }
    </ng-container>
  `,
  styles: `
    .mr-text-answers__search {
      inline-size: min(100%, 24rem);
    }
    .mr-text-answers__count {
      margin-block: 0.5rem;
    }
    .mr-text-answers__list {
      margin: 0 0 1rem;
      padding-inline-start: 1.25rem;
      max-block-size: 24rem;
      overflow-y: auto;
    }
    .mr-text-answers__list li {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      padding-block: 0.375rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class SurveyTextAnswersComponent {
  readonly surveyId = input.required<string>();
  readonly questionKey = input.required<string>();
  readonly title = input.required<string>();
  readonly segment = input<string | null>(null);

  private readonly query = inject(SurveyTextAnswerListGQL);
  protected readonly searchMax = SEARCH_MAX;
  protected readonly search = signal('');
  protected readonly items = signal<readonly string[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private request = 0;

  constructor() {
    // A new question or segment starts over; the search term is read untracked (it is debounced).
    effect(() => {
      this.surveyId();
      this.questionKey();
      this.segment();
      untracked(() => void this.load(false));
    });
    inject(DestroyRef).onDestroy(() => this.clearTimer());
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value.slice(0, SEARCH_MAX));
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.load(false);
    }, SEARCH_DEBOUNCE_MS);
  }

  protected more(): void {
    void this.load(true);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async load(more: boolean): Promise<void> {
    const request = ++this.request;
    const search = this.search().trim();
    this.loading.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(
        this.query.fetch({
          variables: {
            surveyId: this.surveyId(),
            questionKey: this.questionKey(),
            search: search || null,
            segment: this.segment(),
            offset: more ? this.items().length : 0,
            limit: TEXT_PAGE_SIZE,
          },
          fetchPolicy: 'network-only',
        }),
      );
      // An answer to an older search or filter arrived late.
      if (request !== this.request) return;
      const page = result.data?.surveyTextAnswers;
      if (!page) throw new Error('surveyTextAnswers returned nothing');
      this.items.update((current) => (more ? [...current, ...page.items] : page.items));
      this.total.set(page.total);
    } catch (error) {
      if (request === this.request) this.failure.set(errorMessageKey(toUiError(error)));
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }
}
