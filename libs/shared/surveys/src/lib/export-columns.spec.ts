import { exportColumns, exportRow, inertCell } from './export-columns';
import type { QuestionModel, SurveyModel } from './survey-model';

const question = (key: string, kind: QuestionModel['kind'], extra: Partial<QuestionModel> = {}): QuestionModel => ({
  key,
  kind,
  required: false,
  minChoices: null,
  maxChoices: null,
  minValue: null,
  maxValue: null,
  options: [],
  rows: [],
  condition: null,
  ...extra,
});
const opts = (...keys: string[]) => keys.map((key) => ({ key, isOther: key === 'other' }));

const model: SurveyModel = {
  sections: [
    {
      key: 's1',
      condition: null,
      questions: [
        question('type', 'SINGLE_CHOICE', { options: opts('school', 'club', 'other') }),
        question('topics', 'MULTIPLE_CHOICE', { options: opts('jobs', 'housing', 'other') }),
        question('grid', 'MATRIX', { options: opts('yes', 'no'), rows: opts('r1', 'r2') }),
        question('order', 'RANKING', { options: opts('a', 'b', 'c') }),
      ],
    },
    {
      key: 's2',
      condition: { questionKey: 'type', operator: 'EQUALS', value: 'school' },
      questions: [
        question('pupils', 'NUMBER', { minValue: 0, maxValue: 5000 }),
        question('mood', 'SCALE', { minValue: 1, maxValue: 5 }),
        question('since', 'DATE'),
        question('note', 'LONG_TEXT'),
        question('plain', 'SINGLE_CHOICE', { options: opts('x', 'y') }),
      ],
    },
  ],
};

describe('survey export columns', () => {
  it('lays out one column per question, per option (multiple choice, ranking) and per matrix row', () => {
    expect(exportColumns(model, { anonymous: false }).map((c) => c.header)).toEqual([
      'response', 'status', 'organisation', 'organisation_type', 'started_at', 'completed_at',
      'type', 'type__other',
      'topics__jobs', 'topics__housing', 'topics__other',
      'grid__r1', 'grid__r2',
      'order__a', 'order__b', 'order__c',
      'pupils', 'mood', 'since', 'note', 'plain',
    ]);
  });

  it('leaves out the identifying columns for anonymous surveys', () => {
    const headers = exportColumns(model, { anonymous: true }).map((c) => c.header);
    expect(headers.slice(0, 3)).toEqual(['response', 'status', 'type']);
    expect(headers).not.toContain('organisation');
    expect(headers).not.toContain('started_at');
  });

  it('fills values, marks partial responses and leaves hidden and unanswered questions blank', () => {
    const columns = exportColumns(model, { anonymous: true });
    const row = exportRow(
      model,
      columns,
      { number: 7, complete: false },
      {
        type: { choice: 'other', other: 'Verein' },
        topics: { choices: ['housing', 'other'], other: 'Sport' },
        grid: { rows: { r1: 'no' } },
        order: { ranking: ['c', 'a', 'b'] },
        // Stored although s2 is hidden (type ≠ school): must not appear.
        pupils: { number: 120 },
      },
    );
    const cells = Object.fromEntries(columns.map((c, i) => [c.header, row[i]]));
    expect(cells).toEqual({
      response: 7,
      status: 'partial',
      type: 'other',
      type__other: 'Verein',
      topics__jobs: 0,
      topics__housing: 1,
      topics__other: 'Sport',
      grid__r1: 'no',
      grid__r2: null,
      order__a: 2,
      order__b: 3,
      order__c: 1,
      pupils: null,
      mood: null,
      since: null,
      note: null,
      plain: null,
    });
  });

  it('exports shown sections and the named columns of complete responses', () => {
    const columns = exportColumns(model, { anonymous: false });
    const row = exportRow(
      model,
      columns,
      {
        number: 1,
        complete: true,
        organisation: 'Schule am See',
        organisationType: 'education',
        startedAt: new Date('2026-03-01T10:00:00Z'),
        completedAt: '2026-03-02T11:00:00Z',
      },
      { type: { choice: 'school' }, pupils: { number: 0 }, mood: { number: 4 }, since: { date: '2020-01-31' }, note: { text: 'Gut' } },
    );
    const cells = Object.fromEntries(columns.map((c, i) => [c.header, row[i]]));
    expect(cells).toMatchObject({
      response: 1,
      status: 'complete',
      organisation: 'Schule am See',
      organisation_type: 'education',
      started_at: '2026-03-01T10:00:00.000Z',
      completed_at: '2026-03-02T11:00:00.000Z',
      type: 'school',
      type__other: null,
      // Not answered at all: blank, not 0.
      topics__jobs: null,
      pupils: 0,
      mood: 4,
      since: '2020-01-31',
      note: 'Gut',
      plain: null,
    });
  });

  it('keeps headers unique when keys collide', () => {
    const colliding: SurveyModel = {
      sections: [{ key: 's1', condition: null, questions: [
        question('a', 'MULTIPLE_CHOICE', { options: opts('b', 'c') }),
        question('a__b', 'SHORT_TEXT'),
      ] }],
    };
    expect(exportColumns(colliding, { anonymous: true }).map((c) => c.header)).toEqual(['response', 'status', 'a__b', 'a__c', 'a__b__2']);
  });

  it('keeps formulas inert', () => {
    expect(inertCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(inertCell('-1+2')).toBe(`'-1+2`);
    expect(inertCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(inertCell(-3)).toBe(-3);
    expect(inertCell('Gut')).toBe('Gut');
  });
});
