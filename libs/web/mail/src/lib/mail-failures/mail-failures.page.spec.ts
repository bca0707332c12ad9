import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { LanguageService, MailDeliveryFailuresGQL } from '@mitreden/web/core';
import mailDe from '../../i18n/de.json';
import mailEn from '../../i18n/en.json';
import { MailFailuresPage } from './mail-failures.page';

/** Noon UTC, so the calendar day is the same in every time zone the tests may run in. */
const FAILURES = [
  {
    __typename: 'MailDeliveryFailure',
    id: 'f1',
    template: 'confirm_email',
    recipientEmail: 'amira@example.org',
    attempts: 8,
    lastError: '550 5.1.1 <amira@example.org>: Recipient address rejected',
    failedAt: '2026-11-03T12:00:00.000Z',
  },
  {
    __typename: 'MailDeliveryFailure',
    id: 'f2',
    template: 'weekly_digest',
    recipientEmail: 'jonas@example.org',
    attempts: 8,
    lastError: null,
    failedAt: '2026-11-02T12:00:00.000Z',
  },
];

const translocoTesting = TranslocoTestingModule.forRoot({
  langs: {
    de: { status: { error: 'Fehler' }, errors: { FORBIDDEN: 'Dafür fehlt Ihnen die Berechtigung.' } },
    en: { status: { error: 'Error' }, errors: { FORBIDDEN: 'You are not allowed to do this.' } },
    'mail/de': mailDe,
    'mail/en': mailEn,
  },
  translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de', reRenderOnLangChange: true },
  preloadLangs: true,
});

function render(): { fixture: ComponentFixture<MailFailuresPage>; controller: ApolloTestingController } {
  TestBed.configureTestingModule({
    imports: [MailFailuresPage, ApolloTestingModule, translocoTesting],
    providers: [
      // Under Jest's JIT compilation the generated service loses its constructor metadata (it names
      // `Apollo.Apollo` through a namespace import), so it is built by hand around the testing client.
      { provide: MailDeliveryFailuresGQL, useFactory: () => new MailDeliveryFailuresGQL(inject(Apollo)) },
    ],
  });
  const fixture = TestBed.createComponent(MailFailuresPage);
  fixture.autoDetectChanges();
  return { fixture, controller: TestBed.inject(ApolloTestingController) };
}

/** Apollo hands results over in later tasks that zoneless `whenStable` does not track. */
async function settle(fixture: ComponentFixture<MailFailuresPage>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

function statusText(fixture: ComponentFixture<MailFailuresPage>): string {
  return fixture.nativeElement.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function cellTexts(fixture: ComponentFixture<MailFailuresPage>): string[][] {
  return Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('tbody tr')).map((row) =>
    Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

describe('MailFailuresPage', () => {
  afterEach(() => TestBed.inject(ApolloTestingController).verify());

  it('lists each failed mail in a labelled table with translated template names and localised dates', async () => {
    const { fixture, controller } = render();
    await settle(fixture);
    expect(statusText(fixture)).toBe('Zustellfehler werden geladen …');

    const operation = controller.expectOne('MailDeliveryFailures');
    expect(operation.operation.variables).toEqual({ limit: 50 });
    operation.flushData({ mailDeliveryFailures: FAILURES });
    await settle(fixture);

    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('h1')?.textContent).toBe('Zustellfehler');
    expect(element.querySelector('table caption')?.textContent?.trim()).toBe('Nicht zugestellte E-Mails');
    expect(element.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Nicht zugestellte E-Mails');
    const headers = Array.from(element.querySelectorAll('thead th')).map((th) => [th.textContent?.trim(), th.getAttribute('scope')]);
    expect(headers).toEqual([
      ['Zeitpunkt', 'col'],
      ['Empfänger', 'col'],
      ['Vorlage', 'col'],
      ['Versuche', 'col'],
      ['Fehlermeldung', 'col'],
    ]);
    expect(cellTexts(fixture)).toEqual([
      [
        expect.stringContaining('03.11.2026'),
        'amira@example.org',
        'E-Mail-Bestätigung',
        '8',
        '550 5.1.1 <amira@example.org>: Recipient address rejected',
      ],
      // An unknown template shows its technical name; a missing error is spelled out for screen readers.
      [expect.stringContaining('02.11.2026'), 'jonas@example.org', 'weekly_digest', '8', 'keine Fehlermeldung gespeichert–'],
    ]);
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-03T12:00:00.000Z');
    expect(statusText(fixture)).toBe('2 E-Mails konnten nicht zugestellt werden.');
  });

  it('formats dates and texts in the language the person switches to', async () => {
    const { fixture, controller } = render();
    controller.expectOne('MailDeliveryFailures').flushData({ mailDeliveryFailures: FAILURES.slice(0, 1) });
    await settle(fixture);

    await TestBed.inject(LanguageService).use('en');
    await settle(fixture);

    const [row] = cellTexts(fixture);
    expect(row[0]).toContain('Nov 3, 2026');
    expect(row[2]).toBe('E-mail confirmation');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('shows the empty state instead of an empty table', async () => {
    const { fixture, controller } = render();
    controller.expectOne('MailDeliveryFailures').flushData({ mailDeliveryFailures: [] });
    await settle(fixture);

    expect(statusText(fixture)).toBe('Keine Zustellfehler – alle E-Mails wurden zugestellt.');
    expect(fixture.nativeElement.querySelector('table')).toBeNull();
  });

  it('says that only the newest mails are shown when the limit is reached', async () => {
    const { fixture, controller } = render();
    const many = Array.from({ length: 50 }, (_, index) => ({ ...FAILURES[0], id: `f${index}` }));
    controller.expectOne('MailDeliveryFailures').flushData({ mailDeliveryFailures: many });
    await settle(fixture);

    expect(statusText(fixture)).toBe('Angezeigt werden die neuesten 50 E-Mails, die nicht zugestellt werden konnten.');
    expect(cellTexts(fixture)).toHaveLength(50);
  });

  it('reports a refused request through the shared error mapping and loads again on reload', async () => {
    const { fixture, controller } = render();
    controller.expectOne('MailDeliveryFailures').graphqlErrors([{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }]);
    await settle(fixture);
    expect(statusText(fixture)).toBe('Fehler: Dafür fehlt Ihnen die Berechtigung.');

    const reload: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(reload.textContent?.trim()).toBe('Neu laden');
    reload.click();
    await settle(fixture);
    expect(statusText(fixture)).toBe('Zustellfehler werden geladen …');

    controller.expectOne('MailDeliveryFailures').flushData({ mailDeliveryFailures: FAILURES });
    await settle(fixture);
    expect(statusText(fixture)).toBe('2 E-Mails konnten nicht zugestellt werden.');
    expect(cellTexts(fixture)).toHaveLength(2);
  });

  it('treats an unreachable server as a network error', async () => {
    const { fixture, controller } = render();
    controller.expectOne('MailDeliveryFailures').networkError(new TypeError('Failed to fetch'));
    await settle(fixture);
    expect(statusText(fixture)).toBe('Fehler: errors.NETWORK');
  });
});
