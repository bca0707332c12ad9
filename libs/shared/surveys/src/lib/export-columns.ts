import { visibleQuestionKeys } from './answer-rules';
import type { AnswerMap, AnswerValue, QuestionModel, SurveyModel } from './survey-model';

/**
 * The column layout of survey response exports (CSV and XLSX), documented for analysts in
 * docs/survey-export-columns.md. It is derived from question and option KEYS only, which the
 * builder locks once a survey has responses: two exports of the same survey stay comparable
 * column by column, whatever texts were corrected or options added in between (added ones append
 * columns within their question).
 */
export type ExportCell = string | number | null;

export interface ExportColumn {
  /** Header cell: `response`, `status`, …, `<question>`, `<question>__<option|row>`, `<question>__other`. */
  header: string;
  /** The question a column belongs to (null for the leading response columns). */
  questionKey: string | null;
  value(answer: AnswerValue | undefined): ExportCell;
}

/** What the export knows about one response besides its answers. */
export interface ExportResponseMeta {
  /** Sequential number in export order (1, 2, …). */
  number: number;
  complete: boolean;
  /** Non-anonymous only. */
  organisation?: string | null;
  organisationType?: string | null;
  startedAt?: Date | string | null;
  completedAt?: Date | string | null;
}

export const EXPORT_LEADING_COLUMNS = ['response', 'status'] as const;
export const EXPORT_NAMED_COLUMNS = ['organisation', 'organisation_type', 'started_at', 'completed_at'] as const;
export const EXPORT_STATUS_COMPLETE = 'complete';
export const EXPORT_STATUS_PARTIAL = 'partial';

const blank = (value: ExportCell | undefined): ExportCell => (value === undefined || value === '' ? null : value);

function questionColumns(question: QuestionModel): ExportColumn[] {
  const q = question.key;
  const of = (header: string, value: (answer: AnswerValue) => ExportCell | undefined): ExportColumn => ({
    header,
    questionKey: q,
    value: (answer) => (answer ? blank(value(answer)) : null),
  });
  const other = question.options.some((option) => option.isOther) ? [of(`${q}__other`, (a) => a.other)] : [];
  switch (question.kind) {
    case 'SINGLE_CHOICE':
      return [of(q, (a) => a.choice), ...other];
    case 'MULTIPLE_CHOICE':
      // 1/0 once the question was answered, so "not ticked" differs from "not answered".
      // The other option has no 1/0 column: its text (`<q>__other`) is set exactly when it is ticked.
      return [
        ...question.options.filter((option) => !option.isOther).map((option) =>
          of(`${q}__${option.key}`, (a) => (Array.isArray(a.choices) ? (a.choices.includes(option.key) ? 1 : 0) : undefined)),
        ),
        ...other,
      ];
    case 'MATRIX':
      return question.rows.map((row) => of(`${q}__${row.key}`, (a) => a.rows?.[row.key]));
    case 'RANKING':
      return question.options.map((option) =>
        of(`${q}__${option.key}`, (a) => {
          const rank = Array.isArray(a.ranking) ? a.ranking.indexOf(option.key) : -1;
          return rank >= 0 ? rank + 1 : undefined;
        }),
      );
    case 'NUMBER':
    case 'SCALE':
      return [of(q, (a) => (typeof a.number === 'number' ? a.number : undefined))];
    case 'DATE':
      return [of(q, (a) => a.date)];
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return [of(q, (a) => a.text)];
  }
}

/** Columns in survey order: the response columns, then per question by key. */
export function exportColumns(model: SurveyModel, { anonymous }: { anonymous: boolean }): ExportColumn[] {
  const leading = [...EXPORT_LEADING_COLUMNS, ...(anonymous ? [] : EXPORT_NAMED_COLUMNS)].map(
    (header): ExportColumn => ({ header, questionKey: null, value: () => null }),
  );
  return unique([...leading, ...model.sections.flatMap((section) => section.questions.flatMap(questionColumns))]);
}

/**
 * Keys may in theory collide (question `a__b` next to option `b` of question `a`); later columns
 * then get `__2`, `__3` … so every header stays unique and the order stays deterministic.
 */
function unique(columns: ExportColumn[]): ExportColumn[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    let header = column.header;
    for (let n = 2; seen.has(header); n++) header = `${column.header}__${n}`;
    seen.add(header);
    return header === column.header ? column : { ...column, header };
  });
}

const isoTime = (value: Date | string | null | undefined): ExportCell =>
  value ? (value instanceof Date ? value.toISOString() : new Date(value).toISOString()) : null;

/**
 * One response as cells in `columns` order. Answers to questions hidden by a condition are left
 * blank even if stored (the API discards them on save; an export never depends on that).
 */
export function exportRow(model: SurveyModel, columns: readonly ExportColumn[], meta: ExportResponseMeta, answers: AnswerMap): ExportCell[] {
  const visible = visibleQuestionKeys(model, answers);
  const leading: Record<string, ExportCell> = {
    response: meta.number,
    status: meta.complete ? EXPORT_STATUS_COMPLETE : EXPORT_STATUS_PARTIAL,
    organisation: meta.organisation ?? null,
    organisation_type: meta.organisationType ?? null,
    started_at: isoTime(meta.startedAt),
    completed_at: isoTime(meta.completedAt),
  };
  return columns.map((column) => {
    if (column.questionKey === null) return leading[column.header] ?? null;
    if (!visible.has(column.questionKey)) return null;
    return column.value(answers[column.questionKey]);
  });
}

/**
 * A text cell as spreadsheets will read it: cells starting with = + - @ (or tab/CR) would be
 * evaluated as formulas by Excel and LibreOffice, so they get a leading apostrophe (OWASP CSV
 * injection advice). Numbers pass unchanged.
 */
export function inertCell(value: ExportCell): ExportCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
