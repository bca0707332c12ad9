import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { CatalogueGQL, LanguageService } from '@mitreden/web/core';
import type { CatalogueQuery, ImplementationStatus } from '@mitreden/web/core';
import catalogueDe from '../../i18n/de.json';
import { CataloguePage } from './catalogue.page';
import {
  formatDay,
  measureAnchor,
  pluralCategory,
  proposalTags,
  statusSummary,
  versionNumberParam,
  versionQueryParams,
} from './catalogue-view';

type Catalogue = NonNullable<CatalogueQuery['catalogue']>;

/** The scope translation as Transloco gets it (keys `catalogue.<section>.…`), whether the section script nests it or not. */
const catalogueScopeDe: Record<string, unknown> =
  'catalogue' in catalogueDe
    ? (catalogueDe as { catalogue: Record<string, unknown> }).catalogue
    : catalogueDe;

function goal(id: string, statuses: ImplementationStatus[]) {
  return { id, measures: statuses.map((status, index) => ({ id: `${id}-m${index}`, status })) };
}

function catalogue(overrides: Partial<Catalogue> = {}): Catalogue {
  const v1 = {
    id: 'v1',
    number: 1,
    adoptedOn: '2025-05-02',
    councilReference: null,
    goalCount: 2,
    measureCount: 3,
  };
  const v2 = {
    id: 'v2',
    number: 2,
    adoptedOn: '2026-03-12',
    councilReference: 'Drucksache 1234/2026',
    goalCount: 3,
    measureCount: 5,
  };
  return {
    processId: 'p1',
    processSlug: 'integration',
    processTitle: 'Integrationsplan 2026',
    version: v2,
    versions: [v2, v1],
    actionFields: [
      { id: 'f1', position: 1, title: 'Ankommen', measureCount: 1, goals: [goal('g1', ['IMPLEMENTED'])] },
      {
        id: 'f3',
        position: 3,
        title: 'Sprache und Bildung',
        measureCount: 4,
        goals: [goal('g2', ['PLANNED', 'IN_PROGRESS', 'IN_PROGRESS']), goal('g3', ['IMPLEMENTED'])],
      },
      { id: 'f4', position: 4, title: 'Wohnen', measureCount: 0, goals: [] },
    ],
    ...overrides,
  };
}

interface Rendered {
  root: HTMLElement;
  variables: unknown[];
}

