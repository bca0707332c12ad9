import type { AnswerMap, AnswerValue } from '@mitreden/shared/surveys';
import type { SurveyAnswerInput, SurveyAnswerView } from '../graphql/answering.types';

/**
 * Conversions between the GraphQL answer shape (one nullable field per kind, matrix as a cell
 * list) and the stored shape the shared rules check (`AnswerValue`). Pure, so unit-tested apart.
 */

/** C0 controls except tab and line breaks: NUL cannot be stored in jsonb, the others only hide text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string): string => text.replace(CONTROL, '');

/** What the respondent sent, by question key (a repeated key: the last one wins). */
export function toAnswerMap(inputs: readonly SurveyAnswerInput[]): AnswerMap {
  const answers: AnswerMap = {};
  for (const input of inputs) {
    const value: AnswerValue = {};
    if (input.choice != null) value.choice = input.choice;
    if (input.choices != null) value.choices = [...input.choices];
    if (input.other != null) value.other = clean(input.other);
    if (input.text != null) value.text = clean(input.text);
    if (input.number != null) value.number = input.number;
    if (input.date != null) value.date = input.date;
    if (input.ranking != null) value.ranking = [...input.ranking];
    if (input.matrix != null) {
      const rows: Record<string, string> = {};
      for (const cell of input.matrix) rows[cell.row] = cell.column;
      value.rows = rows;
    }
    answers[input.questionKey] = value;
  }
  return answers;
}

/** A stored answer as GraphQL returns it; fields of other kinds are null. */
export function toAnswerView(questionKey: string, value: AnswerValue): SurveyAnswerView {
  return {
    questionKey,
    choice: value.choice ?? null,
    choices: value.choices ?? null,
    other: value.other ?? null,
    text: value.text ?? null,
    number: typeof value.number === 'number' ? value.number : null,
    date: value.date ?? null,
    matrix: value.rows ? Object.entries(value.rows).map(([row, column]) => ({ row, column })) : null,
    ranking: value.ranking ?? null,
  };
}

/** survey_answers.value is capped at 20 000 bytes (CHECK); jsonb's text form adds a little to JSON's. */
const STORED_VALUE_MAX = 19_000;

export function storedValueTooLarge(value: AnswerValue): boolean {
  return Buffer.byteLength(JSON.stringify(value), 'utf8') > STORED_VALUE_MAX;
}
