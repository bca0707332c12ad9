import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { DashboardResponseRatesGQL } from '@mitreden/web/core';
import type { DashboardRateRowFieldsFragment, DashboardResponseRatesQuery } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { SurveyDashboardPage } from './survey-dashboard.page';

const ROOT_DE = { status: { error: 'Fehler' }, errors: { NOT_FOUND: 'Nicht gefunden', FORBIDDEN: 'Nicht erlaubt' } };

function rate(type: DashboardRateRowFieldsFragment['type'], invited: number, opened: number, started: number, complete: number): DashboardRateRowFieldsFragment {
  const share = (count: number) => (invited > 0 ? count / invited : 0);
  return { type, invited, opened, started, complete, openedShare: share(opened), startedShare: share(started), completeShare: share(complete) };
}

/** The figures: 713 invited, 154 answered partly or fully, 110 completely. */
function invitedData(): DashboardResponseRatesQuery {
  return {
    survey: {
      id: 'survey-1',
      title: 'Bedarfsanalyse Integration',
      audience: 'INVITED',
      anonymous: true,
      status: 'PUBLISHED',
      isOpen: true,
      closesAt: null,
    },
    surveyResponseRates: {
      overall: rate(null, 713, 300, 154, 110),
      byType: [
        rate('EDUCATION', 213, 100, 54, 40),
        rate('MIGRANT_ORGANISATION', 500, 200, 100, 70),
        rate('WELFARE', 0, 0, 0, 0),
      ],
      codes: null,
      started: 154,
      complete: 110,
    },
  };
}

async function render(fetch: jest.Mock): Promise<ComponentFixture<SurveyDashboardPage>> {
  TestBed.configureTestingModule({
    imports: [
      SurveyDashboardPage,
      TranslocoTestingModule.forRoot({
        langs: { de: ROOT_DE, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([]), { provide: DashboardResponseRatesGQL, useValue: { fetch } }],
  });
  const fixture = TestBed.createComponent(SurveyDashboardPage);
  fixture.componentRef.setInput('id', 'survey-1');
  fixture.autoDetectChanges();
  for (let i = 0; i < 4; i += 1) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
  return fixture;
}

/** Text of every node joined by a space, so cells and terms read apart; NBSP (in "21,6 %") is kept. */
function text(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts
    .map((part) => part.replace(/[ \t\n\r]+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

describe('SurveyDashboardPage', () => {
  it('shows invited, opened, started and complete with percentages formatted for the language', async () => {
    const fetch = jest.fn(() => of({ data: invitedData() }));
    const fixture = await render(fetch);
    const element = fixture.nativeElement as HTMLElement;
    expect(fetch).toHaveBeenCalledWith({ variables: { surveyId: 'survey-1' }, fetchPolicy: 'network-only' });
    const figures = text(element.querySelector('.mr-dash-figures'));
    expect(figures).toContain('Eingeladen 713');
    expect(figures).toContain('Geantwortet (teilweise oder ganz) 154 21,6\u00a0% der Eingeladenen');
    expect(figures).toContain('Vollständig 110 15,4\u00a0% der Eingeladenen');
    // Bars are decoration: their figures are written next to them.
    const bars = element.querySelectorAll('.mr-dash-bar__track');
    expect(bars.length).toBeGreaterThan(0);
    bars.forEach((bar) => expect(bar.getAttribute('aria-hidden')).toBe('true'));
    const complete = Array.from(element.querySelectorAll('.mr-dash-bar')).find((bar) => text(bar).startsWith('Vollständig'));
    expect(text(complete)).toContain('110 (15,4\u00a0%)');
    expect((complete?.querySelector('.mr-dash-bar__fill') as HTMLElement).style.inlineSize).toMatch(/^15\.4\d*%$/);
  });

  it('has a table per organisation type with caption, row headers and a total row, leaving out types nobody was invited from', async () => {
    const fixture = await render(jest.fn(() => of({ data: invitedData() })));
    const table = (fixture.nativeElement as HTMLElement).querySelector('section[aria-labelledby="survey-dashboard-types"] table') as HTMLElement;
    expect(text(table.querySelector('caption'))).toBe('Rücklauf nach Organisationstyp; Anteile bezogen auf die Eingeladenen');
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    // Migrant organisations come first, as in the list of types; welfare had no invitations.
    expect(rows.map((row) => text(row.querySelector('th[scope="row"]')))).toEqual(['Migrantenorganisation', 'Bildung']);
    expect(text(rows[1])).toBe('Bildung 213 100 (46,9\u00a0%) 54 (25,4\u00a0%) 40 (18,8\u00a0%)');
    expect(text(table.querySelector('tfoot tr'))).toBe('Alle Typen 713 300 (42,1\u00a0%) 154 (21,6\u00a0%) 110 (15,4\u00a0%)');
    expect(text((fixture.nativeElement as HTMLElement))).toContain('Die Antworten sind anonym');
  });

  it('shows the code figures of an anonymous survey', async () => {
    const data: DashboardResponseRatesQuery = {
      survey: { ...(invitedData().survey as NonNullable<DashboardResponseRatesQuery['survey']>), audience: 'ANONYMOUS' },
      surveyResponseRates: {
        overall: rate(null, 0, 0, 0, 0),
        byType: [],
        codes: { issued: 200, started: 50, complete: 30 },
        started: 50,
        complete: 30,
      },
    };
    const fixture = await render(jest.fn(() => of({ data })));
    const element = fixture.nativeElement as HTMLElement;
    const codes = text(element.querySelector('section[aria-labelledby="survey-dashboard-codes"]'));
    expect(codes).toContain('Codes ausgegeben 200');
    expect(codes).toContain('Benutzt (teilweise oder ganz) 50 (25\u00a0% der ausgegebenen)');
    expect(codes).toContain('Vollständig 30 (15\u00a0% der ausgegebenen)');
    expect(text(element.querySelector('.mr-dash-figures'))).toContain('Vollständig 30 60\u00a0% der Begonnenen');
    expect(element.querySelector('section[aria-labelledby="survey-dashboard-types"]')).toBeNull();
  });

  it('refreshes on request, announces it, and keeps the figures when a refresh fails', async () => {
    const fetch = jest
      .fn()
      .mockReturnValueOnce(of({ data: invitedData() }))
      .mockReturnValueOnce(of({ data: invitedData() }))
      .mockReturnValueOnce(
        throwError(() => new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })),
      );
    const fixture = await render(fetch);
    const element = fixture.nativeElement as HTMLElement;
    const refresh = Array.from(element.querySelectorAll('button')).find((button) => text(button) === 'Zahlen aktualisieren') as HTMLButtonElement;
    refresh.click();
    for (let i = 0; i < 3; i += 1) await fixture.whenStable();
    expect(text(element.querySelector('[role="status"]'))).toBe('Die Zahlen sind aktuell.');
    refresh.click();
    for (let i = 0; i < 3; i += 1) await fixture.whenStable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Nicht erlaubt');
    expect(text(element.querySelector('.mr-dash-figures'))).toContain('Eingeladen 713');
  });

  it('says when the survey does not exist', async () => {
    const fixture = await render(jest.fn(() => of({ data: { survey: null, surveyResponseRates: null } })));
    expect(text(fixture.nativeElement as HTMLElement)).toContain('Nicht gefunden');
  });
});
