import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { addExportJob, closeExportQueue, createExportQueue } from '@mitreden/api/exports';
import type { AnswerMap } from '@mitreden/shared/surveys';
import { ExportsWorker, SURVEY_EXPORT_PAGE } from '@mitreden/worker/exports';
import { createTestDatabase, testRedisUrl, uniqueQueuePrefix, waitFor } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';

interface JobRow {
  status: string;
  total: number;
  processed: number;
  file_name: string | null;
  content_type: string | null;
  content: Buffer | null;
  byte_size: number | null;
  error: string | null;
}

/** Sections s1 (always) and s2 (only when kind = a): question keys and what they export to. */
const STRUCTURE = [
  {
    key: 's1',
    condition: null,
    questions: [
      { key: 'kind', kind: 'single_choice', options: ['a', 'b', 'other'], other: true },
      { key: 'topics', kind: 'multiple_choice', options: ['x', 'y', 'other'], other: true },
      { key: 'grid', kind: 'matrix', options: ['yes', 'no'], rows: ['r1', 'r2'] },
      { key: 'rank', kind: 'ranking', options: ['p', 'q'] },
    ],
  },
  {
    key: 's2',
    condition: { question: 'kind', operator: 'equals', value: 'a' },
    questions: [
      { key: 'mood', kind: 'scale', min: 1, max: 5 },
      { key: 'wish', kind: 'long_text' },
      { key: 'since', kind: 'date' },
    ],
  },
];
const QUESTION_HEADERS = [
  'kind', 'kind__other', 'topics__x', 'topics__y', 'topics__other', 'grid__r1', 'grid__r2', 'rank__p', 'rank__q', 'mood', 'wish', 'since',
];