async function render(result: unknown, versionParam?: string): Promise<Rendered> {
  const variables: unknown[] = [];
  TestBed.configureTestingModule({
    imports: [
      CataloguePage,
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
        provide: CatalogueGQL,
        useValue: {
          watch: (options: { variables: unknown }) => {
            variables.push(options.variables);
            return { valueChanges: result instanceof Error ? throwError(() => result) : of(result) };
          },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(CataloguePage);
  if (versionParam !== undefined) fixture.componentRef.setInput('version', versionParam);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  return { root: fixture.nativeElement as HTMLElement, variables };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('catalogue view helpers', () => {
  it('counts every measure per implementation status, in reading order, with shares', () => {
    expect(statusSummary(catalogue().actionFields)).toEqual([
      { status: 'PLANNED', count: 1, percent: 20 },
      { status: 'IN_PROGRESS', count: 2, percent: 40 },
      { status: 'IMPLEMENTED', count: 2, percent: 40 },
      { status: 'DROPPED', count: 0, percent: 0 },
    ]);
    expect(statusSummary([]).every((row) => row.count === 0 && row.percent === 0)).toBe(true);
  });

  it('reads ?version= strictly and builds anchors from codes', () => {
    expect(versionNumberParam('3')).toBe(3);
    expect(versionNumberParam(undefined)).toBeNull();
    expect(versionNumberParam('0')).toBeNull();
    expect(versionNumberParam('2a')).toBeNull();
    expect(versionNumberParam('-1')).toBeNull();
    expect(versionQueryParams(null)).toEqual({});
    expect(versionQueryParams(2)).toEqual({ version: 2 });
    expect(measureAnchor('3.2')).toBe('measure-3-2');
    expect(measureAnchor('10.12')).toBe('measure-10-12');
  });

  it('formats calendar days without shifting them and picks plural categories per language', () => {
    expect(formatDay('2026-03-01', 'de')).toBe('1. März 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDay(null, 'de')).toBe('');
    expect(formatDay('kein Datum', 'de')).toBe('');
    expect(pluralCategory(1, 'de')).toBe('one');
    expect(pluralCategory(3, 'de')).toBe('other');
    expect(pluralCategory(2, 'ar')).toBe('two');
    expect(pluralCategory(3, 'ar')).toBe('few');
  });

  it('marks merge results, merged originals and non-online sources', () => {
    expect(proposalTags({ source: 'CURATED', state: 'published', forumTitle: null, direct: true })).toEqual([
      'curated',
    ]);
    expect(proposalTags({ source: 'FORUM', state: 'merged', forumTitle: 'Forum 5', direct: false })).toEqual([
      'merged',
    ]);
    expect(proposalTags({ source: 'FORUM', state: 'published', forumTitle: null, direct: true })).toEqual([
      'forum',
    ]);
    expect(proposalTags({ source: 'PAPER', state: 'split', forumTitle: null, direct: false })).toEqual([
      'split',
      'paper',
    ]);
    expect(proposalTags({ source: 'ONLINE', state: 'published', forumTitle: null, direct: true })).toEqual(
      [],
    );
  });
});

describe('CataloguePage', () => {
  it('shows the intro, the adopted version, the implementation summary and the action fields', async () => {
    const { root, variables } = await render({ dataState: 'complete', data: { catalogue: catalogue() } });
    expect(variables).toEqual([{ processSlug: null, versionNumber: null }]);
    expect(text(root.querySelector('h1'))).toBe('Ziele- und Maßnahmenkatalog');
    expect(text(root)).toContain('Der Rat hat diesen Katalog beschlossen.');
    expect(text(root.querySelector('[data-testid="version-line"]'))).toBe(
      'Version 2, beschlossen am 12. März 2026 · Ratsbeschluss: Drucksache 1234/2026',
    );
    expect(root.querySelector('.mr-catalogue__notice')).toBeNull();
    expect(Array.from(root.querySelectorAll('h2')).map(text)).toEqual([
      'Beschlossene Versionen',
      'Stand der Umsetzung',
      'Handlungsfelder',
    ]);

    expect(text(root.querySelector('.mr-status-summary')?.previousElementSibling ?? null)).toBe(
      'Der Katalog enthält 5 Maßnahmen.',
    );
    expect(Array.from(root.querySelectorAll('.mr-status-summary__row')).map(text)).toEqual([
      'Geplant 1 Maßnahme (20 %)',
      'In Umsetzung 2 Maßnahmen (40 %)',
      'Umgesetzt 2 Maßnahmen (40 %)',
      'Nicht weiterverfolgt 0 Maßnahmen (0 %)',
    ]);
    const bars = Array.from(root.querySelectorAll<HTMLElement>('.mr-status-summary__bar'));
    expect(bars.every((bar) => bar.getAttribute('aria-hidden') === 'true')).toBe(true);

    const fields = Array.from(root.querySelectorAll('.mr-catalogue-field'));
    expect(
      fields.map((item) => [
        item.querySelector('a')?.getAttribute('href'),
        text(item.querySelector('a')),
        text(item.querySelector('.mr-catalogue-field__meta')),
      ]),
    ).toEqual([
      ['/catalogue/1', 'Handlungsfeld 1: Ankommen', '1 Ziel · 1 Maßnahme'],
      ['/catalogue/3', 'Handlungsfeld 3: Sprache und Bildung', '2 Ziele · 4 Maßnahmen'],
      ['/catalogue/4', 'Handlungsfeld 4: Wohnen', '0 Ziele · 0 Maßnahmen'],
    ]);
  });

  it('links the adopted versions, marks the shown one and keeps an earlier version in field links', async () => {
    const v1 = {
      id: 'v1',
      number: 1,
      adoptedOn: '2025-05-02',
      councilReference: null,
      goalCount: 2,
      measureCount: 3,
    };
    const { root, variables } = await render(
      { dataState: 'complete', data: { catalogue: catalogue({ version: v1 }) } },
      '1',
    );
    expect(variables).toEqual([{ processSlug: null, versionNumber: 1 }]);
    expect(text(root.querySelector('.mr-catalogue__notice'))).toBe(
      'Sie sehen eine frühere Version des Katalogs. Zur aktuellen Version',
    );
    const versionLinks = Array.from(root.querySelectorAll<HTMLAnchorElement>('.mr-catalogue__versions a'));
    expect(
      versionLinks.map((link) => [link.getAttribute('href'), link.getAttribute('aria-current'), text(link)]),
    ).toEqual([
      ['/catalogue', null, 'Version 2 vom 12. März 2026'],
      ['/catalogue?version=1', 'page', 'Version 1 vom 2. Mai 2025'],
    ]);
    expect(root.querySelector('.mr-catalogue-field a')?.getAttribute('href')).toBe('/catalogue/1?version=1');
  });

  it('explains in a friendly way that no catalogue is adopted yet', async () => {
    const { root } = await render({ dataState: 'complete', data: { catalogue: null } });
    expect(text(root.querySelector('h2'))).toBe('Der Katalog ist noch nicht beschlossen');
    expect(root.querySelector('.mr-status-summary')).toBeNull();
  });

  it('says when a requested version does not exist', async () => {
    const { root } = await render({ dataState: 'complete', data: { catalogue: null } }, '9');
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'Eine beschlossene Version 9 des Katalogs gibt es nicht.',
    );
    expect(root.querySelector('main a, p a')?.getAttribute('href')).toBe('/catalogue');
  });

  it('shows loading and failure states', async () => {
    const loading = await render({ dataState: 'empty', data: undefined });
    expect(text(loading.root.querySelector('[role="status"]'))).toBe('Der Katalog wird geladen …');
    TestBed.resetTestingModule();
    const failed = await render(new Error('offline'));
    expect(text(failed.root.querySelector('[role="alert"]'))).toBe('Der Server ist gerade nicht erreichbar.');
  });
});
