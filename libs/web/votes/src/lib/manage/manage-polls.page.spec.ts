import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LanguageService, ManagedPollsGQL } from '@mitreden/web/core';
import type { ManagePollListItemFragment } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { ManagePollsPage } from './manage-polls.page';

jest.setTimeout(60_000);

const item = (overrides: Partial<ManagePollListItemFragment>): ManagePollListItemFragment => ({
  id: 'poll-1',
  slug: 'name-plan',
  status: 'DRAFT',
  opensAt: '2026-12-01T09:00:00.000Z',
  closesAt: '2026-12-15T17:00:00.000Z',
  turnout: 0,
  question: [
    { locale: 'de', text: 'Wie soll der Plan heißen?' },
    { locale: 'en', text: 'What should the plan be called?' },
  ],
  ...overrides,
});

describe('ManagePollsPage', () => {
  it('lists polls with status in words, turnout and links, and is axe-clean', async () => {
    TestBed.configureTestingModule({
      imports: [
        ManagePollsPage,
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'votes/de': votesDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        {
          provide: ManagedPollsGQL,
          useValue: {
            watch: () => ({
              valueChanges: of({
                dataState: 'complete',
                data: { managedPolls: [item({}), item({ id: 'poll-2', slug: 'offen', status: 'OPEN', turnout: 42 })] },
              }),
            }),
          },
        },
        { provide: LanguageService, useValue: { current: signal('de'), direction: signal('ltr') } },
      ],
    });
    const fixture = TestBed.createComponent(ManagePollsPage);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const rows = el.querySelectorAll('tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[0]?.textContent).toContain('Entwurf (nicht öffentlich)');
    expect(rows[1]?.textContent).toContain('Abgestimmt: 42');
    expect(rows[1]?.querySelector('a[href="/votes/offen"]')).not.toBeNull();
    expect(rows[0]?.querySelector('a[href="/votes/name-plan"]')).toBeNull();
    expect(el.querySelector('a[href="/manage/polls/new"]')?.textContent).toContain('Neue Abstimmung');

    const axe = (await import('axe-core')).default;
    document.body.appendChild(el);
    const result = await axe.run(el, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
