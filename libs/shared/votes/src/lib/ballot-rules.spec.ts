import { checkBallot, normaliseBallot } from './ballot-rules';
import type { BallotRules } from './ballot-rules';

const optionIds = ['A', 'B', 'C', 'D'];
const rules = (method: BallotRules['method'], maxChoices: number | null = null): BallotRules => ({ method, optionIds, maxChoices });

describe('checkBallot', () => {
  it('refuses an empty ballot for every method', () => {
    for (const method of ['single', 'multiple', 'approval', 'ranked'] as const) expect(checkBallot(rules(method, 2), [])).toBe('EMPTY');
  });

  it('refuses ids that are not options of the poll', () => {
    expect(checkBallot(rules('approval'), ['A', 'X'])).toBe('UNKNOWN_OPTION');
    expect(checkBallot(rules('single'), ['a'])).toBe('UNKNOWN_OPTION');
  });

  it('refuses the same option twice', () => {
    expect(checkBallot(rules('ranked'), ['A', 'B', 'A'])).toBe('DUPLICATE');
    expect(checkBallot(rules('approval'), ['C', 'C'])).toBe('DUPLICATE');
  });

  it('allows exactly one option for single choice', () => {
    expect(checkBallot(rules('single'), ['B'])).toBeNull();
    expect(checkBallot(rules('single'), ['A', 'B'])).toBe('ONE_ONLY');
  });

  it('allows up to k options for multiple choice (k = 1 when unset)', () => {
    expect(checkBallot(rules('multiple', 2), ['A'])).toBeNull();
    expect(checkBallot(rules('multiple', 2), ['A', 'D'])).toBeNull();
    expect(checkBallot(rules('multiple', 2), ['A', 'B', 'C'])).toBe('TOO_MANY');
    expect(checkBallot(rules('multiple'), ['A', 'B'])).toBe('TOO_MANY');
  });

  it('allows any number of approvals and partial or full rankings', () => {
    expect(checkBallot(rules('approval'), ['A', 'B', 'C', 'D'])).toBeNull();
    expect(checkBallot(rules('ranked'), ['C'])).toBeNull();
    expect(checkBallot(rules('ranked'), ['D', 'C', 'B', 'A'])).toBeNull();
  });
});

describe('normaliseBallot', () => {
  it('keeps the ranking order', () => {
    expect(normaliseBallot(rules('ranked'), ['D', 'A', 'C'])).toEqual(['D', 'A', 'C']);
  });

  it('sorts the other methods by ballot-paper position without changing the input', () => {
    const choices = ['D', 'A', 'C'];
    expect(normaliseBallot(rules('approval'), choices)).toEqual(['A', 'C', 'D']);
    expect(normaliseBallot(rules('multiple', 3), choices)).toEqual(['A', 'C', 'D']);
    expect(choices).toEqual(['D', 'A', 'C']);
  });

  it('gives the same stored form for the same choices in any order', () => {
    expect(normaliseBallot(rules('approval'), ['B', 'A'])).toEqual(normaliseBallot(rules('approval'), ['A', 'B']));
  });
});
