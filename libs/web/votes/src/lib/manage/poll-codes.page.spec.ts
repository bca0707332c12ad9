import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { GenerateVotingCodesGQL, LanguageService, ManagedPollGQL } from '@mitreden/web/core';
import type { ManagePollDetailFragment } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { PollCodesPage } from './poll-codes.page';

jest.setTimeout(60_000);

const poll: ManagePollDetailFragment = {
  id: 'poll-1',
  slug: 'name-plan',
  status: 'SCHEDULED',
  opensAt: '2026-12-01T09:00:00.000Z',
  closesAt: '2026-12-15T17:00:00.000Z',
  turnout: 0,
  question: [{ locale: 'de', text: 'Wie soll der Plan heißen?' }],
  version: 1,
  processId: 'p1',
  phaseId: null,
  method: 'SINGLE',
  maxChoices: null,
  acceptsAccounts: true,
  acceptsCodes: true,
  allowVoteChange: false,
  municipality: null,
  description: [],
  options: [],
  codes: { generated: 10, used: 2, batches: 1 },
};

describe('PollCodesPage', () => {
  it('shows stats, generates a batch once and renders one letter per code', async () => {
    const generate = jest.fn(() => of({ data: { generateVotingCodes: { batch: 2, codes: ['AAAA-BBBB', 'CCCC-DDDD'] } } }));
    TestBed.configureTestingModule({
      imports: [
        PollCodesPage,
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'votes/de': votesDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: ManagedPollGQL, useValue: { fetch: () => of({ data: { managedPoll: poll } }) } },
        { provide: GenerateVotingCodesGQL, useValue: { mutate: generate } },
        { provide: LanguageService, useValue: { current: signal('de'), direction: signal('ltr') } },
      ],
    });
    const fixture = TestBed.createComponent(PollCodesPage);
    fixture.componentRef.setInput('id', 'poll-1');
    fixture.autoDetectChanges();
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.mr-pc-stats')?.textContent).toContain('10');
    expect(el.textContent).toContain('nur ein einziges Mal angezeigt');

    const count = el.querySelector<HTMLInputElement>('#pc-count');
    if (!count) throw new Error('count field');
    count.value = '2';
    count.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();

    expect(generate).toHaveBeenCalledWith({ variables: { pollId: 'poll-1', count: 2 } });
    expect(el.textContent).toContain('Stapel 2: 2 neue Codes');
    const letters = el.querySelectorAll('.mr-pc-letter');
    expect(letters.length).toBe(2);
    expect(letters[0]?.textContent).toContain(`${location.origin}/votes/name-plan?code=AAAA-BBBB`);
    expect(letters[0]?.textContent).toContain('Wie soll der Plan heißen?');

    const axe = (await import('axe-core')).default;
    document.body.appendChild(el);
    const result = await axe.run(el, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
