/**
 * The survey structure and answer shapes both sides reason about: the API validates and stores
 * with them, the web form shows and checks with them, the worker lays out exports with them. Names
 * are the GraphQL enum names (the database stores them lowercased).
 */
export const QUESTION_KINDS = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'SCALE',
  'MATRIX',
  'RANKING',
  'DATE',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const CONDITION_OPERATORS = ['EQUALS', 'INCLUDES', 'AT_LEAST'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Show a question or section only if an earlier answer equals / includes / is at least `value`. */
export interface ConditionModel {
  questionKey: string;
  operator: ConditionOperator;
  /** An option key for EQUALS and INCLUDES on choices; a number (as text) for AT_LEAST. */
  value: string;
}

export interface OptionModel {
  key: string;
  /** The "other" option: choosing it asks for a text. */
  isOther: boolean;
}

export interface QuestionModel {
  key: string;
  kind: QuestionKind;
  required: boolean;
  /** MULTIPLE_CHOICE: how many may (at least / at most) be ticked. */
  minChoices: number | null;
  maxChoices: number | null;
  /** NUMBER range, SCALE ends (both set for SCALE). */
  minValue: number | null;
  maxValue: number | null;
  /** Choices; for MATRIX the columns. */
  options: OptionModel[];
  /** MATRIX rows. */
  rows: OptionModel[];
  condition: ConditionModel | null;
}

export interface SectionModel {
  key: string;
  condition: ConditionModel | null;
  questions: QuestionModel[];
}

export interface SurveyModel {
  sections: SectionModel[];
}

/**
 * One answer, as stored (JSON object in survey_answers.value) and as the form holds it. Exactly
 * the fields of its kind are set:
 * SINGLE_CHOICE `choice` (+ `other` when the other option is chosen), MULTIPLE_CHOICE `choices`
 * (+ `other`), SHORT_TEXT/LONG_TEXT `text`, NUMBER/SCALE `number`, MATRIX `rows` (row key →
 * column key), RANKING `ranking` (option keys, best first, all options), DATE `date` (YYYY-MM-DD).
 */
export interface AnswerValue {
  choice?: string;
  choices?: string[];
  other?: string;
  text?: string;
  number?: number;
  rows?: Record<string, string>;
  ranking?: string[];
  date?: string;
}

/** Answers by question key. */
export type AnswerMap = Record<string, AnswerValue>;

export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;
export const OTHER_TEXT_MAX = 500;

/** Why an answer is refused; the web shows one message per code. */
export const ANSWER_ERROR_CODES = [
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
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];
