import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, Scroll, provideRouter, withComponentInputBinding } from '@angular/router';
import type { Event as RouterEvent } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import type { Subject } from 'rxjs';
import { CatalogueFieldDetailGQL, LanguageService } from '@mitreden/web/core';
import type {
  CatalogueFieldDetailQuery,
  PublicCatalogueMeasureFragment,
  PublicCatalogueVersionFragment,
} from '@mitreden/web/core';
import catalogueDe from '../../i18n/de.json';
import { CatalogueFieldPage } from './catalogue-field.page';

type Detail = NonNullable<CatalogueFieldDetailQuery['catalogue']>;
type Field = Detail['actionFields'][number];

/**
 * The scope translation as Transloco gets it (keys `catalogue.<section>.…`). The section script
 * may write the sections directly or under a `catalogue` key; the test reads either.
 */
const catalogueScopeDe: Record<string, unknown> =
  'catalogue' in catalogueDe
    ? (catalogueDe as { catalogue: Record<string, unknown> }).catalogue
    : catalogueDe;

function version(overrides: Partial<PublicCatalogueVersionFragment> = {}): PublicCatalogueVersionFragment {
  return {
    id: 'v2',
    number: 2,
    adoptedOn: '2026-03-12',
    councilReference: 'Drucksache 1234/2026',
    goalCount: 2,
    measureCount: 3,
    ...overrides,
  };
}

function measure(overrides: Partial<PublicCatalogueMeasureFragment> = {}): PublicCatalogueMeasureFragment {
  return {
    id: 'm-3-1',
    number: 1,
    code: '3.1',
    text: 'Sprachkurse im Stadtteil ausbauen',
    textLocale: 'de',
    responsibility: '',
    department: '',
    costNote: '',
    priority: null,
    status: 'PLANNED',
    progress: 0,
    milestones: [],
    provenance: { proposalCount: 0, forumCount: 0, contributorCount: 0, supportCount: 0, proposals: [], forums: [] },
    ...overrides,
  };
}

function field(position: number, overrides: Partial<Field> = {}): Field {
  return {
    id: `f${position}`,
    position,
    title: `Handlungsfeld Nummer ${position}`,
    description: '',
    measureCount: 0,
    goals: [],
    ...overrides,
  };
}

/** Three action fields; field 3 has two goals with three measures, one of them with full provenance. */
function detail(): Detail {
  return {
    processId: 'p1',
    processSlug: 'integration',
    processTitle: 'Integrationsplan 2026',
    version: version(),
    versions: [version({ id: 'v1', number: 1, adoptedOn: '2025-05-02', councilReference: null }), version()],
    actionFields: [
      field(2, {
        title: 'Arbeit und Ausbildung',
        measureCount: 1,
        goals: [
          {
            id: 'g2',
            position: 1,
            title: 'Mehr Ausbildungsplätze',
            titleLocale: 'de',
            sources: [],
            measures: [measure({ id: 'm-2-1', code: '2.1', status: 'IMPLEMENTED', progress: 100 })],
          },
        ],
      }),
      field(3, {
        title: 'Sprache und Bildung',
        description: 'Sprache öffnet Türen.\n\nBildung für alle Altersgruppen.',
        measureCount: 3,
        goals: [
          {
            id: 'g3-1',
            position: 1,
            title: 'Deutsch lernen, wo man wohnt',
            titleLocale: 'de',
            sources: [
              {
                id: 'goal-src',
                number: 7,
                title: 'Sprachcafés überall',
                language: 'de',
                source: 'ONLINE',
                state: 'published',
                forumTitle: null,
                supportCount: 1,
                direct: true,
              },
            ],
            measures: [
              measure(),
              measure({
                id: 'm-3-2',
                number: 2,
                code: '3.2',
                text: 'Kostenlose Kinderbetreuung während der Kurse',
                responsibility: 'Region Hannover',
                department: 'Team Integration',
                costNote: 'ca. 120.000 € im Jahr',
                priority: 'HIGH',
                status: 'IN_PROGRESS',
                progress: 40,
                milestones: [
                  {
                    id: 'ms1',
                    position: 1,
                    title: 'Träger gefunden',
                    titleLocale: 'de',
                    dueOn: '2026-04-30',
                    doneOn: '2026-04-15',
                  },
                  { id: 'ms2', position: 2, title: 'Erste Kurse', titleLocale: 'de', dueOn: '2026-09-01', doneOn: null },
                ],
                provenance: {
                  proposalCount: 3,
                  forumCount: 2,
                  contributorCount: 5,
                  supportCount: 41,
                  proposals: [
                    {
                      id: 'merged-result',
                      number: 40,
                      title: 'Betreuung bei Kursen',
                      language: 'de',
                      source: 'CURATED',
                      state: 'published',
                      forumTitle: null,
                      supportCount: 12,
                      direct: true,
                    },
                    {
                      id: 'orig-a',
                      number: 11,
                      title: 'Kita während des Sprachkurses',
                      language: 'de',
                      source: 'FORUM',
                      state: 'merged',
                      forumTitle: 'Forum Linden',
                      supportCount: 1,
                      direct: false,
                    },
                    {
                      id: 'orig-b',
                      number: 12,
                      title: 'Kinder mitbringen dürfen',
                      language: 'de',
                      source: 'ONLINE',
                      state: 'merged',
                      forumTitle: null,
                      supportCount: 28,
                      direct: false,
                    },
                  ],
                  forums: [
                    { id: 'forum-linden', title: 'Forum Linden' },
                    { id: 'forum-online', title: 'Online-Forum Bildung' },
                  ],
                },
              }),
            ],
          },
          {
            id: 'g3-2',
            position: 2,
            title: 'Schulen stärken',
            titleLocale: 'de',
            sources: [],
            measures: [measure({ id: 'm-3-3', number: 3, code: '3.3', status: 'DROPPED' })],
          },
        ],
      }),
      field(4, { title: 'Wohnen' }),
    ],
  };
}

