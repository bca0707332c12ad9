import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { BuilderCreateSurveyGQL, BuilderProcessesGQL, BuilderSurveysGQL, LanguageService } from '@mitreden/web/core';
import type { BuilderSurveyListItemFragment } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { ManageSurveysPage, slugFromTitle } from './manage-surveys.page';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

const item = (overrides: Partial<BuilderSurveyListItemFragment>): BuilderSurveyListItemFragment => ({
  id: 'sv1',
  processId: 'p1',
  slug: 'traeger-2026',
  title: 'Trägerbefragung',
  audience: 'INVITED',
  anonymous: true,
  status: 'PUBLISHED',
  opensAt: '2026-12-01T09:00:00.000Z',
  closesAt: null,
  publishedAt: '2026-11-30T09:00:00.000Z',
  isOpen: true,
  responseCount: 154,
  completeCount: 110,
  ...overrides,
});

async function render(surveys: BuilderSurveyListItemFragment[]) {
  const create = jest.fn(() => of({ data: { createSurvey: item({ id: 'new1', status: 'DRAFT' }) } }));
  TestBed.configureTestingModule({
    imports: [
      ManageSurveysPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: BuilderSurveysGQL, useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { surveys } }) }) } },
      {
        provide: BuilderProcessesGQL,
        useValue: {
          watch: () => ({
            valueChanges: of({
              dataState: 'complete',
              data: {
                processes: [
                  { id: 'p0', title: 'Alt', isCurrent: false },
                  { id: 'p1', title: 'Integration 2026', isCurrent: true },
                ],
              },
            }),
          }),
        },
      },
      { provide: BuilderCreateSurveyGQL, useValue: { mutate: create } },
      { provide: LanguageService, useValue: { current: signal('de') } },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ManageSurveysPage);
  fixture.autoDetectChanges();
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
  };
  await settle();
  return { fixture, root: fixture.nativeElement as HTMLElement, create, navigate, settle };
}

describe('slugFromTitle', () => {
  it('makes a URL name from the German title', () => {
    expect(slugFromTitle('Umfrage Träger 2026')).toBe('umfrage-traeger-2026');
    expect(slugFromTitle('  !!  ')).toBe('');
  });
});

describe('ManageSurveysPage', () => {
  it('lists surveys with audience, status, responses and links to their pages', async () => {
    const { root } = await render([item({}), item({ id: 'sv2', title: 'Offene Umfrage', audience: 'PUBLIC', anonymous: false, status: 'DRAFT', responseCount: 0, completeCount: 0 })]);
    const rows = Array.from(root.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.querySelector('th[scope="row"]')?.textContent).toContain('Trägerbefragung');
    expect(rows[0]?.textContent).toContain('Eingeladene Organisationen');
    expect(rows[0]?.textContent).toContain('Anonym');
    expect(rows[0]?.textContent).toContain('154 begonnen, 110 vollständig');
    expect(rows[0]?.textContent).toContain('läuft gerade');
    const links = Array.from(rows[0]?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/manage/surveys/sv1', '/manage/surveys/sv1/invitations', '/manage/surveys/sv1/dashboard', '/manage/surveys/sv1/results']));
    // A PUBLIC survey has no invitations page.
    const publicLinks = Array.from(rows[1]?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
    expect(publicLinks).not.toContain('/manage/surveys/sv2/invitations');
    expect(rows[1]?.textContent).toContain('Entwurf');
  });

  it('creates a survey in the current process with a slug from the title and opens the builder', async () => {
    const { root, create, navigate, settle } = await render([]);
    expect(root.textContent).toContain('Noch keine Umfragen');
    const title = must(root.querySelector<HTMLInputElement>('input[formcontrolname="title"]'));
    title.value = 'Trägerbefragung 2026';
    title.dispatchEvent(new Event('input'));
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[formcontrolname="slug"]')?.value).toBe('traegerbefragung-2026');
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(create).toHaveBeenCalledWith({
      variables: {
        input: {
          processId: 'p1',
          slug: 'traegerbefragung-2026',
          title: [{ locale: 'de', text: 'Trägerbefragung 2026' }],
          audience: 'INVITED',
          anonymous: false,
        },
      },
    });
    expect(navigate).toHaveBeenCalledWith(['/manage/surveys', 'new1']);
  });

  it('refuses an invalid slug without sending', async () => {
    const { root, create, settle } = await render([]);
    const title = must(root.querySelector<HTMLInputElement>('input[formcontrolname="title"]'));
    title.value = 'Test';
    title.dispatchEvent(new Event('input'));
    const slug = must(root.querySelector<HTMLInputElement>('input[formcontrolname="slug"]'));
    slug.value = 'Nicht Gültig';
    slug.dispatchEvent(new Event('input'));
    await settle();
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche.');
  });
});
