import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import {
  EXPORT_GENERATORS,
  ExportsWorker,
  PROPOSALS_EXPORT_HEADERS,
  PROPOSALS_KIND,
  createProposalsGenerator,
  proposalsGenerator,
} from '@mitreden/worker/exports';
import { createTestDatabase, testRedisUrl, uniqueQueuePrefix } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';

interface JobRow {
  status: string;
  total: number;
  processed: number;
  file_name: string | null;
  content_type: string | null;
  content: Buffer | null;
  error: string | null;
  ttl_hours: number | null;
}

type Row = Record<string, unknown>;

describe('proposals export (worker, PostgreSQL)', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let db: DataSource;
  let processId: string;
  /** Proposal numbers by the name the seed gives them. */
  const n: Record<string, number> = {};

  const insertUser = async (name: string): Promise<string> => {
    const [{ id }] = await db.query(
      `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
       VALUES ($1, $2, 'not-a-hash', 'resident', now(), now()) RETURNING id`,
      [`${name.split(' ')[0].toLowerCase()}@example.org`, name],
    );
    return id;
  };

  /** The process: merges, a split, a hidden and reported proposal, assessments, an answer, an adopted catalogue. */
  async function seed(): Promise<void> {
    const alice = await insertUser('Alice Müller');
    const bob = await insertUser('Bob Becker');
    const carol = await insertUser('Carol Schmidt');
    const staff = await insertUser('Petra Projekt');
    const staff2 = await insertUser('Paul Projekt');
    [{ id: processId }] = await db.query(`INSERT INTO processes (slug, title) VALUES ('vorschlaege', '{"de": "Vorschläge"}') RETURNING id`);
    const [{ id: otherProcess }] = await db.query(`INSERT INTO processes (slug, title) VALUES ('anderer', '{"de": "Anderer"}') RETURNING id`);
    const [f1, f2]: { id: string }[] = await db.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Bildung"}'), ($1, 2, '{"de": "Wirtschaft"}') RETURNING id`,
      [processId],
    );
    const [{ id: otherField }] = await db.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Fremd"}') RETURNING id`,
      [otherProcess],
    );
    const [{ id: forum }] = await db.query(
      `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format)
       VALUES ($1, $2, '{"de": "Forum Linden"}', now(), 'Hannover', 'on_site') RETURNING id`,
      [processId, f1.id],
    );
    const ids: Record<string, string> = {};
    const proposal = async (
      name: string,
      values: { process?: string; field: string; kind?: string; title: string; source?: string; author?: string | null; forum?: string; participants?: number; day: number },
    ) => {
      const [row] = await db.query(
        `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id, participant_count, created_at)
         VALUES ($1, $2, $3, $4, $5, 'Text', $6, $7, $8, timestamptz '2026-03-01 10:00:00+00' + $9 * interval '1 day') RETURNING id, number`,
        [values.process ?? processId, values.field, values.forum ?? null, values.kind ?? 'measure', values.title, values.source ?? 'online',
          values.author ?? null, values.participants ?? null, values.day],
      );
      ids[name] = row.id;
      n[name] = row.number;
    };
    await proposal('p1', { field: f1.id, kind: 'goal', title: 'Mehr Sprachkurse', author: alice, day: 0 });
    await proposal('p2', { field: f1.id, title: 'Sprachcafé im Stadtteil', source: 'forum', forum, participants: 12, author: bob, day: 1 });
    await proposal('foreign', { process: otherProcess, field: otherField, title: 'Anderer Prozess', author: alice, day: 1 });
    await proposal('m', { field: f1.id, title: 'Sprachangebote bündeln', source: 'curated', day: 2 });
    await proposal('p4', { field: f2.id, title: '=HYPERLINK("http://evil.example","klick")', author: alice, day: 3 });
    await proposal('p5', { field: f2.id, title: 'Großes Paket', author: bob, day: 4 });
    await proposal('s1', { field: f2.id, title: 'Paket, Teil 1', source: 'curated', day: 5 });
    await proposal('s2', { field: f2.id, title: 'Paket, Teil 2', source: 'curated', day: 5 });
    await proposal('p8', { field: f2.id, title: '+49 Hotline für alle', author: carol, day: 6 });
    await proposal('p9', { field: f2.id, kind: 'goal', title: '@Arbeit für alle', source: 'paper', participants: 5, author: bob, day: 7 });

    // Supports before the merge (they take only published proposals), counts written by the triggers.
    await db.query(`INSERT INTO supports (proposal_id, user_id) VALUES ($1, $2), ($1, $3), ($4, $2)`, [ids['m'], alice, bob, ids['p5']]);
    await db.query(`UPDATE proposals SET comment_count = 3 WHERE id = $1`, [ids['m']]);
    await db.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind) VALUES ($1, $3, 'merge'), ($2, $3, 'merge'), ($4, $5, 'split'), ($4, $6, 'split')`,
      [ids['p1'], ids['p2'], ids['m'], ids['p5'], ids['s1'], ids['s2']],
    );
    await db.query(`UPDATE proposals SET state = 'merged' WHERE id = ANY($1)`, [[ids['p1'], ids['p2']]]);
    await db.query(`UPDATE proposals SET state = 'split' WHERE id = $1`, [ids['p5']]);
    await db.query(
      `UPDATE proposals SET state = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'Erledigt' WHERE id = $1`,
      [ids['p8']],
    );
    await db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [ids['p4']]);
    await db.query(
      `INSERT INTO reports (reporter_id, target_type, proposal_id, reason) VALUES ($2, 'proposal', $1, 'spam'), ($3, 'proposal', $1, 'offensive')`,
      [ids['p4'], bob, carol],
    );
    await db.query(
      `INSERT INTO reports (reporter_id, target_type, proposal_id, reason, resolved_at, resolution) VALUES ($2, 'proposal', $1, 'spam', now(), 'dismissed')`,
      [ids['p9'], alice],
    );
    // Two departments assess m; the later one counts.
    await db.query(
      `INSERT INTO assessments (proposal_id, department, due_on, status, feasibility, responsibility, assessed_at, updated_at) VALUES
         ($1, 'Bildung', current_date, 'submitted', 'feasible', 'city_region', timestamptz '2026-03-10 10:00+00', timestamptz '2026-03-10 10:00+00'),
         ($1, 'Finanzen', current_date, 'submitted', 'partly_feasible', 'land', timestamptz '2026-03-12 10:00+00', timestamptz '2026-03-12 10:00+00')`,
      [ids['m']],
    );
    await db.query(
      `INSERT INTO assessments (proposal_id, department, due_on, status) VALUES ($1, 'Wirtschaft', current_date, 'in_progress')`,
      [ids['s1']],
    );
    await db.query(
      `INSERT INTO official_answers (proposal_id, status, outcome, body, drafted_by_id, approved_by_id, approved_at, published_by_id, published_at)
       VALUES ($1, 'published', 'accepted', '{"de": "Wird umgesetzt"}', $2, $3, now(), $3, now()),
              ($4, 'draft', 'rejected', '{"de": "Nein"}', $2, NULL, NULL, NULL, NULL)`,
      [ids['m'], staff, staff2, ids['p9']],
    );

    // Catalogue: version 1 adopted (what counts), version 2 a draft that must not show.
    const catalogue = async (number: number, sources: [string, number, string[]][]): Promise<string> => {
      const [{ id: version }] = await db.query(
        `INSERT INTO catalogue_versions (process_id, number) VALUES ($1, $2) RETURNING id`,
        [processId, number],
      );
      for (const field of [f1.id, f2.id])
        await db.query(
          `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title) VALUES ($1, $2, $3, 1, '{"de": "Ziel"}')`,
          [version, processId, field],
        );
      for (const [field, measureNumber, proposals] of sources) {
        const [{ id: measure }] = await db.query(
          `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
           SELECT $1, g.id, g.action_field_id, $3, '{"de": "Maßnahme"}' FROM catalogue_goals g WHERE g.version_id = $1 AND g.action_field_id = $2
           RETURNING id`,
          [version, field, measureNumber],
        );
        for (const source of proposals)
          await db.query(`INSERT INTO catalogue_measure_sources (measure_id, proposal_id) VALUES ($1, $2)`, [measure, ids[source]]);
      }
      return version;
    };
    const adopted = await catalogue(1, [
      [f1.id, 1, ['m']],
      [f2.id, 1, ['s1']],
      [f2.id, 2, ['s2', 'p4']],
      [f2.id, 10, ['s1']],
    ]);
    await db.query(
      `UPDATE catalogue_versions SET status = 'adopted', adopted_on = current_date, council_reference = 'Drucksache 1/2026', adopted_at = now() WHERE id = $1`,
      [adopted],
    );
    await catalogue(2, [[f2.id, 1, ['p8', 'p9']]]);
  }

  const requestExport = async (format: 'csv' | 'xlsx', params: Record<string, unknown> = { processId }): Promise<string> => {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO export_jobs (kind, format, params, allowed_roles) VALUES ('proposals', $1, $2, '{project_group,admin}') RETURNING id`,
      [format, params],
    );
    return id;
  };
  const jobRow = async (id: string): Promise<JobRow> =>
    (
      await db.query(
        `SELECT status, total, processed, file_name, content_type, content, error,
                extract(epoch FROM expires_at - finished_at) / 3600 AS ttl_hours
           FROM export_jobs WHERE id = $1`,
        [id],
      )
    )[0];

  const readXlsx = async (content: Buffer): Promise<{ header: string[]; rows: Row[]; cells: ExcelJS.Cell[] }> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Vorschläge');
    if (!sheet) throw new Error('no sheet Vorschläge');
    const raw: unknown[][] = [];
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      raw.push((row.values as unknown[]).slice(1));
      row.eachCell((cell) => cells.push(cell));
    });
    const [header, ...data] = raw as string[][];
    return { header, rows: data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null]))), cells };
  };
  const readCsv = (content: Buffer): { header: string[]; rows: Record<string, string>[] } => {
    const text = content.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(text.slice(1), { columns: true });
    const [header]: string[][] = parse(text.slice(1), { to_line: 1 });
    return { header, rows };
  };
  const byNumber = <T extends Row>(rows: T[], name: string): T => {
    const row = rows.find((r) => Number(r['Nr.']) === n[name]);
    if (!row) throw new Error(`no row for ${name}`);
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: 'smtp://127.0.0.1:1',
      PUBLIC_URL: 'http://mitreden.test',
      EXPORT_TTL_HOURS: '2',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    db = worker.get(DataSource);
    await seed();
  });

  afterAll(async () => {
    EXPORT_GENERATORS[PROPOSALS_KIND] = proposalsGenerator;
    await worker?.close();
    await database?.drop();
  });

  it('writes an XLSX with every documented column, pseudonyms, lineage, moderation, assessment, answer and measures', async () => {
    const id = await requestExport('xlsx');
    await worker.get(ExportsWorker).run(id);
    const job = await jobRow(id);
    expect(job).toMatchObject({ status: 'done', total: 9, processed: 9, error: null });
    expect(job.file_name).toMatch(/^vorschlaege-vorschlaege-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(job.content_type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Number(job.ttl_hours)).toBeCloseTo(2, 5);

    const { header, rows, cells } = await readXlsx(job.content as Buffer);
    expect(header).toEqual([...PROPOSALS_EXPORT_HEADERS]);
    expect(rows.map((r) => r['Nr.'])).toEqual(['p1', 'p2', 'm', 'p4', 'p5', 's1', 's2', 'p8', 'p9'].map((name) => n[name]));
    expect(byNumber(rows, 'p1')).toEqual({
      'Nr.': n['p1'], Titel: 'Mehr Sprachkurse', Art: 'Ziel', Handlungsfeld: 'Bildung', Forum: null, Quelle: 'online',
      'Eingegangen am': new Date('2026-03-01T10:00:00Z'), Zustand: 'merged', 'Autor:in': 'Person 1', Teilnehmende: null,
      Unterstützungen: 0, Kommentare: 0, Moderation: 'visible', 'Offene Meldungen': 0, Einschätzung: null, Machbarkeit: null,
      'Offizielle Antwort': null, Antwortstatus: null, 'Zusammengeführt in': `#${n['m']}`, 'Hervorgegangen aus': null, Teile: null,
      'In Maßnahmen': '1.1',
    });
    expect(byNumber(rows, 'p2')).toMatchObject({
      Art: 'Maßnahme', Forum: 'Forum Linden', Quelle: 'forum', Teilnehmende: 12, 'Autor:in': 'Person 2', Zustand: 'merged',
      'Zusammengeführt in': `#${n['m']}`, 'In Maßnahmen': '1.1',
    });
    expect(byNumber(rows, 'm')).toMatchObject({
      Quelle: 'curated', 'Autor:in': null, Zustand: 'published', Unterstützungen: 2, Kommentare: 3,
      Einschätzung: 'submitted', Machbarkeit: 'partly_feasible', 'Offizielle Antwort': 'accepted', Antwortstatus: 'published',
      'Zusammengeführt in': null, 'Hervorgegangen aus': `#${n['p1']}, #${n['p2']}`, Teile: null, 'In Maßnahmen': '1.1',
    });
    // Hidden proposals are nobody's provenance, even as a direct source.
    expect(byNumber(rows, 'p4')).toMatchObject({
      Titel: '=HYPERLINK("http://evil.example","klick")', 'Autor:in': 'Person 1', Moderation: 'hidden', 'Offene Meldungen': 2, 'In Maßnahmen': null,
    });
    expect(byNumber(rows, 'p5')).toMatchObject({
      Zustand: 'split', 'Autor:in': 'Person 2', Unterstützungen: 1, Teile: `#${n['s1']}, #${n['s2']}`, 'Zusammengeführt in': null,
      'In Maßnahmen': '2.1, 2.2, 2.10',
    });
    expect(byNumber(rows, 's1')).toMatchObject({
      'Hervorgegangen aus': `#${n['p5']}`, Einschätzung: 'in_progress', Machbarkeit: null, 'In Maßnahmen': '2.1, 2.10',
    });
    expect(byNumber(rows, 's2')).toMatchObject({ 'Hervorgegangen aus': `#${n['p5']}`, 'In Maßnahmen': '2.2' });
    // The draft version 2 uses p8 and p9: drafts are not the catalogue.
    expect(byNumber(rows, 'p8')).toMatchObject({ Zustand: 'withdrawn', 'Autor:in': 'Person 3', 'In Maßnahmen': null });
    expect(byNumber(rows, 'p9')).toMatchObject({
      Art: 'Ziel', Quelle: 'paper', Teilnehmende: 5, 'Autor:in': 'Person 2', 'Offene Meldungen': 0,
      'Offizielle Antwort': 'rejected', Antwortstatus: 'draft',
    });
    // Texts stay texts: no cell is a formula, and no name or e-mail address leaves the database.
    expect(cells.every((cell) => cell.type !== ExcelJS.ValueType.Formula)).toBe(true);
    const text = JSON.stringify(rows);
    for (const secret of ['Alice', 'Bob', 'Carol', 'Müller', '@example.org', 'Anderer Prozess']) expect(text).not.toContain(secret);
  });

  it('writes the same content as CSV with inert formulas, across keyset pages with progress per page', async () => {
    const generator = createProposalsGenerator({ pageSize: 3 });
    const reports: [number, number | undefined][] = [];
    const direct = await generator(db, { id: 'x', kind: PROPOSALS_KIND, format: 'csv', params: { processId } }, {
      report: async (processed, total) => void reports.push([processed, total]),
    });
    // Count first, then one report per page of three.
    expect(reports).toEqual([[0, 9], [3, undefined], [6, undefined], [9, undefined]]);

    EXPORT_GENERATORS[PROPOSALS_KIND] = generator;
    let job: JobRow;
    try {
      const id = await requestExport('csv');
      await worker.get(ExportsWorker).run(id);
      job = await jobRow(id);
    } finally {
      EXPORT_GENERATORS[PROPOSALS_KIND] = proposalsGenerator;
    }
    expect(job).toMatchObject({ status: 'done', total: 9, processed: 9, content_type: 'text/csv; charset=utf-8' });
    expect((job.content as Buffer).toString('utf8')).toBe(direct.content.toString('utf8'));

    const { header, rows } = readCsv(job.content as Buffer);
    expect(header).toEqual([...PROPOSALS_EXPORT_HEADERS]);
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => Number(r['Nr.']))).toEqual(['p1', 'p2', 'm', 'p4', 'p5', 's1', 's2', 'p8', 'p9'].map((name) => n[name]));
    // Pseudonyms hold across page boundaries (p1 on page 1, p4 on page 2; p2 page 1, p9 page 3).
    expect(rows.map((r) => r['Autor:in'])).toEqual(['Person 1', 'Person 2', '', 'Person 1', 'Person 2', '', '', 'Person 3', 'Person 2']);
    expect(byNumber(rows, 'p1')).toMatchObject({ 'Eingegangen am': '2026-03-01T10:00:00.000Z', Art: 'Ziel', 'Zusammengeführt in': `#${n['m']}` });
    expect(byNumber(rows, 'm')).toMatchObject({ 'Hervorgegangen aus': `#${n['p1']}, #${n['p2']}`, Unterstützungen: '2', 'In Maßnahmen': '1.1' });
    expect(byNumber(rows, 'p5')).toMatchObject({ Teile: `#${n['s1']}, #${n['s2']}`, 'In Maßnahmen': '2.1, 2.2, 2.10' });
    expect(byNumber(rows, 'p4')).toMatchObject({ Titel: `'=HYPERLINK("http://evil.example","klick")`, Moderation: 'hidden', 'Offene Meldungen': '2' });
    expect(byNumber(rows, 'p8')['Titel']).toBe(`'+49 Hotline für alle`);
    expect(byNumber(rows, 'p9')['Titel']).toBe(`'@Arbeit für alle`);
    const text = (job.content as Buffer).toString('utf8');
    for (const secret of ['Alice', 'Bob', 'Carol', '@example.org']) expect(text).not.toContain(secret);
  });

  it('fails readably for a missing process or a format it cannot build', async () => {
    const gone = await requestExport('csv', { processId: '00000000-0000-4000-8000-000000000000' });
    await worker.get(ExportsWorker).run(gone);
    expect(await jobRow(gone)).toMatchObject({ status: 'failed', error: 'The process no longer exists', content: null });
    const [{ id: docx }] = await db.query(
      `INSERT INTO export_jobs (kind, format, params) VALUES ('proposals', 'docx', $1) RETURNING id`,
      [{ processId }],
    );
    await worker.get(ExportsWorker).run(docx);
    expect(await jobRow(docx)).toMatchObject({ status: 'failed', error: 'Proposals cannot be exported as docx' });
  });

  it('empties expired files on the sweep and keeps the row done', async () => {
    const id = await requestExport('csv');
    await worker.get(ExportsWorker).run(id);
    const fresh = await requestExport('csv');
    await worker.get(ExportsWorker).run(fresh);
    await db.query(`UPDATE export_jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    await worker.get(ExportsWorker).sweep();
    const [expired, kept]: { status: string; length: number; byte_size: number }[] = await db.query(
      `SELECT status, octet_length(content) AS length, byte_size FROM export_jobs WHERE id = ANY($1) ORDER BY id = $2 DESC`,
      [[id, fresh], id],
    );
    expect(expired).toMatchObject({ status: 'done', length: 0 });
    expect(expired.byte_size).toBeGreaterThan(0);
    expect(kept.status).toBe('done');
    expect(kept.length).toBeGreaterThan(0);
  });
});
