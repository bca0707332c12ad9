import { signal } from '@angular/core';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import {
  LanguageService,
  OpenSurveysGQL,
  OptOutOfSurveyMailGQL,
  SessionService,
  SurveyBySlugGQL,
} from '@mitreden/web/core';
import type { PublicSurveyItemFragment } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { OpenSurveysPage } from './open-surveys.page';
import { SurveyLandingPage, cleanAccessCode } from './survey-landing.page';
import { SurveyOptOutPage } from './survey-opt-out.page';

const de = surveysDe.public;

function survey(overrides: Partial<PublicSurveyItemFragment> = {}): PublicSurveyItemFragment {
  return {
    id: 'sv1',
    slug: 'wohnen',
    title: 'Wohnen in Linden',
    intro: 'Wie wohnen Sie?',
    audience: 'PUBLIC',
    anonymous: false,
    status: 'PUBLISHED',
    isOpen: true,
    opensAt: null,
    closesAt: '2026-12-31T22:59:00Z',
    ...overrides,
  };
}

async function render<T>(component: Type<T>, inputs: Record<string, unknown>, providers: unknown[], loggedIn = false) {
  TestBed.configureTestingModule({
    imports: [
      component,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: LanguageService, useValue: { current: signal('de') } },
      { provide: SessionService, useValue: { loggedIn: signal(loggedIn) } },
      ...(providers as never[]),
    ],
  });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  return { fixture, root: fixture.nativeElement as HTMLElement };
}

const bySlug = (value: PublicSurveyItemFragment | null) => ({
  provide: SurveyBySlugGQL,
  useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { surveyBySlug: value } }) }) },
});

describe('OpenSurveysPage', () => {
  it('lists open surveys with a link and the closing date', async () => {
    const { root } = await render(OpenSurveysPage, {}, [
      {
        provide: OpenSurveysGQL,
        useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { openSurveys: [survey()] } }) }) },
      },
    ]);
    const link = root.querySelector('h2 a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Wohnen in Linden');
    expect(link.getAttribute('href')).toBe('/surveys/wohnen');
    expect(root.textContent).toContain('offen bis 31. Dezember 2026');
  });

  it('says when nothing is open', async () => {
    const { root } = await render(OpenSurveysPage, {}, [
      {
        provide: OpenSurveysGQL,
        useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { openSurveys: [] } }) }) },
      },
    ]);
    expect(root.textContent).toContain(de.list.empty);
  });
});

describe('SurveyLandingPage', () => {
  it('sends logged-out people to the login and back to the form', async () => {
    const { root } = await render(SurveyLandingPage, { slug: 'wohnen' }, [bySlug(survey())]);
    expect(root.querySelector('h1')?.textContent).toContain('Wohnen in Linden');
    expect(root.textContent).toContain(de.landing.accountNote);
    const login = Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === de.landing.login);
    expect(login?.getAttribute('href')).toBe('/login?returnUrl=%2Fsurveys%2Fwohnen%2Fanswer');
  });

  it('offers the form to logged-in people', async () => {
    const { root } = await render(SurveyLandingPage, { slug: 'wohnen' }, [bySlug(survey())], true);
    const start = Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === de.landing.start);
    expect(start?.getAttribute('href')).toBe('/surveys/wohnen/answer');
  });

  it('takes an access code for anonymous surveys and opens the form with it', async () => {
    const { fixture, root } = await render(SurveyLandingPage, { slug: 'wohnen' }, [
      bySlug(survey({ audience: 'ANONYMOUS', anonymous: true })),
    ]);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const input = root.querySelector('input[name="code"]') as HTMLInputElement;
    const submit = root.querySelector('button[type="submit"]') as HTMLButtonElement;
    submit.click();
    await fixture.whenStable();
    expect(navigate).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(de.landing.codeInvalid);
    input.value = ' abcd-efgh-jkLM ';
    input.dispatchEvent(new Event('input'));
    submit.click();
    expect(navigate).toHaveBeenCalledWith(['/surveys/answer', 'ABCD-EFGH-JKLM']);
  });

  it('says when a survey has ended instead of offering it', async () => {
    const { root } = await render(SurveyLandingPage, { slug: 'wohnen' }, [bySlug(survey({ status: 'CLOSED', isOpen: false }))], true);
    expect(root.textContent).toContain(de.landing.closed);
    expect(root.querySelector('a[href="/surveys/wohnen/answer"]')).toBeNull();
  });

  it('explains an unknown survey', async () => {
    const { root } = await render(SurveyLandingPage, { slug: 'nix' }, [bySlug(null)]);
    expect(root.querySelector('h1')?.textContent).toContain(de.landing.notFoundHeading);
  });

  it('cleans typed codes', () => {
    expect(cleanAccessCode(' ab cd-ef ')).toBe('ABCD-EF');
  });
});

describe('SurveyOptOutPage', () => {
  it('opts out only after the button is pressed and confirms it', async () => {
    const mutate = jest.fn(() => of({ data: { optOutOfSurveyMail: true } }));
    const { fixture, root } = await render(SurveyOptOutPage, { token: 'o.tok' }, [
      { provide: OptOutOfSurveyMailGQL, useValue: { mutate } },
    ]);
    expect(mutate).not.toHaveBeenCalled();
    root.querySelector('button')?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({ variables: { token: 'o.tok' } });
    expect(root.querySelector('[role="status"]')?.textContent).toContain(de.optOut.done);
    expect(document.activeElement).toBe(root.querySelector('[role="status"]'));
  });

  it('explains a broken link', async () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code: 'INVALID_TOKEN' } }] });
    const { fixture, root } = await render(SurveyOptOutPage, { token: 'bad' }, [
      { provide: OptOutOfSurveyMailGQL, useValue: { mutate: () => throwError(() => error) } },
    ]);
    root.querySelector('button')?.click();
    await fixture.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(de.optOut.invalid);
  });
});
