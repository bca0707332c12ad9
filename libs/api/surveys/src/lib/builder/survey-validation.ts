import type { FieldErrors } from '@mitreden/shared/contracts';
import { isCalendarDate } from '@mitreden/shared/surveys';
import type { ConditionInput, SaveSurveyInput, SurveyOptionInput, SurveyQuestionInput } from '../graphql/survey.inputs';
import { ConditionOperator, SurveyQuestionKind } from '../graphql/survey.types';

/**
 * Structural rules of a survey document beyond what the input decorators check (those see one
 * field at a time). Field paths follow the input (`sections.0.questions.2.options`) so the builder
 * can show each error next to its field; codes are stable rule names the web translates.
 */

/** A scale is a short row of points; more would not be comparable and would bloat the results. */
export const SCALE_MAX_POINTS = 11;

const CHOICE_KINDS = new Set<SurveyQuestionKind>([
  SurveyQuestionKind.SINGLE_CHOICE,
  SurveyQuestionKind.MULTIPLE_CHOICE,
  SurveyQuestionKind.RANKING,
  SurveyQuestionKind.MATRIX,
]);
const OTHER_KINDS = new Set<SurveyQuestionKind>([SurveyQuestionKind.SINGLE_CHOICE, SurveyQuestionKind.MULTIPLE_CHOICE]);
const RANGE_KINDS = new Set<SurveyQuestionKind>([SurveyQuestionKind.NUMBER, SurveyQuestionKind.SCALE]);
const TEXT_KINDS = new Set<SurveyQuestionKind>([
  SurveyQuestionKind.SHORT_TEXT,
  SurveyQuestionKind.LONG_TEXT,
  SurveyQuestionKind.DATE,
]);

/** Which operators the shared `conditionMet` can ever satisfy for an answer of this kind. */
export function operatorsFor(kind: SurveyQuestionKind): ConditionOperator[] {
  switch (kind) {
    case SurveyQuestionKind.SINGLE_CHOICE:
      return [ConditionOperator.EQUALS, ConditionOperator.INCLUDES];
    case SurveyQuestionKind.MULTIPLE_CHOICE:
      return [ConditionOperator.INCLUDES];
    case SurveyQuestionKind.NUMBER:
    case SurveyQuestionKind.SCALE:
      return [ConditionOperator.EQUALS, ConditionOperator.AT_LEAST];
    case SurveyQuestionKind.SHORT_TEXT:
    case SurveyQuestionKind.LONG_TEXT:
    case SurveyQuestionKind.DATE:
      return [ConditionOperator.EQUALS];
    default:
      return [];
  }
}

