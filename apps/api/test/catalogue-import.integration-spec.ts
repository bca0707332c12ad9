import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { CatalogueImport, IMPORT_MAX_BYTES } from '@mitreden/api/catalogue';
import type { User } from '@mitreden/api/identity';
import { regionHannoverAnnex } from '@mitreden/api/processes';
import type { RoleName } from '@mitreden/shared/contracts';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { annexJsonBase64, createAnnexProcess, createCatalogueProcess } from './catalogue-fixtures';
import type { CatalogueProcess } from './catalogue-fixtures';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const IMPORT = `mutation Import($input: ImportCatalogueInput!) {
  importCatalogue(input: $input) {
    version { id processId number status basedOnNumber goalCount measureCount adoptedOn }
    actionFieldCount goalCount measureCount unknownActionFields
  }
}`;
const MANAGED = `query Managed($versionId: ID!) {
  managedCatalogue(versionId: $versionId) {
    actionFields { position title goals { position title measures { number code text } } }
  }
}`;

interface ImportResult {
  version: { id: string; processId: string; number: number; status: string; basedOnNumber: number | null; goalCount: number; measureCount: number };
  actionFieldCount: number;
  goalCount: number;
  measureCount: number;
  unknownActionFields: string[];
}

const fields = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.fields;

function ok<T>(response: GraphqlResponse<T>): T {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('No data in the response');
  return response.data;
}

const measures = (from: number, texts: string[]) => texts.map((text, index) => ({ number: from + index, text }));

