import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { CombinedGraphQLErrors } from '@apollo/client';
import {
  RequestSurveyExportGQL,
  SurveyExportJobGQL,
  SurveyResultsOverviewGQL,
  SurveyTextAnswerListGQL,
} from '@mitreden/web/core';
import type { SurveyExportJobItemFragment, SurveyQuestionResultItemFragment } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { SurveyResultsPage } from './survey-results.page';

const base = {
  sectionTitle: 'Über Ihre Organisation',
  matrix: [],
  average: null,
  distribution: [],
  ranking: [],
  textCount: 0,
};
const questions: SurveyQuestionResultItemFragment[] = [
  {
    ...base,
    questionKey: 'reach',
    kind: 'SINGLE_CHOICE',
    title: 'Wie erreichen Sie Ihre Zielgruppe?',
    answered: 4,
    options: [
      { key: 'mail', label: 'E-Mail', count: 3, share: 0.75 },
      { key: 'other', label: 'Sonstiges', count: 1, share: 0.25 },
    ],
    textCount: 1,
  },
  {
    ...base,
    questionKey: 'satisfaction',
    kind: 'SCALE',
    sectionTitle: 'Zufriedenheit',
    title: 'Wie zufrieden sind Sie?',
    answered: 4,
    options: [],
    average: 4.5,
    distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: value >= 4 ? 2 : 0 })),
  },
  {
    ...base,
    questionKey: 'wish',
    kind: 'LONG_TEXT',
    sectionTitle: 'Zufriedenheit',
    title: 'Was wünschen Sie sich?',
    answered: 2,
    options: [],
    textCount: 2,
  },
];

function overview(segment: string | null, completeOnly: boolean) {
  const filtered = segment !== null || completeOnly;
  return {
    data: {
      survey: {
        id: 's1',
        title: 'Integrationsumfrage 2026',
        anonymous: false,
        audience: 'INVITED',
        status: 'PUBLISHED',
        sections: [
          {
            key: 's1',
            questions: [
              {
                key: 'satisfaction',
                kind: 'SCALE',
                minValue: 1,
                maxValue: 5,
                minLabel: 'gar nicht',
                maxLabel: 'sehr',
              },
            ],
          },
        ],
      },
      surveyResults: {
        respondents: filtered ? 2 : 154,
        complete: filtered ? 2 : 110,
        segmentTitle: 'Organisationstyp',
        segments: [
          { key: 'migrant_organisation', label: 'Migrantenorganisation', respondents: 40 },
          { key: 'education', label: 'Bildung', respondents: 12 },
        ],
        questions,
      },
    },
  };
}

const job = (patch: Partial<SurveyExportJobItemFragment>): SurveyExportJobItemFragment => ({
  id: 'job1',
  kind: 'survey_responses',
  format: 'XLSX',
  status: 'QUEUED',
  total: 0,
  processed: 0,
  fileName: null,
  byteSize: null,
  downloadUrl: null,
  error: null,
  ...patch,
});

