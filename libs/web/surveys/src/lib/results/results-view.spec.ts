import type { SurveyQuestionResultItemFragment } from '@mitreden/web/core';
import { fileSize, groupBySection, numberFormats, questionView, scaleStepLabel } from './results-view';
import type { Translate } from './results-view';
import { chartConfig, wrapLabel } from './survey-chart.component';

/** Echoes key and params so assertions see exactly what would be translated. */
const t: Translate = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);
const de = numberFormats('de');

function question(patch: Partial<SurveyQuestionResultItemFragment>): SurveyQuestionResultItemFragment {
  return {
    questionKey: 'q',
    kind: 'SINGLE_CHOICE',
    title: 'Frage',
    sectionTitle: 'Teil 1',
    answered: 0,
    options: [],
    matrix: [],
    average: null,
    distribution: [],
    ranking: [],
    textCount: 0,
    ...patch,
  };
}

const option = (key: string, count: number, share: number) => ({
  key,
  label: key.toUpperCase(),
  count,
  share,
});

describe('numberFormats', () => {
  it('formats shares as percentages per locale with one decimal', () => {
    expect(de.percent(110 / 713)).toBe('15,4\u00a0%');
    expect(numberFormats('en').percent(154 / 713)).toBe('21.6%');
    expect(de.percent(Number.NaN)).toBe('0\u00a0%');
    expect(de.decimal(3)).toBe('3,0');
    expect(de.value(2.5)).toBe('2,5');
  });
});

describe('questionView', () => {
  it('turns choices into horizontal bars and a table with count and share', () => {
    const view = questionView(
      question({
        kind: 'MULTIPLE_CHOICE',
        answered: 10,
        options: [option('a', 7, 0.7), option('b', 5, 0.5)],
        textCount: 2,
      }),
      undefined,
      t,
      de,
    );
    expect(view.chart).toMatchObject({
      horizontal: true,
      stacked: false,
      labels: ['A', 'B'],
      series: [{ values: [7, 5] }],
    });
    expect(view.chart?.summary).toContain('A: 7 (70\u00a0%); B: 5 (50\u00a0%)');
    expect(view.table?.rows).toEqual([
      { header: 'A', cells: ['7', '70\u00a0%'] },
      { header: 'B', cells: ['5', '50\u00a0%'] },
    ]);
    expect(view.note).toBe('surveys.results.note.multiple');
    expect(view.hasTexts).toBe(true);
  });

  it('shows a scale as a distribution over every step with end labels, shares of answered and the average', () => {
    const view = questionView(
      question({
        kind: 'SCALE',
        answered: 4,
        average: 3.25,
        distribution: [1, 2, 3, 4, 5].map((value) => ({
          value,
          count: value === 3 ? 2 : value === 5 ? 2 : 0,
        })),
      }),
      { minValue: 1, maxValue: 5, minLabel: 'gar nicht', maxLabel: 'sehr' },
      t,
      de,
    );
    expect(view.chart?.horizontal).toBe(false);
    expect(view.chart?.labels).toEqual(['1 – gar nicht', '2', '3', '4', '5 – sehr']);
    expect(view.table?.rows[2]).toEqual({ header: '3', cells: ['2', '50\u00a0%'] });
    expect(view.average).toBe('surveys.results.average{"value":"3,25"}');
    expect(view.chart?.summary.startsWith(view.average ?? 'x')).toBe(true);
    expect(view.hasTexts).toBe(false);
  });

  it('stacks matrix rows with one series per column and a cell per column in the table', () => {
    const view = questionView(
      question({
        kind: 'MATRIX',
        answered: 3,
        matrix: [
          {
            key: 'r1',
            label: 'Zeile 1',
            answered: 3,
            cells: [option('ja', 2, 2 / 3), option('nein', 1, 1 / 3)],
          },
          { key: 'r2', label: 'Zeile 2', answered: 2, cells: [option('ja', 0, 0), option('nein', 2, 1)] },
        ],
      }),
      undefined,
      t,
      de,
    );
    expect(view.chart).toMatchObject({
      horizontal: true,
      stacked: true,
      labels: ['Zeile 1', 'Zeile 2'],
      series: [
        { label: 'JA', values: [2, 0] },
        { label: 'NEIN', values: [1, 2] },
      ],
    });
    expect(view.table?.columns).toEqual([
      'surveys.results.table.row',
      'JA',
      'NEIN',
      'surveys.results.table.answered',
    ]);
    expect(view.table?.rows[0]).toEqual({
      header: 'Zeile 1',
      cells: ['2 (66,7\u00a0%)', '1 (33,3\u00a0%)', '3'],
    });
  });

  it('charts the average rank on a fixed axis and lists first places', () => {
    const view = questionView(
      question({
        kind: 'RANKING',
        answered: 2,
        ranking: [
          { key: 'x', label: 'X', averageRank: 1.5, firstPlaces: 1 },
          { key: 'y', label: 'Y', averageRank: null, firstPlaces: 0 },
        ],
      }),
      undefined,
      t,
      de,
    );
    expect(view.chart).toMatchObject({ min: 0, max: 2, series: [{ values: [1.5, 0] }] });
    expect(view.table?.rows).toEqual([
      { header: 'X', cells: ['1,5', '1'] },
      { header: 'Y', cells: ['—', '0'] },
    ]);
    expect(view.note).toBe('surveys.results.note.ranking');
  });

  it('has no chart for text and date questions but lists their texts', () => {
    for (const kind of ['SHORT_TEXT', 'LONG_TEXT', 'DATE'] as const) {
      const view = questionView(question({ kind, answered: 3, textCount: 3 }), undefined, t, de);
      expect(view).toEqual({ chart: null, table: null, average: null, note: null, hasTexts: true });
    }
  });

  it('keeps the summary short when there are many options', () => {
    const options = Array.from({ length: 9 }, (_, index) => option(`o${index}`, index, index / 10));
    const view = questionView(question({ answered: 10, options }), undefined, t, de);
    expect(view.chart?.summary).toContain('O5: 5 (50\u00a0%)surveys.results.chart.more');
    expect(view.chart?.summary).not.toContain('O6');
    expect(view.table?.rows).toHaveLength(9);
  });
});

