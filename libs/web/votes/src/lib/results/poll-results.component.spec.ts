import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PollResultsFieldsFragment } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { pollChartConfig, wrapLabel } from './poll-chart.component';
import { PollResultsComponent } from './poll-results.component';
import type { PollResultsInput } from './poll-results.component';
import { numberFormats, pollResultsView } from './poll-results-view';
import type { Translate } from './poll-results-view';

const A = 'Wir sind Hannover – Zusammenleben in der Stadt';
const B = 'Hannover gemeinsam';
const C = 'Vielfalt leben';

const option = (
  optionId: string,
  label: string,
  votes: number,
  share: number,
  extra: Partial<PollResultsFieldsFragment['options'][number]> = {},
) => ({ optionId, label, votes, share, averageRank: null, winner: false, ...extra });

/** 10 ballots; C and B tie on 2 in round 1, C had fewer never, so the ballot order decides. */
const ranked: PollResultsFieldsFragment = {
  voters: 11,
  ballots: 10,
  countedAt: '2026-11-20T17:05:00.000Z',
  winners: ['a'],
  options: [
    option('a', A, 4, 0.4, { averageRank: 1.6, winner: true }),
    option('b', B, 3, 0.3, { averageRank: 1.9 }),
    option('c', C, 3, 0.3, { averageRank: 2.25 }),
  ],
  rounds: [
    {
      round: 1,
      counts: [
        { optionId: 'a', votes: 4 },
        { optionId: 'b', votes: 3 },
        { optionId: 'c', votes: 3 },
      ],
      exhausted: 0,
      continuing: 10,
      elected: null,
      eliminated: 'c',
      tieBreak: 'BALLOT_ORDER',
    },
    {
      round: 2,
      counts: [
        { optionId: 'a', votes: 6 },
        { optionId: 'b', votes: 3 },
      ],
      exhausted: 1,
      continuing: 9,
      elected: 'a',
      eliminated: null,
      tieBreak: null,
    },
  ],
};

const single: PollResultsFieldsFragment = {
  voters: 8,
  ballots: 8,
  countedAt: '2026-11-20T17:05:00.000Z',
  winners: ['a', 'b'],
  options: [
    option('a', A, 3, 0.375, { winner: true }),
    option('b', B, 3, 0.375, { winner: true }),
    option('c', C, 2, 0.25),
  ],
  rounds: null,
};

function poll(patch: Partial<PollResultsInput>): PollResultsInput {
  return {
    slug: 'integrationsplan',
    question: 'Wie soll der neue Integrationsplan heißen?',
    method: 'RANKED',
    results: ranked,
    ...patch,
  };
}

async function render(input: PollResultsInput) {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'votes/de': votesDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
  });
  const fixture = TestBed.createComponent(PollResultsComponent);
  fixture.componentRef.setInput('poll', input);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element | null | undefined) =>
  Array.from(row?.querySelectorAll('th, td') ?? []).map((cell) => text(cell));