class Errors {
  readonly fields: FieldErrors = {};
  add(path: string, code: string): void {
    const list = (this.fields[path] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
}

const hasText = (list: { text: string }[] | null | undefined): boolean => (list ?? []).some((entry) => entry.text.trim() !== '');
const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function checkOptions(errors: Errors, path: string, options: SurveyOptionInput[], otherAllowed: boolean): void {
  const seen = new Set<string>();
  let others = 0;
  options.forEach((option, index) => {
    if (seen.has(option.key)) errors.add(`${path}.${index}.key`, 'duplicateKey');
    seen.add(option.key);
    if (option.isOther) {
      others += 1;
      if (!otherAllowed) errors.add(`${path}.${index}.isOther`, 'notAllowed');
    }
  });
  if (others > 1) errors.add(path, 'multipleOther');
}

function checkQuestion(errors: Errors, path: string, question: SurveyQuestionInput): void {
  const kind = question.kind;
  const options = question.options ?? [];
  const rows = question.rows ?? [];

  if (CHOICE_KINDS.has(kind)) {
    if (options.length < 2) errors.add(`${path}.options`, 'tooFewOptions');
    checkOptions(errors, `${path}.options`, options, OTHER_KINDS.has(kind));
  } else if (options.length) errors.add(`${path}.options`, 'notAllowed');

  if (kind === SurveyQuestionKind.MATRIX) {
    if (rows.length < 1) errors.add(`${path}.rows`, 'rowsRequired');
    checkOptions(errors, `${path}.rows`, rows, false);
  } else if (rows.length) errors.add(`${path}.rows`, 'notAllowed');

  const { minChoices, maxChoices, minValue, maxValue } = question;
  if (kind === SurveyQuestionKind.MULTIPLE_CHOICE) {
    if (isSet(minChoices) && isSet(maxChoices) && minChoices > maxChoices) errors.add(`${path}.maxChoices`, 'belowMinimum');
    if (isSet(minChoices) && minChoices > options.length) errors.add(`${path}.minChoices`, 'moreThanOptions');
    if (isSet(maxChoices) && maxChoices > options.length) errors.add(`${path}.maxChoices`, 'moreThanOptions');
  } else {
    if (isSet(minChoices)) errors.add(`${path}.minChoices`, 'notAllowed');
    if (isSet(maxChoices)) errors.add(`${path}.maxChoices`, 'notAllowed');
  }

  if (RANGE_KINDS.has(kind)) {
    if (isSet(minValue) && isSet(maxValue) && minValue >= maxValue) errors.add(`${path}.maxValue`, 'notAboveMinimum');
    if (kind === SurveyQuestionKind.SCALE) {
      if (!isSet(minValue)) errors.add(`${path}.minValue`, 'required');
      else if (!Number.isInteger(minValue)) errors.add(`${path}.minValue`, 'notInteger');
      if (!isSet(maxValue)) errors.add(`${path}.maxValue`, 'required');
      else if (!Number.isInteger(maxValue)) errors.add(`${path}.maxValue`, 'notInteger');
      if (isSet(minValue) && isSet(maxValue) && maxValue - minValue + 1 > SCALE_MAX_POINTS)
        errors.add(`${path}.maxValue`, 'scaleTooLong');
    }
  } else {
    if (isSet(minValue)) errors.add(`${path}.minValue`, 'notAllowed');
    if (isSet(maxValue)) errors.add(`${path}.maxValue`, 'notAllowed');
  }
  if (kind !== SurveyQuestionKind.SCALE) {
    if (hasText(question.minLabel)) errors.add(`${path}.minLabel`, 'notAllowed');
    if (hasText(question.maxLabel)) errors.add(`${path}.maxLabel`, 'notAllowed');
  }
}

function checkCondition(
  errors: Errors,
  path: string,
  condition: ConditionInput,
  earlier: ReadonlyMap<string, SurveyQuestionInput>,
  all: ReadonlySet<string>,
): void {
  const target = earlier.get(condition.questionKey);
  if (!target) {
    errors.add(`${path}.questionKey`, all.has(condition.questionKey) ? 'notEarlier' : 'unknownQuestion');
    return;
  }
  if (!operatorsFor(target.kind).includes(condition.operator)) {
    errors.add(`${path}.operator`, 'notApplicable');
    return;
  }
  const value = condition.value.trim();
  if (OTHER_KINDS.has(target.kind)) {
    if (!(target.options ?? []).some((option) => option.key === value)) errors.add(`${path}.value`, 'unknownOption');
  } else if (RANGE_KINDS.has(target.kind)) {
    if (value === '' || !Number.isFinite(Number(value))) errors.add(`${path}.value`, 'notANumber');
  } else if (target.kind === SurveyQuestionKind.DATE && !isCalendarDate(value)) {
    errors.add(`${path}.value`, 'invalidDate');
  } else if (TEXT_KINDS.has(target.kind) && value === '') {
    errors.add(`${path}.value`, 'required');
  }
}

/** All problems of the document; empty when it may be saved. */
export function validateSurveyDocument(input: SaveSurveyInput): FieldErrors {
  const errors = new Errors();
  if (input.opensAt && input.closesAt && input.opensAt >= input.closesAt) errors.add('closesAt', 'endsBeforeStart');

  const allKeys = new Set(input.sections.flatMap((section) => section.questions.map((question) => question.key)));
  // Questions answered before the current point, in form order: conditions may only look back.
  const earlier = new Map<string, SurveyQuestionInput>();
  const sectionKeys = new Set<string>();
  const questionKeys = new Set<string>();

  if (input.sections.length === 0) errors.add('sections', 'required');
  input.sections.forEach((section, s) => {
    const sectionPath = `sections.${s}`;
    if (sectionKeys.has(section.key)) errors.add(`${sectionPath}.key`, 'duplicateKey');
    sectionKeys.add(section.key);
    // A section's condition can only use questions of earlier sections: its own are not yet shown.
    if (section.condition) checkCondition(errors, `${sectionPath}.condition`, section.condition, earlier, allKeys);
    const withinSection = new Map(earlier);
    section.questions.forEach((question, q) => {
      const path = `${sectionPath}.questions.${q}`;
      if (questionKeys.has(question.key)) errors.add(`${path}.key`, 'duplicateKey');
      questionKeys.add(question.key);
      checkQuestion(errors, path, question);
      if (question.condition) checkCondition(errors, `${path}.condition`, question.condition, withinSection, allKeys);
      if (!withinSection.has(question.key)) withinSection.set(question.key, question);
    });
    for (const [key, question] of withinSection) if (!earlier.has(key)) earlier.set(key, question);
  });

  const segmentKey = input.segmentQuestionKey?.trim();
  if (segmentKey) {
    const segment = input.sections.flatMap((section) => section.questions).find((question) => question.key === segmentKey);
    if (!segment) errors.add('segmentQuestionKey', 'unknownQuestion');
    else if (segment.kind !== SurveyQuestionKind.SINGLE_CHOICE) errors.add('segmentQuestionKey', 'notSingleChoice');
  }
  return errors.empty ? {} : errors.fields;
}

/** What a survey with responses had: questions by key with their kind and option keys. */
export interface LockedQuestion {
  kind: SurveyQuestionKind;
  /** `role:key` → isOther, for every stored option and row. */
  options: Map<string, boolean>;
  minValue: number | null;
  maxValue: number | null;
}

/**
 * Once answers exist, their meaning must not move under them: every stored question and option
 * keeps its key and kind (and an option whether it is "other"; a scale its ends). Texts, required,
 * order, conditions and additions stay free. Returns the offending paths; removed items are
 * reported as `questions.<key>` / `questions.<key>.<role>.<option>` since the input no longer has them.
 */
export function lockViolations(input: SaveSurveyInput, locked: ReadonlyMap<string, LockedQuestion>): FieldErrors {
  const errors = new Errors();
  const present = new Map<string, { path: string; question: SurveyQuestionInput }>();
  input.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => present.set(question.key, { path: `sections.${s}.questions.${q}`, question })),
  );
  for (const [key, before] of locked) {
    const now = present.get(key);
    if (!now) {
      errors.add(`questions.${key}`, 'removed');
      continue;
    }
    const { path, question } = now;
    if (question.kind !== before.kind) {
      errors.add(`${path}.kind`, 'locked');
      continue;
    }
    if (before.kind === SurveyQuestionKind.SCALE && ((question.minValue ?? null) !== before.minValue || (question.maxValue ?? null) !== before.maxValue))
      errors.add(`${path}.maxValue`, 'locked');
    const current = new Map<string, { path: string; isOther: boolean }>();
    (question.options ?? []).forEach((option, i) =>
      current.set(`choice:${option.key}`, { path: `${path}.options.${i}`, isOther: option.isOther ?? false }),
    );
    (question.rows ?? []).forEach((row, i) => current.set(`row:${row.key}`, { path: `${path}.rows.${i}`, isOther: false }));
    for (const [optionKey, wasOther] of before.options) {
      const option = current.get(optionKey);
      if (!option) errors.add(`questions.${key}.${optionKey.replace(':', '.')}`, 'removed');
      else if (option.isOther !== wasOther) errors.add(`${option.path}.isOther`, 'locked');
    }
  }
  return errors.empty ? {} : errors.fields;
}