describe('survey response exports (worker, PostgreSQL, Redis)', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let db: DataSource;
  let processId: string;

  async function seedSurvey(slug: string, audience: 'invited' | 'anonymous', anonymous: boolean) {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at)
       VALUES ($1, $2, '{"de": "Export"}', $3, $4, 'published', now()) RETURNING id`,
      [processId, slug, audience, anonymous],
    );
    const questions: Record<string, string> = {};
    for (const [s, section] of STRUCTURE.entries()) {
      const [{ id: sectionId }]: { id: string }[] = await db.query(
        `INSERT INTO survey_sections (survey_id, key, position, condition) VALUES ($1, $2, $3, $4) RETURNING id`,
        [id, section.key, s + 1, section.condition],
      );
      for (const [q, question] of section.questions.entries()) {
        const [{ id: questionId }]: { id: string }[] = await db.query(
          `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, title, min_value, max_value)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [id, sectionId, question.key, q + 1, question.kind, { de: `Frage ${question.key}` }, 'min' in question ? question.min : null, 'max' in question ? question.max : null],
        );
        questions[question.key] = questionId;
        for (const [o, key] of (('options' in question ? question.options : undefined) ?? []).entries())
          await db.query(
            `INSERT INTO survey_options (question_id, role, key, position, label, is_other) VALUES ($1, 'choice', $2, $3, $4, $5)`,
            [questionId, key, o + 1, { de: key }, key === 'other'],
          );
        for (const [o, key] of (('rows' in question ? question.rows : undefined) ?? []).entries())
          await db.query(`INSERT INTO survey_options (question_id, role, key, position, label) VALUES ($1, 'row', $2, $3, $4)`, [
            questionId, key, o + 1, { de: key },
          ]);
      }
    }
    return { id, questions };
  }

  async function seedResponse(
    survey: { id: string; questions: Record<string, string> },
    { organisation, complete, answers }: { organisation?: { name: string; type: string }; complete: boolean; answers: AnswerMap },
  ): Promise<void> {
    let invitationId: string | null = null;
    if (organisation) {
      const [{ id: orgId }] = await db.query(`INSERT INTO organisations (name, email, type) VALUES ($1, $2, $3) RETURNING id`, [
        organisation.name, `${organisation.type}-${Math.random().toString(36).slice(2)}@example.org`, organisation.type,
      ]);
      [{ id: invitationId }] = await db.query(
        `INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at) VALUES ($1, $2, 'partial', now()) RETURNING id`,
        [survey.id, orgId],
      );
    }
    const [{ id }] = await db.query(
      `INSERT INTO survey_responses (survey_id, anonymous, invitation_id, complete, started_at, completed_at)
       SELECT $1, s.anonymous, $2, $3, CASE WHEN NOT s.anonymous THEN clock_timestamp() END,
              CASE WHEN $3 AND NOT s.anonymous THEN clock_timestamp() END
         FROM surveys s WHERE s.id = $1 RETURNING id`,
      [survey.id, invitationId, complete],
    );
    for (const [key, value] of Object.entries(answers))
      await db.query(`INSERT INTO survey_answers (survey_id, response_id, question_id, value) VALUES ($1, $2, $3, $4)`, [
        survey.id, id, survey.questions[key], value,
      ]);
  }

  const requestExport = async (surveyId: string, format: 'csv' | 'xlsx'): Promise<string> => {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO export_jobs (kind, format, params) VALUES ('survey_responses', $1, $2) RETURNING id`,
      [format, { surveyId }],
    );
    return id;
  };
  const finished = (id: string): Promise<JobRow> =>
    waitFor(
      async () => {
        const [row]: JobRow[] = await db.query(
          `SELECT status, total, processed, file_name, content_type, content, byte_size, error FROM export_jobs WHERE id = $1`,
          [id],
        );
        return row && ['done', 'failed'].includes(row.status) ? row : undefined;
      },
      { timeoutMs: 30_000, what: `export ${id}` },
    );

  const readXlsx = async (content: Buffer): Promise<Record<string, unknown>[]> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('responses');
    if (!sheet) throw new Error('no responses sheet');
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    const [header, ...data] = rows as string[][];
    return data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: 'smtp://127.0.0.1:1',
      PUBLIC_URL: 'http://mitreden.test',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    db = worker.get(DataSource);
    [{ id: processId }] = await db.query(`INSERT INTO processes (slug, title) VALUES ('export', '{"de": "Export"}') RETURNING id`);
  });

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('builds an XLSX through the queue with the documented columns, blanks for hidden questions and partial marked', async () => {
    const survey = await seedSurvey('benannt', 'invited', false);
    await seedResponse(survey, {
      organisation: { name: 'Schule =Eins', type: 'education' },
      complete: true,
      answers: {
        kind: { choice: 'a' }, topics: { choices: ['x', 'other'], other: '=HYPERLINK("http://evil")' },
        grid: { rows: { r1: 'yes', r2: 'no' } }, rank: { ranking: ['q', 'p'] },
        mood: { number: 4 }, wish: { text: 'Mehr Kurse\nbitte ‮' }, since: { date: '2026-01-15' },
      },
    });
    await seedResponse(survey, {
      organisation: { name: 'Verein Zwei', type: 'migrant_organisation' },
      complete: false,
      // mood is stored although s2 is hidden for kind = other: the export leaves it blank.
      answers: { kind: { choice: 'other', other: 'Sportverein' }, topics: { choices: ['y'] }, mood: { number: 1 } },
    });

    const queue = createExportQueue(config);
    const id = await requestExport(survey.id, 'xlsx');
    try {
      await addExportJob(queue, id);
    } finally {
      await closeExportQueue(queue);
    }
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'done', total: 2, processed: 2, error: null });
    expect(job.file_name).toMatch(/^umfrage-benannt-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(job.content_type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(job.byte_size).toBe(job.content?.length);

    const rows = await readXlsx(job.content as Buffer);
    expect(Object.keys(rows[0])).toEqual(['response', 'status', 'organisation', 'organisation_type', 'started_at', 'completed_at', ...QUESTION_HEADERS]);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first).toMatchObject({
      response: 1, status: 'complete', organisation: 'Schule =Eins', organisation_type: 'education',
      kind: 'a', kind__other: null, topics__x: 1, topics__y: 0, topics__other: '=HYPERLINK("http://evil")',
      grid__r1: 'yes', grid__r2: 'no', rank__p: 2, rank__q: 1, mood: 4, wish: 'Mehr Kurse\nbitte ‮', since: '2026-01-15',
    });
    expect(typeof first['started_at']).toBe('string');
    expect(typeof first['completed_at']).toBe('string');
    expect(second).toMatchObject({
      response: 2, status: 'partial', organisation: 'Verein Zwei', organisation_type: 'migrant_organisation', completed_at: null,
      kind: 'other', kind__other: 'Sportverein', topics__x: 0, topics__y: 1, topics__other: null,
      grid__r1: null, rank__p: null, mood: null, wish: null, since: null,
    });
  });

  it('writes a CSV with BOM, inert formulas and no identifying columns for anonymous surveys, paging past one page', async () => {
    const survey = await seedSurvey('anonym', 'anonymous', true);
    await seedResponse(survey, { complete: true, answers: { kind: { choice: 'b', }, topics: { choices: ['x'], }, grid: { rows: { r2: 'yes' } } } });
    // Enough responses for three pages, set-based.
    const count = 2 * SURVEY_EXPORT_PAGE + 17;
    await db.query(
      `WITH r AS (
         INSERT INTO survey_responses (survey_id, anonymous, complete) SELECT $1, true, i % 2 = 0 FROM generate_series(1, $2) i RETURNING id
       )
       INSERT INTO survey_answers (survey_id, response_id, question_id, value)
       SELECT $1, r.id, $3, '{"choice": "a"}'::jsonb FROM r`,
      [survey.id, count - 1, survey.questions['kind']],
    );
    await db.query(
      `INSERT INTO survey_answers (survey_id, response_id, question_id, value)
       SELECT $1, r.id, $2, '{"text": "=1+2"}'::jsonb FROM survey_responses r WHERE r.survey_id = $1 AND r.complete
          AND EXISTS (SELECT 1 FROM survey_answers a WHERE a.response_id = r.id AND a.value->>'choice' = 'a')`,
      [survey.id, survey.questions['wish']],
    );
    const id = await requestExport(survey.id, 'csv');
    // No queue job: the sweep finds the queued row (as after a Redis outage).
    await worker.get(ExportsWorker).sweep();
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'done', total: count, processed: count, content_type: 'text/csv; charset=utf-8' });
    const text = (job.content as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records: Record<string, string>[] = parse(text.slice(1), { columns: true });
    expect(Object.keys(records[0])).toEqual(['response', 'status', ...QUESTION_HEADERS]);
    expect(records).toHaveLength(count);
    expect(records.map((r) => Number(r['response']))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const withText = records.filter((r) => r['wish'] !== '');
    expect(withText.length).toBeGreaterThan(900);
    expect(new Set(withText.map((r) => r['wish']))).toEqual(new Set([`'=1+2`]));
    expect(withText.every((r) => r['status'] === 'complete')).toBe(true);
    const b = records.find((r) => r['kind'] === 'b');
    expect(b).toMatchObject({ status: 'complete', topics__x: '1', topics__y: '0', topics__other: '', grid__r1: '', grid__r2: 'yes', mood: '', wish: '' });
    expect(records.filter((r) => r['status'] === 'partial').length).toBeGreaterThan(900);
  });

  it('pages named surveys exactly, even when start times differ only in microseconds', async () => {
    const survey = await seedSurvey('mikro', 'invited', false);
    const count = 2 * SURVEY_EXPORT_PAGE + 5;
    await db.query(
      `WITH o AS (
         INSERT INTO organisations (name, email, type)
         SELECT 'Mikro ' || i, 'mikro' || i || '@example.org', 'welfare' FROM generate_series(1, $2) i RETURNING id
       ), i AS (
         INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at) SELECT $1, id, 'partial', now() FROM o RETURNING id
       )
       INSERT INTO survey_responses (survey_id, anonymous, invitation_id, started_at)
       SELECT $1, false, i.id, timestamptz '2026-03-01 10:00:00.000001+00' + (row_number() OVER ()) % 3 * interval '1 microsecond' FROM i`,
      [survey.id, count],
    );
    const id = await requestExport(survey.id, 'csv');
    await worker.get(ExportsWorker).run(id);
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'done', total: count, processed: count });
    const records: Record<string, string>[] = parse((job.content as Buffer).toString('utf8').slice(1), { columns: true });
    expect(records).toHaveLength(count);
    expect(new Set(records.map((r) => r['organisation'])).size).toBe(count);
    expect(records[0]).toMatchObject({ response: '1', status: 'partial', organisation_type: 'welfare', started_at: '2026-03-01T10:00:00.000Z', completed_at: '' });
  });

  it('fails with a readable reason when the survey is gone, and never runs a finished job again', async () => {
    const id = await requestExport('00000000-0000-4000-8000-000000000000', 'csv');
    await worker.get(ExportsWorker).run(id);
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'failed', error: 'The survey no longer exists', content: null });
    await worker.get(ExportsWorker).run(id);
    expect((await finished(id)).status).toBe('failed');
    await expect(worker.get(ExportsWorker).run('00000000-0000-4000-8000-000000000001')).rejects.toThrow(/not found/);
  });
});
