import { CdkDrag, CdkDragHandle, CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoDirective } from '@jsverse/transloco';
import { LONG_TEXT_MAX, OTHER_TEXT_MAX, SHORT_TEXT_MAX } from '@mitreden/shared/surveys';
import type { AnswerValue } from '@mitreden/shared/surveys';
import { moveInRanking, rankingOrder, scaleSteps } from './survey-form';
import type { FormQuestion } from './survey-form';

const KNOWN_ERRORS = new Set([
  'required',
  'unknownOption',
  'otherTextMissing',
  'tooFewChoices',
  'tooManyChoices',
  'notANumber',
  'belowMinimum',
  'aboveMaximum',
  'notAWholeStep',
  'rowMissing',
  'rankingIncomplete',
  'invalidDate',
  'tooLong',
  'wrongShape',
]);

interface Hint {
  key: string;
  params: Record<string, number>;
}

/**
 * One question of the form with the control its kind needs. It holds no state: the page owns the
 * answers and gets every change as a whole new AnswerValue (undefined = not answered).
 */
@Component({
  selector: 'mr-survey-question',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatInput,
    MatRadioButton,
    MatRadioGroup,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @let q = question();
      @let v = value();
      <fieldset class="mr-q" [id]="'q-' + q.key" [attr.aria-describedby]="describedBy()" [class.mr-q--invalid]="errors().length">
        <legend class="mr-q__title" [id]="titleId()">
          <span>{{ q.title }}</span>
          @if (q.required) {
            <span class="mr-q__required">({{ t('surveys.answer.question.required') }})</span>
          }
        </legend>
        @if (q.help) {
          <p class="mr-q__help" [id]="'q-' + q.key + '-help'">{{ q.help }}</p>
        }
        @if (hint(); as h) {
          <p class="mr-q__hint" [id]="'q-' + q.key + '-hint'">{{ t('surveys.answer.hint.' + h.key, h.params) }}</p>
        }

        @switch (q.kind) {
          @case ('SINGLE_CHOICE') {
            <mat-radio-group
              class="mr-q__choices"
              [attr.aria-labelledby]="titleId()"
              [value]="v?.choice ?? null"
              [disabled]="readonly()"
              (change)="setChoice($event.value)"
            >
              @for (option of q.options; track option.key) {
                <mat-radio-button [value]="option.key">{{ option.label }}</mat-radio-button>
              }
            </mat-radio-group>
          }
          @case ('MULTIPLE_CHOICE') {
            <div class="mr-q__choices" role="group" [attr.aria-labelledby]="titleId()">
              @for (option of q.options; track option.key) {
                <mat-checkbox
                  [checked]="(v?.choices ?? []).includes(option.key)"
                  [disabled]="readonly()"
                  (change)="toggleChoice(option.key, $event.checked)"
                  >{{ option.label }}</mat-checkbox
                >
              }
            </div>
          }
          @case ('SHORT_TEXT') {
            <mat-form-field class="mr-q__field" subscriptSizing="dynamic">
              <input
                matInput
                [id]="inputId()"
                [attr.aria-labelledby]="titleId()"
                [attr.aria-invalid]="errors().length ? 'true' : null"
                [attr.maxlength]="shortMax"
                [value]="v?.text ?? ''"
                [readonly]="readonly()"
                (input)="setText($any($event.target).value)"
              />
            </mat-form-field>
            <p class="mr-q__counter" [id]="'q-' + q.key + '-count'">
              {{ t('surveys.answer.question.counter', { count: (v?.text ?? '').length, max: shortMax }) }}
            </p>
          }
          @case ('LONG_TEXT') {
            <mat-form-field class="mr-q__field" subscriptSizing="dynamic">
              <textarea
                matInput
                rows="5"
                [id]="inputId()"
                [attr.aria-labelledby]="titleId()"
                [attr.aria-invalid]="errors().length ? 'true' : null"
                [attr.maxlength]="longMax"
                [value]="v?.text ?? ''"
                [readonly]="readonly()"
                (input)="setText($any($event.target).value)"
              ></textarea>
            </mat-form-field>
            <p class="mr-q__counter" [id]="'q-' + q.key + '-count'">
              {{ t('surveys.answer.question.counter', { count: (v?.text ?? '').length, max: longMax }) }}
            </p>
          }
          @case ('NUMBER') {
            <mat-form-field class="mr-q__field mr-q__field--short" subscriptSizing="dynamic">
              <input
                matInput
                type="number"
                inputmode="decimal"
                [id]="inputId()"
                [attr.aria-labelledby]="titleId()"
                [attr.aria-invalid]="errors().length ? 'true' : null"
                [attr.min]="q.minValue"
                [attr.max]="q.maxValue"
                [value]="v?.number ?? ''"
                [readonly]="readonly()"
                (input)="setNumber($any($event.target).value)"
              />
            </mat-form-field>
          }
          @case ('SCALE') {
            <div class="mr-q__scale">
              @if (q.minLabel) {
                <span class="mr-q__end" [id]="'q-' + q.key + '-low'">{{ q.minLabel }}</span>
              }
              <mat-radio-group
                class="mr-q__scale-steps"
                [attr.aria-labelledby]="titleId()"
                [value]="v?.number ?? null"
                [disabled]="readonly()"
                (change)="setScale($event.value)"
              >
                @for (step of steps(); track step; let first = $first; let last = $last) {
                  <mat-radio-button
                    class="mr-q__step"
                    labelPosition="before"
                    [value]="step"
                    [attr.aria-describedby]="
                      first && q.minLabel ? 'q-' + q.key + '-low' : last && q.maxLabel ? 'q-' + q.key + '-high' : null
                    "
                    >{{ step }}</mat-radio-button
                  >
                }
              </mat-radio-group>
              @if (q.maxLabel) {
                <span class="mr-q__end" [id]="'q-' + q.key + '-high'">{{ q.maxLabel }}</span>
              }
            </div>
          }
          @case ('MATRIX') {
            <div class="mr-q__matrix-wrap" role="region" tabindex="0" [attr.aria-labelledby]="titleId()">
              <table class="mr-q__matrix">
                <thead>
                  <tr>
                    <td></td>
                    @for (column of q.options; track column.key) {
                      <th scope="col" [id]="'q-' + q.key + '-c-' + column.key">{{ column.label }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of q.rows; track row.key) {
                    <tr>
                      <th scope="row" [id]="'q-' + q.key + '-r-' + row.key">{{ row.label }}</th>
                      @for (column of q.options; track column.key) {
                        <td>
                          <input
                            type="radio"
                            class="mr-q__cell"
                            [name]="'q-' + q.key + '-' + row.key"
                            [value]="column.key"
                            [checked]="v?.rows?.[row.key] === column.key"
                            [disabled]="readonly()"
                            [attr.aria-labelledby]="'q-' + q.key + '-r-' + row.key + ' q-' + q.key + '-c-' + column.key"
                            (change)="setCell(row.key, column.key)"
                          />
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          @case ('RANKING') {
            <ol
              class="mr-q__ranking"
              cdkDropList
              [cdkDropListDisabled]="readonly()"
              [attr.aria-labelledby]="titleId()"
              (cdkDropListDropped)="dropped($event)"
            >
              @for (key of order(); track key; let index = $index; let first = $first; let last = $last) {
                <li class="mr-q__rank" cdkDrag>
                  <span class="mr-q__handle" cdkDragHandle aria-hidden="true">⠿</span>
                  <span class="mr-q__rank-label">{{ index + 1 }}. {{ label(key) }}</span>
                  @if (!readonly()) {
                    <button
                      mat-button
                      type="button"
                      [disabled]="first"
                      [attr.aria-label]="t('surveys.answer.ranking.up', { option: label(key) })"
                      (click)="move(index, index - 1)"
                    >
                      ↑ <span class="mr-q__rank-action">{{ t('surveys.answer.ranking.upShort') }}</span>
                    </button>
                    <button
                      mat-button
                      type="button"
                      [disabled]="last"
                      [attr.aria-label]="t('surveys.answer.ranking.down', { option: label(key) })"
                      (click)="move(index, index + 1)"
                    >
                      ↓ <span class="mr-q__rank-action">{{ t('surveys.answer.ranking.downShort') }}</span>
                    </button>
                  }
                </li>
              }
            </ol>
            @if (!v?.ranking && !readonly()) {
              <button mat-stroked-button type="button" (click)="keepOrder()">
                {{ t('surveys.answer.ranking.keep') }}
              </button>
            }
            <p class="mr-q__sr-only" role="status">{{ rankingAnnouncement() ? t('surveys.answer.ranking.moved', rankingAnnouncement()!) : '' }}</p>
          }
          @case ('DATE') {
            <mat-form-field class="mr-q__field mr-q__field--short" subscriptSizing="dynamic">
              <input
                matInput
                type="date"
                [id]="inputId()"
                [attr.aria-labelledby]="titleId()"
                [attr.aria-invalid]="errors().length ? 'true' : null"
                [value]="v?.date ?? ''"
                [readonly]="readonly()"
                (input)="setDate($any($event.target).value)"
              />
            </mat-form-field>
          }
        }

        @if (otherChosen()) {
          <mat-form-field class="mr-q__field" subscriptSizing="dynamic">
            <input
              matInput
              [id]="'q-' + q.key + '-other'"
              [attr.aria-label]="t('surveys.answer.question.otherLabel', { option: otherLabel() })"
              [attr.maxlength]="otherMax"
              [value]="v?.other ?? ''"
              [readonly]="readonly()"
              (input)="setOther($any($event.target).value)"
            />
          </mat-form-field>
        }

        @if (errors().length) {
          <ul class="mr-q__errors" [id]="'q-' + q.key + '-errors'">
            @for (code of errors(); track code) {
              <li>{{ t('surveys.answer.errors.' + errorCode(code), errorParams()) }}</li>
            }
          </ul>
        }
      </fieldset>
    </ng-container>
  `,
  styles: `
    .mr-q {
      border: 0;
      margin: 0 0 1.75rem;
      padding: 0;
      min-inline-size: 0;
    }
    .mr-q__title {
      font: var(--mat-sys-title-medium);
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .mr-q__required {
      margin-inline-start: 0.375rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-q__help,
    .mr-q__hint,
    .mr-q__counter {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-q__choices {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .mr-q__field {
      inline-size: 100%;
      max-inline-size: 40rem;
    }
    .mr-q__field--short {
      max-inline-size: 14rem;
    }
    .mr-q__scale {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .mr-q__scale-steps {
      display: flex;
      flex-wrap: wrap;
    }
    .mr-q__end {
      font: var(--mat-sys-body-medium);
      max-inline-size: 10rem;
    }
    .mr-q__matrix-wrap {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    .mr-q__matrix {
      border-collapse: collapse;
    }
    .mr-q__matrix th,
    .mr-q__matrix td {
      padding: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: center;
    }
    .mr-q__matrix th[scope='row'] {
      text-align: start;
      font-weight: 400;
    }
    .mr-q__cell {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    .mr-q__ranking {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      max-inline-size: 40rem;
    }
    .mr-q__rank {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      padding: 0.25rem 0.5rem;
      margin-block-end: 0.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface);
    }
    .mr-q__rank-label {
      flex: 1 1 12rem;
    }
    .mr-q__handle {
      cursor: grab;
      padding-inline: 0.25rem;
    }
    .mr-q__errors {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
    .mr-q--invalid .mr-q__title::before {
      content: '⚠ ';
    }
    .mr-q__sr-only {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: 30rem) {
      .mr-q__rank-action {
        display: none;
      }
    }
  `,
})
export class SurveyQuestionComponent {
  readonly question = input.required<FormQuestion>();
  readonly value = input<AnswerValue | undefined>(undefined);
  readonly errors = input<readonly string[]>([]);
  readonly readonly = input(false);
  readonly changed = output<AnswerValue | undefined>();

  protected readonly shortMax = SHORT_TEXT_MAX;
  protected readonly longMax = LONG_TEXT_MAX;
  protected readonly otherMax = OTHER_TEXT_MAX;

  protected readonly titleId = computed(() => `q-${this.question().key}-title`);
  protected readonly inputId = computed(() => `q-${this.question().key}-input`);
  protected readonly steps = computed(() => scaleSteps(this.question()));
  protected readonly order = computed(() => rankingOrder(this.question(), this.value()));
  protected readonly otherOption = computed(() => this.question().options.find((option) => option.isOther) ?? null);
  protected readonly otherLabel = computed(() => this.otherOption()?.label ?? '');
  protected readonly otherChosen = computed(() => {
    const other = this.otherOption();
    const question = this.question();
    if (!other || (question.kind !== 'SINGLE_CHOICE' && question.kind !== 'MULTIPLE_CHOICE')) return false;
    const value = this.value();
    return value?.choice === other.key || (value?.choices ?? []).includes(other.key);
  });
  private readonly lastMove = signal<{ option: string; position: number } | null>(null);
  /** Moves by button are announced; the list itself does not tell a screen reader what changed. */
  protected readonly rankingAnnouncement = this.lastMove.asReadonly();

  /** What the respondent needs to know before answering: ranges and how many to tick. */
  protected readonly hint = computed((): Hint | null => {
    const q = this.question();
    if (q.kind === 'MULTIPLE_CHOICE') {
      const { minChoices: min, maxChoices: max } = q;
      if (min !== null && max !== null) return min === max ? { key: 'exactly', params: { count: min } } : { key: 'between', params: { min, max } };
      if (min !== null) return { key: 'atLeast', params: { min } };
      if (max !== null) return { key: 'atMost', params: { max } };
    }
    if (q.kind === 'NUMBER') {
      const { minValue: min, maxValue: max } = q;
      if (min !== null && max !== null) return { key: 'range', params: { min, max } };
      if (min !== null) return { key: 'from', params: { min } };
      if (max !== null) return { key: 'to', params: { max } };
    }
    if (q.kind === 'RANKING') return { key: 'ranking', params: {} };
    if (q.kind === 'DATE') return { key: 'date', params: {} };
    return null;
  });

  protected readonly describedBy = computed(() => {
    const key = this.question().key;
    const ids = [];
    if (this.question().help) ids.push(`q-${key}-help`);
    if (this.hint()) ids.push(`q-${key}-hint`);
    if (this.question().kind === 'SHORT_TEXT' || this.question().kind === 'LONG_TEXT') ids.push(`q-${key}-count`);
    if (this.errors().length) ids.push(`q-${key}-errors`);
    return ids.join(' ') || null;
  });

  protected readonly errorParams = computed(() => {
    const q = this.question();
    return {
      min: q.kind === 'MULTIPLE_CHOICE' ? q.minChoices : q.minValue,
      max: q.kind === 'MULTIPLE_CHOICE' ? q.maxChoices : q.maxValue,
      short: SHORT_TEXT_MAX,
      long: LONG_TEXT_MAX,
    };
  });

  protected errorCode(code: string): string {
    return KNOWN_ERRORS.has(code) ? code : 'invalid';
  }

  protected label(key: string): string {
    return this.question().options.find((option) => option.key === key)?.label ?? key;
  }

  private emit(value: AnswerValue | undefined): void {
    this.changed.emit(value);
  }

  /** Keeps the other text only while the other option stays chosen. */
  private withOther(value: AnswerValue, chosen: readonly string[]): AnswerValue {
    const other = this.otherOption();
    const current = this.value()?.other;
    return other && chosen.includes(other.key) && current !== undefined ? { ...value, other: current } : value;
  }

  protected setChoice(choice: string): void {
    this.emit(this.withOther({ choice }, [choice]));
  }

  protected toggleChoice(key: string, checked: boolean): void {
    const current = this.value()?.choices ?? [];
    const order = this.question().options.map((option) => option.key);
    const chosen = order.filter((option) => (option === key ? checked : current.includes(option)));
    this.emit(chosen.length ? this.withOther({ choices: chosen }, chosen) : undefined);
  }

  protected setOther(text: string): void {
    const value = this.value() ?? {};
    this.emit({ ...value, other: text });
  }

  protected setText(text: string): void {
    this.emit(text === '' ? undefined : { text });
  }

  /** An unparseable number stays as NaN so the shared rules report notANumber instead of losing it. */
  protected setNumber(raw: string): void {
    this.emit(raw.trim() === '' ? undefined : { number: Number(raw) });
  }

  protected setScale(step: number): void {
    this.emit({ number: Number(step) });
  }

  protected setCell(row: string, column: string): void {
    this.emit({ rows: { ...(this.value()?.rows ?? {}), [row]: column } });
  }

  protected setDate(date: string): void {
    this.emit(date === '' ? undefined : { date });
  }

  protected move(from: number, to: number): void {
    const next = moveInRanking(this.order(), from, to);
    this.lastMove.set({ option: this.label(next[to] ?? ''), position: to + 1 });
    this.emit({ ranking: next });
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.move(event.previousIndex, event.currentIndex);
  }

  protected keepOrder(): void {
    this.emit({ ranking: this.order() });
  }
}