describe('PollResultsComponent', () => {
  beforeEach(() => {
    // jsdom has no canvas: the chart falls back to its summary and the table carries the figures.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => jest.restoreAllMocks());

  it('announces the winner in words with turnout, chart summary and an accessible data table', async () => {
    const { element } = await render(poll({}));
    expect(text(element.querySelector('h2'))).toBe('Ergebnis');
    expect(text(element.querySelector('.mr-poll-results__winner'))).toBe(`Gewonnen hat: ${A}`);
    expect(element.querySelector('.mr-poll-results__winner bdi')?.textContent).toBe(A);
    expect(text(element.querySelector('.mr-poll-results__meta'))).toContain(
      'Teilnehmende: 11. Gezählte Stimmzettel: 10.',
    );

    const canvas = element.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain(`${A}: 4 (40\u00a0%)`);

    const [votesTable, roundsTable] = Array.from(element.querySelectorAll('table'));
    expect(text(votesTable?.querySelector('caption'))).toBe(
      'Stimmen zu „Wie soll der neue Integrationsplan heißen?“',
    );
    expect(Array.from(votesTable?.querySelectorAll('th[scope="col"]') ?? []).map(text)).toEqual([
      'Option',
      'Erstpräferenzen',
      'Anteil',
      'Durchschnittlicher Rang',
    ]);
    const rows = votesTable?.querySelectorAll('tbody tr');
    expect(rows?.[0]?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(cells(rows?.[0])).toEqual([`${A} – gewonnen`, '4', '40 %', '1,6']);
    expect(cells(rows?.[2])).toEqual([C, '3', '30 %', '2,25']);

    expect(roundsTable?.closest('[role="region"]')?.getAttribute('tabindex')).toBe('0');
    expect(text(roundsTable?.querySelector('caption'))).toBe(
      'Sofortige Stichwahl: Stimmen je Option und Runde',
    );
    expect(Array.from(roundsTable?.querySelectorAll('thead th') ?? []).map(text)).toEqual([
      'Option',
      'Runde 1',
      'Runde 2',
    ]);
    const roundRows = Array.from(roundsTable?.querySelectorAll('tbody tr') ?? []);
    expect(roundRows.map(cells)).toEqual([
      [A, '4', '6 – gewählt'],
      [B, '3', '3'],
      [C, '3 – ausgeschieden', '—bereits ausgeschieden'],
    ]);
    expect(Array.from(roundsTable?.querySelectorAll('tfoot tr') ?? []).map(cells)).toEqual([
      ['Stimmzettel im Rennen', '10', '9'],
      ['Stimmzettel ohne verbleibende Präferenz', '0', '1'],
    ]);

    const steps = Array.from(element.querySelectorAll('.mr-poll-results__steps li')).map((li) =>
      text(li)?.replace(/[\u2068\u2069]/g, ''),
    );
    expect(steps[0]).toBe(
      `Runde 1: ${C} scheidet mit den wenigsten Stimmen (3) aus. Mehrere Optionen hatten gleich wenige Stimmen, auch in allen früheren Runden; nach der festgelegten Regel scheidet die Option aus, die auf dem Stimmzettel weiter unten steht.`,
    );
    expect(steps[1]).toBe(`Runde 2: ${A} ist mit 6 von 9 Stimmen (66,7 %) gewählt – mehr als die Hälfte.`);

    const link = element.querySelector<HTMLAnchorElement>('a[download]');
    expect(link?.getAttribute('href')).toBe('/api/polls/integrationsplan/tally.csv');
    expect(text(link)).toBe('Auszählung als CSV herunterladen');
  });

  it('names every option of a tie and shows no round table for other methods', async () => {
    const { element } = await render(poll({ method: 'SINGLE', results: single }));
    const winner = element.querySelector('.mr-poll-results__winner');
    expect(text(winner)).toBe(`Gleichstand – gleich viele Stimmen haben: ${A}, ${B}`);
    expect(Array.from(winner?.querySelectorAll('bdi') ?? []).map(text)).toEqual([A, B]);
    expect(element.querySelectorAll('table')).toHaveLength(1);
    expect(Array.from(element.querySelectorAll('th[scope="col"]')).map(text)).toEqual([
      'Option',
      'Stimmen',
      'Anteil',
    ]);
    expect(cells(element.querySelectorAll('tbody tr')[2])).toEqual([C, '2', '25 %']);
  });

  it.each(['RANKED', 'SINGLE'] as const)(
    'is axe-clean for %s (structure; contrast is checked in the browser)',
    async (method) => {
      const axe = (await import('axe-core')).default;
      const { element } = await render(poll({ method, results: method === 'RANKED' ? ranked : single }));
      const result = await axe.run(element, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    },
    30_000,
  );

  it('renders nothing before the count', async () => {
    const { element } = await render(poll({ results: null }));
    expect(element.querySelector('section')).toBeNull();
  });
});

describe('pollResultsView', () => {
  const t: Translate = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);
  const de = numberFormats('de');

  it('says when nobody voted and draws no chart', () => {
    const view = pollResultsView(
      'APPROVAL',
      {
        ...single,
        voters: 0,
        ballots: 0,
        winners: [],
        options: single.options.map((o) => ({ ...o, votes: 0 })),
      },
      t,
      de,
    );
    expect(view.announcement).toEqual({ kind: 'none', options: [] });
    expect(view.chart).toBeNull();
    expect(view.note).toBe('votes.results.note.several');
  });

  it('explains a tie broken by earlier rounds and a last-standing winner without majority', () => {
    const [first, second] = ranked.rounds ?? [];
    if (!first || !second) throw new Error('fixture');
    const view = pollResultsView(
      'RANKED',
      {
        ...ranked,
        rounds: [
          { ...first, tieBreak: 'EARLIER_ROUNDS' },
          { ...second, counts: [{ optionId: 'a', votes: 4 }], continuing: 8 },
        ],
      },
      t,
      de,
    );
    expect(view.roundTable?.steps[0]).toContain('votes.results.tieBreak.earlierRounds');
    expect(view.roundTable?.steps[1]).toContain('votes.results.step.electedLast');
  });

  it('mirrors the value axis for right-to-left languages', () => {
    const spec = pollResultsView('SINGLE', single, t, de).chart;
    if (!spec) throw new Error('no chart');
    const rtl = pollChartConfig(spec, true, '#000', true);
    expect(rtl.options?.indexAxis).toBe('y');
    expect(rtl.options?.scales?.['x']?.reverse).toBe(true);
    expect(rtl.options?.scales?.['y']?.position).toBe('right');
    expect(rtl.options?.animation).toBe(false);
    expect(pollChartConfig(spec, false, '#000', false).options?.scales?.['x']?.reverse).toBe(false);
    expect(wrapLabel(A, 20)).toEqual(['Wir sind Hannover –', 'Zusammenleben in der', 'Stadt']);
  });
});
