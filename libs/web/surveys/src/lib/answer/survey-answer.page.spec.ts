import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { LanguageService, SaveSurveyAnswersGQL, StartSurveyGQL, SurveyPreviewSlugGQL } from '@mitreden/web/core';
import type { SurveyFormSessionFragment } from '@mitreden/web/core';
import surveysDe from '../../i18n/de.json';
import { SurveyAnswerPage } from './survey-answer.page';
import { sampleSession } from './survey-fixtures';

const de = surveysDe.answer;

function graphqlError(code: string, fields?: Record<string, string[]>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: code, extensions: { code, ...(fields ? { fields } : {}) } }] });
}

interface Setup {
  session?: SurveyFormSessionFragment;
  startError?: unknown;
  saveError?: unknown;
  route?: { token?: string; slug?: string; id?: string };
}

async function render({ session = sampleSession(), startError, saveError, route = { token: 'i.abc' } }: Setup = {}) {
  const start = jest.fn(() => (startError ? throwError(() => startError) : of({ data: { startSurvey: session } })));
  const save = jest.fn((options: { variables: { input: { submit: boolean; reachedSection: number } } }) =>
    saveError
      ? throwError(() => saveError)
      : of({
          data: {
            saveSurveyAnswers: {
              ...session,
              complete: options.variables.input.submit,
              reachedSection: options.variables.input.reachedSection,
            },
          },
        }),
  );
  const previewSlug = jest.fn(() => of({ data: { survey: { id: 'sv1', slug: 'integration-2026' } } }));
  TestBed.configureTestingModule({
    imports: [
      SurveyAnswerPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: StartSurveyGQL, useValue: { mutate: start } },
      { provide: SaveSurveyAnswersGQL, useValue: { mutate: save } },
      { provide: SurveyPreviewSlugGQL, useValue: { fetch: previewSlug } },
      { provide: LanguageService, useValue: { current: signal('de') } },
    ],
  });
  const fixture = TestBed.createComponent(SurveyAnswerPage);
  for (const [name, value] of Object.entries(route)) fixture.componentRef.setInput(name, value);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  await settle(fixture);
  return { fixture, root: fixture.nativeElement as HTMLElement, start, save, previewSlug };
}

