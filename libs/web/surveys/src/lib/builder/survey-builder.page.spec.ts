import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import {
  BuilderCloseSurveyGQL,
  BuilderPublishSurveyGQL,
  BuilderSaveSurveyGQL,
  BuilderSurveyGQL,
  LanguageService,
} from '@mitreden/web/core';
import type { BuilderSurveyFragment, SaveSurveyInput } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { SurveyBuilderPage } from './survey-builder.page';
import { surveyFixture } from './survey-fixture';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

function graphqlError(code: string, fields?: Record<string, string[]>) {
  return new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code, ...(fields ? { fields } : {}) } }] });
}

async function render(survey: BuilderSurveyFragment, options: { save?: jest.Mock; confirm?: boolean } = {}) {
  const save = options.save ?? jest.fn(({ variables }: { variables: { input: SaveSurveyInput } }) =>
    of({ data: { saveSurvey: { ...survey, version: variables.input.version + 1 } } }),
  );
  const publish = jest.fn(() => of({ data: { publishSurvey: { ...survey, status: 'PUBLISHED' } } }));
  const close = jest.fn(() => of({ data: { closeSurvey: { ...survey, status: 'CLOSED' } } }));
  const dialogOpen = jest.fn(() => ({ afterClosed: () => of(options.confirm ?? true) }));
  TestBed.configureTestingModule({
    imports: [
      SurveyBuilderPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: BuilderSurveyGQL, useValue: { fetch: jest.fn(() => of({ data: { survey } })) } },
      { provide: BuilderSaveSurveyGQL, useValue: { mutate: save } },
      { provide: BuilderPublishSurveyGQL, useValue: { mutate: publish } },
      { provide: BuilderCloseSurveyGQL, useValue: { mutate: close } },
      { provide: MatDialog, useValue: { open: dialogOpen } },
      { provide: LanguageService, useValue: { current: signal('de') } },
    ],
  });
  const fixture = TestBed.createComponent(SurveyBuilderPage);
  fixture.componentRef.setInput('id', survey.id);
  fixture.autoDetectChanges();
  // Requests resolve in microtasks after the first render; let them land.
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
  };
  await settle();
  const root = fixture.nativeElement as HTMLElement;
  const button = (text: string) => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(text));
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };
  return { fixture, root, save, publish, close, dialogOpen, button, settle };
}

