import { storedValueTooLarge, toAnswerMap, toAnswerView } from './answer-values';

describe('answer values', () => {
  it('maps GraphQL answers to the stored shape, last duplicate winning', () => {
    expect(
      toAnswerMap([
        { questionKey: 'a', choice: 'x' },
        { questionKey: 'a', choice: 'y', other: 'so\u0000nst\u0007ig' },
        { questionKey: 'm', matrix: [{ row: 'r1', column: 'c1' }, { row: 'r2', column: 'c2' }, { row: 'r1', column: 'c3' }] },
        { questionKey: 'n', number: 0 },
        { questionKey: 't', text: 'Zeile 1\nZeile 2\t\u202Erechts' },
        { questionKey: 'k', ranking: ['b', 'a'], choices: ['c'] },
      ]),
    ).toEqual({
      a: { choice: 'y', other: 'sonstig' },
      m: { rows: { r1: 'c3', r2: 'c2' } },
      n: { number: 0 },
      t: { text: 'Zeile 1\nZeile 2\t\u202Erechts' },
      k: { ranking: ['b', 'a'], choices: ['c'] },
    });
  });

  it('leaves out fields that were not sent', () => {
    expect(toAnswerMap([{ questionKey: 'q' }])).toEqual({ q: {} });
  });

  it('returns stored answers with the other kinds null and the matrix as cells', () => {
    expect(toAnswerView('m', { rows: { r1: 'yes' } })).toEqual({
      questionKey: 'm',
      choice: null,
      choices: null,
      other: null,
      text: null,
      number: null,
      date: null,
      matrix: [{ row: 'r1', column: 'yes' }],
      ranking: null,
    });
    expect(toAnswerView('n', { number: 0 }).number).toBe(0);
  });

  it('flags values the 20 000-byte column would refuse', () => {
    expect(storedValueTooLarge({ text: 'x'.repeat(5000) })).toBe(false);
    expect(storedValueTooLarge({ text: '語'.repeat(7000) })).toBe(true);
  });
});
