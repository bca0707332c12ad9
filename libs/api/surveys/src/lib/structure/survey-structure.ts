import type { EntityManager } from 'typeorm';
import { translate } from '@mitreden/api/core';
import { translationList } from '@mitreden/api/processes';
import type { ConditionModel, QuestionKind, SurveyModel } from '@mitreden/shared/surveys';
import type { Locale } from '@mitreden/shared/contracts';
import {
  ConditionOperator,
  SurveyAudience,
  SurveyQuestionKind,
  SurveyStatus,
  type SurveyConditionView,
  type SurveyOptionView,
  type SurveyQuestionView,
  type SurveySectionView,
  type SurveyView,
} from '../graphql/survey.types';

/** A translatable text as stored: `{de: …, en: …}`. */
export type JsonText = Partial<Record<string, string>>;

/** Rows as stored; enum-like columns are lowercase in the database and uppercase in GraphQL. */
export interface SurveyRow {
  id: string;
  process_id: string;
  slug: string;
  title: JsonText;
  intro: JsonText;
  thanks: JsonText;
  audience: string;
  anonymous: boolean;
  status: string;
  opens_at: Date | null;
  closes_at: Date | null;
  published_at: Date | null;
  segment_question_key: string | null;
  version: number;
  /** Null when read without counts (respondents' and results' reads need none). */
  response_count: number | null;
  complete_count: number | null;
}

interface SectionRow {
  id: string;
  key: string;
  position: number;
  title: JsonText;
  description: JsonText;
  condition: StoredCondition | null;
}

interface QuestionRow {
  id: string;
  section_id: string;
  key: string;
  position: number;
  kind: string;
  required: boolean;
  title: JsonText;
  help: JsonText;
  min_choices: number | null;
  max_choices: number | null;
  min_value: string | null;
  max_value: string | null;
  min_label: JsonText;
  max_label: JsonText;
  condition: StoredCondition | null;
}

interface OptionRow {
  question_id: string;
  role: 'choice' | 'row';
  key: string;
  position: number;
  label: JsonText;
  is_other: boolean;
}

/** Conditions are stored as `{question, operator, value}` with a lowercase operator. */
export interface StoredCondition {
  question: string;
  operator: string;
  value: string;
}

export const toDbEnum = (value: string): string => value.toLowerCase();
export const fromDbEnum = <T extends string>(value: string): T => value.toUpperCase() as T;

export function toStoredCondition(condition: ConditionModel | null | undefined): StoredCondition | null {
  return condition
    ? { question: condition.questionKey, operator: toDbEnum(condition.operator), value: condition.value }
    : null;
}

function toConditionView(stored: StoredCondition | null): SurveyConditionView | null {
  return stored
    ? { questionKey: stored.question, operator: fromDbEnum<ConditionOperator>(stored.operator), value: stored.value }
    : null;
}

/** Everything about one survey, loaded in four queries whatever its size. */
export interface SurveyStructure {
  survey: SurveyRow;
  sections: SectionRow[];
  questions: QuestionRow[];
  options: OptionRow[];
}

const SURVEY_COLUMNS = `s.id, s.process_id, s.slug, s.title, s.intro, s.thanks, s.audience, s.anonymous, s.status,
  s.opens_at, s.closes_at, s.published_at, s.segment_question_key, s.version`;
const COUNT_COLUMNS = `(SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id) AS response_count,
  (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id AND r.complete) AS complete_count`;
// Counting a large survey's responses costs more than the rest of the read; every answer save reads the survey.
const NO_COUNT_COLUMNS = `NULL::int AS response_count, NULL::int AS complete_count`;

/** Survey rows by a WHERE clause on `s` (e.g. `s.id = $1`), for lists and single reads. */
export async function loadSurveyRows(
  manager: EntityManager,
  where: string,
  params: unknown[],
  orderBy = 's.created_at DESC',
  { counts = true }: { counts?: boolean } = {},
): Promise<SurveyRow[]> {
  return manager.query(
    `SELECT ${SURVEY_COLUMNS}, ${counts ? COUNT_COLUMNS : NO_COUNT_COLUMNS} FROM surveys s WHERE ${where} ORDER BY ${orderBy}`,
    params,
  );
}

export async function loadStructure(manager: EntityManager, survey: SurveyRow): Promise<SurveyStructure> {
  // One after another: inside a transaction the queries share one connection anyway.
  const sections: SectionRow[] = await manager.query(
    `SELECT id, key, position, title, description, condition FROM survey_sections WHERE survey_id = $1 ORDER BY position`,
    [survey.id],
  );
  const questions: QuestionRow[] = await manager.query(
    `SELECT q.id, q.section_id, q.key, q.position, q.kind, q.required, q.title, q.help, q.min_choices, q.max_choices,
            q.min_value::text AS min_value, q.max_value::text AS max_value, q.min_label, q.max_label, q.condition
       FROM survey_questions q JOIN survey_sections s ON s.id = q.section_id
      WHERE q.survey_id = $1 ORDER BY s.position, q.position`,
    [survey.id],
  );
  const options: OptionRow[] = await manager.query(
    `SELECT o.question_id, o.role, o.key, o.position, o.label, o.is_other
       FROM survey_options o JOIN survey_questions q ON q.id = o.question_id
      WHERE q.survey_id = $1 ORDER BY o.question_id, o.role, o.position`,
    [survey.id],
  );
  return { survey, sections, questions, options };
}