describe('helpers', () => {
  it('groups consecutive questions by section title', () => {
    const groups = groupBySection([
      { sectionTitle: 'A', k: 1 },
      { sectionTitle: 'A', k: 2 },
      { sectionTitle: 'B', k: 3 },
    ]);
    expect(groups.map((group) => [group.title, group.questions.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
  });

  it('labels only the scale ends', () => {
    const meta = { minValue: 0, maxValue: 10, minLabel: 'nie', maxLabel: '' };
    expect(scaleStepLabel(0, meta, de)).toBe('0 – nie');
    expect(scaleStepLabel(10, meta, de)).toBe('10');
  });

  it('wraps long labels at word boundaries', () => {
    expect(wrapLabel('kurz')).toBe('kurz');
    expect(wrapLabel('Kommunale Ansprechpartnerinnen und Ansprechpartner', 20)).toEqual([
      'Kommunale',
      'Ansprechpartnerinnen',
      'und Ansprechpartner',
    ]);
  });

  it('formats file sizes', () => {
    expect(fileSize(2048, 'en')).toBe('2 kB');
    expect(fileSize(null, 'en')).toBe('');
  });

  it('mirrors the value axis for right-to-left languages', () => {
    const spec = questionView(
      question({ answered: 1, options: [option('a', 1, 1)] }),
      undefined,
      t,
      de,
    ).chart;
    if (!spec) throw new Error('no chart');
    const rtl = chartConfig(spec, true, '#000', true);
    expect(rtl.options?.indexAxis).toBe('y');
    expect(rtl.options?.scales?.['x']?.reverse).toBe(true);
    expect(rtl.options?.scales?.['y']?.position).toBe('right');
    expect(rtl.options?.plugins?.legend?.rtl).toBe(true);
    expect(rtl.options?.animation).toBe(false);
    const ltr = chartConfig(spec, false, '#000', false);
    expect(ltr.options?.scales?.['x']?.reverse).toBe(false);
    expect(ltr.options?.plugins?.legend?.display).toBe(false);
  });
});
