import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import {
  clientsByRole,
  createIntakeFixture,
  csvBase64,
  IMPORT,
  PREVIEW,
  xlsxBase64,
} from './intake-fixtures';
import type { ImportResult, IntakeFixture, Preview, RoleClient } from './intake-fixtures';

/** German Excel: semicolons, BOM, German headers and values. */
const GERMAN_CSV = [
  'Titel;Beschreibung;Art;Handlungsfeld;Ziel;Quelle;Teilnehmende',
  'Kitas als Sprachorte;Mehrsprachige Fachkräfte in Kitas;Maßnahme;;Frühe Sprachbildung;Papier;3',
  'Frühe Sprachbildung;"Alle Kinder sprechen Deutsch\nund ihre Familiensprache";Ziel;Bildung und Sprache;;Forum;25',
  'Lernpatenschaften;Ehrenamtliche begleiten Schulkinder;Maßnahme;4;Mehrsprachigkeit als Stärke anerkennen;;',
].join('\r\n');

describe('spreadsheet import of forum and paper input', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: IntakeFixture;
  let clients: Record<RoleClient, GraphqlClient>;

  const csvInput = (text: string, over: Record<string, unknown> = {}) => ({
    processId: fixture.processId,
    forumId: fixture.educationForumId,
    fileName: 'Papierbögen.csv',
    fileBase64: csvBase64(text, true),
    ...over,
  });
  const count = async (sql: string, params: unknown[] = []) =>
    ((await dataSource.query(sql, params)) as { count: number }[])[0].count;
  const proposalCount = () =>
    count(`SELECT count(*)::int AS count FROM proposals WHERE process_id = $1`, [fixture.processId]);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createIntakeFixture(dataSource);
    clients = await clientsByRole(api);
  });
  afterAll(() => api?.close());

  describe('who may import', () => {
    it('refuses anonymous callers, residents and department experts the preview and the import', async () => {
      const before = await proposalCount();
      for (const operation of [PREVIEW, IMPORT]) {
        expect(errorCode(await clients.anonymous.request(operation, { input: csvInput(GERMAN_CSV) }))).toBe(
          'UNAUTHENTICATED',
        );
        expect(errorCode(await clients.resident.request(operation, { input: csvInput(GERMAN_CSV) }))).toBe(
          'FORBIDDEN',
        );
        expect(
          errorCode(await clients.department_expert.request(operation, { input: csvInput(GERMAN_CSV) })),
        ).toBe('FORBIDDEN');
      }
      expect(await proposalCount()).toBe(before);
      expect(await count(`SELECT count(*)::int AS count FROM proposal_imports`)).toBe(0);
    });

    it.each(['moderator', 'project_group', 'admin'] as const)('lets the %s preview', async (role) => {
      const response = await clients[role].request<Preview>(PREVIEW, { input: csvInput(GERMAN_CSV) });
      expect(response.errors).toBeUndefined();
      expect(response.data?.proposalImportPreview.rowCount).toBe(3);
    });
  });

  describe('a German CSV', () => {
    it('previews with the mapping guessed from the headers, writing nothing', async () => {
      const response = await clients.moderator.request<Preview>(
        PREVIEW,
        { input: csvInput(GERMAN_CSV) },
        { 'accept-language': 'en' },
      );
      expect(response.errors).toBeUndefined();
      const preview = response.data?.proposalImportPreview;
      expect(preview?.columns).toEqual([
        'Titel',
        'Beschreibung',
        'Art',
        'Handlungsfeld',
        'Ziel',
        'Quelle',
        'Teilnehmende',
      ]);
      expect(preview?.mapping).toEqual([
        { field: 'TITLE', column: 'Titel' },
        { field: 'BODY', column: 'Beschreibung' },
        { field: 'KIND', column: 'Art' },
        { field: 'ACTION_FIELD', column: 'Handlungsfeld' },
        { field: 'GOAL', column: 'Ziel' },
        { field: 'SOURCE', column: 'Quelle' },
        { field: 'PARTICIPANT_COUNT', column: 'Teilnehmende' },
      ]);
      expect(preview?.rows).toEqual([
        {
          rowNumber: 2,
          status: 'VALID',
          title: 'Kitas als Sprachorte',
          kind: 'MEASURE',
          actionField: 'Education and language',
          forum: 'Forum education and language',
          errors: [],
        },
        {
          rowNumber: 3,
          status: 'VALID',
          title: 'Frühe Sprachbildung',
          kind: 'GOAL',
          actionField: 'Education and language',
          forum: 'Forum education and language',
          errors: [],
        },
        {
          rowNumber: 4,
          status: 'VALID',
          title: 'Lernpatenschaften',
          kind: 'MEASURE',
          actionField: 'Education and language',
          forum: 'Forum education and language',
          errors: [],
        },
      ]);
      expect([preview?.validCount, preview?.invalidCount, preview?.duplicateCount]).toEqual([3, 0, 0]);
      expect(await proposalCount()).toBe(1);
    });

    it('imports goals before measures, links measures to goals of the file and existing goals, with revision 1', async () => {
      const response = await clients.moderator.request<ImportResult>(IMPORT, { input: csvInput(GERMAN_CSV) });
      expect(response.errors).toBeUndefined();
      expect(response.data?.importProposals).toMatchObject({ createdCount: 3, skippedCount: 0 });
      const importId = response.data?.importProposals.importId;

      const rows = await dataSource.query(
        `SELECT p.title, p.kind, p.source, p.participant_count, p.author_id, p.entered_by_id, p.import_id, p.forum_id, p.action_field_id,
                g.title AS goal_title, p.body, (SELECT count(*)::int FROM proposal_revisions r WHERE r.proposal_id = p.id AND r.revision = 1 AND r.edited_by_id = p.entered_by_id) AS revisions
         FROM proposals p LEFT JOIN proposals g ON g.id = p.goal_id
         WHERE p.import_id = $1 ORDER BY p.number`,
        [importId],
      );
      expect(rows).toEqual([
        expect.objectContaining({
          title: 'Frühe Sprachbildung',
          kind: 'goal',
          source: 'forum',
          participant_count: 25,
          goal_title: null,
          body: 'Alle Kinder sprechen Deutsch\nund ihre Familiensprache',
        }),
        expect.objectContaining({
          title: 'Kitas als Sprachorte',
          kind: 'measure',
          source: 'paper',
          participant_count: 3,
          goal_title: 'Frühe Sprachbildung',
        }),
        expect.objectContaining({
          title: 'Lernpatenschaften',
          kind: 'measure',
          source: 'forum',
          participant_count: null,
          goal_title: 'Mehrsprachigkeit als Stärke anerkennen',
        }),
      ]);
      for (const row of rows) {
        expect(row).toMatchObject({
          author_id: null,
          entered_by_id: fixture.moderatorId,
          forum_id: fixture.educationForumId,
          action_field_id: fixture.educationFieldId,
          revisions: 1,
        });
      }
      const [record] = await dataSource.query(
        `SELECT file_name, row_count, created_count, skipped_count, imported_by_id, length(file_sha256) AS hash FROM proposal_imports WHERE id = $1`,
        [importId],
      );
      expect(record).toEqual({
        file_name: 'Papierbögen.csv',
        row_count: 3,
        created_count: 3,
        skipped_count: 0,
        imported_by_id: fixture.moderatorId,
        hash: 64,
      });
    });

    it('re-importing the same file creates nothing new: the preview marks every row as duplicate', async () => {
      const before = await proposalCount();
      const preview = await clients.project_group.request<Preview>(PREVIEW, { input: csvInput(GERMAN_CSV) });
      expect(preview.data?.proposalImportPreview.rows.map((row) => row.status)).toEqual([
        'DUPLICATE',
        'DUPLICATE',
        'DUPLICATE',
      ]);
      expect(preview.data?.proposalImportPreview.duplicateCount).toBe(3);
      // Saved again by another program: no BOM, commas, other line ends – same content.
      const resaved = GERMAN_CSV.replace(/;/g, ',').replace(/\r\n/g, '\n');
      const response = await clients.admin.request<ImportResult>(IMPORT, {
        input: { ...csvInput(resaved), fileBase64: csvBase64(resaved) },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.importProposals).toMatchObject({ createdCount: 0, skippedCount: 3 });
      expect(await proposalCount()).toBe(before);
    });

    it('adds only the new rows of an extended file, and its measures find goals imported before', async () => {
      const extended = `${GERMAN_CSV}\r\nSprachmittlung in Elterngesprächen;;Maßnahme;;Frühe Sprachbildung;Papier;`;
      const preview = await clients.moderator.request<Preview>(PREVIEW, { input: csvInput(extended) });
      expect(preview.data?.proposalImportPreview.rows.map((row) => row.status)).toEqual([
        'DUPLICATE',
        'DUPLICATE',
        'DUPLICATE',
        'VALID',
      ]);
      const response = await clients.moderator.request<ImportResult>(IMPORT, { input: csvInput(extended) });
      expect(response.data?.importProposals).toMatchObject({ createdCount: 1, skippedCount: 3 });
      const [row] = await dataSource.query(
        `SELECT g.title AS goal FROM proposals p JOIN proposals g ON g.id = p.goal_id WHERE p.title = 'Sprachmittlung in Elterngesprächen'`,
      );
      expect(row).toEqual({ goal: 'Frühe Sprachbildung' });
    });
  });

  describe('an XLSX', () => {
    const header = ['Title', 'Text', 'Kind', 'Action field', 'Forum', 'Language', 'Source', 'Participants'];

    it('reads the first worksheet with English headers and values', async () => {
      const fileBase64 = await xlsxBase64([
        header,
        [
          'More evening classes',
          'For people working shifts',
          'goal',
          'Economy and work',
          'Forum Wirtschaft und Arbeit',
          'English',
          'paper',
          7,
        ],
        ['Job fair for newcomers', '', 'measure', 5, '', 'en', 'forum', null],
      ]);
      const input = {
        processId: fixture.processId,
        forumId: fixture.educationForumId,
        fileName: 'paper.xlsx',
        fileBase64,
        defaultSource: 'PAPER',
      };
      const preview = await clients.moderator.request<Preview>(PREVIEW, { input });
      expect(preview.errors).toBeUndefined();
      expect(preview.data?.proposalImportPreview.mapping.map((entry) => entry.field)).toEqual([
        'TITLE',
        'BODY',
        'KIND',
        'ACTION_FIELD',
        'FORUM',
        'LANGUAGE',
        'SOURCE',
        'PARTICIPANT_COUNT',
      ]);
      expect(preview.data?.proposalImportPreview.rows).toEqual([
        expect.objectContaining({
          status: 'VALID',
          kind: 'GOAL',
          actionField: 'Wirtschaft und Arbeit',
          forum: 'Forum Wirtschaft und Arbeit',
        }),
        expect.objectContaining({
          status: 'VALID',
          kind: 'MEASURE',
          actionField: 'Wirtschaft und Arbeit',
          forum: 'Forum Bildung und Sprache',
        }),
      ]);
      const result = await clients.moderator.request<ImportResult>(IMPORT, { input });
      expect(result.data?.importProposals).toMatchObject({ createdCount: 2, skippedCount: 0 });
      const stored = await dataSource.query(
        `SELECT title, language, source, participant_count, forum_id FROM proposals WHERE import_id = $1 ORDER BY number`,
        [result.data?.importProposals.importId],
      );
      expect(stored).toEqual([
        {
          title: 'More evening classes',
          language: 'en',
          source: 'paper',
          participant_count: 7,
          forum_id: fixture.closedForumId,
        },
        {
          title: 'Job fair for newcomers',
          language: 'en',
          source: 'forum',
          participant_count: null,
          forum_id: fixture.educationForumId,
        },
      ]);
    });

    it('uses an explicit mapping for headers it cannot guess', async () => {
      const fileBase64 = await xlsxBase64([
        ['Stichwort', 'Notiz', 'Z/M'],
        ['Mentoring in Betrieben', 'Notiz vom Stand', 'M'],
      ]);
      const base = {
        processId: fixture.processId,
        forumId: fixture.closedForumId,
        fileName: 'stand.xlsx',
        fileBase64,
      };
      const guessed = await clients.moderator.request<Preview>(PREVIEW, { input: base });
      expect(guessed.data?.proposalImportPreview.mapping).toEqual([]);
      expect(guessed.data?.proposalImportPreview.rows[0].errors).toEqual([
        { field: 'TITLE', code: 'required' },
        { field: 'KIND', code: 'required' },
      ]);
      const mapping = [
        { field: 'TITLE', column: 'Stichwort' },
        { field: 'BODY', column: 'Notiz' },
        { field: 'KIND', column: 'Z/M' },
      ];
      const mapped = await clients.moderator.request<Preview>(PREVIEW, { input: { ...base, mapping } });
      expect(mapped.data?.proposalImportPreview.mapping).toEqual(mapping);
      expect(mapped.data?.proposalImportPreview.rows).toEqual([
        {
          rowNumber: 2,
          status: 'VALID',
          title: 'Mentoring in Betrieben',
          kind: 'MEASURE',
          actionField: 'Wirtschaft und Arbeit',
          forum: 'Forum Wirtschaft und Arbeit',
          errors: [],
        },
      ]);
      const unknown = await clients.moderator.request(PREVIEW, {
        input: { ...base, mapping: [{ field: 'TITLE', column: 'Gibt es nicht' }] },
      });
      expect(unknown.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { mapping: ['unknownColumn'] },
      });
    });
  });

  describe('invalid rows', () => {
    const broken = [
      'Titel;Beschreibung;Art;Handlungsfeld;Forum;Ziel;Teilnehmende',
      ';Ohne Titel;Ziel;;;;',
      'Gut;Gültige Zeile;Ziel;;;;',
      'Falsche Art;;Idee;;;;',
      'Falsches Feld;;Ziel;Sport;Unbekanntes Forum;;',
      'Ohne Ziel;;Maßnahme;;;Gibt es nicht;0',
      `${'x'.repeat(201)};;Ziel;;;;`,
      'Spiegel\u202Etxt.exe;;Ziel;;;;viele',
    ].join('\n');

    it('are reported per row with their rule codes, and the import is refused without writing anything', async () => {
      const preview = await clients.moderator.request<Preview>(PREVIEW, { input: csvInput(broken) });
      expect(preview.errors).toBeUndefined();
      const result = preview.data?.proposalImportPreview;
      expect(
        result?.rows.map((row) => [
          row.rowNumber,
          row.status,
          row.errors.map((error) => `${error.field}:${error.code}`),
        ]),
      ).toEqual([
        [2, 'INVALID', ['TITLE:required']],
        [3, 'VALID', []],
        [4, 'INVALID', ['KIND:unknownKind']],
        [5, 'INVALID', ['FORUM:unknownForum', 'ACTION_FIELD:unknownActionField']],
        [6, 'INVALID', ['PARTICIPANT_COUNT:outOfRange', 'GOAL:unknownGoal']],
        [7, 'INVALID', ['TITLE:tooLong']],
        [8, 'INVALID', ['TITLE:forbiddenCharacters', 'PARTICIPANT_COUNT:notANumber']],
      ]);
      expect([result?.validCount, result?.invalidCount]).toEqual([1, 6]);

      const before = await proposalCount();
      const imports = await count(`SELECT count(*)::int AS count FROM proposal_imports`);
      const refused = await clients.moderator.request(IMPORT, { input: csvInput(broken) });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { rows: ['invalidRows'] },
      });
      expect(await proposalCount()).toBe(before);
      expect(await count(`SELECT count(*)::int AS count FROM proposal_imports`)).toBe(imports);
    });

    it('requires a forum when the file names none and no default is chosen; the default must belong to the process', async () => {
      const preview = await clients.moderator.request<Preview>(PREVIEW, {
        input: csvInput('Titel;Art\nOhne Forum;Ziel', { forumId: null }),
      });
      expect(preview.data?.proposalImportPreview.rows[0].errors).toEqual([
        { field: 'FORUM', code: 'required' },
      ]);
      const foreign = await clients.moderator.request(PREVIEW, {
        input: csvInput('Titel;Art\nA;Ziel', { forumId: fixture.otherForumId }),
      });
      expect(foreign.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { forumId: ['unknownForum'] },
      });
    });
  });

  describe('the file itself', () => {
    it('is refused with a clear reason when it is too large, has too many rows, is no spreadsheet or not base64', async () => {
      const fields = async (input: Record<string, unknown>) => {
        const response = await clients.moderator.request(PREVIEW, { input });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        return response.errors?.[0].extensions?.fields;
      };
      const big = `Titel;Art\n${'Ein langer Titel;Ziel\n'.repeat(100_000)}`;
      expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024);
      expect(await fields(csvInput(big))).toEqual({ fileBase64: ['fileTooLarge'] });
      const rows = `Titel;Art\n${Array.from({ length: 2001 }, (_, i) => `Vorschlag ${i};Ziel`).join('\n')}`;
      expect(await fields(csvInput(rows))).toEqual({ fileBase64: ['tooManyRows'] });
      expect(await fields(csvInput('Titel;Art\nA;Ziel', { fileName: 'liste.xlsx' }))).toEqual({
        fileBase64: ['unreadableFile'],
      });
      expect(await fields(csvInput('Titel', { fileName: 'liste.pdf' }))).toEqual({ fileName: ['matches'] });
      expect(await fields(csvInput('', { fileBase64: '%%%' }))).toEqual({ fileBase64: ['notBase64'] });
      expect(await fields(csvInput('\n\n'))).toEqual({ fileBase64: ['noHeader'] });
    });

    it('keeps hostile content (HTML, formulas, SQL) as plain text', async () => {
      const hostile = [
        'Titel;Beschreibung;Art',
        '"=HYPERLINK(""http://evil.example"";""Klick"")";<script>alert(1)</script>;Ziel',
        `"Robert'); DROP TABLE proposals;--";<img src=x onerror=alert(1)>;Ziel`,
      ].join('\n');
      const result = await clients.moderator.request<ImportResult>(IMPORT, { input: csvInput(hostile) });
      expect(result.errors).toBeUndefined();
      const stored = await dataSource.query(
        `SELECT title, body FROM proposals WHERE import_id = $1 ORDER BY number`,
        [result.data?.importProposals.importId],
      );
      expect(stored).toEqual([
        { title: '=HYPERLINK("http://evil.example";"Klick")', body: '<script>alert(1)</script>' },
        { title: "Robert'); DROP TABLE proposals;--", body: '<img src=x onerror=alert(1)>' },
      ]);
      const html = await clients.anonymous.request<{ proposal: { bodyHtml: string } }>(
        `query($id: ID!) { proposal(id: $id) { bodyHtml } }`,
        {
          id: (
            await dataSource.query(`SELECT id FROM proposals WHERE import_id = $1 ORDER BY number LIMIT 1`, [
              result.data?.importProposals.importId,
            ])
          )[0].id,
        },
      );
      expect(html.data?.proposal.bodyHtml).not.toContain('<script');
    });
  });

  describe('a full file', () => {
    it('imports the maximum of 2,000 rows in one go', async () => {
      const lines = [
        'Titel;Art;Teilnehmende',
        ...Array.from(
          { length: 2000 },
          (_, i) => `Großimport ${i};${i % 10 === 0 ? 'Ziel' : 'Maßnahme'};${(i % 50) + 1}`,
        ),
      ];
      const input = csvInput(lines.join('\n'));
      const preview = await clients.moderator.request<Preview>(PREVIEW, { input });
      expect(preview.data?.proposalImportPreview).toMatchObject({ rowCount: 2000, validCount: 2000 });
      const result = await clients.moderator.request<ImportResult>(IMPORT, { input });
      expect(result.errors).toBeUndefined();
      expect(result.data?.importProposals).toMatchObject({ createdCount: 2000, skippedCount: 0 });
      expect(
        await count(
          `SELECT count(*)::int AS count FROM proposal_revisions r JOIN proposals p ON p.id = r.proposal_id WHERE p.title LIKE 'Großimport %'`,
        ),
      ).toBe(2000);
    });
  });

  describe('concurrency', () => {
    it('two parallel imports of the same file store each row exactly once', async () => {
      const lines = ['Titel;Art;Ziel'];
      for (let goal = 0; goal < 5; goal++) {
        lines.push(`Parallel-Ziel ${goal};Ziel;`);
        for (let measure = 0; measure < 8; measure++)
          lines.push(`Parallel-Maßnahme ${goal}.${measure};Maßnahme;Parallel-Ziel ${goal}`);
      }
      const input = csvInput(lines.join('\n'));
      const before = await proposalCount();
      const [first, second] = await Promise.all([
        clients.moderator.request<ImportResult>(IMPORT, { input }),
        clients.project_group.request<ImportResult>(IMPORT, { input }),
      ]);
      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      const created =
        (first.data?.importProposals.createdCount ?? 0) + (second.data?.importProposals.createdCount ?? 0);
      expect(created).toBe(45);
      expect(
        (first.data?.importProposals.skippedCount ?? 0) + (second.data?.importProposals.skippedCount ?? 0),
      ).toBe(45);
      expect(await proposalCount()).toBe(before + 45);
      const perTitle = await dataSource.query(
        `SELECT count(*)::int AS rows, count(DISTINCT title)::int AS titles FROM proposals WHERE title LIKE 'Parallel-%'`,
      );
      expect(perTitle).toEqual([{ rows: 45, titles: 45 }]);
      // Every measure serves the goal of its own group, whichever import stored it.
      const mislinked = await count(
        `SELECT count(*)::int AS count FROM proposals m JOIN proposals g ON g.id = m.goal_id
         WHERE m.title LIKE 'Parallel-Maßnahme %' AND split_part(substr(m.title, 19), '.', 1) <> substr(g.title, 15)`,
      );
      expect(mislinked).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS count FROM proposals WHERE title LIKE 'Parallel-Maßnahme %' AND goal_id IS NULL`,
        ),
      ).toBe(0);
    });
  });
});