interface Rendered {
  root: HTMLElement;
  variables: unknown[];
}

async function render(
  fieldParam: string,
  data: Detail | null = detail(),
  versionParam?: string,
): Promise<Rendered> {
  const variables: unknown[] = [];
  TestBed.configureTestingModule({
    imports: [
      CatalogueFieldPage,
      TranslocoTestingModule.forRoot({
        langs: {
          de: { errors: { NETWORK: 'Der Server ist gerade nicht erreichbar.' } },
          'catalogue/de': catalogueScopeDe,
        },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: LanguageService, useValue: { current: signal('de') } },
      {
        provide: CatalogueFieldDetailGQL,
        useValue: {
          watch: (options: { variables: unknown }) => {
            variables.push(options.variables);
            return { valueChanges: of({ dataState: 'complete', data: { catalogue: data } }) };
          },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(CatalogueFieldPage);
  fixture.componentRef.setInput('field', fieldParam);
  if (versionParam !== undefined) fixture.componentRef.setInput('version', versionParam);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  return { root: fixture.nativeElement as HTMLElement, variables };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('CatalogueFieldPage', () => {
  it('shows the field with its goals as headings and a table of contents', async () => {
    const { root, variables } = await render('3');
    expect(variables).toEqual([{ processSlug: null, versionNumber: null }]);
    expect(text(root.querySelector('h1'))).toBe('Sprache und Bildung');
    expect(Array.from(root.querySelectorAll('.mr-field-page__description')).map(text)).toEqual([
      'Sprache öffnet Türen.',
      'Bildung für alle Altersgruppen.',
    ]);
    expect(Array.from(root.querySelectorAll('h2.mr-goal__title')).map(text)).toEqual([
      'Ziel 1 Deutsch lernen, wo man wohnt',
      'Ziel 2 Schulen stärken',
    ]);
    const tocLinks = Array.from(root.querySelectorAll<HTMLAnchorElement>('.mr-field-page__toc a'));
    expect(tocLinks.map((link) => link.getAttribute('href'))).toEqual(['/#goal-1', '/#goal-2']);
    expect(text(root.querySelector('.mr-field-page__toc li'))).toBe(
      'Deutsch lernen, wo man wohnt (2 Maßnahmen)',
    );
    expect(text(root.querySelector('.mr-field-page__version'))).toBe(
      'Version 2, beschlossen am 12. März 2026 · Ratsbeschluss: Drucksache 1234/2026',
    );
  });

  it('marks every text with the language it is written in, so a German fallback is read as German', async () => {
    const data = detail();
    const goal = data.actionFields[1].goals[0];
    goal.titleLocale = 'en';
    goal.measures[0] = { ...goal.measures[0], textLocale: 'en' };
    goal.measures[1].provenance.proposals[2] = { ...goal.measures[1].provenance.proposals[2], language: 'tr' };
    const { root } = await render('3', data);
    expect(root.querySelector('h2.mr-goal__title bdi')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('#measure-3-1 .mr-measure__text')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('#measure-3-2 .mr-measure__text')?.getAttribute('lang')).toBe('de');
    const milestoneLangs = Array.from(root.querySelectorAll('#measure-3-2 li bdi[lang]')).map((bdi) => bdi.getAttribute('lang'));
    expect(milestoneLangs).toContain('de');
    const proposalLink = Array.from(root.querySelectorAll('#measure-3-2 a')).find((link) => text(link).includes('Kinder mitbringen'));
    expect(proposalLink?.querySelector('bdi')?.getAttribute('lang')).toBe('tr');
  });

  it('renders each measure as an article anchored by its code, with facts, status, progress and milestones', async () => {
    const { root } = await render('3');
    expect(Array.from(root.querySelectorAll('article')).map((article) => article.id)).toEqual([
      'measure-3-1',
      'measure-3-2',
      'measure-3-3',
    ]);
    const article = root.querySelector('#measure-3-2') as HTMLElement;
    expect(article.getAttribute('aria-labelledby')).toBe('measure-3-2-heading');
    expect(text(article.querySelector('h3'))).toBe('Maßnahme 3.2');
    expect(text(article.querySelector('.mr-measure__text'))).toBe(
      'Kostenlose Kinderbetreuung während der Kurse',
    );
    expect(text(article.querySelector('.mr-status-badge'))).toBe('Stand: In Umsetzung');
    const facts = Array.from(article.querySelectorAll('dt')).map(
      (dt) => `${text(dt)}=${text(dt.nextElementSibling)}`,
    );
    expect(facts).toEqual([
      'Zuständig=Region Hannover',
      'Fachbereich=Team Integration',
      'Kosten=ca. 120.000 € im Jahr',
      'Priorität=Hoch',
      'Fortschritt=40 %',
    ]);
    const progress = article.querySelector('progress') as HTMLProgressElement;
    expect(progress.value).toBe(40);
    expect(progress.max).toBe(100);
    expect(progress.getAttribute('aria-labelledby')).toBe('measure-3-2-progress');
    expect(Array.from(article.querySelectorAll('.mr-milestones li')).map(text)).toEqual([
      'Träger gefunden: erledigt am 15. April 2026 (geplant bis 30. April 2026)',
      'Erste Kurse: geplant bis 1. September 2026',
    ]);
    // Empty facts stay out, and a dropped measure shows no progress bar.
    const first = root.querySelector('#measure-3-1') as HTMLElement;
    expect(Array.from(first.querySelectorAll('dt')).map(text)).toEqual(['Fortschritt']);
    expect(root.querySelector('#measure-3-3 progress')).toBeNull();
  });

  it('shows provenance counts with plurals and lists the proposals with links and markers', async () => {
    const { root } = await render('3');
    const article = root.querySelector('#measure-3-2') as HTMLElement;
    expect(text(article.querySelector('.mr-provenance__counts'))).toBe(
      'aus 3 Vorschlägen · 2 Foren · 5 Beteiligte · 41 Unterstützungen',
    );
    const details = article.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Die 3 Vorschläge anzeigen');
    const items = Array.from(details.querySelectorAll('li'));
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual([
      '/proposals/merged-result',
      '/proposals/orig-a',
      '/proposals/orig-b',
    ]);
    expect(items.map(text)).toEqual([
      'Nr. 40 Betreuung bei Kursen · zusammengefasster Vorschlag · 12 Unterstützungen',
      'Nr. 11 Kita während des Sprachkurses · eingebracht in Forum Linden · zusammengeführt · 1 Unterstützung',
      'Nr. 12 Kinder mitbringen dürfen · zusammengeführt · 28 Unterstützungen',
    ]);
    const forumLinks = Array.from(details.querySelectorAll('.mr-provenance__forums a'));
    expect(forumLinks.map((link) => [link.getAttribute('href'), text(link)])).toEqual([
      ['/forums/forum-linden', 'Forum Linden'],
      ['/forums/forum-online', 'Online-Forum Bildung'],
    ]);
    // A measure written by the project group says so instead of "from 0 proposals".
    expect(text(root.querySelector('#measure-3-1 .mr-provenance'))).toBe(
      'Diese Maßnahme hat die Projektgruppe neu formuliert; sie geht nicht auf einen einzelnen Vorschlag zurück.',
    );
    expect(root.querySelector('#measure-3-1 details')).toBeNull();
  });

  it('lists goal sources and links to the previous and next action field', async () => {
    const { root } = await render('3');
    const sources = root.querySelector('.mr-goal__sources') as HTMLElement;
    expect(text(sources)).toContain('Dieses Ziel geht auf folgende Vorschläge zurück:');
    expect(sources.querySelector('a')?.getAttribute('href')).toBe('/proposals/goal-src');
    const pager = Array.from(root.querySelectorAll<HTMLAnchorElement>('.mr-field-page__pager a'));
    expect(pager.map((link) => [link.getAttribute('href'), link.getAttribute('rel'), text(link)])).toEqual([
      ['/catalogue/2', 'prev', 'Vorheriges Handlungsfeld 2 Arbeit und Ausbildung'],
      ['/catalogue/4', 'next', 'Nächstes Handlungsfeld 4 Wohnen'],
    ]);
  });

  it('keeps an earlier version in links and tells the reader it is not the current one', async () => {
    const earlier = detail();
    earlier.version = version({ id: 'v1', number: 1, adoptedOn: '2025-05-02', councilReference: null });
    const { root, variables } = await render('3', earlier, '1');
    expect(variables).toEqual([{ processSlug: null, versionNumber: 1 }]);
    expect(text(root.querySelector('.mr-field-page__version'))).toBe('Version 1, beschlossen am 2. Mai 2025');
    expect(text(root.querySelector('.mr-field-page__notice'))).toContain(
      'Sie sehen eine frühere Version des Katalogs.',
    );
    expect(root.querySelector('.mr-field-page__back a')?.getAttribute('href')).toBe('/catalogue?version=1');
    expect(root.querySelector('.mr-field-page__next a')?.getAttribute('href')).toBe('/catalogue/4?version=1');
  });

  it('says so when the action field does not exist', async () => {
    const { root } = await render('99');
    expect(text(root.querySelector('h1'))).toBe('Handlungsfeld nicht gefunden');
    expect(root.querySelector('article')).toBeNull();
    const { root: notNumber } = await (async () => {
      TestBed.resetTestingModule();
      return render('abc');
    })();
    expect(text(notNumber.querySelector('h1'))).toBe('Handlungsfeld nicht gefunden');
  });

  it('explains that no catalogue is adopted yet', async () => {
    const { root } = await render('3', null);
    expect(text(root.querySelector('h1'))).toBe('Ziele- und Maßnahmenkatalog');
    expect(text(root)).toContain('Der Rat hat den Ziele- und Maßnahmenkatalog noch nicht beschlossen.');
  });
});

describe('CatalogueFieldPage in the router', () => {
  async function navigate(url: string) {
    const variables: unknown[] = [];
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'catalogue/de': catalogueScopeDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter(
          [{ path: 'catalogue/:field', component: CatalogueFieldPage }],
          withComponentInputBinding(),
        ),
        { provide: LanguageService, useValue: { current: signal('de') } },
        {
          provide: CatalogueFieldDetailGQL,
          useValue: {
            watch: (options: { variables: unknown }) => {
              variables.push(options.variables);
              return { valueChanges: of({ dataState: 'complete', data: { catalogue: detail() } }) };
            },
          },
        },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.autoDetectChanges();
    await harness.fixture.whenStable();
    return { harness, variables };
  }

  /** The router announces anchors a frame after navigating; wait for the page to act on it. */
  async function until(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 50 && !condition(); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }

  // jsdom has no layout, so no scrollIntoView; the page's focus handling is what is checked here.
  beforeAll(() => {
    Element.prototype.scrollIntoView = function scrollIntoView() {
      /* no layout in jsdom */
    };
  });

  it('takes :field and ?version from the address and brings the measure in the fragment into focus', async () => {
    const { harness, variables } = await navigate('/catalogue/3?version=1#measure-3-2');
    expect(variables).toEqual([{ processSlug: null, versionNumber: 1 }]);
    await until(() => document.activeElement?.id === 'measure-3-2');
    expect(document.activeElement?.id).toBe('measure-3-2');
    expect(text(harness.routeNativeElement?.querySelector('h1') ?? null)).toBe('Sprache und Bildung');
  });

  it('moves focus to a goal chosen in the table of contents once the router announces the anchor', async () => {
    const { harness } = await navigate('/catalogue/3');
    const router = TestBed.inject(Router);
    let navigationEnd: NavigationEnd | null = null;
    router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) navigationEnd = event;
    });
    const link = Array.from(
      harness.routeNativeElement?.querySelectorAll<HTMLAnchorElement>('.mr-field-page__toc a') ?? [],
    )[1];
    link.click();
    await until(() => navigationEnd !== null);
    expect(router.url).toBe('/catalogue/3#goal-2');
    // The app's router scroller (started only at app bootstrap) announces the anchor after scrolling to the top.
    (router.events as Subject<RouterEvent>).next(
      new Scroll(navigationEnd as unknown as NavigationEnd, null, 'goal-2'),
    );
    await until(() => document.activeElement?.id === 'goal-2');
    expect(document.activeElement?.id).toBe('goal-2');
    expect(document.activeElement?.tagName).toBe('H2');
  });
});
