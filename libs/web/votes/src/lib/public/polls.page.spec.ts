import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LanguageService, PollsGQL } from '@mitreden/web/core';
import type { PublicPollItemFragment } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { PollsPage, pollSections } from './polls.page';

function item(overrides: Partial<PublicPollItemFragment>): PublicPollItemFragment {
  return {
    id: 'p1',
    slug: 'plan',
    processSlug: 'integration',
    processTitle: 'Integrationsplan',
    phaseTitle: null,
    question: 'Wie soll der Plan heißen?',
    method: 'RANKED',
    maxChoices: null,
    opensAt: '2026-11-01T08:00:00Z',
    closesAt: '2026-12-01T08:00:00Z',
    status: 'OPEN',
    turnout: 1,
    ...overrides,
  };
}

describe('PollsPage', () => {
  it('groups polls into open, upcoming and closed', () => {
    const sections = pollSections([
      item({ id: 'a', status: 'OPEN' }),
      item({ id: 'b', status: 'SCHEDULED' }),
      item({ id: 'c', status: 'COUNTING' }),
      item({ id: 'd', status: 'CLOSED' }),
    ]);
    expect(sections.map((section) => [section.key, section.polls.map((poll) => poll.id)])).toEqual([
      ['open', ['a']],
      ['upcoming', ['b']],
      ['closed', ['c', 'd']],
    ]);
  });

  it('lists polls with headings, method, dates, turnout and a link', async () => {
    TestBed.configureTestingModule({
      imports: [
        PollsPage,
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'votes/de': votesDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: LanguageService, useValue: { current: signal('de') } },
        {
          provide: PollsGQL,
          useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { polls: [item({})] } }) }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(PollsPage);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(Array.from(root.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['Jetzt offen', 'Demnächst', 'Beendet']);
    const link = root.querySelector('h3 a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/votes/plan');
    expect(root.textContent).toContain('Rangfolge (Instant-Runoff)');
    expect(root.textContent).toContain('offen bis 1. Dezember 2026');
    expect(root.textContent).toContain('1 Person hat abgestimmt');
    expect(root.textContent).toContain(votesDe.list.empty.upcoming);
  });
});
