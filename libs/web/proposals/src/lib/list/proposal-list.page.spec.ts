import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { ProposalListGQL, ProposalListProcessGQL } from '@mitreden/web/core';
import type { ProposalCardFragment, ProposalListQuery, ProposalListQueryVariables } from '@mitreden/web/core';
import proposalsDe from '../../i18n/de.json';
import { ProposalListPage } from './proposal-list.page';

const PROCESS = {
  id: 'p1',
  slug: 'wir-sind-hannover',
  title: 'Wir sind Hannover',
  currentPhase: { id: 'ph', kind: 'FORUMS' as const },
  actionFields: [
    { id: 'af2', position: 2, title: 'Willkommenskultur' },
    { id: 'af1', position: 1, title: 'Partizipation und Teilhabe' },
  ],
  forums: [
    {
      id: 'f1',
      title: 'Forum 1',
      acceptsInput: true,
      startsAt: '2014-06-01T08:00:00Z',
      municipality: 'Hannover',
      actionField: { id: 'af1' },
    },
  ],
};

function card(n: number): ProposalCardFragment {
  return {
    id: `id-${n}`,
    number: n,
    kind: 'MEASURE',
    title: `Maßnahme ${n}`,
    state: 'PUBLISHED',
    hidden: false,
    source: n % 2 ? 'FORUM' : 'ONLINE',
    language: 'de',
    participantCount: n % 2 ? 12 : null,
    supportCount: n,
    commentCount: 0,
    supportedByMe: false,
    createdAt: '2026-11-01T10:00:00Z',
    author: n % 2 ? null : { id: 'u1', displayName: 'Rana Einwohnerin' },
    enteredBy: n % 2 ? { id: 'm1', displayName: 'Mo Moderation' } : null,
    actionField: { id: 'af1', title: 'Partizipation und Teilhabe' },
    forum: null,
  };
}

function connection(from: number, to: number, total: number, endCursor: string | null): ProposalListQuery {
  const nodes = [];
  for (let n = from; n <= to; n += 1) nodes.push(card(n));
  return {
    proposals: {
      totalCount: total,
      pageInfo: { endCursor, hasNextPage: to < total },
      nodes,
      facets: {
        actionField: [{ value: 'af1', count: total }],
        forum: [],
        kind: [
          { value: 'measure', count: total },
          { value: 'goal', count: 3 },
        ],
        state: [{ value: 'published', count: total }],
        source: [{ value: 'forum', count: 13 }],
        language: [{ value: 'de', count: total }],
      },
    },
  };
}

@Component({ template: '' })
class EmptyPage {}

async function setUp(url: string, pages: ProposalListQuery[]) {
  const fetch = jest.fn((_options: { variables: ProposalListQueryVariables }) => of({ data: pages.shift() }));
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: { status: { error: 'Fehler' } }, 'proposals/de': proposalsDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([
        { path: 'processes/:slug/proposals', component: ProposalListPage },
        { path: '**', component: EmptyPage },
      ], withComponentInputBinding()),
      { provide: ProposalListGQL, useValue: { fetch } },
      { provide: ProposalListProcessGQL, useValue: { fetch: () => of({ data: { process: PROCESS } }) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  return { harness, fetch, element: harness.routeNativeElement as HTMLElement };
}

describe('ProposalListPage', () => {
  it('asks for the filters in the URL and shows counts per filter value and each card', async () => {
    const { fetch, element, harness } = await setUp('/processes/wir-sind-hannover/proposals?kind=measure&source=forum&q=Kita', [
      connection(1, 20, 45, 'c20'),
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0].variables).toEqual({
      filter: { processId: 'p1', kind: 'MEASURE', source: 'FORUM', search: 'Kita' },
      sort: 'NEWEST',
      seed: null,
      first: 20,
      after: null,
    });
    expect(element.querySelector('[role="status"]')?.textContent).toContain('20 von 45 Vorschlägen angezeigt.');
    const cards = element.querySelectorAll('.mr-results li');
    expect(cards).toHaveLength(20);
    const collected = cards[0].textContent?.replace(/\s+/g, ' ');
    expect(collected).toContain('Nr. 1');
    expect(collected).toContain('Forum');
    expect(collected).toContain('von der Moderation erfasst, Beteiligte: 12');
    expect(collected).toContain('Unterstützungen: 1');
    expect(cards[1].textContent?.replace(/\s+/g, ' ')).toContain('von Rana Einwohnerin');
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/proposals/id-1');
    expect(element.querySelector<HTMLInputElement>('#proposal-search')?.value).toBe('Kita');

    // The kind filter lists each value with the number of matching proposals.
    element.querySelectorAll<HTMLElement>('mat-select')[2].click();
    await harness.fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option')).map((option) => option.textContent?.replace(/\s+/g, ' ').trim());
    expect(options).toEqual(['Ziele und Maßnahmen', 'Ziel (3)', 'Maßnahme (45)']);
  });

  it('loads the next page after the cursor, appends it, moves focus to the first new card and announces the count', async () => {
    const { fetch, element, harness } = await setUp('/processes/wir-sind-hannover/proposals', [
      connection(1, 20, 25, 'c20'),
      connection(21, 25, 25, null),
    ]);
    const button = element.querySelector<HTMLButtonElement>('.mr-load-more button');
    expect(button?.textContent).toContain('noch 5');
    button?.click();
    await harness.fixture.whenStable();
    expect(fetch.mock.calls[1][0].variables.after).toBe('c20');
    expect(element.querySelectorAll('.mr-results li')).toHaveLength(25);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('25 von 25');
    expect(element.querySelector('.mr-load-more')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Maßnahme 21');
  });

  it('puts a seed into the URL for the random order before asking, so reloads keep the order', async () => {
    const { fetch } = await setUp('/processes/wir-sind-hannover/proposals?sort=random', [connection(1, 3, 3, null)]);
    const router = TestBed.inject(Router);
    expect(router.url).toMatch(/sort=random&seed=[a-z0-9]{8}$/);
    expect(fetch).toHaveBeenCalledTimes(1);
    const seed = new URL(router.url, 'http://x').searchParams.get('seed');
    expect(fetch.mock.calls[0][0].variables).toMatchObject({ sort: 'RANDOM', seed });
  });

  it('says so when nothing matches and offers to reset the filters', async () => {
    const empty = connection(1, 0, 0, null);
    const { element } = await setUp('/processes/wir-sind-hannover/proposals?kind=goal', [empty]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Keine Vorschläge gefunden.');
    expect(element.querySelector('.mr-list-empty')?.textContent).toContain('Kein Vorschlag passt zu Suche und Filtern.');
    expect(element.querySelector('.mr-list-empty button')?.textContent).toContain('Filter zurücksetzen');
  });
});