async function setUp(options: { overviewError?: unknown } = {}) {
  const fetchOverview = jest.fn(
    ({ variables }: { variables: { segment: string | null; completeOnly: boolean } }) =>
      options.overviewError
        ? throwError(() => options.overviewError)
        : of(overview(variables.segment, variables.completeOnly)),
  );
  const fetchTexts = jest.fn(
    ({ variables }: { variables: { questionKey: string; search: string | null; offset: number } }) =>
      of({
        data: {
          surveyTextAnswers: {
            total: 25,
            items: Array.from(
              { length: variables.offset === 0 ? 20 : 5 },
              (_, index) =>
                `${variables.questionKey}${variables.search ? ` ${variables.search}` : ''} #${variables.offset + index}`,
            ),
          },
        },
      }),
  );
  const polls = [
    job({ status: 'RUNNING', total: 154, processed: 77 }),
    job({
      status: 'DONE',
      total: 154,
      processed: 154,
      fileName: 'umfrage.xlsx',
      byteSize: 4096,
      downloadUrl: '/api/exports/job1/file',
    }),
  ];
  const mutate = jest.fn(() => of({ data: { requestSurveyExport: job({}) } }));
  const fetchJob = jest.fn(() => of({ data: { exportJob: polls.shift() ?? null } }));

  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: { errors: { FORBIDDEN: 'Keine Berechtigung.' } }, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: SurveyResultsOverviewGQL, useValue: { fetch: fetchOverview } },
      { provide: SurveyTextAnswerListGQL, useValue: { fetch: fetchTexts } },
      { provide: RequestSurveyExportGQL, useValue: { mutate } },
      { provide: SurveyExportJobGQL, useValue: { fetch: fetchJob } },
    ],
  });
  const fixture = TestBed.createComponent(SurveyResultsPage);
  fixture.componentRef.setInput('id', 's1');
  await fixture.whenStable();
  return {
    fixture,
    element: fixture.nativeElement as HTMLElement,
    fetchOverview,
    fetchTexts,
    mutate,
    fetchJob,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SurveyResultsPage', () => {
  beforeEach(() => {
    // jsdom has no canvas: the chart component must fall back to its summary and the table.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows totals, sections, a described chart and an accessible data table per question', async () => {
    const { element, fixture } = await setUp();
    expect(text(element.querySelector('h1'))).toBe('Ergebnisse: Integrationsumfrage 2026');
    expect(text(element.querySelector('p[role="status"]'))).toBe(
      'Antwortende: 154, davon vollständig: 110 (71,4 %).',
    );
    expect(Array.from(element.querySelectorAll('h2')).map(text)).toEqual([
      'Export',
      'Über Ihre Organisation',
      'Zufriedenheit',
    ]);

    const canvas = element.querySelector('#result-satisfaction')?.closest('article')?.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain('Durchschnitt: 4,5');
    expect(canvas?.getAttribute('aria-label')).toContain('5 – sehr: 2 (50\u00a0%)');

    const toggle = element.querySelector<HTMLButtonElement>('button[aria-controls="result-table-reach"]');
    const region = element.querySelector<HTMLElement>('#result-table-reach');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(region?.hidden).toBe(true);
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(region?.hidden).toBe(false);
    expect(text(region?.querySelector('caption'))).toBe('Daten zu „Wie erreichen Sie Ihre Zielgruppe?“');
    expect(Array.from(region?.querySelectorAll('th[scope="col"]') ?? []).map(text)).toEqual([
      'Antwort',
      'Anzahl',
      'Anteil',
    ]);
    const firstRow = region?.querySelector('tbody tr');
    expect(text(firstRow?.querySelector('th[scope="row"]'))).toBe('E-Mail');
    expect(Array.from(firstRow?.querySelectorAll('td') ?? []).map(text)).toEqual(['3', '75 %']);
  });

  it('shows every table at once when asked', async () => {
    const { element, fixture } = await setUp();
    element.querySelector<HTMLInputElement>('#results-show-tables input')?.click();
    await fixture.whenStable();
    const regions = Array.from(element.querySelectorAll<HTMLElement>('[id^="result-table-"]'));
    expect(regions.map((region) => region.id)).toEqual(['result-table-reach', 'result-table-satisfaction']);
    expect(regions.every((region) => !region.hidden)).toBe(true);
  });

  it('reloads with the segment and complete-only filters', async () => {
    const { element, fixture, fetchOverview } = await setUp();
    expect(fetchOverview).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { surveyId: 's1', segment: null, completeOnly: false } }),
    );
    element.querySelector<HTMLInputElement>('#results-complete-only input')?.click();
    await fixture.whenStable();
    expect(fetchOverview).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { surveyId: 's1', segment: null, completeOnly: true } }),
    );

    element.querySelector<HTMLElement>('#results-segment .mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (item) => text(item) === 'Bildung (12)',
    );
    expect(option).toBeDefined();
    option?.click();
    await fixture.whenStable();
    expect(fetchOverview).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { surveyId: 's1', segment: 'education', completeOnly: true } }),
    );
    expect(text(element.querySelector('p[role="status"]'))).toContain('Filter: Bildung.');
  });

  it('lists free texts page by page and searches after a pause in typing', async () => {
    const { element, fixture, fetchTexts } = await setUp();
    const card = element.querySelector('#result-wish')?.closest('article');
    expect(text(card?.querySelector('h4'))).toBe('Antworten');
    expect(card?.querySelectorAll('li')).toHaveLength(20);
    expect(text(card?.querySelector('p[role="status"]'))).toBe('20 von 25 Freitexten angezeigt.');
    // The choice question with an "other" option lists its texts too.
    expect(fetchTexts.mock.calls.map(([call]) => call.variables.questionKey).sort()).toEqual([
      'reach',
      'wish',
    ]);

    Array.from(card?.querySelectorAll('button') ?? [])
      .find((button) => text(button) === 'Weitere laden')
      ?.click();
    await fixture.whenStable();
    expect(card?.querySelectorAll('li')).toHaveLength(25);

    const input = card?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');
    const before = fetchTexts.mock.calls.length;
    for (const value of ['B', 'Ba', 'Bank']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await sleep(400);
    await fixture.whenStable();
    expect(fetchTexts.mock.calls.length).toBe(before + 1);
    expect(fetchTexts).toHaveBeenLastCalledWith(
      expect.objectContaining({
        variables: expect.objectContaining({ questionKey: 'wish', search: 'Bank', offset: 0 }),
      }),
    );
    expect(text(card?.querySelector('li'))).toBe('wish Bank #0');
  });

  it('requests an export, shows progress and announces the download link', async () => {
    const { element, fixture, mutate, fetchJob } = await setUp();
    const button = element.querySelector<HTMLButtonElement>('#survey-export-XLSX');
    button?.click();
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({ variables: { surveyId: 's1', format: 'XLSX' } });
    const status = () => text(element.querySelector('.mr-export-job__status'));
    expect(status()).toBe('Der Export wartet auf die Bearbeitung …');
    expect(button?.disabled).toBe(true);

    await sleep(1100);
    await fixture.whenStable();
    expect(status()).toBe('Export läuft: 77 von 154 Antworten verarbeitet.');
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');

    await sleep(1100);
    await fixture.whenStable();
    expect(fetchJob).toHaveBeenCalledTimes(2);
    expect(status()).toContain('Der Export ist fertig.');
    const link = element.querySelector<HTMLAnchorElement>('.mr-export-job__status a');
    expect(link?.getAttribute('href')).toBe('/api/exports/job1/file');
    expect(text(link)).toBe('umfrage.xlsx herunterladen (4 kB)');
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    expect(button?.disabled).toBe(false);
  });

  it('reports a refused request instead of results', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    const { element } = await setUp({ overviewError: error });
    expect(text(element.querySelector('p[role="status"]'))).toBe('Keine Berechtigung.');
    expect(element.querySelector('article')).toBeNull();
  });
});