/** Lets the awaited mutations and the afterNextRender focus moves run. */
async function settle(fixture: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

const text = (root: HTMLElement) => root.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (root: HTMLElement, label: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
const progress = (page: number, total: number) => de.progress.replace('{{page}}', String(page)).replace('{{total}}', String(total));

function chooseRadio(root: HTMLElement, label: string) {
  const radio = Array.from(root.querySelectorAll('mat-radio-button')).find((r) => r.textContent?.trim() === label);
  (radio?.querySelector('input') as HTMLInputElement).click();
}

function typeInto(root: HTMLElement, id: string, value: string) {
  const input = root.querySelector(`#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('SurveyAnswerPage', () => {
  it('opens the invitation, shows page 1 of the pages shown now and focuses the title', async () => {
    const { root, start } = await render();
    expect(start).toHaveBeenCalledWith({ variables: { access: { token: 'i.abc' } } });
    expect(root.querySelector('h1')?.textContent).toContain('Integration in der Region');
    expect(text(root)).toContain('Kulturverein Linden');
    // s2 is conditional on "Verein": two pages until it is chosen.
    expect(text(root)).toContain(progress(1, 2));
    expect(root.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    expect(document.activeElement).toBe(root.querySelector('h1'));
  });

  it('counts a conditional page as soon as the answer shows it', async () => {
    const { fixture, root } = await render();
    chooseRadio(root, 'Verein');
    await settle(fixture);
    expect(text(root)).toContain(progress(1, 3));
  });

  it('refuses to move on without the required answers and lists them', async () => {
    const { fixture, root, save } = await render();
    button(root, de.next).click();
    await settle(fixture);
    expect(save).not.toHaveBeenCalled();
    const summary = root.querySelector('.mr-answer__summary') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('Frage typ');
    expect(summary.textContent).toContain('Frage name');
    expect(text(root)).toContain(de.errors.required);
    expect(document.activeElement).toBe(summary);
  });

  it('asks for the other text when "other" is chosen', async () => {
    const { fixture, root } = await render();
    chooseRadio(root, 'Andere');
    await settle(fixture);
    expect(root.querySelector('#q-typ-other')).not.toBeNull();
    typeInto(root, 'q-name-input', 'Netzwerk');
    button(root, de.next).click();
    await settle(fixture);
    expect(text(root)).toContain(de.errors.otherTextMissing);
  });

  it('saves on "next", goes to the next page shown and focuses its heading', async () => {
    const { fixture, root, save } = await render();
    chooseRadio(root, 'Verein');
    typeInto(root, 'q-name-input', '  Kulturverein  ');
    await settle(fixture);
    button(root, de.next).click();
    await settle(fixture);
    expect(save).toHaveBeenCalledWith({
      variables: {
        input: {
          access: { token: 'i.abc' },
          answers: [
            { questionKey: 'typ', choice: 'verein' },
            { questionKey: 'name', text: 'Kulturverein' },
          ],
          reachedSection: 2,
          submit: false,
        },
      },
    });
    expect(text(root)).toContain(progress(2, 3));
    expect(root.querySelector('h2')?.textContent).toContain('Teil s2');
    expect(document.activeElement).toBe(root.querySelector('h2'));
  });

  it('resumes on the furthest page reached with the saved answers', async () => {
    const { root } = await render({
      session: sampleSession({
        reachedSection: 2,
        answers: [
          { questionKey: 'typ', choice: 'schule', choices: null, other: null, text: null, number: null, date: null, matrix: null, ranking: null },
          { questionKey: 'name', choice: null, choices: null, other: null, text: 'GS Nord', number: null, date: null, matrix: null, ranking: null },
        ],
      }),
    });
    expect(text(root)).toContain(progress(2, 2));
    expect(root.querySelector('h2')?.textContent).toContain('Teil s3');
    expect(root.querySelectorAll('mat-radio-button').length).toBe(5);
  });

  it('shows server errors next to the question they belong to', async () => {
    const { fixture, root } = await render({ saveError: graphqlError('BAD_USER_INPUT', { name: ['tooLong'] }) });
    chooseRadio(root, 'Schule');
    typeInto(root, 'q-name-input', 'x');
    button(root, de.next).click();
    await settle(fixture);
    expect(root.querySelector('#q-name-errors')?.textContent).toContain(de.errors.tooLong);
    expect(root.querySelector('#q-name')?.getAttribute('aria-describedby')).toContain('q-name-errors');
    expect(text(root)).toContain(progress(1, 2));
  });

  it('submits on the last page and shows the thanks text', async () => {
    const { fixture, root, save } = await render({
      session: sampleSession({
        reachedSection: 2,
        answers: [
          { questionKey: 'typ', choice: 'schule', choices: null, other: null, text: null, number: null, date: null, matrix: null, ranking: null },
          { questionKey: 'name', choice: null, choices: null, other: null, text: 'GS Nord', number: null, date: null, matrix: null, ranking: null },
        ],
      }),
    });
    chooseRadio(root, '4');
    await settle(fixture);
    button(root, de.submit).click();
    await settle(fixture);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0].variables.input.submit).toBe(true);
    expect(text(root)).toContain(de.complete.heading);
    expect(text(root)).toContain('Danke für Ihre Zeit!');
  });

  it('says so when the response was submitted earlier', async () => {
    const { root } = await render({ session: sampleSession({ complete: true }) });
    expect(text(root)).toContain(de.complete.earlierHeading);
    expect(root.querySelector('form')).toBeNull();
  });

  it('explains a wrong link on a page of its own', async () => {
    const { root, save } = await render({ startError: graphqlError('INVALID_TOKEN') });
    expect(root.querySelector('h1')?.textContent).toContain(de.failure.INVALID_TOKEN.heading);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(de.failure.INVALID_TOKEN.text);
    expect(save).not.toHaveBeenCalled();
  });

  it('tells how to come back after "save and continue later"', async () => {
    const { fixture, root, save } = await render();
    chooseRadio(root, 'Schule');
    await settle(fixture);
    button(root, de.later).click();
    await settle(fixture);
    expect(save).toHaveBeenCalledTimes(1);
    expect(text(root)).toContain(de.savedForLater.INVITATION);
    expect(text(root)).toContain('/surveys/answer/i.abc');
  });

  it('previews by id without ever saving', async () => {
    const { fixture, root, start, save, previewSlug } = await render({
      route: { id: 'sv1' },
      session: sampleSession({ accessKind: 'PREVIEW' }),
    });
    expect(previewSlug).toHaveBeenCalled();
    expect(start).toHaveBeenCalledWith({ variables: { access: { slug: 'integration-2026', preview: true } } });
    expect(text(root)).toContain(de.preview.banner);
    expect(button(root, de.later)).toBeUndefined();
    chooseRadio(root, 'Schule');
    typeInto(root, 'q-name-input', 'Test');
    await settle(fixture);
    button(root, de.next).click();
    await settle(fixture);
    expect(text(root)).toContain(progress(2, 2));
    expect(save).not.toHaveBeenCalled();
  });
});