/** The survey with id = `id`, or null. */
export async function loadStructureById(
  manager: EntityManager,
  id: string,
  options: { counts?: boolean } = {},
): Promise<SurveyStructure | null> {
  const [survey] = await loadSurveyRows(manager, 's.id = $1', [id], undefined, options);
  return survey ? loadStructure(manager, survey) : null;
}

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

/** Published and inside its dates (when it has them). */
export function isOpen(survey: Pick<SurveyRow, 'status' | 'opens_at' | 'closes_at'>, now = new Date()): boolean {
  return (
    survey.status === 'published' &&
    (!survey.opens_at || survey.opens_at <= now) &&
    (!survey.closes_at || now < survey.closes_at)
  );
}

/** The shape the shared answer rules reason about. */
export function toSurveyModel(structure: SurveyStructure): SurveyModel {
  return {
    sections: structure.sections.map((section) => ({
      key: section.key,
      condition: section.condition ? toConditionView(section.condition) : null,
      questions: structure.questions
        .filter((question) => question.section_id === section.id)
        .map((question) => {
          const options = structure.options.filter((option) => option.question_id === question.id);
          return {
            key: question.key,
            kind: fromDbEnum<QuestionKind>(question.kind),
            required: question.required,
            minChoices: question.min_choices,
            maxChoices: question.max_choices,
            minValue: toNumber(question.min_value),
            maxValue: toNumber(question.max_value),
            options: options.filter((o) => o.role === 'choice').map((o) => ({ key: o.key, isOther: o.is_other })),
            rows: options.filter((o) => o.role === 'row').map((o) => ({ key: o.key, isOther: false })),
            condition: toConditionView(question.condition),
          };
        }),
    })),
  };
}

function optionView(option: OptionRow, locale: Locale): SurveyOptionView {
  return {
    key: option.key,
    label: translate(option.label, locale),
    labelTranslations: translationList(option.label),
    isOther: option.is_other,
  };
}

/**
 * The GraphQL view in the requested language (German where a text is not translated). Response
 * counts are for the staff only: watching them change would tell a respondent when others answered.
 */
export function toSurveyView(structure: SurveyStructure, locale: Locale, { staff }: { staff: boolean }): SurveyView {
  const { survey } = structure;
  const sections: SurveySectionView[] = structure.sections.map((section) => ({
    id: section.id,
    key: section.key,
    title: translate(section.title, locale),
    titleTranslations: translationList(section.title),
    description: translate(section.description, locale),
    descriptionTranslations: translationList(section.description),
    condition: toConditionView(section.condition),
    questions: structure.questions
      .filter((question) => question.section_id === section.id)
      .map((question): SurveyQuestionView => {
        const options = structure.options.filter((option) => option.question_id === question.id);
        return {
          id: question.id,
          key: question.key,
          kind: fromDbEnum<SurveyQuestionKind>(question.kind),
          required: question.required,
          title: translate(question.title, locale),
          titleTranslations: translationList(question.title),
          help: translate(question.help, locale),
          helpTranslations: translationList(question.help),
          minChoices: question.min_choices,
          maxChoices: question.max_choices,
          minValue: toNumber(question.min_value),
          maxValue: toNumber(question.max_value),
          minLabel: translate(question.min_label, locale),
          minLabelTranslations: translationList(question.min_label),
          maxLabel: translate(question.max_label, locale),
          maxLabelTranslations: translationList(question.max_label),
          options: options.filter((o) => o.role === 'choice').map((o) => optionView(o, locale)),
          rows: options.filter((o) => o.role === 'row').map((o) => optionView(o, locale)),
          condition: toConditionView(question.condition),
        };
      }),
  }));
  return {
    id: survey.id,
    processId: survey.process_id,
    slug: survey.slug,
    title: translate(survey.title, locale),
    titleTranslations: translationList(survey.title),
    intro: translate(survey.intro, locale),
    introTranslations: translationList(survey.intro),
    thanks: translate(survey.thanks, locale),
    thanksTranslations: translationList(survey.thanks),
    audience: fromDbEnum<SurveyAudience>(survey.audience),
    anonymous: survey.anonymous,
    status: fromDbEnum<SurveyStatus>(survey.status),
    opensAt: survey.opens_at,
    closesAt: survey.closes_at,
    publishedAt: survey.published_at,
    isOpen: isOpen(survey),
    segmentQuestionKey: survey.segment_question_key,
    version: survey.version,
    responseCount: staff ? (survey.response_count ?? 0) : null,
    completeCount: staff ? (survey.complete_count ?? 0) : null,
    sections,
  };
}
