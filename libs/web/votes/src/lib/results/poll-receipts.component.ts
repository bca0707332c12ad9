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
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { isLocale } from '@mitreden/shared/contracts';
import { formatPaperCode, looksLikePaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import { LanguageService, PollReceiptsGQL, errorMessageKey, htmlLang, toUiError } from '@mitreden/web/core';

export const RECEIPT_PAGE_SIZE = 100;
const CODE_MAX = 40;

type Check =
  | { state: 'found' | 'missing'; code: string }
  | { state: 'invalid' }
  | { state: 'failed'; key: string }
  | null;

/**
 * "Is my vote counted?": checks one receipt code against the public list (exact match after
 * normalising) and lists every receipt page by page. Only for counted polls (RESULTS_SEALED before).
 */
@Component({
  selector: 'mr-poll-receipts',
  imports: [MatButton, MatFormField, MatHint, MatInput, MatLabel, TranslocoDirective],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-poll-receipts" aria-labelledby="poll-receipts-heading">
        <h2 id="poll-receipts-heading">{{ t('votes.receipts.heading') }}</h2>
        <p class="mr-poll-receipts__intro">{{ t('votes.receipts.intro') }}</p>

        <form
          class="mr-poll-receipts__search"
          role="search"
          [attr.aria-label]="t('votes.receipts.searchLabel')"
          (submit)="$event.preventDefault(); check()"
        >
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="mr-poll-receipts__field">
            <mat-label>{{ t('votes.receipts.code') }}</mat-label>
            <input
              matInput
              id="poll-receipt-code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              dir="ltr"
              [attr.maxlength]="codeMax"
              [value]="code()"
              (input)="onInput($event)"
            />
            <mat-hint>{{ t('votes.receipts.hint') }}</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="checking()">
            {{ t('votes.receipts.check') }}
          </button>
        </form>
        <p id="poll-receipt-result" class="mr-poll-receipts__result" role="status" aria-live="polite">
          @if (result(); as r) {
            @switch (r.state) {
              @case ('found') {
                <span class="mr-poll-receipts__notice mr-poll-receipts__notice--found">
                  {{ t('votes.receipts.found', { code: r.code }) }}
                </span>
              }
              @case ('missing') {
                <span class="mr-poll-receipts__notice mr-poll-receipts__notice--error">
                  {{ t('votes.receipts.missing', { code: r.code }) }}
                </span>
              }
              @case ('invalid') {
                <span class="mr-poll-receipts__notice mr-poll-receipts__notice--error">{{
                  t('votes.receipts.invalid')
                }}</span>
              }
              @case ('failed') {
                <span class="mr-poll-receipts__notice mr-poll-receipts__notice--error">{{ t(r.key) }}</span>
              }
            }
          }
        </p>
        <p class="mr-poll-receipts__hint">{{ t('votes.receipts.replacedNote') }}</p>

        <h3 class="mr-poll-receipts__subheading">{{ t('votes.receipts.listHeading') }}</h3>
        <p class="mr-poll-receipts__count" role="status">
          @if (failure(); as key) {
            <span class="mr-poll-receipts__notice mr-poll-receipts__notice--error">{{ t(key) }}</span>
          } @else if (total() === null) {
            {{ t('votes.receipts.loading') }}
          } @else if (total() === 0) {
            {{ t('votes.receipts.none') }}
          } @else {
            {{ t('votes.receipts.count', { shown: count(receipts().length), total: count(total() ?? 0) }) }}
          }
        </p>
        @if (receipts().length) {
          <!-- Scrolls on its own: focusable so keyboard users can scroll it. -->
          <ul class="mr-poll-receipts__list" tabindex="0" [attr.aria-label]="t('votes.receipts.listLabel')">
            @for (receipt of receipts(); track receipt) {
              <li dir="ltr">{{ receipt }}</li>
            }
          </ul>
        }
        @if (total() !== null && receipts().length < (total() ?? 0)) {
          <button mat-stroked-button type="button" (click)="more()" [disabled]="loading()">
            {{ t('votes.receipts.more') }}
          </button>
        }
        <p class="mr-poll-receipts__download">
          <a [href]="csvUrl()" download>{{ t('votes.receipts.download') }}</a>
        </p>
      </section>
    </ng-container>
  `,
  styles: `
    .mr-poll-receipts__intro,
    .mr-poll-receipts__hint {
      color: var(--mat-sys-on-surface-variant);
      margin-block: 0 0.75rem;
    }
    .mr-poll-receipts__search {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    .mr-poll-receipts__field {
      inline-size: min(100%, 20rem);
    }
    .mr-poll-receipts__search button {
      margin-block-start: 0.5rem;
    }
    .mr-poll-receipts__result {
      min-block-size: 1.5rem;
      margin-block: 0.75rem;
    }
    .mr-poll-receipts__notice {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-inline-start: 0.375rem solid currentColor;
      border-radius: 0.25rem;
    }
    .mr-poll-receipts__notice--found {
      background: var(--mr-success-container);
      color: var(--mr-on-success-container);
    }
    .mr-poll-receipts__notice--error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .mr-poll-receipts__subheading {
      font: var(--mat-sys-title-medium);
      margin-block: 1.5rem 0.5rem;
    }
    .mr-poll-receipts__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.25rem 1rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
      max-block-size: 28rem;
      overflow-y: auto;
    }
    .mr-poll-receipts__list li {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-variant-numeric: tabular-nums;
      text-align: start;
    }
  `,
})
export class PollReceiptsComponent {
  readonly pollId = input.required<string>();
  readonly slug = input.required<string>();

  private readonly query = inject(PollReceiptsGQL);
  private readonly language = inject(LanguageService);
  protected readonly codeMax = CODE_MAX;
  protected readonly code = signal('');
  protected readonly result = signal<Check>(null);
  protected readonly checking = signal(false);
  protected readonly receipts = signal<readonly string[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);
  private request = 0;
  private checkRequest = 0;

  private readonly numbers = computed(() => {
    const locale = this.language.current();
    return new Intl.NumberFormat(isLocale(locale) ? htmlLang(locale) : 'de', { maximumFractionDigits: 0 });
  });
  protected readonly csvUrl = computed(() => `/api/polls/${encodeURIComponent(this.slug())}/receipts.csv`);

  constructor() {
    effect(() => {
      this.pollId();
      untracked(() => {
        this.result.set(null);
        void this.load(false);
      });
    });
  }

  protected count(value: number): string {
    return this.numbers().format(value);
  }

  protected onInput(event: Event): void {
    this.code.set((event.target as HTMLInputElement).value.slice(0, CODE_MAX));
  }

  protected more(): void {
    void this.load(true);
  }

  /** Exact match only: a receipt proves one ballot, so a near miss must not read as "found". */
  protected async check(): Promise<void> {
    const typed = this.code().trim();
    if (!looksLikePaperCode(typed)) {
      this.result.set({ state: 'invalid' });
      return;
    }
    const normalised = normalisePaperCode(typed);
    const code = formatPaperCode(normalised);
    const request = ++this.checkRequest;
    this.checking.set(true);
    try {
      const answer = await firstValueFrom(
        this.query.fetch({
          variables: { pollId: this.pollId(), search: code, offset: 0, limit: 10 },
          fetchPolicy: 'network-only',
        }),
      );
      if (request !== this.checkRequest) return;
      const page = answer.data?.pollReceipts;
      if (!page) throw new Error('pollReceipts returned nothing');
      const found = page.receipts.some((receipt) => normalisePaperCode(receipt) === normalised);
      this.result.set({ state: found ? 'found' : 'missing', code });
    } catch (error) {
      if (request === this.checkRequest)
        this.result.set({ state: 'failed', key: errorMessageKey(toUiError(error)) });
    } finally {
      if (request === this.checkRequest) this.checking.set(false);
    }
  }

  private async load(more: boolean): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.failure.set(null);
    try {
      const answer = await firstValueFrom(
        this.query.fetch({
          variables: {
            pollId: this.pollId(),
            search: null,
            offset: more ? this.receipts().length : 0,
            limit: RECEIPT_PAGE_SIZE,
          },
          fetchPolicy: 'network-only',
        }),
      );
      if (request !== this.request) return;
      const page = answer.data?.pollReceipts;
      if (!page) throw new Error('pollReceipts returned nothing');
      this.receipts.update((current) => (more ? [...current, ...page.receipts] : page.receipts));
      this.total.set(page.total);
    } catch (error) {
      if (request === this.request) this.failure.set(errorMessageKey(toUiError(error)));
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }
}
