import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import {
  InvitationMailingsGQL,
  InvitationsCreateAccessCodesGQL,
  InvitationsImportGQL,
  InvitationsImportPreviewGQL,
  InvitationsInviteTypesGQL,
  InvitationsOverviewGQL,
  InvitationsSendMailingGQL,
  InvitationsSurveyGQL,
} from '@mitreden/web/core';
import type { InvitationsSurveyFieldsFragment } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import type { InvitationRow, Mailing } from './invitation-helpers';
import { SurveyInvitationsPage } from './survey-invitations.page';

const ROOT_DE = {
  status: { error: 'Fehler', info: 'Hinweis' },
  errors: { NOT_FOUND: 'Nicht gefunden', FORBIDDEN: 'Nicht erlaubt', CONFLICT: 'Geändert' },
};

function survey(over: Partial<InvitationsSurveyFieldsFragment> = {}): InvitationsSurveyFieldsFragment {
  return {
    id: 'survey-1',
    title: 'Bedarfsanalyse Integration 2026',
    audience: 'INVITED',
    anonymous: true,
    status: 'PUBLISHED',
    isOpen: true,
    closesAt: null,
    ...over,
  };
}

function row(id: string, status: InvitationRow['status'], over: Partial<InvitationRow['organisation']> = {}): InvitationRow {
  return {
    id,
    status,
    invitedAt: status === 'PENDING' ? null : '2026-11-02T09:00:00.000Z',
    reminderCount: status === 'PARTIAL' ? 1 : 0,
    lastRemindedAt: status === 'PARTIAL' ? '2026-11-09T09:00:00.000Z' : null,
    organisation: {
      id: `org-${id}`,
      name: `Organisation ${id}`,
      email: `${id}@example.org`,
      type: 'MIGRANT_ORGANISATION',
      municipality: 'Garbsen',
      optedOut: false,
      ...over,
    },
  };
}

function mailing(over: Partial<Mailing> = {}): Mailing {
  return {
    id: 'mailing-1',
    kind: 'INVITATION',
    status: 'QUEUED',
    total: 0,
    processed: 0,
    error: null,
    createdAt: '2026-11-21T10:00:00.000Z',
    finishedAt: null,
    ...over,
  };
}

interface Mocks {
  survey: jest.Mock;
  overview: jest.Mock;
  mailings: jest.Mock;
  preview: jest.Mock;
  importOrganisations: jest.Mock;
  invite: jest.Mock;
  send: jest.Mock;
  codes: jest.Mock;
  dialogOpen: jest.Mock;
}

function mocks(over: Partial<Mocks> = {}): Mocks {
  return {
    survey: jest.fn(() => of({ data: { survey: survey() } })),
    overview: jest.fn(() =>
      of({
        data: {
          surveyInvitations: [
            row('a', 'PENDING'),
            row('b', 'PENDING', { optedOut: true }),
            row('c', 'INVITED', { type: 'EDUCATION' }),
            row('d', 'PARTIAL'),
            row('e', 'COMPLETE'),
          ],
          organisations: [
            { id: 'org-a', type: 'MIGRANT_ORGANISATION', optedOut: false },
            { id: 'org-b', type: 'MIGRANT_ORGANISATION', optedOut: true },
            { id: 'org-c', type: 'EDUCATION', optedOut: false },
            { id: 'org-d', type: 'MIGRANT_ORGANISATION', optedOut: false },
            { id: 'org-e', type: 'MIGRANT_ORGANISATION', optedOut: false },
            { id: 'org-f', type: 'WELFARE', optedOut: false },
            { id: 'org-g', type: 'MIGRANT_ORGANISATION', optedOut: false },
          ],
        },
      }),
    ),
    mailings: jest.fn(() => of({ data: { surveyMailings: [] } })),
    preview: jest.fn(),
    importOrganisations: jest.fn(),
    invite: jest.fn(() => of({ data: { inviteOrganisations: [] } })),
    send: jest.fn(),
    codes: jest.fn(),
    dialogOpen: jest.fn(() => ({ afterClosed: () => of(true) })),
    ...over,
  };
}

