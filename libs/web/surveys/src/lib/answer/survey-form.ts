import { checkAnswers, visibleQuestionKeys, visibleSectionKeys } from '@mitreden/shared/surveys';
import type { AnswerErrorCode, AnswerMap, AnswerValue, SurveyModel } from '@mitreden/shared/surveys';
import type {
  SurveyAnswerInput,
  SurveyFormQuestionFragment,
  SurveyFormSectionFragment,
  SurveyFormSessionFragment,
} from '@mitreden/web/core';

export type FormSection = SurveyFormSectionFragment;
export type FormQuestion = SurveyFormQuestionFragment;
export type StoredAnswer = SurveyFormSessionFragment['answers'][number];
/** Problems by question key, from the shared rules or the server's `extensions.fields`. */
export type QuestionErrors = Record<string, string[]>;

/** The structure the shared rules reason about, from what the API sent. */
export function toSurveyModel(sections: readonly FormSection[]): SurveyModel {
  const condition = (value: FormSection['condition']) =>
    value ? { questionKey: value.questionKey, operator: value.operator, value: value.value } : null;
  return {
    sections: sections.map((section) => ({
      key: section.key,
      condition: condition(section.condition),
      questions: section.questions.map((question) => ({
        key: question.key,
        kind: question.kind,
        required: question.required,
        minChoices: question.minChoices,
        maxChoices: question.maxChoices,
        minValue: question.minValue,
        maxValue: question.maxValue,
        options: question.options.map((option) => ({ key: option.key, isOther: option.isOther })),
        rows: question.rows.map((row) => ({ key: row.key, isOther: row.isOther })),
        condition: condition(question.condition),
      })),
    })),
  };
}

/** Saved answers (GraphQL shape, matrix as a cell list) → the form's AnswerMap. */
export function fromStoredAnswers(answers: readonly StoredAnswer[]): AnswerMap {
  const map: AnswerMap = {};
  for (const answer of answers) {
    const value: AnswerValue = {};
    if (answer.choice !== null) value.choice = answer.choice;
    if (answer.choices !== null) value.choices = [...answer.choices];
    if (answer.other !== null) value.other = answer.other;
    if (answer.text !== null) value.text = answer.text;
    if (answer.number !== null) value.number = answer.number;
    if (answer.date !== null) value.date = answer.date;
    if (answer.ranking !== null) value.ranking = [...answer.ranking];
    if (answer.matrix !== null) value.rows = Object.fromEntries(answer.matrix.map((cell) => [cell.row, cell.column]));
    map[answer.questionKey] = value;
  }
  return map;
}

/** The form's AnswerMap → the mutation input (only the fields that are set). */
export function toAnswerInputs(answers: AnswerMap): SurveyAnswerInput[] {
  return Object.entries(answers).map(([questionKey, value]) => {
    const input: SurveyAnswerInput = { questionKey };
    if (value.choice !== undefined) input.choice = value.choice;
    if (value.choices !== undefined) input.choices = value.choices;
    if (value.other !== undefined) input.other = value.other;
    if (value.text !== undefined) input.text = value.text;
    if (value.number !== undefined) input.number = value.number;
    if (value.date !== undefined) input.date = value.date;
    if (value.ranking !== undefined) input.ranking = value.ranking;
    if (value.rows !== undefined)
      input.matrix = Object.entries(value.rows).map(([row, column]) => ({ row, column }));
    return input;
  });
}

/** The pages the respondent walks through now: sections whose condition holds, with a visible question. */
export function visiblePages(sections: readonly FormSection[], model: SurveyModel, answers: AnswerMap): FormSection[] {
  const sectionKeys = visibleSectionKeys(model, answers);
  const questionKeys = visibleQuestionKeys(model, answers);
  return sections.filter(
    (section) => sectionKeys.has(section.key) && section.questions.some((question) => questionKeys.has(question.key)),
  );
}

/**
 * The shared rules on the whole form; `submit` also asks for every visible required answer.
 * `only` narrows the result to one page's questions (moving on checks just that page).
 */
export function formErrors(
  model: SurveyModel,
  answers: AnswerMap,
  submit: boolean,
  only?: readonly FormQuestion[],
): QuestionErrors {
  const { errors } = checkAnswers(model, answers, { submit });
  if (!only) return errors;
  const keys = new Set(only.map((question) => question.key));
  return Object.fromEntries(Object.entries(errors).filter(([key]) => keys.has(key)));
}

/** Server `extensions.fields` are keyed by question key; anything else (e.g. `answers.0.text`) goes to the page. */
export function splitServerErrors(
  fields: Record<string, string[]>,
  questionKeys: ReadonlySet<string>,
): { byQuestion: QuestionErrors; other: string[] } {
  const byQuestion: QuestionErrors = {};
  const other: string[] = [];
  for (const [key, codes] of Object.entries(fields)) {
    if (questionKeys.has(key)) byQuestion[key] = codes;
    else other.push(...codes);
  }
  return { byQuestion, other };
}

/** Whether a value is in the known error code list, so the template can fall back to a generic text. */
export function errorKey(code: string, known: readonly AnswerErrorCode[]): string {
  return (known as readonly string[]).includes(code) ? code : 'invalid';
}

/** Integer steps of a SCALE, low to high. */
export function scaleSteps(question: Pick<FormQuestion, 'minValue' | 'maxValue'>): number[] {
  const low = Math.ceil(question.minValue ?? 1);
  const high = Math.floor(question.maxValue ?? 5);
  const steps: number[] = [];
  for (let value = low; value <= high && steps.length < 101; value++) steps.push(value);
  return steps;
}

/** Moves one entry of a ranking; out-of-range moves leave it unchanged. */
export function moveInRanking(ranking: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= ranking.length || to < 0 || to >= ranking.length || from === to) return [...ranking];
  const next = [...ranking];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** The order a ranking shows: the saved one, or the options' order while not yet ranked. */
export function rankingOrder(question: FormQuestion, value: AnswerValue | undefined): string[] {
  const keys = question.options.map((option) => option.key);
  const saved = (value?.ranking ?? []).filter((key) => keys.includes(key));
  return [...saved, ...keys.filter((key) => !saved.includes(key))];
}
