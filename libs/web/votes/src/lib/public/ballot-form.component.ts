import { CdkDrag, CdkDropList } from '@angular/cdk/drag-drop';
import { NgTemplateOutlet } from '@angular/common';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formatPaperCode, looksLikePaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import { LanguageService } from '@mitreden/web/core';
import type { PollMethod } from '@mitreden/web/core';
import {
  addToRanking,
  ballotProblem,
  formatCount,
  moveInRanking,
  moveToIndex,
  removeFromRanking,
  toggleChoice,
  unranked,
} from './ballot-state';

export interface BallotOption {
  id: string;
  position: number;
  label: string;
  description: string;
  imageUrl: string | null;
  imageAlt: string | null;
}

export interface BallotFormPoll {
  id: string;
  question: string;
  method: PollMethod;
  maxChoices: number | null;
  options: readonly BallotOption[];
}

export interface BallotCast {
  choices: string[];
  /** A voting code (normalised) instead of the account; null with the account. */
  code: string | null;
}

/**
 * The ballot: choose (per method), review, cast. Checks with the shared rules before the review;
 * the server checks again. Ranking works with buttons (keyboard, screen readers) and by dragging.
 */
@Component({
  selector: 'mr-ballot-form',
  imports: [
    CdkDrag,
    CdkDropList,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    NgTemplateOutlet,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (step() === 'choose') {
        <form class="mr-ballot" novalidate (submit)="$event.preventDefault(); review()">
          <h2 class="mr-ballot__heading">{{ t('votes.ballot.heading') }}</h2>
          <p [id]="hintId">{{ t('votes.ballot.hint.' + poll().method, { max: count(poll().maxChoices ?? 1) }) }}</p>

          @if (problemKey(); as key) {
            <p class="mr-ballot__problem" role="alert">{{ t(key, { max: poll().maxChoices ?? 1 }) }}</p>
          }

          @switch (poll().method) {
            @case ('SINGLE') {
              <fieldset class="mr-ballot__group">
                <legend [id]="legendId" class="mr-ballot__legend"><bdi>{{ poll().question }}</bdi></legend>
                <mat-radio-group
                  class="mr-ballot__options"
                  [attr.aria-labelledby]="legendId"
                  [attr.aria-describedby]="hintId"
                  [value]="selected().at(0) ?? null"
                  (change)="choose($event.value, true)"
                >
                  @for (option of options(); track option.id) {
                    <div class="mr-ballot__option">
                      <mat-radio-button
                        [value]="option.id"
                        [aria-describedby]="option.description ? 'desc-' + option.id : ''"
                      ><bdi>{{ option.label }}</bdi></mat-radio-button>
                      <ng-container [ngTemplateOutlet]="extra" [ngTemplateOutletContext]="{ $implicit: option }" />
                    </div>
                  }
                </mat-radio-group>
              </fieldset>
            }
            @case ('RANKED') {
              <div class="mr-ballot__ranking">
                <h3 [id]="rankingHeadingId">{{ t('votes.ballot.ranking.ranked') }}</h3>
                @if (rankedOptions().length) {
                  <ol
                    class="mr-ballot__ranked"
                    cdkDropList
                    [attr.aria-labelledby]="rankingHeadingId"
                    (cdkDropListDropped)="dropped($event)"
                  >
                    @for (option of rankedOptions(); track option.id; let i = $index, last = $last) {
                      <li class="mr-ballot__ranked-item" cdkDrag [attr.data-option]="option.id">
                        <span class="mr-ballot__rank" aria-hidden="true">{{ rankNumber(i + 1) }}</span>
                        <span class="mr-ballot__ranked-label">
                          <span class="mr-ballot__sr-only">{{ t('votes.ballot.ranking.place', { place: rankNumber(i + 1) }) }}</span>
                          <bdi>{{ option.label }}</bdi>
                        </span>
                        <span class="mr-ballot__ranked-actions">
                          <button
                            mat-stroked-button
                            type="button"
                            data-action="up"
                            [disabled]="i === 0"
                            [attr.aria-label]="t('votes.ballot.ranking.moveUp', { label: option.label })"
                            (click)="move(option, -1)"
                          >{{ t('votes.ballot.ranking.up') }}</button>
                          <button
                            mat-stroked-button
                            type="button"
                            data-action="down"
                            [disabled]="last"
                            [attr.aria-label]="t('votes.ballot.ranking.moveDown', { label: option.label })"
                            (click)="move(option, 1)"
                          >{{ t('votes.ballot.ranking.down') }}</button>
                          <button
                            mat-button
                            type="button"
                            data-action="remove"
                            [attr.aria-label]="t('votes.ballot.ranking.removeLabel', { label: option.label })"
                            (click)="remove(option)"
                          >{{ t('votes.ballot.ranking.remove') }}</button>
                        </span>
                      </li>
                    }
                  </ol>
                } @else {
                  <p>{{ t('votes.ballot.ranking.empty') }}</p>
                }
                <p class="mr-ballot__drag-hint">{{ t('votes.ballot.ranking.dragHint') }}</p>

                <h3 [id]="unrankedHeadingId">{{ t('votes.ballot.ranking.unranked') }}</h3>
                @if (unrankedOptions().length) {
                  <ul class="mr-ballot__options" [attr.aria-labelledby]="unrankedHeadingId">
                    @for (option of unrankedOptions(); track option.id) {
                      <li class="mr-ballot__option" [attr.data-option]="option.id">
                        <div class="mr-ballot__unranked-row">
                          <bdi class="mr-ballot__unranked-label">{{ option.label }}</bdi>
                          <button
                            mat-stroked-button
                            type="button"
                            data-action="add"
                            [attr.aria-label]="t('votes.ballot.ranking.addLabel', { label: option.label })"
                            (click)="add(option)"
                          >{{ t('votes.ballot.ranking.add') }}</button>
                        </div>
                        <ng-container [ngTemplateOutlet]="extra" [ngTemplateOutletContext]="{ $implicit: option }" />
                      </li>
                    }
                  </ul>
                } @else {
                  <p>{{ t('votes.ballot.ranking.allRanked') }}</p>
                }
                <p class="mr-ballot__sr-only" role="status" aria-live="polite">{{ announcement() }}</p>
              </div>
            }
            @default {
              <fieldset class="mr-ballot__group" [attr.aria-describedby]="hintId">
                <legend class="mr-ballot__legend"><bdi>{{ poll().question }}</bdi></legend>
                <div class="mr-ballot__options">
                  @for (option of options(); track option.id) {
                    <div class="mr-ballot__option">
                      <mat-checkbox
                        [checked]="selected().includes(option.id)"
                        [aria-describedby]="option.description ? 'desc-' + option.id : ''"
                        (change)="choose(option.id, $event.checked)"
                      ><bdi>{{ option.label }}</bdi></mat-checkbox>
                      <ng-container [ngTemplateOutlet]="extra" [ngTemplateOutletContext]="{ $implicit: option }" />
                    </div>
                  }
                </div>
              </fieldset>
              <p class="mr-ballot__count" role="status" aria-live="polite">
                @if (poll().method === 'MULTIPLE') {
                  {{ t('votes.ballot.countMax', { count: count(selected().length), max: count(poll().maxChoices ?? 1) }) }}
                } @else {
                  {{ t('votes.ballot.count', { count: count(selected().length) }) }}
                }
              </p>
            }
          }

          @if (askCode()) {
            <div class="mr-ballot__code">
              <h3>{{ t('votes.ballot.code.heading') }}</h3>
              <p>{{ t('votes.ballot.code.intro') }}</p>
              <mat-form-field class="mr-ballot__code-field">
                <mat-label>{{ t('votes.ballot.code.label') }}</mat-label>
                <input
                  matInput
                  name="votingCode"
                  dir="ltr"
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck="false"
                  maxlength="40"
                  [value]="code()"
                  [attr.aria-invalid]="codeError() || null"
                  [attr.aria-errormessage]="codeError() ? codeErrorId : null"
                  (input)="code.set($any($event.target).value); codeError.set(false)"
                />
                <mat-hint>{{ t('votes.ballot.code.hint') }}</mat-hint>
              </mat-form-field>
              @if (codeError()) {
                <p class="mr-ballot__problem" role="alert" [id]="codeErrorId">{{ t('votes.ballot.code.invalid') }}</p>
              }
            </div>
          }

          <div class="mr-ballot__actions">
            <button mat-flat-button type="submit">{{ t('votes.ballot.toReview') }}</button>
          </div>
        </form>
      } @else {
        <section class="mr-ballot" [attr.aria-labelledby]="reviewHeadingId">
          <h2 class="mr-ballot__heading" tabindex="-1" [id]="reviewHeadingId">{{ t('votes.ballot.review.heading') }}</h2>
          <p>{{ t('votes.ballot.review.intro') }}</p>
          @if (poll().method === 'RANKED') {
            <ol class="mr-ballot__review">
              @for (option of chosenOptions(); track option.id; let i = $index) {
                <li><bdi>{{ option.label }}</bdi></li>
              }
            </ol>
          } @else {
            <ul class="mr-ballot__review">
              @for (option of chosenOptions(); track option.id) {
                <li><bdi>{{ option.label }}</bdi></li>
              }
            </ul>
          }
          @if (cleanCode(); as c) {
            <p>{{ t('votes.ballot.review.withCode') }} <bdi dir="ltr" class="mr-ballot__mono">{{ c }}</bdi></p>
          }
          @if (error(); as key) {
            <p class="mr-ballot__problem" role="alert">{{ t(key) }}</p>
          }
          <div class="mr-ballot__actions">
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="edit()">{{ t('votes.ballot.review.change') }}</button>
            <button mat-flat-button type="button" [disabled]="busy()" (click)="submit()">{{ t('votes.ballot.review.cast') }}</button>
          </div>
          @if (busy()) {
            <p role="status">{{ t('votes.ballot.review.sending') }}</p>
          }
        </section>
      }

      <ng-template #extra let-option>
        @if (option.imageUrl) {
          <img class="mr-ballot__image" [src]="option.imageUrl" [alt]="option.imageAlt ?? ''" loading="lazy" />
        }
        @if (option.description) {
          <p class="mr-ballot__description" [id]="'desc-' + option.id">{{ option.description }}</p>
        }
      </ng-template>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .mr-ballot__heading:focus {
      outline: none;
    }
    .mr-ballot__heading:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
    .mr-ballot__group {
      border: 0;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    .mr-ballot__legend {
      font: var(--mat-sys-title-medium);
      margin-block-end: 0.5rem;
      padding: 0;
    }
    .mr-ballot__options {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .mr-ballot__option {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-ballot__description {
      margin: 0.25rem 0 0;
      padding-inline-start: 2.5rem;
      white-space: pre-line;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-ballot__image {
      display: block;
      max-inline-size: min(100%, 16rem);
      block-size: auto;
      margin-block: 0.5rem 0;
      margin-inline-start: 2.5rem;
      border-radius: 0.25rem;
    }
    .mr-ballot__ranking .mr-ballot__description,
    .mr-ballot__ranking .mr-ballot__image {
      padding-inline-start: 0;
      margin-inline-start: 0;
    }
    .mr-ballot__ranked {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .mr-ballot__ranked-item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface);
      cursor: grab;
    }
    .mr-ballot__rank {
      font: var(--mat-sys-title-medium);
      min-inline-size: 1.5rem;
    }
    .mr-ballot__ranked-label {
      flex: 1 1 10rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .mr-ballot__ranked-actions,
    .mr-ballot__unranked-row,
    .mr-ballot__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .mr-ballot__unranked-label {
      flex: 1 1 10rem;
      overflow-wrap: anywhere;
    }
    .mr-ballot__drag-hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-ballot__actions {
      margin-block-start: 1rem;
    }
    .mr-ballot__problem {
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 0.5rem;
    }
    .mr-ballot__count {
      font: var(--mat-sys-label-large);
    }
    .mr-ballot__code-field {
      inline-size: 100%;
      max-inline-size: 20rem;
    }
    .mr-ballot__mono {
      font-family: monospace;
    }
    .mr-ballot__sr-only {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .cdk-drag-placeholder {
      opacity: 0.4;
    }
  `,
})
export class BallotFormComponent {
  readonly poll = input.required<BallotFormPoll>();
  /** Show the voting-code field (anonymous voters on a poll that accepts codes). */
  readonly askCode = input(false);
  readonly busy = input(false);
  /** Message key of the last failed attempt, shown on the review step. */
  readonly error = input<string | null>(null);
  readonly cast = output<BallotCast>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  private static nextId = 0;
  private readonly uid = `ballot-${BallotFormComponent.nextId++}`;
  protected readonly hintId = `${this.uid}-hint`;
  protected readonly legendId = `${this.uid}-legend`;
  protected readonly rankingHeadingId = `${this.uid}-ranked`;
  protected readonly unrankedHeadingId = `${this.uid}-unranked`;
  protected readonly reviewHeadingId = `${this.uid}-review`;
  protected readonly codeErrorId = `${this.uid}-code-error`;

  readonly step = signal<'choose' | 'review'>('choose');
  /** Ticked options (single, multiple, approval). */
  readonly selected = signal<string[]>([]);
  /** Ranked options, first preference first. */
  readonly ranking = signal<string[]>([]);
  /** A code from the letter's link (`?code=`), already filled in as the letter promises. */
  readonly initialCode = input('');
  readonly code = linkedSignal(() => this.initialCode());
  readonly codeError = signal(false);
  readonly problemKey = signal<string | null>(null);
  readonly announcement = signal('');

  protected readonly options = computed(() => [...this.poll().options].sort((a, b) => a.position - b.position));
  private readonly byId = computed(() => new Map(this.options().map((option) => [option.id, option])));
  protected readonly rankedOptions = computed(() =>
    this.ranking()
      .map((id) => this.byId().get(id))
      .filter((option): option is BallotOption => !!option),
  );
  protected readonly unrankedOptions = computed(() => unranked(this.options(), this.ranking()));
  readonly choices = computed(() => (this.poll().method === 'RANKED' ? this.ranking() : this.selected()));
  protected readonly chosenOptions = computed(() =>
    this.choices()
      .map((id) => this.byId().get(id))
      .filter((option): option is BallotOption => !!option),
  );
  protected readonly cleanCode = computed(() => {
    if (!this.askCode()) return null;
    const code = normalisePaperCode(this.code());
    return code ? formatPaperCode(code) : null;
  });

  protected count(value: number): string {
    return formatCount(value, this.language.current());
  }

  protected rankNumber(place: number): string {
    return formatCount(place, this.language.current());
  }

  choose(id: string, on: boolean): void {
    this.selected.update((selected) => toggleChoice(selected, id, on, this.poll().method));
    this.problemKey.set(null);
  }

  move(option: BallotOption, delta: number): void {
    const action = delta < 0 ? 'up' : 'down';
    this.ranking.update((ranking) => moveInRanking(ranking, option.id, delta));
    this.announcePlace(option);
    // The button may now be disabled (first or last place): keep focus on the item.
    this.focusAfterRender(option.id, [action, action === 'up' ? 'down' : 'up', 'remove']);
  }

  add(option: BallotOption): void {
    const nextUnranked = this.neighbour(this.unrankedOptions(), option.id);
    this.ranking.update((ranking) => addToRanking(ranking, option.id));
    this.problemKey.set(null);
    this.announcePlace(option);
    this.focusAfterRender(nextUnranked ?? option.id, nextUnranked ? ['add'] : ['up', 'remove']);
  }

  remove(option: BallotOption): void {
    const nextRanked = this.neighbour(this.rankedOptions(), option.id);
    this.ranking.update((ranking) => removeFromRanking(ranking, option.id));
    this.announcement.set(this.transloco.translate('votes.ballot.ranking.removed', { label: option.label }));
    this.focusAfterRender(nextRanked ?? option.id, nextRanked ? ['remove'] : ['add']);
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    const id = this.ranking()[event.previousIndex];
    this.ranking.update((ranking) => moveToIndex(ranking, event.previousIndex, event.currentIndex));
    const option = id ? this.byId().get(id) : undefined;
    if (option) this.announcePlace(option);
  }

  review(): void {
    const key = this.problemFor(this.choices());
    this.problemKey.set(key);
    const codeOk = !this.askCode() || looksLikePaperCode(this.code());
    this.codeError.set(!codeOk);
    if (key || !codeOk) {
      // The problem is an alert (announced); a bad code gets the focus so it can be fixed at once.
      if (!key) {
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input[name="votingCode"]')?.focus(), {
          injector: this.injector,
        });
      }
      return;
    }
    this.step.set('review');
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${this.reviewHeadingId}`)?.focus(), {
      injector: this.injector,
    });
  }

  edit(): void {
    this.step.set('choose');
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.mr-ballot__heading')?.focus(), {
      injector: this.injector,
    });
  }

  submit(): void {
    if (this.busy()) return;
    this.cast.emit({ choices: [...this.choices()], code: this.askCode() ? normalisePaperCode(this.code()) : null });
  }

  /** Clears the ballot after a cast (e.g. before changing a vote). */
  reset(): void {
    this.selected.set([]);
    this.ranking.set([]);
    this.code.set('');
    this.step.set('choose');
    this.problemKey.set(null);
  }

  private problemFor(choices: readonly string[]): string | null {
    const problem = ballotProblem(this.poll(), choices);
    if (!problem) return null;
    if (problem === 'EMPTY' && this.poll().method === 'RANKED') return 'votes.ballot.problem.EMPTY_RANKED';
    return `votes.ballot.problem.${problem}`;
  }

  private announcePlace(option: BallotOption): void {
    const place = this.ranking().indexOf(option.id) + 1;
    this.announcement.set(
      this.transloco.translate('votes.ballot.ranking.nowAt', {
        label: option.label,
        place: this.rankNumber(place),
        total: this.rankNumber(this.ranking().length),
      }),
    );
  }

  private neighbour(list: readonly { id: string }[], id: string): string | null {
    const index = list.findIndex((item) => item.id === id);
    return list[index + 1]?.id ?? list[index - 1]?.id ?? null;
  }

  private focusAfterRender(optionId: string, actions: string[]): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        for (const action of actions) {
          const button = root.querySelector<HTMLButtonElement>(`[data-option="${optionId}"] [data-action="${action}"]`);
          if (button && !button.disabled) {
            button.focus();
            return;
          }
        }
      },
      { injector: this.injector },
    );
  }
}
