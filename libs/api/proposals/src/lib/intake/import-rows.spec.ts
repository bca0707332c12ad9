import { ImportField, ImportRowStatus, ProposalKind, ProposalSource } from '../graphql/proposal.types';
import { guessMapping, matchKey, mappingProblem } from './import-mapping';
import { planRows, rowFingerprint } from './import-rows';
import type { ImportContext } from './import-rows';
import type { ParsedSheet } from './spreadsheet';

const PROCESS = '00000000-0000-4000-8000-000000000001';
const FIELD_PARTICIPATION = 'af-1';
const FIELD_EDUCATION = 'af-4';
const FORUM_LAATZEN = 'forum-2';
const FORUM_RONNENBERG = 'forum-4';

const context: ImportContext = {
  processId: PROCESS,
  actionFields: [
    {
      id: FIELD_PARTICIPATION,
      position: 1,
      titles: { de: 'Partizipation und Teilhabe', en: 'Participation and inclusion' },
    },
    { id: FIELD_EDUCATION, position: 4, titles: { de: 'Bildung und Sprache', en: 'Education and language' } },
  ],
  forums: [
    {
      id: FORUM_LAATZEN,
      actionFieldId: FIELD_PARTICIPATION,
      titles: { de: 'Forum Wirtschaft und Arbeit', en: 'Forum economy and work' },
    },
    { id: FORUM_RONNENBERG, actionFieldId: FIELD_EDUCATION, titles: { de: 'Forum Bildung und Sprache' } },
    { id: 'forum-x', actionFieldId: FIELD_EDUCATION, titles: { de: 'Doppelt' } },
    { id: 'forum-y', actionFieldId: FIELD_EDUCATION, titles: { de: 'Doppelt' } },
  ],
  goals: [
    { id: 'goal-existing', number: 7, title: 'Interkulturelle Öffnung der Verwaltung' },
    { id: 'goal-twin-1', number: 8, title: 'Zwilling' },
    { id: 'goal-twin-2', number: 9, title: 'Zwilling' },
  ],
  defaultForumId: null,
  defaultSource: ProposalSource.FORUM,
  defaultLanguage: 'de',
};

const COLUMNS = [
  'Titel',
  'Beschreibung',
  'Art',
  'Handlungsfeld',
  'Forum',
  'Ziel',
  'Sprache',
  'Quelle',
  'Teilnehmende',
];

function sheet(...rows: string[][]): ParsedSheet {
  return { columns: COLUMNS, rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })) };
}

const row = (over: Partial<Record<(typeof COLUMNS)[number], string>>): string[] =>
  COLUMNS.map((column) => over[column] ?? '');

const plan = (s: ParsedSheet, ctx: Partial<ImportContext> = {}) =>
  planRows(s, guessMapping(s.columns), { ...context, ...ctx });

describe('guessMapping', () => {
  it('maps German headers', () => {
    expect(guessMapping(COLUMNS)).toEqual([
      { field: ImportField.TITLE, column: 'Titel' },
      { field: ImportField.BODY, column: 'Beschreibung' },
      { field: ImportField.KIND, column: 'Art' },
      { field: ImportField.ACTION_FIELD, column: 'Handlungsfeld' },
      { field: ImportField.FORUM, column: 'Forum' },
      { field: ImportField.GOAL, column: 'Ziel' },
      { field: ImportField.LANGUAGE, column: 'Sprache' },
      { field: ImportField.SOURCE, column: 'Quelle' },
      { field: ImportField.PARTICIPANT_COUNT, column: 'Teilnehmende' },
    ]);
  });

  it('maps English headers in any case and spelling, and longer German headers by their start', () => {
    const mapping = guessMapping([
      'KIND',
      'Action field',
      'Title',
      'Text',
      'Participants',
      'Source',
      'Goal',
      'Language',
    ]);
    expect(Object.fromEntries(mapping.map(({ field, column }) => [field, column]))).toEqual({
      title: 'Title',
      body: 'Text',
      kind: 'KIND',
      action_field: 'Action field',
      goal: 'Goal',
      language: 'Language',
      source: 'Source',
      participant_count: 'Participants',
    });
    const german = guessMapping([
      'Titel des Vorschlags',
      'Ziel/Maßnahme',
      'Anzahl Teilnehmende',
      'Zielgruppe',
    ]);
    expect(german).toEqual([
      { field: ImportField.TITLE, column: 'Titel des Vorschlags' },
      { field: ImportField.KIND, column: 'Ziel/Maßnahme' },
      { field: ImportField.PARTICIPANT_COUNT, column: 'Anzahl Teilnehmende' },
    ]);
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessMapping(['Spalte 1', 'Datum'])).toEqual([]);
  });

  it('checks an explicit mapping against the columns', () => {
    expect(mappingProblem(COLUMNS, [{ field: ImportField.TITLE, column: 'Titel' }])).toBeNull();
    expect(mappingProblem(COLUMNS, [{ field: ImportField.TITLE, column: 'Nope' }])).toBe('unknownColumn');
    expect(
      mappingProblem(COLUMNS, [
        { field: ImportField.TITLE, column: 'Titel' },
        { field: ImportField.TITLE, column: 'Art' },
      ]),
    ).toBe('duplicateField');
  });

  it('folds case, accents and ß for matching', () => {
    expect(matchKey('  MAẞNAHME ')).toBe(matchKey('Massnahme'));
    expect(matchKey('Öffnung – der  Verwaltung!')).toBe('offnung der verwaltung');
  });
});

