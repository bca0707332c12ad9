import {
  formErrors,
  fromStoredAnswers,
  moveInRanking,
  rankingOrder,
  scaleSteps,
  splitServerErrors,
  toAnswerInputs,
  toSurveyModel,
  visiblePages,
} from './survey-form';
import { option, question, sampleSections } from './survey-fixtures';

describe('survey form helpers', () => {
  const sections = sampleSections();
  const model = toSurveyModel(sections);

  it('maps the API structure to the shared model, conditions included', () => {
    expect(model.sections.map((s) => s.key)).toEqual(['s1', 's2', 's3']);
    expect(model.sections[1].condition).toEqual({ questionKey: 'typ', operator: 'EQUALS', value: 'verein' });
    expect(model.sections[0].questions[0].options).toEqual([
      { key: 'verein', isOther: false },
      { key: 'schule', isOther: false },
      { key: 'andere', isOther: true },
    ]);
  });

  it('skips a page whose condition fails, and shows it once the answer matches', () => {
    expect(visiblePages(sections, model, {}).map((p) => p.key)).toEqual(['s1', 's3']);
    expect(visiblePages(sections, model, { typ: { choice: 'schule' } }).map((p) => p.key)).toEqual(['s1', 's3']);
    expect(visiblePages(sections, model, { typ: { choice: 'verein' } }).map((p) => p.key)).toEqual(['s1', 's2', 's3']);
  });

  it('round-trips answers between the stored GraphQL shape and the mutation input', () => {
    const stored = [
      { questionKey: 'typ', choice: 'andere', choices: null, other: 'Initiative', text: null, number: null, date: null, matrix: null, ranking: null },
      { questionKey: 'm', choice: null, choices: null, other: null, text: null, number: null, date: null, matrix: [{ row: 'r1', column: 'c2' }], ranking: null },
      { questionKey: 'rk', choice: null, choices: null, other: null, text: null, number: null, date: null, matrix: null, ranking: ['b', 'a'] },
    ];
    const map = fromStoredAnswers(stored);
    expect(map).toEqual({ typ: { choice: 'andere', other: 'Initiative' }, m: { rows: { r1: 'c2' } }, rk: { ranking: ['b', 'a'] } });
    expect(toAnswerInputs(map)).toEqual([
      { questionKey: 'typ', choice: 'andere', other: 'Initiative' },
      { questionKey: 'm', matrix: [{ row: 'r1', column: 'c2' }] },
      { questionKey: 'rk', ranking: ['b', 'a'] },
    ]);
  });

  it('checks only the current page when asked, with required answers on submit', () => {
    const page1 = sections[0].questions;
    expect(formErrors(model, {}, true, page1)).toEqual({ typ: ['required'], name: ['required'] });
    expect(formErrors(model, {}, false, page1)).toEqual({});
    expect(formErrors(model, { typ: { choice: 'andere' }, name: { text: 'X' } }, true, page1)).toEqual({
      typ: ['otherTextMissing'],
    });
    // The whole form on submit also names the required scale on the last page.
    expect(Object.keys(formErrors(model, { typ: { choice: 'schule' }, name: { text: 'X' } }, true))).toEqual(['zufrieden']);
  });

  it('splits server field errors into question errors and the rest', () => {
    expect(splitServerErrors({ typ: ['unknownOption'], 'answers.0.text': ['maxLength'] }, new Set(['typ']))).toEqual({
      byQuestion: { typ: ['unknownOption'] },
      other: ['maxLength'],
    });
  });

  it('moves ranking entries and ignores moves past either end', () => {
    expect(moveInRanking(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveInRanking(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInRanking(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('shows a saved ranking first and appends options added since', () => {
    const ranking = question({ key: 'r', kind: 'RANKING', options: [option('a'), option('b'), option('c')] });
    expect(rankingOrder(ranking, undefined)).toEqual(['a', 'b', 'c']);
    expect(rankingOrder(ranking, { ranking: ['c', 'gone', 'a'] })).toEqual(['c', 'a', 'b']);
  });

  it('lists the whole steps of a scale', () => {
    expect(scaleSteps({ minValue: 1, maxValue: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scaleSteps({ minValue: 0, maxValue: 2 })).toEqual([0, 1, 2]);
  });
});