const questionHeadings = (root: HTMLElement) => Array.from(root.querySelectorAll('h4')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

describe('SurveyBuilderPage', () => {
  it('shows settings, sections and questions of the loaded survey', async () => {
    const { root } = await render(surveyFixture());
    expect(root.querySelector('h1')?.textContent).toContain('Trägerbefragung');
    expect(Array.from(root.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual([
      expect.stringContaining('Abschnitt 1'),
      expect.stringContaining('Abschnitt 2'),
    ]);
    expect(questionHeadings(root)).toEqual(['Frage 1 – Titel art', 'Frage 2 – Titel groesse', 'Frage 1 – Titel zufrieden']);
    const slug = root.querySelector<HTMLInputElement>('#sb-slug');
    expect(slug?.value).toBe('traeger-2026');
    // Every translatable text has a field per language with its direction.
    expect(root.querySelector('#sb-title')?.getAttribute('lang')).toBe('de');
    expect(root.querySelector('input[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
  });

  it('reorders questions with the keyboard buttons and saves the new order', async () => {
    const { root, save, button, settle } = await render(surveyFixture());
    const down = root.querySelector<HTMLButtonElement>('#sb-sections-0-questions-0-down');
    expect(root.querySelector<HTMLButtonElement>('#sb-sections-0-questions-0-up')?.disabled).toBe(true);
    down?.click();
    await settle();
    expect(questionHeadings(root).slice(0, 2)).toEqual(['Frage 1 – Titel groesse', 'Frage 2 – Titel art']);
    expect(root.textContent).toContain('Ungespeicherte Änderungen');
    button('Speichern').click();
    await settle();
    const input = save.mock.calls[0][0].variables.input as SaveSurveyInput;
    expect(input.sections[0]?.questions.map((q) => q.key)).toEqual(['groesse', 'art']);
    expect(input.version).toBe(3);
    expect(root.textContent).toContain('Gespeichert.');
  });

  it('adds a question whose key follows its German title', async () => {
    const { root, save, button, settle } = await render(surveyFixture());
    root.querySelector<HTMLButtonElement>('#sb-sections-1-addQuestion')?.click();
    await settle();
    const title = must(root.querySelector<HTMLInputElement>('#sb-sections-1-questions-1-title'));
    title.value = 'Wie viele Ehrenamtliche?';
    title.dispatchEvent(new Event('input'));
    await settle();
    expect(root.querySelector<HTMLInputElement>('#sb-sections-1-questions-1-key')?.value).toBe('wie_viele_ehrenamtliche');
    // New choice questions start with two options that need German labels.
    for (const id of ['#sb-sections-1-questions-1-options-0-label', '#sb-sections-1-questions-1-options-1-label']) {
      const field = must(root.querySelector<HTMLInputElement>(id));
      field.value = id.endsWith('0-label') ? 'Keine' : 'Viele';
      field.dispatchEvent(new Event('input'));
    }
    await settle();
    button('Speichern').click();
    await settle();
    const input = save.mock.calls[0][0].variables.input as SaveSurveyInput;
    expect(input.sections[1]?.questions[1]).toMatchObject({
      key: 'wie_viele_ehrenamtliche',
      kind: 'SINGLE_CHOICE',
      title: [{ locale: 'de', text: 'Wie viele Ehrenamtliche?' }],
      options: [
        { key: 'keine', label: [{ locale: 'de', text: 'Keine' }], isOther: false },
        { key: 'viele', label: [{ locale: 'de', text: 'Viele' }], isOther: false },
      ],
    });
  });

  it('refuses to send a draft with problems and lists them with links to the fields', async () => {
    const { root, save, button, settle } = await render(surveyFixture());
    root.querySelector<HTMLButtonElement>('#sb-sections-0-addQuestion')?.click();
    await settle();
    button('Speichern').click();
    await settle();
    expect(save).not.toHaveBeenCalled();
    const summary = root.querySelector('#sb-error-summary');
    expect(summary?.textContent).toContain('Abschnitt 1, Frage 3: Der deutsche Text fehlt.');
    expect(root.querySelector('#sb-sections-0-questions-2-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Bitte korrigieren Sie die markierten Angaben.');
  });

  it('shows server field errors next to the fields and explains CONFLICT with a reload', async () => {
    const failing = jest
      .fn()
      .mockReturnValueOnce(throwError(() => graphqlError('BAD_USER_INPUT', { 'sections.1.questions.0.condition': ['conditionNotEarlier'] })))
      .mockReturnValueOnce(throwError(() => graphqlError('CONFLICT')));
    const { root, button, settle } = await render(surveyFixture(), { save: failing });
    button('Speichern').click();
    await settle();
    expect(root.querySelector('#sb-error-summary')?.textContent).toContain(
      'Abschnitt 2, Frage 1: Die Bedingung muss sich auf eine frühere Frage beziehen.',
    );
    button('Speichern').click();
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat die Umfrage inzwischen gespeichert.');
    expect(button('Aktuellen Stand laden')).toBeTruthy();
  });

  it('explains SURVEY_LOCKED', async () => {
    const { root, button, settle } = await render(surveyFixture(), { save: jest.fn(() => throwError(() => graphqlError('SURVEY_LOCKED'))) });
    button('Speichern').click();
    await settle();
    expect(root.textContent).toContain('Nicht gespeichert: Weil Antworten vorliegen');
  });

  it('locks keys, kinds and removals of answered questions and says why', async () => {
    const { root } = await render(surveyFixture({ status: 'PUBLISHED', responseCount: 12, completeCount: 5 }));
    expect(root.textContent).toContain('Es liegen schon Antworten vor.');
    expect(root.querySelector<HTMLInputElement>('#sb-sections-0-questions-0-key')?.readOnly).toBe(true);
    const removeButtons = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).filter((b) => b.textContent?.trim().startsWith('Entfernen'));
    expect(removeButtons.length).toBeGreaterThan(0);
    expect(removeButtons.every((b) => b.disabled)).toBe(true);
    expect(root.textContent).toContain('Diese Frage wurde schon beantwortet');
  });

  it('publishes after confirmation and closes a published survey', async () => {
    const { root, publish, dialogOpen, button, settle } = await render(surveyFixture());
    button('Veröffentlichen').click();
    await settle();
    expect(dialogOpen).toHaveBeenCalled();
    expect(publish).toHaveBeenCalledWith({ variables: { id: 'sv1' } });
    expect(root.textContent).toContain('Die Umfrage ist veröffentlicht.');
    expect(button('Beenden')).toBeTruthy();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { publish, button, settle } = await render(surveyFixture(), { confirm: false });
    button('Veröffentlichen').click();
    await settle();
    expect(publish).not.toHaveBeenCalled();
  });
});
