import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import { CatalogueImport, importAnnexAsDraft } from '@mitreden/api/catalogue';
import type { User } from '@mitreden/api/identity';
import { regionHannoverAnnex } from '@mitreden/api/processes';
import { OPEN_DATA_CSV_COLUMNS, OPEN_DATA_SCHEMA, parseAnnex } from '@mitreden/shared/catalogue';
import type { AnnexActionField, OpenDataCatalogue } from '@mitreden/shared/catalogue';
import { catalogueGenerator, ExportsWorker } from '@mitreden/worker/exports';
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
  byte_size: number | null;
  error: string | null;
}

const GERMAN_HEADERS = [
  'Ziel', 'Nr.', 'Maßnahme', 'Verantwortung', 'Fachbereich', 'Kosten', 'Priorität', 'Status', 'Fortschritt (%)',
  'Vorschläge', 'Foren', 'Beteiligte', 'Unterstützungen',
];
const ENGLISH_HEADERS = [
  'Ziel', 'Nr.', 'Maßnahme', 'Responsibility', 'Department', 'Costs', 'Priority', 'Status', 'Progress (%)',
  'Proposals', 'Forums', 'Contributors', 'Supports',
];

/** The annex as the importer stores it (texts trimmed and normalised). */
const ANNEX: AnnexActionField[] = parseAnnex(regionHannoverAnnex).annex;
const MEASURE_COUNT = ANNEX.reduce((sum, field) => sum + field.goals.reduce((count, goal) => count + goal.measures.length, 0), 0);

const decodeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '');
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXml(match[1])).join('');

/** The PDF object `number 0 obj … endobj` (pdfkit writes the document information uncompressed). */
function pdfObject(whole: string, number: string | undefined): string | null {
  const start = number === undefined ? -1 : whole.indexOf(`\n${number} 0 obj\n`);
  return start < 0 ? null : whole.slice(start, whole.indexOf('endobj', start));
}