async function render(m: Mocks): Promise<ComponentFixture<SurveyInvitationsPage>> {
  TestBed.configureTestingModule({
    imports: [
      SurveyInvitationsPage,
      TranslocoTestingModule.forRoot({
        langs: { de: ROOT_DE, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: InvitationsSurveyGQL, useValue: { fetch: m.survey } },
      { provide: InvitationsOverviewGQL, useValue: { fetch: m.overview } },
      { provide: InvitationMailingsGQL, useValue: { fetch: m.mailings } },
      { provide: InvitationsImportPreviewGQL, useValue: { fetch: m.preview } },
      { provide: InvitationsImportGQL, useValue: { mutate: m.importOrganisations } },
      { provide: InvitationsInviteTypesGQL, useValue: { mutate: m.invite } },
      { provide: InvitationsSendMailingGQL, useValue: { mutate: m.send } },
      { provide: InvitationsCreateAccessCodesGQL, useValue: { mutate: m.codes } },
      { provide: MatDialog, useValue: { open: m.dialogOpen } },
    ],
  });
  const fixture = TestBed.createComponent(SurveyInvitationsPage);
  fixture.componentRef.setInput('id', 'survey-1');
  fixture.autoDetectChanges();
  await settle(fixture);
  return fixture;
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const text = (fixture: ComponentFixture<unknown>) =>
  ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');

function button(fixture: ComponentFixture<unknown>, label: string): HTMLButtonElement {
  const found = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find((candidate) =>
    candidate.textContent?.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

function liveStatus(fixture: ComponentFixture<unknown>): string {
  return ((fixture.nativeElement as HTMLElement).querySelector('[role="status"]')?.textContent ?? '').trim();
}

describe('SurveyInvitationsPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the invitations with their status and the mailing buttons with the counts they reach', async () => {
    const fixture = await render(mocks());
    const page = text(fixture);
    expect(page).toContain('Bedarfsanalyse Integration 2026');
    expect(page).toContain('Die Antworten dieser Umfrage sind anonym');
    // a is pending; b is pending but opted out; c and d are not complete.
    expect(button(fixture, 'Einladungen verschicken').textContent).toContain('(1 noch nicht angeschrieben)');
    expect(button(fixture, 'Erinnerungen verschicken').textContent).toContain('(2 nicht vollständig)');
    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('section[aria-labelledby="survey-invitation-list-heading"] tbody tr');
    expect(rows).toHaveLength(5);
    expect(page).toContain('wünscht keine Umfrage-Mails');
    expect(page).toContain('Teilweise beantwortet');
    expect(page).toContain('5 von 5 angezeigt');
    // Per type: 4 reachable migrant organisations (b opted out), 3 of them invited (g is not).
    expect(page).toContain('Migrantenorganisation 4 erreichbar, 3 eingeladen · ohne Umfrage-Mails: 1');
    expect(page).toContain('Wohlfahrtsverband 1 erreichbar, 0 eingeladen');
  });

  it('filters the table by status', async () => {
    const fixture = await render(mocks());
    const select = (fixture.nativeElement as HTMLElement).querySelector<HTMLSelectElement>('.mr-inv-filters select') as HTMLSelectElement;
    select.value = 'PENDING';
    select.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(text(fixture)).toContain('2 von 5 angezeigt');
  });

  it('asks before mailing, then follows the progress until done and announces it', async () => {
    const running = mailing({ status: 'RUNNING', total: 713, processed: 300 });
    const done = mailing({ status: 'DONE', total: 713, processed: 713, finishedAt: '2026-11-21T10:01:00.000Z' });
    const m = mocks({
      send: jest.fn(() => of({ data: { sendSurveyMailing: mailing() } })),
      mailings: jest
        .fn()
        .mockReturnValueOnce(of({ data: { surveyMailings: [] } }))
        .mockReturnValueOnce(of({ data: { surveyMailings: [running] } }))
        .mockReturnValue(of({ data: { surveyMailings: [done] } })),
    });
    const fixture = await render(m);
    button(fixture, 'Einladungen verschicken').click();
    await settle(fixture);
    expect(m.dialogOpen).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ data: expect.objectContaining({ title: 'Einladungen verschicken?' }) }),
    );
    expect(m.send).toHaveBeenCalledWith({ variables: { surveyId: 'survey-1', kind: 'INVITATION' } });
    expect(liveStatus(fixture)).toContain('Der Versand der Einladungen hat begonnen (Empfänger*innen: 1)');
    expect(button(fixture, 'Erinnerungen verschicken').disabled).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 1600));
    await settle(fixture);
    const bar = (fixture.nativeElement as HTMLElement).querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('42');
    expect(text(fixture)).toContain('300 von 713 Mails vorbereitet');

    await new Promise((resolve) => setTimeout(resolve, 1600));
    await settle(fixture);
    expect(liveStatus(fixture)).toContain('Einladungsversand abgeschlossen (Mails: 713).');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="progressbar"]')).toBeNull();
    // Statuses changed: the invitations were loaded again.
    expect(m.overview).toHaveBeenCalledTimes(2);
    const calls = m.mailings.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(m.mailings.mock.calls.length).toBe(calls);
  }, 15_000);

  it('sends nothing when the confirmation is cancelled', async () => {
    const m = mocks({ dialogOpen: jest.fn(() => ({ afterClosed: () => of(false) })), send: jest.fn() });
    const fixture = await render(m);
    button(fixture, 'Erinnerungen verschicken').click();
    await settle(fixture);
    expect(m.send).not.toHaveBeenCalled();
  });

  it('explains a refused mailing while another one runs', async () => {
    const m = mocks({
      send: jest.fn(() =>
        throwError(() => new CombinedGraphQLErrors({ errors: [{ message: 'busy', extensions: { code: 'CONFLICT' } }] })),
      ),
    });
    const fixture = await render(m);
    button(fixture, 'Erinnerungen verschicken').click();
    await settle(fixture);
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Ein anderer Versand dieser Umfrage läuft noch.');
  });

  it('disables mailing while the survey is a draft', async () => {
    const fixture = await render(mocks({ survey: jest.fn(() => of({ data: { survey: survey({ status: 'DRAFT' }) } })) }));
    expect(text(fixture)).toContain('sobald die Umfrage veröffentlicht ist');
    expect(button(fixture, 'Einladungen verschicken').disabled).toBe(true);
  });

  it('invites the chosen organisation types', async () => {
    const m = mocks();
    const fixture = await render(m);
    const checkbox = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLInputElement>('.mr-inv-types input[type="checkbox"]'));
    checkbox[0].click();
    await settle(fixture);
    button(fixture, 'Gewählte Typen einladen').click();
    await settle(fixture);
    expect(m.invite).toHaveBeenCalledWith({ variables: { surveyId: 'survey-1', types: ['MIGRANT_ORGANISATION'] } });
    expect(m.overview).toHaveBeenCalledTimes(2);
  });

  it('checks an import file, shows row problems, then imports and invites', async () => {
    const m = mocks({
      preview: jest.fn(() =>
        of({
          data: {
            organisationImportPreview: {
              rows: [
                { line: 2, name: 'Kulturverein', email: 'kv@example.org', type: 'MIGRANT_ORGANISATION', municipality: 'Garbsen', outcome: 'NEW', errors: [] },
                { line: 3, name: '<script>alert(1)</script>', email: 'kaputt', type: null, municipality: '', outcome: 'INVALID', errors: ['email:invalid', 'type:unknown'] },
              ],
              newCount: 1,
              updateCount: 0,
              unchangedCount: 0,
              invalidCount: 1,
            },
          },
        }),
      ),
      importOrganisations: jest.fn(() => of({ data: { importOrganisations: { created: 1, updated: 0, skipped: 1, invited: 1 } } })),
    });
    const fixture = await render(m);
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#survey-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['Name;E-Mail\n'], 'organisationen.csv', { type: 'text/csv' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    button(fixture, 'Datei prüfen').click();
    await settle(fixture);
    expect(m.preview).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { input: { fileName: 'organisationen.csv', fileBase64: expect.any(String) } } }),
    );
    const page = text(fixture);
    expect(page).toContain('Neu: 1 · aktualisiert: 0 · unverändert: 0 · mit Fehlern: 1');
    expect(page).toContain('Die E-Mail-Adresse ist ungültig.');
    expect(page).toContain('Der Typ ist unbekannt.');
    // Hostile text is shown as text.
    expect((fixture.nativeElement as HTMLElement).querySelector('script')).toBeNull();
    expect(page).toContain('<script>alert(1)</script>');

    button(fixture, 'Importieren').click();
    await settle(fixture);
    expect(m.importOrganisations).toHaveBeenCalledWith({
      variables: { input: { fileName: 'organisationen.csv', fileBase64: expect.any(String) }, surveyId: 'survey-1' },
    });
    expect(text(fixture)).toContain('Import abgeschlossen. Neu: 1 · aktualisiert: 0 · ausgelassene Zeilen: 1 · neu eingeladen: 1.');
    expect(m.overview).toHaveBeenCalledTimes(2);
  });

  it('refuses a file of the wrong type before sending it', async () => {
    const m = mocks();
    const fixture = await render(m);
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#survey-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'liste.pdf')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(text(fixture)).toContain('Nur CSV- und XLSX-Dateien können importiert werden.');
    expect(m.preview).not.toHaveBeenCalled();
  });

  it('creates access codes for anonymous surveys, lists their links and downloads them as CSV', async () => {
    const m = mocks({
      survey: jest.fn(() => of({ data: { survey: survey({ audience: 'ANONYMOUS' }) } })),
      codes: jest.fn(() => of({ data: { createSurveyAccessCodes: ['K7QF-2MZP', 'X9TR-4HWD'] } })),
    });
    const fixture = await render(m);
    expect(m.overview).not.toHaveBeenCalled();
    const count = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#survey-code-count') as HTMLInputElement;
    count.value = '2';
    count.dispatchEvent(new Event('input'));
    button(fixture, 'Codes erzeugen').click();
    await settle(fixture);
    expect(m.codes).toHaveBeenCalledWith({ variables: { surveyId: 'survey-1', count: 2 } });
    const page = text(fixture);
    expect(page).toContain('Jetzt erzeugte Codes: 2');
    expect(page).toContain(`${document.location.origin}/surveys/answer/K7QF-2MZP`);
    expect(liveStatus(fixture)).toContain('Neue Zugangscodes erzeugt: 2.');

    const createObjectURL = jest.fn((_blob: Blob) => 'blob:codes');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    button(fixture, 'Codes und Links herunterladen').click();
    expect(click).toHaveBeenCalled();
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0][0]);
    });
    expect(csv).toContain('K7QF-2MZP,http');
    expect(csv).toContain('X9TR-4HWD,');
  });

  it('refuses a code count out of range without asking the server', async () => {
    const m = mocks({ survey: jest.fn(() => of({ data: { survey: survey({ audience: 'ANONYMOUS' }) } })), codes: jest.fn() });
    const fixture = await render(m);
    const count = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#survey-code-count') as HTMLInputElement;
    count.value = '5000';
    count.dispatchEvent(new Event('input'));
    button(fixture, 'Codes erzeugen').click();
    await settle(fixture);
    expect(m.codes).not.toHaveBeenCalled();
    expect(text(fixture)).toContain('Bitte geben Sie eine Anzahl von 1 bis 1.000 ein.');
  });

  it('says so for public surveys and for unknown ones', async () => {
    const fixture = await render(mocks({ survey: jest.fn(() => of({ data: { survey: survey({ audience: 'PUBLIC' }) } })) }));
    expect(text(fixture)).toContain('Diese Umfrage steht allen mit Konto offen');
    TestBed.resetTestingModule();
    const missing = await render(mocks({ survey: jest.fn(() => of({ data: { survey: null } })) }));
    expect(text(missing)).toContain('Nicht gefunden');
  });
});
