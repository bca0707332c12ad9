import {
  LONG_TEXT_MAX,
  OTHER_TEXT_MAX,
  SHORT_TEXT_MAX,
  type AnswerErrorCode,
  type AnswerMap,
  type AnswerValue,
  type ConditionModel,
  type QuestionModel,
  type SurveyModel,
} from './survey-model';

/** Whether a condition holds for the answers so far; an answer to a hidden question never counts. */
export function conditionMet(condition: ConditionModel | null, answers: AnswerMap, visible: ReadonlySet<string>): boolean {
  if (!condition) return true;
  if (!visible.has(condition.questionKey)) return false;
  const answer = answers[condition.questionKey];
  if (!answer) return false;
  switch (condition.operator) {
    case 'EQUALS':
      if (answer.choice !== undefined) return answer.choice === condition.value;
      if (answer.number !== undefined) return answer.number === Number(condition.value);
      if (answer.text !== undefined) return answer.text.trim() === condition.value.trim();
      if (answer.date !== undefined) return answer.date === condition.value;
      return false;
    case 'INCLUDES':
      if (answer.choices) return answer.choices.includes(condition.value);
      return answer.choice === condition.value;
    case 'AT_LEAST': {
      const threshold = Number(condition.value);
      return answer.number !== undefined && Number.isFinite(threshold) && answer.number >= threshold;
    }
  }
}

/**
 * Keys of the questions shown for these answers, in survey order. Conditions only look back, so
 * one pass decides: a section's condition first, then each of its questions'.
 */
export function visibleQuestionKeys(model: SurveyModel, answers: AnswerMap): Set<string> {
  const visible = new Set<string>();
  for (const section of model.sections) {
    if (!conditionMet(section.condition, answers, visible)) continue;
    for (const question of section.questions)
      if (conditionMet(question.condition, answers, visible)) visible.add(question.key);
  }
  return visible;
}

/** Keys of the sections shown for these answers (a section whose condition fails is skipped). */
export function visibleSectionKeys(model: SurveyModel, answers: AnswerMap): Set<string> {
  const visibleQuestions = visibleQuestionKeys(model, answers);
  const sections = new Set<string>();
  const seen = new Set<string>();
  for (const section of model.sections) {
    if (conditionMet(section.condition, answers, seen)) sections.add(section.key);
    for (const question of section.questions) if (visibleQuestions.has(question.key)) seen.add(question.key);
  }
  return sections;
}

export interface AnswerCheck {
  /** Answers to visible questions only, trimmed and in their stored shape; empty answers dropped. */
  cleaned: AnswerMap;
  /** Problems by question key. */
  errors: Record<string, AnswerErrorCode[]>;
}

/**
 * Checks answers against the structure. Saving a draft checks what is there; submitting also
 * requires every visible required question. Answers to questions the conditions hide are
 * discarded, so they can never reach the results.
 */
export function checkAnswers(model: SurveyModel, answers: AnswerMap, { submit }: { submit: boolean }): AnswerCheck {
  const normalised: AnswerMap = {};
  for (const section of model.sections)
    for (const question of section.questions) {
      const value = normalise(question, answers[question.key]);
      if (value) normalised[question.key] = value;
    }
  const visible = visibleQuestionKeys(model, normalised);
  const cleaned: AnswerMap = {};
  const errors: Record<string, AnswerErrorCode[]> = {};
  for (const section of model.sections)
    for (const question of section.questions) {
      if (!visible.has(question.key)) continue;
      const value = normalised[question.key];
      const problems = value ? problemsOf(question, value, submit) : submit && question.required ? ['required' as const] : [];
      if (problems.length) errors[question.key] = problems;
      else if (value) cleaned[question.key] = value;
    }
  return { cleaned, errors };
}

