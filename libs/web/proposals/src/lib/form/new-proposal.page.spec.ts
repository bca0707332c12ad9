import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import {
  CreateProposalGQL,
  ProposalFormForumGQL,
  ProposalGoalsGQL,
  ProposalListProcessGQL,
  SimilarProposalsGQL,
  SupportProposalGQL,
} from '@mitreden/web/core';
import type { SimilarProposalsQuery } from '@mitreden/web/core';
import proposalsDe from '../../i18n/de.json';
import { DRAFT_STORAGE, draftKey } from './draft-storage';
import { NewProposalPage, SIMILAR_DEBOUNCE_MS } from './new-proposal.page';

const PROCESS = {
  id: 'p1',
  slug: 'wir-sind-hannover',
  title: 'Wir sind Hannover',
  currentPhase: { id: 'ph', kind: 'FORUMS' as const },
  actionFields: [
    { id: 'af1', position: 1, title: 'Partizipation und Teilhabe' },
    { id: 'af2', position: 2, title: 'Willkommenskultur' },
  ],
  forums: [
    { id: 'f1', title: 'Forum 1', acceptsInput: true, startsAt: '2014-06-01T08:00:00Z', municipality: 'Hannover', actionField: { id: 'af2' } },
    { id: 'f2', title: 'Geschlossen', acceptsInput: false, startsAt: '2014-06-01T08:00:00Z', municipality: 'Hannover', actionField: { id: 'af1' } },
  ],
};

const SIMILAR: SimilarProposalsQuery['similarProposals'] = [
  {
    similarity: 0.7,
    proposal: { id: 's1', number: 42, kind: 'MEASURE', title: 'Einen Integrationsbeirat einrichten', state: 'PUBLISHED', supportCount: 3, supportedByMe: false },
  },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ template: '' })
class EmptyPage {}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

async function setUp(url: string, storage = new MemoryStorage()) {
  const similar = jest.fn(() => of({ data: { similarProposals: SIMILAR } }));
  const create = jest.fn(() => of({ data: { createProposal: { id: 'new-1' } } }));
  const support = jest.fn(() => of({ data: { supportProposal: { id: 's1', supportCount: 4, supportedByMe: true } } }));
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'proposals/de': proposalsDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter(
        [
          { path: 'proposals/new', component: NewProposalPage },
          { path: '**', component: EmptyPage },
        ],
        withComponentInputBinding(),
      ),
      { provide: DRAFT_STORAGE, useValue: storage },
      { provide: ProposalListProcessGQL, useValue: { fetch: () => of({ data: { process: PROCESS } }) } },
      { provide: ProposalFormForumGQL, useValue: { fetch: () => of({ data: { forum: null } }) } },
      {
        provide: ProposalGoalsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                proposals: {
                  pageInfo: { endCursor: null, hasNextPage: false },
                  nodes: [
                    { id: 'g2', number: 2, title: 'Willkommen heißen', actionField: { id: 'af2' } },
                    { id: 'g1', number: 1, title: 'Teilhabe stärken', actionField: { id: 'af1' } },
                  ],
                },
              },
            }),
        },
      },
      { provide: SimilarProposalsGQL, useValue: { fetch: similar } },
      { provide: CreateProposalGQL, useValue: { mutate: create } },
      { provide: SupportProposalGQL, useValue: { mutate: support } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  const page = await harness.navigateByUrl(url, NewProposalPage);
  // The process is looked up in a promise chain Angular does not track; let it settle.
  await pause(0);
  await harness.fixture.whenStable();
  return { harness, page, similar, create, support, storage, element: harness.routeNativeElement as HTMLElement };
}

function type(element: HTMLElement, selector: string, value: string): void {
  const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`${selector} missing`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}