/** A string of the PDF's document information dictionary, UTF-16 decoded. */
function pdfInfoString(pdf: Buffer, key: string): string | null {
  const whole = pdf.toString('latin1');
  const info = pdfObject(whole, /\/Info (\d+) 0 R/.exec(whole.slice(whole.lastIndexOf('trailer')))?.[1]);
  const valueRef = info ? new RegExp(`/${key} (\\d+) 0 R`).exec(info)?.[1] : undefined;
  const value = pdfObject(whole, valueRef);
  const start = value?.indexOf('(') ?? -1;
  if (!value || start < 0) return null;
  let raw = '';
  for (let index = start + 1; index < value.length && value[index] !== ')'; index++) {
    if (value[index] === '\\') {
      index++;
      raw += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[value[index]] ?? value[index];
    } else raw += value[index];
  }
  const bytes = Buffer.from(raw, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : raw;
}

describe('catalogue exports (worker, PostgreSQL)', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let db: DataSource;
  let versionId: string;
  let processId: string;

  const exportJob = async (format: string, params: Record<string, unknown>): Promise<JobRow> => {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO export_jobs (kind, format, params) VALUES ('catalogue', $1, $2) RETURNING id`,
      [format, params],
    );
    await worker.get(ExportsWorker).run(id);
    const [row]: JobRow[] = await db.query(
      `SELECT status, total, processed, file_name, content_type, content, byte_size, error FROM export_jobs WHERE id = $1`,
      [id],
    );
    return row;
  };
  const exported = async (format: string, language: 'de' | 'en' = 'de'): Promise<JobRow & { content: Buffer }> => {
    const job = await exportJob(format, { versionId, language });
    expect(job).toMatchObject({ status: 'done', error: null, total: MEASURE_COUNT, processed: MEASURE_COUNT });
    expect(job.file_name).toBe(`massnahmenkatalog-v1.${format}`);
    expect(job.byte_size).toBe(job.content?.length);
    return job as JobRow & { content: Buffer };
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
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    db = worker.get(DataSource);

    [{ id: processId }] = await db.query(
      `INSERT INTO processes (slug, title) VALUES ('integrationsplan', '{"de": "Integrationsplan", "en": "Integration plan"}') RETURNING id`,
    );
    for (const [index, field] of regionHannoverAnnex.entries())
      await db.query(`INSERT INTO action_fields (process_id, position, title) VALUES ($1, $2, $3)`, [
        processId, index + 1, { de: field.actionField, en: `Field ${index + 1}` },
      ]);
    const result = await db.transaction((manager) => importAnnexAsDraft(manager, processId, regionHannoverAnnex, null));
    expect(result).toMatchObject({ actionFieldCount: 8, goalCount: 37, measureCount: 144 });
    versionId = result.version.id;

    // Details on measure 1.1 (formula-looking text, translation, provenance), then the council adopts.
    const [measure]: { id: string; action_field_id: string }[] = await db.query(
      `SELECT m.id, m.action_field_id FROM catalogue_measures m JOIN action_fields f ON f.id = m.action_field_id
        WHERE m.version_id = $1 AND f.position = 1 AND m.number = 1`,
      [versionId],
    );
    await db.query(
      `UPDATE catalogue_measures
          SET responsibility = '=SUM(A1)', department = 'Team Integration', cost_note = '10.000 €', priority = 'high',
              status = 'in_progress', progress = 40, text = text || '{"en": "Provide multilingual information"}'::jsonb
        WHERE id = $1`,
      [measure.id],
    );
    await db.query(`INSERT INTO catalogue_milestones (measure_id, position, title, due_on) VALUES ($1, 1, '{"de": "Flyer"}', '2026-09-30')`, [
      measure.id,
    ]);
    for (const title of ['Infos mehrsprachig', 'Wahlinfos'])
      await db.query(
        `WITH p AS (INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
                    VALUES ($1, $2, 'measure', $3, 'Text', 'paper') RETURNING id)
         INSERT INTO catalogue_measure_sources (measure_id, proposal_id) SELECT $4, id FROM p`,
        [processId, measure.action_field_id, title, measure.id],
      );
    await db.query(
      `UPDATE catalogue_versions SET status = 'adopted', adopted_on = '2026-03-12', council_reference = 'Drucksache 1234/2026', adopted_at = now()
        WHERE id = $1`,
      [versionId],
    );
  });

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('round trip: the XLSX reads back as the annex, one sheet per action field in the importer’s layout', async () => {
    const job = await exported('xlsx');
    expect(job.content_type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(job.content as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(8);

    const readBack: AnnexActionField[] = [];
    const goals = new Set<string>();
    let measures = 0;
    for (const [index, sheet] of workbook.worksheets.entries()) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).toBe(`${index + 1} ${ANNEX[index].actionField}`.slice(0, 31).trim());
      expect(sheet.getCell('A1').value).toBe(ANNEX[index].actionField);
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(GERMAN_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.autoFilter).toBeTruthy();
      const field: AnnexActionField = { actionField: String(sheet.getCell('A1').value), goals: [] };
      for (let rowNumber = 3; rowNumber <= sheet.rowCount; rowNumber++) {
        const [goal, number, text] = (sheet.getRow(rowNumber).values as unknown[]).slice(1, 4);
        expect(typeof goal).toBe('string');
        if (field.goals.at(-1)?.goal !== goal) field.goals.push({ goal: goal as string, measures: [] });
        field.goals.at(-1)?.measures.push({ number: number as number, text: text as string });
        goals.add(`${index}:${goal as string}`);
        measures++;
      }
      readBack.push(field);
    }
    expect(goals.size).toBe(37);
    expect(measures).toBe(144);
    expect(readBack).toEqual(ANNEX);

    const first = workbook.worksheets[0].getRow(3).values as unknown[];
    expect(first.slice(1)).toEqual([ANNEX[0].goals[0].goal, 1, ANNEX[0].goals[0].measures[0].text, '=SUM(A1)', 'Team Integration', '10.000 €', 'hoch', 'in Umsetzung', 40, 2, 0, 0, 0]);
  });

  it('imports the exported XLSX again as the same catalogue (CatalogueImport)', async () => {
    const job = await exported('xlsx');
    const [viewer]: User[] = await db.query(
      `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
       VALUES ('projekt@example.org', 'Projektgruppe', 'not-a-hash', 'project_group', now(), now())
       RETURNING id, display_name AS "displayName", role`,
    );
    const result = await new CatalogueImport(db, new AuditService()).importFile(
      { processId, fileName: 'massnahmenkatalog-v1.xlsx', contentBase64: job.content.toString('base64') },
      viewer,
    );
    expect(result).toMatchObject({ version: { number: 2, status: 'draft' }, actionFieldCount: 8, goalCount: 37, measureCount: 144 });
    const rows: { field: string; goal: string; number: number; text: string }[] = await db.query(
      `SELECT f.title->>'de' AS field, g.title->>'de' AS goal, m.number, m.text->>'de' AS text
         FROM catalogue_measures m JOIN catalogue_goals g ON g.id = m.goal_id JOIN action_fields f ON f.id = m.action_field_id
        WHERE m.version_id = $1 ORDER BY f.position, m.number`,
      [result.version.id],
    );
    const imported: AnnexActionField[] = [];
    for (const row of rows) {
      if (imported.at(-1)?.actionField !== row.field) imported.push({ actionField: row.field, goals: [] });
      const field = imported[imported.length - 1];
      if (field.goals.at(-1)?.goal !== row.goal) field.goals.push({ goal: row.goal, measures: [] });
      field.goals.at(-1)?.measures.push({ number: row.number, text: row.text });
    }
    expect(imported).toEqual(ANNEX);
    await db.query(`DELETE FROM catalogue_versions WHERE id = $1`, [result.version.id]);
  });

  it('writes the English XLSX with the importer’s three German key headers', async () => {
    const job = await exported('xlsx', 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(job.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('1 Field 1');
    expect(sheet.getCell('A1').value).toBe('Field 1');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(ENGLISH_HEADERS);
    expect((sheet.getRow(3).values as unknown[]).slice(3, 10)).toEqual(['Provide multilingual information', '=SUM(A1)', 'Team Integration', '10.000 €', 'high', 'in progress', 40]);
  });

  it('writes the council annex as DOCX: a heading per action field and a table of goals and numbered measures', async () => {
    const job = await exported('docx');
    expect(job.content_type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(job.content);
    const xml = await zip.file('word/document.xml')?.async('string');
    if (!xml) throw new Error('no word/document.xml');
    const body = textOf(xml);
    expect(body).toContain('Anlage: Ziele- und Maßnahmenkatalog');
    expect(body).toContain('Integrationsplan');
    expect(body).toContain('Version 1 – beschlossen am 12. März 2026 (Drucksache 1234/2026)');

    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/gs)].map((match) => textOf(match[0]));
    expect(headings).toEqual(ANNEX.map((field, index) => `${index + 1}. ${field.actionField}`));

    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);
    expect(tables).toHaveLength(8);
    const readBack = tables.map((table, index): AnnexActionField => {
      const [header, ...rows] = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((match) => match[0]);
      expect(header).toContain('<w:tblHeader/>');
      expect([...header.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => textOf(cell[0]))).toEqual(['Ziel', 'Nr.', 'Maßnahme']);
      const field: AnnexActionField = { actionField: headings[index].replace(/^\d+\. /, ''), goals: [] };
      for (const row of rows) {
        const cells = [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => cell[0]);
        expect(cells).toHaveLength(3);
        // A merged goal cell continues the goal above: its text is in the cell that restarts the merge.
        if (!/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cells[0])) field.goals.push({ goal: textOf(cells[0]), measures: [] });
        field.goals.at(-1)?.measures.push({ number: Number(textOf(cells[1])), text: textOf(cells[2]) });
      }
      return field;
    });
    expect(readBack).toEqual(ANNEX);

    const english = await exported('docx', 'en');
    const englishXml = await (await JSZip.loadAsync(english.content)).file('word/document.xml')?.async('string');
    expect(textOf(englishXml ?? '')).toContain('Annex: Catalogue of goals and measures');
    expect(textOf(englishXml ?? '')).toContain('Version 1 – adopted on 12 March 2026 (Drucksache 1234/2026)');
    expect(englishXml).toContain('Provide multilingual information');
    expect(await (await JSZip.loadAsync(english.content)).file('word/styles.xml')?.async('string')).toContain('w:val="en-GB"');
  });

  it('writes a PDF with several pages, the title and the language in its metadata', async () => {
    const job = await exported('pdf');
    expect(job.content_type).toBe('application/pdf');
    expect(job.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = job.content.toString('latin1');
    const pageCount = Number(/\/Type \/Pages\s+\/Count (\d+)/.exec(text)?.[1]);
    expect(pageCount).toBeGreaterThan(1);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(pageCount);
    expect(pdfInfoString(job.content, 'Title')).toBe('Anlage: Ziele- und Maßnahmenkatalog – Integrationsplan');
    expect(pdfInfoString(job.content, 'Subject')).toBe('Version 1 – beschlossen am 12. März 2026 (Drucksache 1234/2026)');
    expect(text).toContain('/Lang (de-DE)');
    // Tagged for screen readers: a structure tree with a section per action field, headings and
    // one list item per measure; page numbers marked as artifacts.
    expect(text).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(text).toMatch(/\/Marked true/);
    expect(text).toContain('/StructTreeRoot');
    const structures = (type: string) => text.match(new RegExp(`/S /${type}\\b`, 'g'))?.length ?? 0;
    expect(structures('Sect')).toBe(8);
    expect(structures('H2')).toBe(8);
    expect(structures('H3')).toBe(37);
    expect(structures('LI')).toBe(144);
  });

  it('writes the open-data JSON with every translation and the documented shape', async () => {
    const job = await exported('json');
    expect(job.content_type).toBe('application/json; charset=utf-8');
    const text = job.content.toString('utf8');
    expect(text).toContain('\n  "actionFields": [');
    const catalogue = JSON.parse(text) as OpenDataCatalogue;
    expect(catalogue).toMatchObject({
      $schema: OPEN_DATA_SCHEMA,
      process: { slug: 'integrationsplan', title: { de: 'Integrationsplan', en: 'Integration plan' } },
      version: { number: 1, status: 'adopted', adoptedOn: '2026-03-12', councilReference: 'Drucksache 1234/2026' },
    });
    expect(Number.isNaN(Date.parse(catalogue.generatedAt))).toBe(false);
    expect(catalogue.actionFields.map((field) => field.title)).toEqual(ANNEX.map((field, index) => ({ de: field.actionField, en: `Field ${index + 1}` })));
    const measures = catalogue.actionFields.flatMap((field) => field.goals.flatMap((goal) => goal.measures));
    expect(measures).toHaveLength(144);
    expect(catalogue.actionFields.flatMap((field) => field.goals)).toHaveLength(37);
    expect(new Set(measures.map((measure) => measure.key)).size).toBe(144);
    expect(catalogue.actionFields.map((field) => field.goals.flatMap((goal) => goal.measures.map((measure) => measure.code)))).toEqual(
      ANNEX.map((field, index) => field.goals.flatMap((goal) => goal.measures.map((measure) => `${index + 1}.${measure.number}`))),
    );
    expect(catalogue.actionFields[0].goals[0]).toMatchObject({ position: 1, title: { de: ANNEX[0].goals[0].goal } });
    expect(measures[0]).toEqual({
      key: expect.stringMatching(/^[0-9a-f-]{36}$/),
      number: 1,
      code: '1.1',
      text: { de: ANNEX[0].goals[0].measures[0].text, en: 'Provide multilingual information' },
      responsibility: '=SUM(A1)',
      department: 'Team Integration',
      costNote: '10.000 €',
      priority: 'high',
      status: 'in_progress',
      progress: 40,
      milestones: [{ title: { de: 'Flyer' }, dueOn: '2026-09-30', doneOn: null }],
      provenance: { proposalCount: 2, forumCount: 0, contributorCount: 0, supportCount: 0, proposalNumbers: [expect.any(Number), expect.any(Number)] },
    });
    const [low, high] = measures[0].provenance.proposalNumbers;
    expect(low).toBeLessThan(high);
    expect(measures[1]).toMatchObject({ priority: null, status: 'planned', progress: 0, milestones: [], provenance: { proposalCount: 0, proposalNumbers: [] } });
  });

  it('writes the open-data CSV: BOM, one row per measure in the documented columns, formulas made inert', async () => {
    const job = await exported('csv', 'en');
    expect(job.content_type).toBe('text/csv; charset=utf-8');
    const text = job.content.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).trimEnd().split('\n')).toHaveLength(145);
    const records: Record<string, string>[] = parse(text.slice(1), { columns: true });
    expect(Object.keys(records[0])).toEqual([...OPEN_DATA_CSV_COLUMNS]);
    expect(records).toHaveLength(144);
    // German texts whatever the requested language: open data has one canonical text per row.
    expect(records[0]).toMatchObject({
      version: '1', status_version: 'adopted', action_field_position: '1', action_field: ANNEX[0].actionField, goal_position: '1',
      goal: ANNEX[0].goals[0].goal, measure_code: '1.1', measure_number: '1', measure: ANNEX[0].goals[0].measures[0].text,
      responsibility: "'=SUM(A1)", department: 'Team Integration', cost_note: '10.000 €', priority: 'high',
      implementation_status: 'in_progress', progress_percent: '40', proposal_count: '2', forum_count: '0', contributor_count: '0', support_count: '0',
    });
    expect(records[0]['proposal_numbers']).toMatch(/^\d+ \d+$/);
    expect(records.map((record) => record['measure_code'])).toEqual(
      ANNEX.flatMap((field, index) => field.goals.flatMap((goal) => goal.measures.map((measure) => `${index + 1}.${measure.number}`))),
    );
    expect(records.map((record) => record['measure'])).toEqual(ANNEX.flatMap((field) => field.goals.flatMap((goal) => goal.measures.map((measure) => measure.text))));
  });

  it('reports progress after every action field, counting measures up to the total', async () => {
    const reports: [number, number | undefined][] = [];
    const file = await catalogueGenerator(
      db,
      { id: '00000000-0000-4000-8000-000000000009', kind: 'catalogue', format: 'docx', params: { versionId, language: 'de' } },
      { report: async (processed, total) => void reports.push([processed, total]) },
    );
    expect(file.fileName).toBe('massnahmenkatalog-v1.docx');
    let sum = 0;
    const perField = ANNEX.map((field) => (sum += field.goals.reduce((count, goal) => count + goal.measures.length, 0)));
    expect(reports).toEqual([[0, 144], ...perField.map((processed) => [processed, undefined])]);
  });

  it('keeps sheet names legal, lists fields without goals and marks drafts', async () => {
    const [{ id: processId }]: { id: string }[] = await db.query(
      `INSERT INTO processes (slug, title) VALUES ('entwurf', '{"de": "Entwurf-Prozess"}') RETURNING id`,
    );
    const longTitle = "'Bildung/Sprache: [Kita] * Schule? \\ Weiterbildung für alle Generationen'";
    await db.query(`INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, $2), ($1, 2, '{"de": "Ohne Ziele"}')`, [
      processId, { de: longTitle },
    ]);
    const draft = await db.transaction((manager) =>
      importAnnexAsDraft(manager, processId, [{ actionField: longTitle, goals: [{ goal: '=Ziel', measures: [{ number: 1, text: 'Kurse' }] }] }], null),
    );
    const run = async (format: string) => {
      const job = await exportJob(format, { versionId: draft.version.id, language: 'de' });
      expect(job).toMatchObject({ status: 'done', total: 1, processed: 1 });
      return job.content as Buffer;
    };

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await run('xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["1 'Bildung Sprache Kita Schule", '2 Ohne Ziele']);
    expect(workbook.worksheets[0].getCell('A1').value).toBe(longTitle);
    expect(workbook.worksheets[0].getCell('A3').value).toBe('=Ziel');
    expect(workbook.worksheets[1].rowCount).toBe(2);

    const xml = (await (await JSZip.loadAsync(await run('docx'))).file('word/document.xml')?.async('string')) ?? '';
    expect(textOf(xml)).toContain('Version 1 – Entwurf');
    expect(textOf(xml)).toContain('2. Ohne Ziele');
    expect(textOf(xml)).toContain('Für dieses Handlungsfeld sind keine Ziele festgelegt.');
    expect((await run('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('fails with a readable reason for an unknown version, a foreign language or an unsupported parameter', async () => {
    expect(await exportJob('xlsx', { versionId: '00000000-0000-4000-8000-000000000000', language: 'de' })).toMatchObject({
      status: 'failed', error: 'The catalogue version no longer exists', content: null,
    });
    expect(await exportJob('pdf', { versionId, language: 'ar' })).toMatchObject({
      status: 'failed', error: 'Catalogues are exported in German or English only',
    });
    expect(await exportJob('docx', { language: 'de' })).toMatchObject({ status: 'failed', error: 'The export names no catalogue version' });
  });
});