describe('planRows', () => {
  it('resolves a complete row', () => {
    const [result] = plan(
      sheet(
        row({
          Titel: '  Sprachcafés in jedem Stadtteil ',
          Beschreibung: 'Treffpunkte\nfür alle',
          Art: 'Maßnahme',
          Handlungsfeld: 'education and language',
          Forum: 'forum bildung und sprache',
          Ziel: '#7',
          Sprache: 'Deutsch',
          Quelle: 'Papier',
          Teilnehmende: '23',
        }),
      ),
    );
    expect(result).toMatchObject({
      rowNumber: 2,
      status: ImportRowStatus.VALID,
      errors: [],
      title: 'Sprachcafés in jedem Stadtteil',
      body: 'Treffpunkte\nfür alle',
      kind: ProposalKind.MEASURE,
      actionFieldId: FIELD_EDUCATION,
      forumId: FORUM_RONNENBERG,
      goal: { proposalId: 'goal-existing' },
      language: 'de',
      source: ProposalSource.PAPER,
      participantCount: 23,
    });
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes forum, action field (the forum’s), source and language from the defaults', () => {
    const [result] = plan(sheet(row({ Titel: 'Ziel A', Art: 'goal' })), {
      defaultForumId: FORUM_LAATZEN,
      defaultSource: ProposalSource.PAPER,
    });
    expect(result).toMatchObject({
      status: ImportRowStatus.VALID,
      forumId: FORUM_LAATZEN,
      actionFieldId: FIELD_PARTICIPATION,
      source: ProposalSource.PAPER,
      language: 'de',
    });
  });

  it('matches action fields by position number', () => {
    const rows = plan(
      sheet(
        row({ Titel: 'A', Art: 'Ziel', Forum: 'Doppelt', Handlungsfeld: '4' }),
        row({ Titel: 'B', Art: 'Ziel', Forum: 'Forum Bildung und Sprache', Handlungsfeld: 'HF 1' }),
      ),
    );
    expect(rows[0].errors).toEqual([{ field: ImportField.FORUM, code: 'ambiguousForum' }]);
    expect(rows[1]).toMatchObject({ status: ImportRowStatus.VALID, actionFieldId: FIELD_PARTICIPATION });
  });

  it('reports every broken rule of a row with its field', () => {
    const [result] = plan(
      sheet(
        row({
          Titel: 'x'.repeat(201),
          Beschreibung: 'Text \u202e gespiegelt',
          Art: 'Wunsch',
          Handlungsfeld: 'Sport',
          Forum: 'Unbekanntes Forum',
          Sprache: 'Klingonisch',
          Quelle: 'online',
          Teilnehmende: 'viele',
        }),
      ),
    );
    expect(result.status).toBe(ImportRowStatus.INVALID);
    expect(result.fingerprint).toBeNull();
    expect(result.errors).toEqual([
      { field: ImportField.TITLE, code: 'tooLong' },
      { field: ImportField.BODY, code: 'forbiddenCharacters' },
      { field: ImportField.KIND, code: 'unknownKind' },
      { field: ImportField.FORUM, code: 'unknownForum' },
      { field: ImportField.ACTION_FIELD, code: 'unknownActionField' },
      { field: ImportField.LANGUAGE, code: 'unknownLanguage' },
      { field: ImportField.SOURCE, code: 'unknownSource' },
      { field: ImportField.PARTICIPANT_COUNT, code: 'notANumber' },
    ]);
  });

  it('requires title, kind and forum; refuses bidi overrides in titles and out-of-range participants', () => {
    const rows = plan(
      sheet(
        row({ Beschreibung: 'nur Text' }),
        row({
          Titel: 'Harmlos\u202Egnp.exe',
          Art: 'Ziel',
          Forum: 'Forum Bildung und Sprache',
          Teilnehmende: '0',
        }),
        row({ Titel: 'Viele', Art: 'Ziel', Forum: 'Forum Bildung und Sprache', Teilnehmende: '100001' }),
      ),
    );
    expect(rows[0].errors).toEqual([
      { field: ImportField.TITLE, code: 'required' },
      { field: ImportField.KIND, code: 'required' },
      { field: ImportField.FORUM, code: 'required' },
    ]);
    expect(rows[1].errors).toEqual([
      { field: ImportField.TITLE, code: 'forbiddenCharacters' },
      { field: ImportField.PARTICIPANT_COUNT, code: 'outOfRange' },
    ]);
    expect(rows[2].errors).toEqual([{ field: ImportField.PARTICIPANT_COUNT, code: 'outOfRange' }]);
  });

  it('joins line breaks in titles and keeps hostile text as it is', () => {
    const [result] = plan(
      sheet(
        row({
          Titel: '=HYPERLINK("http://x")\n<b>fett</b>',
          Beschreibung: "'; DROP TABLE proposals; --",
          Art: 'Ziel',
          Forum: 'Doppelt (x)',
        }),
      ),
      { defaultForumId: FORUM_LAATZEN },
    );
    expect(result.title).toBe('=HYPERLINK("http://x") <b>fett</b>');
    expect(result.body).toBe("'; DROP TABLE proposals; --");
    expect(result.errors).toEqual([{ field: ImportField.FORUM, code: 'unknownForum' }]);
  });

  it('links measures to goals of the same file (also further down) and to existing goals by title', () => {
    const rows = plan(
      sheet(
        row({ Titel: 'Maßnahme 1', Art: 'Maßnahme', Ziel: 'neues ZIEL', Forum: 'Forum Bildung und Sprache' }),
        row({ Titel: 'Neues Ziel', Art: 'Ziel', Forum: 'Forum Bildung und Sprache' }),
        row({
          Titel: 'Maßnahme 2',
          Art: 'Maßnahme',
          Ziel: 'Interkulturelle Öffnung der Verwaltung',
          Forum: 'Forum Bildung und Sprache',
        }),
        row({ Titel: 'Maßnahme 3', Art: 'Maßnahme', Ziel: 'Zwilling', Forum: 'Forum Bildung und Sprache' }),
        row({
          Titel: 'Maßnahme 4',
          Art: 'Maßnahme',
          Ziel: 'Gibt es nicht',
          Forum: 'Forum Bildung und Sprache',
        }),
        row({ Titel: 'Ziel mit Ziel', Art: 'Ziel', Ziel: 'Neues Ziel', Forum: 'Forum Bildung und Sprache' }),
      ),
    );
    expect(rows[0].goal).toEqual({ rowNumber: 3 });
    expect(rows[2].goal).toEqual({ proposalId: 'goal-existing' });
    expect(rows[3].errors).toEqual([{ field: ImportField.GOAL, code: 'ambiguousGoal' }]);
    expect(rows[4].errors).toEqual([{ field: ImportField.GOAL, code: 'unknownGoal' }]);
    expect(rows[5].errors).toEqual([{ field: ImportField.GOAL, code: 'goalOnlyForMeasures' }]);
  });

  it('marks a row repeating an earlier row of the file as duplicate (case and blanks do not matter)', () => {
    const rows = plan(
      sheet(
        row({
          Titel: 'Mehr Radwege',
          Beschreibung: 'Sichere  Wege',
          Art: 'Ziel',
          Forum: 'Forum Bildung und Sprache',
        }),
        row({
          Titel: 'mehr radwege',
          Beschreibung: 'sichere wege',
          Art: 'goal',
          Forum: 'FORUM BILDUNG UND SPRACHE',
          Teilnehmende: '4',
        }),
        row({
          Titel: 'Mehr Radwege',
          Beschreibung: 'Sichere Wege',
          Art: 'Ziel',
          Forum: 'Forum Bildung und Sprache',
          Quelle: 'Papier',
        }),
      ),
    );
    expect(rows.map((r) => r.status)).toEqual([
      ImportRowStatus.VALID,
      ImportRowStatus.DUPLICATE,
      ImportRowStatus.VALID,
    ]);
    expect(rows[0].fingerprint).toBe(rows[1].fingerprint);
  });

  it('uses only the mapped columns', () => {
    const s = sheet(row({ Titel: 'A', Art: 'Ziel', Forum: 'Unbekannt' }));
    const rows = planRows(
      s,
      [
        { field: ImportField.TITLE, column: 'Titel' },
        { field: ImportField.KIND, column: 'Art' },
      ],
      {
        ...context,
        defaultForumId: FORUM_RONNENBERG,
      },
    );
    expect(rows[0]).toMatchObject({ status: ImportRowStatus.VALID, forumId: FORUM_RONNENBERG });
    expect(planRows(s, [], context)[0].errors.map((e) => e.code)).toEqual([
      'required',
      'required',
      'required',
    ]);
  });

  it('fingerprints the normalised content of a row, within one process', () => {
    const base = {
      processId: PROCESS,
      kind: ProposalKind.GOAL,
      actionFieldId: 'a',
      forumId: 'f',
      title: 'Titel',
      body: 'Text',
      source: ProposalSource.FORUM,
    };
    expect(rowFingerprint(base)).toBe(rowFingerprint({ ...base, title: ' TITEL ', body: 'text' }));
    expect(rowFingerprint(base)).not.toBe(rowFingerprint({ ...base, processId: 'other' }));
    expect(rowFingerprint(base)).not.toBe(rowFingerprint({ ...base, source: ProposalSource.PAPER }));
    expect(rowFingerprint(base)).not.toBe(rowFingerprint({ ...base, forumId: null }));
  });
});