describe('catalogue import (JSON and XLSX in the annex shape)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let sessions: Record<RoleName, StaffSession>;
  let pg: GraphqlClient;
  let processCounter = 0;

  const newProcess = (fieldTitles?: string[]): Promise<CatalogueProcess> =>
    createCatalogueProcess(dataSource, `import-${++processCounter}`, fieldTitles);
  const importFile = (processId: string, fileName: string, contentBase64: string, client = pg) =>
    client.request<{ importCatalogue: ImportResult }>(IMPORT, { input: { processId, fileName, contentBase64 } });
  const importJson = (processId: string, annex: unknown, client = pg) => importFile(processId, 'katalog.json', annexJsonBase64(annex), client);
  const versionCount = async (processId: string): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS count FROM catalogue_versions WHERE process_id = $1`, [processId]))[0].count;

  /** Field title, goal position and title, number and text of every measure, in reading order. */
  const storedRows = async (versionId: string): Promise<[string, number, string, number, string][]> =>
    (
      await dataSource.query(
        `SELECT f.title->>'de' AS field, g.position, g.title->>'de' AS goal, m.number, m.text->>'de' AS text
           FROM catalogue_measures m JOIN catalogue_goals g ON g.id = m.goal_id JOIN action_fields f ON f.id = m.action_field_id
          WHERE m.version_id = $1 ORDER BY f.position, g.position, m.number`,
        [versionId],
      )
    ).map((row: { field: string; position: number; goal: string; number: number; text: string }) => [
      row.field,
      row.position,
      row.goal,
      row.number,
      row.text,
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    sessions = await staffSessions(api, dataSource, 'catalogue-import');
    pg = sessions.project_group.client;
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('JSON', () => {
    let annexProcess: CatalogueProcess;
    let result: ImportResult;

    beforeAll(async () => {
      annexProcess = await createAnnexProcess(dataSource, 'annex');
      result = ok(await importJson(annexProcess.processId, regionHannoverAnnex)).importCatalogue;
    });

    it('imports the Region Hannover annex as draft 1: 8 action fields, 37 goals, 144 measures', () => {
      expect(result).toMatchObject({
        version: { processId: annexProcess.processId, number: 1, status: 'DRAFT', basedOnNumber: null, goalCount: 37, measureCount: 144 },
        actionFieldCount: 8,
        goalCount: 37,
        measureCount: 144,
        unknownActionFields: [],
      });
    });

    it('stores every goal and measure with the numbering and wording of the file', async () => {
      const expected = regionHannoverAnnex.flatMap((field) =>
        field.goals.flatMap((goal, goalIndex) =>
          goal.measures.map((measure): [string, number, string, number, string] => [
            field.actionField,
            goalIndex + 1,
            goal.goal.trim(),
            measure.number,
            measure.text.trim(),
          ]),
        ),
      );
      expect(await storedRows(result.version.id)).toEqual(expected);
      // And read through the API as the editor does: codes "field.number".
      const tree = ok(await pg.request<{ managedCatalogue: { actionFields: { position: number; goals: { measures: { code: string }[] }[] }[] } }>(MANAGED, { versionId: result.version.id }));
      const fieldFour = tree.managedCatalogue.actionFields.find((field) => field.position === 4);
      expect(fieldFour?.goals.flatMap((goal) => goal.measures.map((measure) => measure.code))).toEqual(
        Array.from({ length: 20 }, (_, index) => `4.${index + 1}`),
      );
    });

    it('records the import in the audit log', async () => {
      const entries: { action: string; actor_id: string; target_type: string; after: Record<string, unknown> }[] = await dataSource.query(
        `SELECT action, actor_id, target_type, after FROM audit_log WHERE target_id = $1`,
        [result.version.id],
      );
      expect(entries).toEqual([
        {
          action: 'catalogue.import',
          actor_id: sessions.project_group.id,
          target_type: 'catalogue_version',
          after: { fileName: 'katalog.json', format: 'json', actionFields: 8, goals: 37, measures: 144 },
        },
      ]);
    });

    it('answers CONFLICT while the draft exists, and imports version 2 once version 1 is adopted', async () => {
      const second = await importJson(annexProcess.processId, regionHannoverAnnex);
      expect(errorCode(second)).toBe('CONFLICT');
      expect(await versionCount(annexProcess.processId)).toBe(1);

      await dataSource.query(
        `UPDATE catalogue_versions SET status = 'adopted', adopted_on = '2026-01-15', council_reference = 'Drucksache 1/2026', adopted_at = now() WHERE id = $1`,
        [result.version.id],
      );
      const third = ok(await importJson(annexProcess.processId, regionHannoverAnnex.slice(0, 2))).importCatalogue;
      expect(third).toMatchObject({ version: { number: 2, status: 'DRAFT' }, actionFieldCount: 2, goalCount: 9, measureCount: 28 });
    });
  });

  it('lets one of two simultaneous imports win; the other gets CONFLICT (unique draft index)', async () => {
    const process = await newProcess();
    const annex = [{ actionField: 'Bildung und Sprache', goals: [{ goal: 'Sprache', measures: measures(1, ['Kurse']) }] }];
    const responses = await Promise.all([1, 2, 3].map(() => importJson(process.processId, annex)));
    expect(responses.map((response) => errorCode(response) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await versionCount(process.processId)).toBe(1);
  });

  it('matches action fields by their German title, ignoring case and surrounding spaces; fields not in the file stay empty', async () => {
    const process = await newProcess();
    const annex = [{ actionField: '  wirtschaft UND arbeit ', goals: [{ goal: 'Arbeit finden', measures: measures(1, ['Jobbörse']) }] }];
    const result = ok(await importJson(process.processId, annex)).importCatalogue;
    expect(result).toMatchObject({ actionFieldCount: 1, goalCount: 1, measureCount: 1 });
    expect(await storedRows(result.version.id)).toEqual([['Wirtschaft und Arbeit', 1, 'Arbeit finden', 1, 'Jobbörse']]);
  });

  it('stores HTML and script in texts as plain text and returns them unchanged', async () => {
    const process = await newProcess();
    const script = '<script>alert("x")</script> Sprachkurse & <b>mehr</b>';
    const goal = '<img src=x onerror=alert(1)> Sprache fördern';
    const result = ok(
      await importJson(process.processId, [{ actionField: 'Bildung und Sprache', goals: [{ goal, measures: measures(1, [script]) }] }]),
    ).importCatalogue;
    expect(await storedRows(result.version.id)).toEqual([['Bildung und Sprache', 1, goal, 1, script]]);
    const tree = ok(
      await pg.request<{ managedCatalogue: { actionFields: { goals: { title: string; measures: { text: string }[] }[] }[] } }>(MANAGED, {
        versionId: result.version.id,
      }),
    );
    const [first] = tree.managedCatalogue.actionFields.flatMap((field) => field.goals);
    expect(first).toEqual({ position: 1, title: goal, measures: [{ number: 1, code: '1.1', text: script }] });
  });

  describe('refuses a file, creating nothing', () => {
    let process: CatalogueProcess;
    beforeAll(async () => {
      process = await newProcess();
    });
    afterEach(async () => {
      expect(await versionCount(process.processId)).toBe(0);
    });

    it('names action fields the process does not have', async () => {
      const response = await importJson(process.processId, [
        { actionField: 'Bildung und Sprache', goals: [] },
        { actionField: 'Sport und Freizeit', goals: [{ goal: 'Vereine öffnen', measures: measures(1, ['Schnupperkurse']) }] },
      ]);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toEqual({ file: ['unknownActionField'], 'file[1].actionField': ['unknownActionField'] });
      expect(response.errors?.[0]?.message).toContain('Sport und Freizeit');
    });

    it('reports broken numbering where it breaks (numbers run across the goals of a field)', async () => {
      const response = await importJson(process.processId, [
        {
          actionField: 'Bildung und Sprache',
          goals: [
            { goal: 'Sprache', measures: measures(1, ['Kurse', 'Kitas']) },
            { goal: 'Abschlüsse', measures: measures(1, ['Beratung']) },
          ],
        },
      ]);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toEqual({ 'file[0].goals[1].measures[0].number': ['numbering'] });
    });

    it('reports missing and overlong texts and the wrong shape', async () => {
      const response = await importJson(process.processId, [
        { actionField: 'Bildung und Sprache', goals: [{ goal: '', measures: [{ number: 1, text: 'x'.repeat(4001) }] }] },
      ]);
      expect(fields(response)).toEqual({ 'file[0].goals[0].goal': ['required'], 'file[0].goals[0].measures[0].text': ['tooLong'] });
      expect(fields(await importJson(process.processId, { actionField: 'Bildung und Sprache' }))).toEqual({ file: ['type'] });
      expect(fields(await importJson(process.processId, []))).toEqual({ file: ['required'] });
    });

    it('refuses garbage: not JSON, not base64, no spreadsheet, unknown file type', async () => {
      const garbage = Buffer.from('\u0000\u0001this is { not json', 'utf8').toString('base64');
      expect(fields(await importFile(process.processId, 'katalog.json', garbage))).toEqual({ file: ['notJson'] });
      expect(fields(await importFile(process.processId, 'katalog.json', '%%% not base64 %%%'))).toEqual({ contentBase64: ['notBase64'] });
      expect(fields(await importFile(process.processId, 'katalog.xlsx', garbage))).toEqual({ file: ['unreadableFile'] });
      expect(fields(await importFile(process.processId, 'katalog.txt', garbage))).toEqual({ fileName: ['unsupportedFileType'] });
      expect(fields(await importFile(process.processId, 'katalog.json', ''))).toEqual({ contentBase64: ['required'] });
    });

    it('refuses a file above IMPORT_MAX_BYTES before decoding it, with the same answer over HTTP (under the body limit)', async () => {
      const tooLarge = Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x20).toString('base64');
      const viewer = { id: sessions.project_group.id, displayName: 'PG', role: 'project_group' } as unknown as User;
      await expect(
        api.app.get(CatalogueImport).importFile({ processId: process.processId, fileName: 'katalog.json', contentBase64: tooLarge }, viewer),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: { contentBase64: ['tooLarge'] } });
      expect(fields(await importFile(process.processId, 'katalog.json', tooLarge))).toEqual({ contentBase64: ['tooLarge'] });
    });

    it('answers NOT_FOUND for a process that does not exist', async () => {
      expect(errorCode(await importJson('00000000-0000-4000-8000-000000000000', regionHannoverAnnex))).toBe('NOT_FOUND');
    });

    it.each([
      ['resident', 'FORBIDDEN'],
      ['moderator', 'FORBIDDEN'],
      ['department_expert', 'FORBIDDEN'],
    ] as const)('is refused to a %s (%s)', async (role, code) => {
      expect(errorCode(await importJson(process.processId, regionHannoverAnnex, sessions[role].client))).toBe(code);
    });

    it('is refused to anonymous visitors (UNAUTHENTICATED)', async () => {
      expect(errorCode(await importJson(process.processId, regionHannoverAnnex, api.client()))).toBe('UNAUTHENTICATED');
    });
  });

  describe('XLSX', () => {
    const LONG_FIELD = 'Interkulturelle Öffnung der Verwaltung und der Regionsbetriebe';

    /** Sheet 1 named like its field, header in row 1; sheet 2 with the field (too long for a sheet name) in A1. */
    async function workbook(edit?: (book: Workbook) => void): Promise<string> {
      const book = new Workbook();
      const notes = book.addWorksheet('Hinweise');
      notes.addRow(['Dieser Katalog wurde exportiert.']);
      const first = book.addWorksheet('Bildung und Sprache');
      first.addRow(['Ziel', 'Nr.', 'Maßnahme', 'Zuständigkeit']);
      first.addRow(['Sprache fördern', 1, 'Sprachkurse anbieten', 'Fachbereich']);
      first.addRow(['Sprache fördern', 2, 'Kitas stärken']);
      first.addRow(['', 3, 'Elternkurse']);
      first.addRow([]);
      first.addRow(['Abschlüsse anerkennen', '1.4', 'Beratung einrichten']);
      first.addRow(['Ziel ohne Maßnahmen']);
      const second = book.addWorksheet('Öffnung');
      second.addRow([LONG_FIELD]);
      second.addRow([]);
      second.addRow(['ZIEL', 'Nr', 'MASSNAHME']);
      second.addRow(['Personal gewinnen', 1, { richText: [{ text: 'Mehrsprachige ' }, { text: 'Stellenanzeigen', font: { bold: true } }] }]);
      second.addRow([null, 2, 'Zeile\r\nzwei']);
      edit?.(book);
      return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    }

    it('reads one action field per sheet with a Ziel | Nr. | Maßnahme header, goals continuing over blank or repeated cells', async () => {
      const process = await newProcess(['Bildung und Sprache', LONG_FIELD]);
      const result = ok(await importFile(process.processId, 'katalog.xlsx', await workbook())).importCatalogue;
      expect(result).toMatchObject({ actionFieldCount: 2, goalCount: 4, measureCount: 6 });
      expect(await storedRows(result.version.id)).toEqual([
        ['Bildung und Sprache', 1, 'Sprache fördern', 1, 'Sprachkurse anbieten'],
        ['Bildung und Sprache', 1, 'Sprache fördern', 2, 'Kitas stärken'],
        ['Bildung und Sprache', 1, 'Sprache fördern', 3, 'Elternkurse'],
        ['Bildung und Sprache', 2, 'Abschlüsse anerkennen', 4, 'Beratung einrichten'],
        [LONG_FIELD, 1, 'Personal gewinnen', 1, 'Mehrsprachige Stellenanzeigen'],
        [LONG_FIELD, 1, 'Personal gewinnen', 2, 'Zeile\nzwei'],
      ]);
      const [{ goals }] = await dataSource.query(`SELECT count(*)::int AS goals FROM catalogue_goals WHERE version_id = $1`, [result.version.id]);
      expect(goals).toBe(4);
    });

    it('reports problems by sheet and cell', async () => {
      const process = await newProcess(['Bildung und Sprache', LONG_FIELD]);
      const broken = await workbook((book) => {
        const sheet = book.getWorksheet('Öffnung');
        if (!sheet) throw new Error('No sheet Öffnung');
        sheet.getCell('B5').value = 3;
        sheet.getCell('C4').value = '';
      });
      const response = await importFile(process.processId, 'katalog.xlsx', broken);
      expect(fields(response)).toEqual({ 'file:Öffnung!B5': ['numbering'], 'file:Öffnung!C4': ['required'] });

      const unknown = await workbook((book) => {
        const sheet = book.getWorksheet('Öffnung');
        if (!sheet) throw new Error('No sheet Öffnung');
        sheet.getCell('A1').value = 'Sport und Freizeit';
      });
      expect(fields(await importFile(process.processId, 'katalog.xlsx', unknown))).toEqual({
        file: ['unknownActionField'],
        'file:Öffnung!A1': ['unknownActionField'],
      });

      const headless = new Workbook();
      headless.addWorksheet('Bildung und Sprache').addRow(['Ziele', 'Nummer', 'Text']);
      const noHeader = Buffer.from(await headless.xlsx.writeBuffer()).toString('base64');
      expect(fields(await importFile(process.processId, 'katalog.xlsx', noHeader))).toEqual({ file: ['noHeader'] });
      expect(await versionCount(process.processId)).toBe(0);
    });
  });
});