/** Trims texts and drops what is empty; returns null for "not answered". */
function normalise(question: QuestionModel, raw: AnswerValue | undefined): AnswerValue | null {
  if (!raw || typeof raw !== 'object') return null;
  // An "other" text counts only with the other option chosen; a leftover text is dropped, never stored.
  const otherKey = question.options.find((option) => option.isOther)?.key;
  const otherText = typeof raw.other === 'string' ? raw.other.trim() : '';
  const other = (chosen: string[]) => (otherText && otherKey && chosen.includes(otherKey) ? { other: otherText } : {});
  switch (question.kind) {
    case 'SINGLE_CHOICE':
      return typeof raw.choice === 'string' && raw.choice ? { choice: raw.choice, ...other([raw.choice]) } : null;
    case 'MULTIPLE_CHOICE': {
      if (!Array.isArray(raw.choices) || !raw.choices.length) return null;
      const choices = [...new Set(raw.choices.map(String))];
      return { choices, ...other(choices) };
    }
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return typeof raw.text === 'string' && raw.text.trim() ? { text: raw.text.trim() } : null;
    case 'NUMBER':
    case 'SCALE':
      return raw.number === undefined || raw.number === null ? null : { number: raw.number };
    case 'MATRIX': {
      if (!raw.rows || typeof raw.rows !== 'object') return null;
      const rows = Object.fromEntries(Object.entries(raw.rows).filter(([, column]) => typeof column === 'string' && column));
      return Object.keys(rows).length ? { rows } : null;
    }
    case 'RANKING':
      return Array.isArray(raw.ranking) && raw.ranking.length ? { ranking: raw.ranking.map(String) } : null;
    case 'DATE':
      return typeof raw.date === 'string' && raw.date.trim() ? { date: raw.date.trim() } : null;
  }
}

function problemsOf(question: QuestionModel, value: AnswerValue, submit: boolean): AnswerErrorCode[] {
  const problems: AnswerErrorCode[] = [];
  const optionKeys = new Set(question.options.map((option) => option.key));
  const otherKey = question.options.find((option) => option.isOther)?.key;
  const checkOther = (chosen: string[]) => {
    if (otherKey && chosen.includes(otherKey) && !value.other) problems.push('otherTextMissing');
    if (value.other && value.other.length > OTHER_TEXT_MAX) problems.push('tooLong');
  };
  switch (question.kind) {
    case 'SINGLE_CHOICE':
      if (!optionKeys.has(value.choice ?? '')) problems.push('unknownOption');
      checkOther([value.choice ?? '']);
      break;
    case 'MULTIPLE_CHOICE': {
      const chosen = value.choices ?? [];
      if (chosen.some((key) => !optionKeys.has(key))) problems.push('unknownOption');
      if (question.minChoices !== null && chosen.length < question.minChoices) problems.push('tooFewChoices');
      if (question.maxChoices !== null && chosen.length > question.maxChoices) problems.push('tooManyChoices');
      checkOther(chosen);
      break;
    }
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      if ((value.text ?? '').length > (question.kind === 'SHORT_TEXT' ? SHORT_TEXT_MAX : LONG_TEXT_MAX)) problems.push('tooLong');
      break;
    case 'NUMBER':
    case 'SCALE': {
      const number = value.number;
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        problems.push('notANumber');
        break;
      }
      if (question.minValue !== null && number < question.minValue) problems.push('belowMinimum');
      if (question.maxValue !== null && number > question.maxValue) problems.push('aboveMaximum');
      if (question.kind === 'SCALE' && !Number.isInteger(number)) problems.push('notAWholeStep');
      break;
    }
    case 'MATRIX': {
      const rowKeys = new Set(question.rows.map((row) => row.key));
      const cells = Object.entries(value.rows ?? {});
      if (cells.some(([row, column]) => !rowKeys.has(row) || !optionKeys.has(column))) problems.push('unknownOption');
      if (submit && question.required && question.rows.some((row) => !(value.rows && Object.hasOwn(value.rows, row.key)))) problems.push('rowMissing');
      break;
    }
    case 'RANKING': {
      const ranking = value.ranking ?? [];
      if (ranking.some((key) => !optionKeys.has(key))) problems.push('unknownOption');
      else if (new Set(ranking).size !== ranking.length || ranking.length !== optionKeys.size) problems.push('rankingIncomplete');
      break;
    }
    case 'DATE':
      if (!isCalendarDate(value.date ?? '')) problems.push('invalidDate');
      break;
  }
  return problems;
}

/** YYYY-MM-DD naming a real day. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
