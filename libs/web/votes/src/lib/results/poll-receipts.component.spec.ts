import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CombinedGraphQLErrors } from '@apollo/client';
import { of, throwError } from 'rxjs';
import { PAPER_CODE_ALPHABET } from '@mitreden/shared/votes';
import { PollReceiptsGQL } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { PollReceiptsComponent, RECEIPT_PAGE_SIZE } from './poll-receipts.component';

interface Variables {
  pollId: string;
  search: string | null;
  offset: number;
  limit: number;
}

/** 150 receipts, alphabetical; search is a substring match (the test double of the API's search). */
const A = PAPER_CODE_ALPHABET;
const ALL = Array.from(
  { length: 150 },
  (_, i) => `ABCD-EFGH-JK${A[Math.floor(i / A.length)]}${A[i % A.length]}`,
).sort();

async function render(options: { error?: unknown } = {}) {
  const fetch = jest.fn(({ variables }: { variables: Variables }) => {
    if (options.error) return throwError(() => options.error);
    const matching = variables.search ? ALL.filter((code) => code.includes(variables.search ?? '')) : ALL;
    return of({
      data: {
        pollReceipts: {
          total: matching.length,
          receipts: matching.slice(variables.offset, variables.offset + variables.limit),
        },
      },
    });
  });
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: {
          de: { errors: { RESULTS_SEALED: 'Die Ergebnisse sind bis zur Auszählung versiegelt.' } },
          'votes/de': votesDe,
        },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: PollReceiptsGQL, useValue: { fetch } }],
  });
  const fixture = TestBed.createComponent(PollReceiptsComponent);
  fixture.componentRef.setInput('pollId', 'p1');
  fixture.componentRef.setInput('slug', 'integrationsplan');
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, fetch };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function check(fixture: Awaited<ReturnType<typeof render>>['fixture'], code: string) {
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('#poll-receipt-code');
  if (!input) throw new Error('no input');
  input.value = code;
  input.dispatchEvent(new Event('input'));
  element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await fixture.whenStable();
  return text(element.querySelector('#poll-receipt-result'));
}

describe('PollReceiptsComponent', () => {
  it('lists receipts page by page with the total and the CSV link', async () => {
    const { element, fixture, fetch } = await render();
    expect(text(element.querySelector('h2'))).toBe('Ist meine Stimme gezählt?');
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        variables: { pollId: 'p1', search: null, offset: 0, limit: RECEIPT_PAGE_SIZE },
      }),
    );
    expect(element.querySelectorAll('ul li')).toHaveLength(100);
    expect(element.querySelector('ul')?.getAttribute('aria-label')).toBe(
      'Quittungen der gezählten Stimmzettel, alphabetisch',
    );
    expect(text(element.querySelector('.mr-poll-receipts__count'))).toBe(
      'Quittungen angezeigt: 100 von 150.',
    );

    const more = Array.from(element.querySelectorAll('button')).find(
      (button) => text(button) === 'Weitere Quittungen laden',
    );
    more?.click();
    await fixture.whenStable();
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ offset: 100 }) }),
    );
    expect(element.querySelectorAll('ul li')).toHaveLength(150);
    expect(text(element.querySelector('.mr-poll-receipts__count'))).toBe(
      'Quittungen angezeigt: 150 von 150.',
    );
    expect(
      Array.from(element.querySelectorAll('button')).some((b) => text(b) === 'Weitere Quittungen laden'),
    ).toBe(false);

    const link = Array.from(element.querySelectorAll('a')).find((a) =>
      a.getAttribute('href')?.endsWith('.csv'),
    );
    expect(link?.getAttribute('href')).toBe('/api/polls/integrationsplan/receipts.csv');
  });

  it('finds a receipt typed loosely but only on an exact match, in a live region', async () => {
    const { element, fixture, fetch } = await render();
    const field = element.querySelector('#poll-receipt-code');
    const label = element.querySelector(`label[for="${field?.id}"]`);
    expect(text(label)).toBe('Quittungscode');
    const region = element.querySelector('#poll-receipt-result');
    expect(region?.getAttribute('role')).toBe('status');

    const code = ALL[7] ?? '';
    expect(await check(fixture, ` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(
      `Gefunden: Die Quittung ${code} steht in der Liste. Ihr Stimmzettel wurde gezählt.`,
    );
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { pollId: 'p1', search: code, offset: 0, limit: 10 } }),
    );

    expect(await check(fixture, 'ZZZZ-ZZZZ-ZZZZ')).toBe(
      'Nicht gefunden: Die Quittung ZZZZ-ZZZZ-ZZZZ steht nicht in der Liste. Bitte prüfen Sie die Eingabe.',
    );

    const calls = fetch.mock.calls.length;
    expect(await check(fixture, 'ABCD-EFGH')).toBe(
      'Das ist kein gültiger Quittungscode. Ein Quittungscode hat 12 Zeichen (Buchstaben und Ziffern), z. B. ABCD-EFGH-JKMN.',
    );
    expect(fetch.mock.calls.length).toBe(calls);
  });

  it('is axe-clean with a check result (structure; contrast is checked in the browser)', async () => {
    const axe = (await import('axe-core')).default;
    const { element, fixture } = await render();
    await check(fixture, ALL[0] ?? '');
    const result = await axe.run(element, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }, 30_000);

  it('shows the API refusal before the count', async () => {
    const sealed = new CombinedGraphQLErrors({
      errors: [{ message: 'sealed', extensions: { code: 'RESULTS_SEALED' } }],
    });
    const { element, fixture } = await render({ error: sealed });
    expect(text(element.querySelector('.mr-poll-receipts__count'))).toBe(
      'Die Ergebnisse sind bis zur Auszählung versiegelt.',
    );
    expect(await check(fixture, 'ABCD-EFGH-JKMN')).toBe('Die Ergebnisse sind bis zur Auszählung versiegelt.');
  });
});
