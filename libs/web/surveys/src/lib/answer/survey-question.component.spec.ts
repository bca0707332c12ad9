import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AnswerValue } from '@mitreden/shared/surveys';
import surveysDe from '../../i18n/de.json';
import { SurveyQuestionComponent } from './survey-question.component';
import { option, question } from './survey-fixtures';
import type { FormQuestion } from './survey-form';

const de = surveysDe.answer;

async function render(q: FormQuestion, value?: AnswerValue, errors: string[] = []) {
  TestBed.configureTestingModule({
    imports: [
      SurveyQuestionComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'surveys/de': surveysDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
  });
  const fixture = TestBed.createComponent(SurveyQuestionComponent);
  fixture.componentRef.setInput('question', q);
  fixture.componentRef.setInput('value', value);
  fixture.componentRef.setInput('errors', errors);
  const changes: (AnswerValue | undefined)[] = [];
  fixture.componentInstance.changed.subscribe((next) => changes.push(next));
  fixture.autoDetectChanges();
  await fixture.whenStable();
  return { fixture, root: fixture.nativeElement as HTMLElement, changes };
}

describe('SurveyQuestionComponent', () => {
  it('lays a matrix out as a table whose radios are named by row and column', async () => {
    const { root, changes } = await render(
      question({
        key: 'm',
        kind: 'MATRIX',
        rows: [option('r1', 'Beratung'), option('r2', 'Bildung')],
        options: [option('gut', 'gut'), option('schlecht', 'schlecht')],
      }),
      { rows: { r1: 'gut' } },
    );
    expect(root.querySelectorAll('th[scope="col"]').length).toBe(2);
    expect(Array.from(root.querySelectorAll('th[scope="row"]')).map((th) => th.textContent?.trim())).toEqual(['Beratung', 'Bildung']);
    const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios[0].checked).toBe(true);
    expect(radios[3].getAttribute('aria-labelledby')).toBe('q-m-r-r2 q-m-c-schlecht');
    radios[3].click();
    expect(changes.at(-1)).toEqual({ rows: { r1: 'gut', r2: 'schlecht' } });
  });

  it('moves ranking entries with buttons and announces the new place', async () => {
    const { fixture, root, changes } = await render(
      question({ key: 'r', kind: 'RANKING', options: [option('a', 'Sprache'), option('b', 'Arbeit'), option('c', 'Wohnen')] }),
    );
    const down = root.querySelector<HTMLButtonElement>('button[aria-label="Sprache nach unten"]');
    expect(root.querySelector<HTMLButtonElement>('button[aria-label="Sprache nach oben"]')?.disabled).toBe(true);
    down?.click();
    await fixture.whenStable();
    expect(changes.at(-1)).toEqual({ ranking: ['b', 'a', 'c'] });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Sprache ist jetzt auf Platz 2.');
  });

  it('accepts the shown order as an answer', async () => {
    const { root, changes } = await render(
      question({ key: 'r', kind: 'RANKING', options: [option('a'), option('b')] }),
    );
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === de.ranking.keep)?.click();
    expect(changes.at(-1)).toEqual({ ranking: ['a', 'b'] });
  });

  it('says how many to tick and keeps the other text only while "other" stays ticked', async () => {
    const { root, changes } = await render(
      question({
        key: 'mc',
        kind: 'MULTIPLE_CHOICE',
        minChoices: 1,
        maxChoices: 2,
        options: [option('a', 'A'), option('x', 'Sonstiges', true)],
      }),
      { choices: ['x'], other: 'Sport' },
    );
    expect(root.querySelector('#q-mc-hint')?.textContent).toContain('Bitte wählen Sie 1 bis 2 aus.');
    expect((root.querySelector('#q-mc-other') as HTMLInputElement).value).toBe('Sport');
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[0].click();
    expect(changes.at(-1)).toEqual({ choices: ['a', 'x'], other: 'Sport' });
  });

  it('drops the other text when another single choice is made', async () => {
    const { root, changes } = await render(
      question({ key: 'sc', kind: 'SINGLE_CHOICE', options: [option('a', 'A'), option('x', 'Sonstiges', true)] }),
      { choice: 'x', other: 'Sport' },
    );
    root.querySelector<HTMLInputElement>('mat-radio-button input')?.click();
    expect(changes.at(-1)).toEqual({ choice: 'a' });
  });

  it('shows a scale with its end labels and reports errors in words', async () => {
    const { root } = await render(
      question({ key: 'sk', kind: 'SCALE', required: true, minValue: 1, maxValue: 5, minLabel: 'gar nicht', maxLabel: 'sehr' }),
      undefined,
      ['required'],
    );
    expect(root.querySelectorAll('mat-radio-button').length).toBe(5);
    expect(root.textContent).toContain('gar nicht');
    expect(root.textContent).toContain(`(${de.question.required})`);
    expect(root.querySelector('#q-sk-errors')?.textContent).toContain(de.errors.required);
    expect(root.querySelector('fieldset')?.getAttribute('aria-describedby')).toContain('q-sk-errors');
  });

  it('keeps an unreadable number so the rules can name it', async () => {
    const { root, changes } = await render(question({ key: 'n', kind: 'NUMBER', minValue: 0, maxValue: 10 }));
    expect(root.querySelector('#q-n-hint')?.textContent).toContain('Eine Zahl von 0 bis 10.');
    const input = root.querySelector('#q-n-input') as HTMLInputElement;
    input.value = '7';
    input.dispatchEvent(new Event('input'));
    expect(changes.at(-1)).toEqual({ number: 7 });
    input.value = '';
    input.dispatchEvent(new Event('input'));
    expect(changes.at(-1)).toBeUndefined();
  });
});
