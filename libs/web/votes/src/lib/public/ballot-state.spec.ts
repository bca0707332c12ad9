import {
  addToRanking,
  ballotProblem,
  ballotRules,
  formatCount,
  moveInRanking,
  moveToIndex,
  pluralCategory,
  removeFromRanking,
  toggleChoice,
  unranked,
} from './ballot-state';

const options = [
  { id: 'c', position: 3 },
  { id: 'a', position: 1 },
  { id: 'b', position: 2 },
];

describe('ranking', () => {
  it('moves an option up and down and clamps at the ends', () => {
    expect(moveInRanking(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInRanking(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveInRanking(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInRanking(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveInRanking(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });

  it('moves by index for drag and drop', () => {
    expect(moveToIndex(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveToIndex(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveToIndex(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
  });

  it('adds at the end once and removes', () => {
    expect(addToRanking(['a'], 'b')).toEqual(['a', 'b']);
    expect(addToRanking(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(removeFromRanking(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('lists the unranked options in ballot-paper order', () => {
    expect(unranked(options, ['b']).map((option) => option.id)).toEqual(['a', 'c']);
  });

  it('does not change the array it is given', () => {
    const ranking = ['a', 'b'];
    moveInRanking(ranking, 'b', -1);
    addToRanking(ranking, 'c');
    expect(ranking).toEqual(['a', 'b']);
  });
});

describe('choices', () => {
  it('single choice replaces, the others add and remove', () => {
    expect(toggleChoice(['a'], 'b', true, 'SINGLE')).toEqual(['b']);
    expect(toggleChoice(['a'], 'b', true, 'MULTIPLE')).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a', false, 'APPROVAL')).toEqual(['b']);
    expect(toggleChoice(['a'], 'a', true, 'APPROVAL')).toEqual(['a']);
  });

  it('checks with the shared rules', () => {
    const multiple = { method: 'MULTIPLE' as const, maxChoices: 2, options };
    expect(ballotRules(multiple)).toEqual({ method: 'multiple', optionIds: ['a', 'b', 'c'], maxChoices: 2 });
    expect(ballotProblem(multiple, [])).toBe('EMPTY');
    expect(ballotProblem(multiple, ['a', 'b', 'c'])).toBe('TOO_MANY');
    expect(ballotProblem(multiple, ['a', 'c'])).toBeNull();
    expect(ballotProblem({ method: 'RANKED', maxChoices: null, options }, ['c'])).toBeNull();
    expect(ballotProblem({ method: 'SINGLE', maxChoices: null, options }, ['x'])).toBe('UNKNOWN_OPTION');
  });
});

describe('numbers', () => {
  it('picks the plural category of the language', () => {
    expect(pluralCategory(1, 'de')).toBe('one');
    expect(pluralCategory(5, 'de')).toBe('other');
    expect(pluralCategory(0, 'ar')).toBe('zero');
    expect(pluralCategory(2, 'ar')).toBe('two');
    expect(formatCount(1234, 'de')).toBe('1.234');
  });
});
