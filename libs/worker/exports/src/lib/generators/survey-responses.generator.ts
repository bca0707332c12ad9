import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { loadStructureById, toSurveyModel } from '@mitreden/api/surveys';
import { exportColumns, exportRow, inertCell } from '@mitreden/shared/surveys';
import type { AnswerMap, ExportCell } from '@mitreden/shared/surveys';
import { CSV_CONTENT_TYPE, ExportFailure, UTF8_BOM, XLSX_CONTENT_TYPE } from '../export-generator';
import type { ExportFileOutput, ExportGenerator } from '../export-generator';

export const SURVEY_RESPONSES_KIND = 'survey_responses';
/** Responses per statement: memory stays flat however many there are. */
export const SURVEY_EXPORT_PAGE = 1000;

interface ResponseRow {
  id: string;
  complete: boolean;
  started_at: Date | null;
  /** started_at in ISO 8601 with microseconds: a JS Date would cut them and break the keyset. */
  started_key: string | null;
  completed_at: Date | null;
  organisation: string | null;
  organisation_type: string | null;
  answers: AnswerMap;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Collects what a writer produces (exceljs streams into it). */
function sink(): { stream: PassThrough; done: Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
  return { stream, done };
}

/**
 * Every response of a survey in the documented column layout (export-columns.ts). Pages by keyset:
 * named surveys in start order, anonymous ones by their random id (an order that says nothing
 * about who answered when). Organisation columns are filled for invited surveys only; accounts of
 * public surveys are never exported.
 */
export const surveyResponsesGenerator: ExportGenerator = async (dataSource, job, progress) => {
  const surveyId = job.params['surveyId'];
  if (typeof surveyId !== 'string' || !UUID.test(surveyId)) throw new ExportFailure('The export names no survey');
  if (job.format !== 'csv' && job.format !== 'xlsx') throw new ExportFailure(`Surveys cannot be exported as ${job.format}`);
  const structure = await loadStructureById(dataSource.manager, surveyId);
  if (!structure) throw new ExportFailure('The survey no longer exists');
  const { survey } = structure;
  const model = toSurveyModel(structure);
  const columns = exportColumns(model, { anonymous: survey.anonymous });
  const headers = columns.map((column) => column.header);
  const [{ total }]: { total: number }[] = await dataSource.query(
    `SELECT count(*)::int AS total FROM survey_responses WHERE survey_id = $1`,
    [surveyId],
  );
  await progress.report(0, total);

  const order = survey.anonymous ? 'r.id' : 'r.started_at, r.id';
  const after = survey.anonymous ? '($2::uuid IS NULL OR r.id > $2)' : '($2::uuid IS NULL OR (r.started_at, r.id) > ($3::timestamptz, $2::uuid))';
  // Answers are aggregated per response inside the page's statement: one statement per page.
  const page = (lastId: string | null, lastStarted: string | null): Promise<ResponseRow[]> =>
    dataSource.query(
      `SELECT r.id, r.complete, r.started_at, to_json(r.started_at) #>> '{}' AS started_key, r.completed_at,
              CASE WHEN s.audience = 'invited' THEN o.name END AS organisation,
              CASE WHEN s.audience = 'invited' THEN o.type END AS organisation_type,
              coalesce((SELECT jsonb_object_agg(q.key, a.value)
                          FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id
                         WHERE a.response_id = r.id), '{}'::jsonb) AS answers
         FROM survey_responses r
         JOIN surveys s ON s.id = r.survey_id
         LEFT JOIN survey_invitations i ON i.id = r.invitation_id
         LEFT JOIN organisations o ON o.id = i.organisation_id
        WHERE r.survey_id = $1 AND ${after}
        ORDER BY ${order}
        LIMIT ${SURVEY_EXPORT_PAGE}`,
      survey.anonymous ? [surveyId, lastId] : [surveyId, lastId, lastStarted],
    );

  const date = new Date().toISOString().slice(0, 10);
  const fileName = `umfrage-${survey.slug}-${date}.${job.format}`;
  let number = 0;
  const rowsOf = (responses: ResponseRow[]): ExportCell[][] =>
    responses.map((response) =>
      exportRow(
        model,
        columns,
        {
          number: ++number,
          complete: response.complete,
          organisation: response.organisation,
          organisationType: response.organisation_type,
          startedAt: response.started_at,
          completedAt: response.completed_at,
        },
        response.answers,
      ),
    );

  const pages = async (write: (rows: ExportCell[][]) => void | Promise<void>): Promise<void> => {
    let lastId: string | null = null;
    let lastStarted: string | null = null;
    for (;;) {
      const responses = await page(lastId, lastStarted);
      if (responses.length === 0) break;
      await write(rowsOf(responses));
      await progress.report(number);
      if (responses.length < SURVEY_EXPORT_PAGE) break;
      lastId = responses[responses.length - 1].id;
      lastStarted = responses[responses.length - 1].started_key;
    }
  };

  if (job.format === 'csv') {
    // Formula-looking texts get an apostrophe: CSV opened in a spreadsheet must not run them.
    const chunks: Buffer[] = [Buffer.from(UTF8_BOM + stringify([headers]), 'utf8')];
    await pages((rows) => {
      chunks.push(Buffer.from(stringify(rows.map((row) => row.map(inertCell))), 'utf8'));
    });
    return { fileName, contentType: CSV_CONTENT_TYPE, content: Buffer.concat(chunks) } satisfies ExportFileOutput;
  }

  // Streaming writer without shared strings: rows leave memory as they are committed. Cells are
  // typed values, never formulas, so texts stay inert without escaping.
  const { stream, done } = sink();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('responses', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).commit();
  await pages((rows) => {
    for (const row of rows) sheet.addRow(row).commit();
  });
  sheet.commit();
  const questions = workbook.addWorksheet('questions');
  questions.addRow(['key', 'kind', 'title']).commit();
  for (const question of structure.questions) questions.addRow([question.key, question.kind, question.title['de'] ?? '']).commit();
  questions.commit();
  await workbook.commit();
  return { fileName, contentType: XLSX_CONTENT_TYPE, content: await done };
};