describe('NewProposalPage', () => {
  it('preselects the forum and its action field from the link and offers only fitting goals and open forums', async () => {
    const { element, harness } = await setUp('/proposals/new?process=wir-sind-hannover&forum=f1');
    const selects = Array.from(element.querySelectorAll<HTMLElement>('mat-select'));
    const shown = selects.map((select) => select.querySelector('.mat-mdc-select-value')?.textContent?.trim());
    // Action field, goal, forum, language.
    expect(shown).toEqual(['Willkommenskultur', 'Keinem bestimmten Ziel', 'Forum 1', 'Deutsch']);
    expect(element.querySelector<HTMLInputElement>('input[type="radio"][value="MEASURE"]')?.checked).toBe(true);

    const optionsOf = async (select: HTMLElement) => {
      select.click();
      await harness.fixture.whenStable();
      const panel = document.getElementById(select.getAttribute('aria-controls') ?? '');
      const texts = Array.from(panel?.querySelectorAll('mat-option') ?? []).map((option) => option.textContent?.replace(/\s+/g, ' ').trim());
      return texts;
    };
    expect(await optionsOf(selects[1])).toEqual(['Keinem bestimmten Ziel', 'Nr. 2 Willkommen heißen']);
    expect(await optionsOf(selects[2])).toEqual(['Keinem Forum', 'Forum 1']);
  });

  it('asks for similar proposals once typing pauses, lists them with a link, and supports one instead', async () => {
    const { element, harness, similar, support } = await setUp('/proposals/new?process=wir-sind-hannover');
    type(element, '#proposal-title', 'Inte');
    type(element, '#proposal-title', 'Integrationsbeirat');
    type(element, '#proposal-title', 'Integrationsbeirat gründen');
    await pause(SIMILAR_DEBOUNCE_MS + 100);
    await harness.fixture.whenStable();
    expect(similar).toHaveBeenCalledTimes(1);
    expect(similar).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { processId: 'p1', title: 'Integrationsbeirat gründen', body: null } }),
    );
    expect(element.querySelector('#similar-proposals')?.textContent).toContain('Ähnliche Vorschläge gefunden: 1.');
    const link = element.querySelector<HTMLAnchorElement>('.mr-similar__list a');
    expect(link?.getAttribute('href')).toBe('/proposals/s1');

    element.querySelector<HTMLButtonElement>('.mr-similar__list button')?.click();
    await harness.fixture.whenStable();
    expect(support).toHaveBeenCalledWith({ variables: { id: 's1' } });
    expect(element.querySelector('.mr-similar__list')?.textContent).toContain('Von Ihnen unterstützt');
  });

  it('keeps the draft in session storage and restores it on return', async () => {
    const first = await setUp('/proposals/new?process=wir-sind-hannover');
    type(first.element, '#proposal-title', 'Mehr Sprachkurse');
    await pause(SIMILAR_DEBOUNCE_MS + 100);
    const stored = first.storage.getItem(draftKey('wir-sind-hannover'));
    expect(stored && JSON.parse(stored)).toMatchObject({ title: 'Mehr Sprachkurse', kind: 'MEASURE' });

    TestBed.resetTestingModule();
    const second = await setUp('/proposals/new?process=wir-sind-hannover', first.storage);
    expect(second.element.querySelector<HTMLInputElement>('#proposal-title')?.value).toBe('Mehr Sprachkurse');
    expect(second.element.textContent).toContain('Ihr gespeicherter Entwurf wurde wiederhergestellt.');
  });

  it('refuses an incomplete form without sending, then submits and opens the new proposal', async () => {
    const { element, harness, create, storage } = await setUp('/proposals/new?process=wir-sind-hannover&forum=f1');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(create).not.toHaveBeenCalled();

    type(element, '#proposal-title', '  Sprachcafés in Stadtteilen  ');
    type(element, 'textarea', 'Jeden Samstag.');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(create).toHaveBeenCalledWith({
      variables: {
        input: {
          processId: 'p1',
          kind: 'MEASURE',
          goalId: null,
          actionFieldId: 'af2',
          forumId: 'f1',
          title: 'Sprachcafés in Stadtteilen',
          body: 'Jeden Samstag.',
          language: 'de',
        },
      },
    });
    expect(TestBed.inject(Router).url).toBe('/proposals/new-1');
    expect(storage.getItem(draftKey('wir-sind-hannover'))).toBeNull();
  });
});
