import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ConditionOperator, SurveyQuestionKind } from '@mitreden/web/core';
import { SurveyBuilderStore, fieldId, ruleKey } from './builder-store';
import {
  CHOICE_KINDS,
  QUESTION_KIND_LIST,
  addOption,
  changeKind,
  conditionSources,
  moveOption,
  operatorsFor,
  removeOption,
  setOptionKey,
  setOptionLabel,
  setQuestionKey,
  setQuestionTitle,
  updateQuestion,
} from './survey-draft';
import type { DraftCondition, DraftQuestion, OptionRole } from './survey-draft';
import { TranslatedTextsComponent } from './translated-texts.component';
import type { TextChange } from './translated-texts.component';

export type QuestionMove = 'up' | 'down' | 'previousSection' | 'nextSection' | 'remove';

/** One question: kind, texts, kind-specific settings, options and rows, display condition. */
@Component({
  selector: 'mr-sb-question',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    NgTemplateOutlet,
    TranslatedTextsComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor.component.html',
  styleUrl: './builder.scss',
})
export class QuestionEditorComponent {
  readonly question = input.required<DraftQuestion>();
  readonly si = input.required<number>();
  readonly qi = input.required<number>();
  readonly sectionCount = input.required<number>();
  readonly questionCount = input.required<number>();
  readonly moved = output<QuestionMove>();

  protected readonly store = inject(SurveyBuilderStore);
  protected readonly kinds = QUESTION_KIND_LIST;
  protected readonly path = computed(() => `sections.${this.si()}.questions.${this.qi()}`);
  protected readonly number = computed(() => this.qi() + 1);
  protected readonly hasOptions = computed(() => CHOICE_KINDS.has(this.question().kind));
  protected readonly allowsOther = computed(() => ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'].includes(this.question().kind));
  protected readonly hasOther = computed(() => this.question().options.some((o) => o.isOther));
  protected readonly sources = computed(() => {
    const draft = this.store.draft();
    return draft ? conditionSources(draft, this.si(), this.qi()) : [];
  });
  protected readonly conditionSource = computed(() => {
    const condition = this.question().condition;
    return condition ? (this.sources().find((s) => s.key === condition.questionKey) ?? null) : null;
  });

  protected id(suffix: string): string {
    return fieldId(`${this.path()}${suffix ? '.' + suffix : ''}`);
  }

  /** Prefixed with the template's `surveys.builder.editor`. */
  protected rule(errors: string[]): string {
    return ruleKey(errors[0] ?? 'invalid');
  }

  protected errors(suffix: string): string[] {
    return this.store.errorsAt(`${this.path()}${suffix ? '.' + suffix : ''}`);
  }

  protected setTitle(change: TextChange): void {
    this.store.update((d) => setQuestionTitle(d, this.si(), this.qi(), change.locale, change.text));
  }

  protected setTexts(field: 'help' | 'minLabel' | 'maxLabel', change: TextChange): void {
    const current = this.question()[field];
    this.store.update((d) => updateQuestion(d, this.si(), this.qi(), { [field]: { ...current, [change.locale]: change.text } }));
  }

  protected setKey(event: Event): void {
    const key = (event.target as HTMLInputElement).value.trim().toLowerCase();
    this.store.update((d) => setQuestionKey(d, this.si(), this.qi(), key));
  }

  protected setKind(kind: SurveyQuestionKind): void {
    this.store.update((d) => changeKind(d, this.si(), this.qi(), kind));
  }

  protected setRequired(required: boolean): void {
    this.store.update((d) => updateQuestion(d, this.si(), this.qi(), { required }));
  }

  /** Blank means "no limit"; the field keeps what was typed, the draft only numbers. */
  protected setNumber(field: 'minChoices' | 'maxChoices' | 'minValue' | 'maxValue', event: Event): void {
    const raw = (event.target as HTMLInputElement).value.trim();
    const value = raw === '' ? null : Number(raw);
    this.store.update((d) => updateQuestion(d, this.si(), this.qi(), { [field]: value === null || Number.isFinite(value) ? value : null }));
  }

  protected addOption(role: OptionRole, isOther = false): void {
    this.store.update((d) => addOption(d, this.si(), this.qi(), role, isOther));
    const list = this.question()[role];
    const index = isOther ? list.length - 1 : list.findIndex((o) => o.isOther) >= 0 ? list.length - 2 : list.length - 1;
    this.store.focusAfterRender(`#${this.id(`${role}.${index}.label`)}`);
  }

  protected setOptionLabel(role: OptionRole, oi: number, change: TextChange): void {
    this.store.update((d) => setOptionLabel(d, this.si(), this.qi(), role, oi, change.locale, change.text));
  }

  protected setOptionKey(role: OptionRole, oi: number, event: Event): void {
    const key = (event.target as HTMLInputElement).value.trim().toLowerCase();
    this.store.update((d) => setOptionKey(d, this.si(), this.qi(), role, oi, key));
  }

  protected moveOption(role: OptionRole, from: number, to: number): void {
    this.store.update((d) => moveOption(d, this.si(), this.qi(), role, from, to));
    this.store.announce('surveys.builder.editor.optionMoved', { position: to + 1 });
    this.store.focusAfterRender(`#${this.id(`${role}.${to}.${to < from ? 'up' : 'down'}`)}`, `#${this.id(`${role}.${to}.label`)}`);
  }

  protected dropOption(role: OptionRole, event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.store.update((d) => moveOption(d, this.si(), this.qi(), role, event.previousIndex, event.currentIndex));
    this.store.announce('surveys.builder.editor.optionMoved', { position: event.currentIndex + 1 });
  }

  protected removeOption(role: OptionRole, oi: number): void {
    this.store.update((d) => removeOption(d, this.si(), this.qi(), role, oi));
    this.store.announce('surveys.builder.editor.optionRemoved');
    const remaining = this.question()[role].length;
    this.store.focusAfterRender(remaining ? `#${this.id(`${role}.${Math.min(oi, remaining - 1)}.label`)}` : `#${this.id(`${role}.add`)}`);
  }

  protected setCondition(condition: DraftCondition | null): void {
    this.store.update((d) => updateQuestion(d, this.si(), this.qi(), { condition }));
  }

  protected conditionQuestion(key: string): void {
    if (!key) return this.setCondition(null);
    const source = this.sources().find((s) => s.key === key);
    if (!source) return;
    const operator = operatorsFor(source.kind)[0] as ConditionOperator;
    const value = operator === 'AT_LEAST' ? '' : (source.options[0]?.key ?? '');
    this.setCondition({ questionKey: key, operator, value });
  }

  protected conditionValue(value: string): void {
    const condition = this.question().condition;
    if (condition) this.setCondition({ ...condition, value: value.trim() });
  }
}
