import { convertToParamMap } from '@angular/router';
import {
  EMPTY_STATE,
  facetCount,
  hasFilters,
  parseListState,
  randomSeed,
  sameList,
  toFilter,
  toQueryParams,
  withChange,
} from './list-state';
import type { ListState } from './list-state';

const parse = (params: Record<string, string>) => parseListState(convertToParamMap(params));

/** What the router would put in the URL: null values are dropped. */
function roundTrip(state: ListState): ListState {
  const params = Object.fromEntries(Object.entries(toQueryParams(state)).filter(([, value]) => value !== null)) as Record<
    string,
    string
  >;
  return parse(params);
}

describe('list state ↔ URL', () => {
  it('reads every filter, the search, the sort and its seed from the query', () => {
    expect(
      parse({
        actionField: 'af-1',
        forum: 'f-2',
        kind: 'measure',
        state: 'withdrawn',
        source: 'paper',
        language: 'de',
        q: '  Sprachkurse  ',
        sort: 'random',
        seed: 'k3x9a0b1',
      }),
    ).toEqual({
      actionField: 'af-1',
      forum: 'f-2',
      kind: 'MEASURE',
      state: 'WITHDRAWN',
      source: 'PAPER',
      language: 'de',
      search: 'Sprachkurse',
      sort: 'RANDOM',
      seed: 'k3x9a0b1',
    });
  });

  it('gives the plain list for an empty query and ignores malformed values instead of failing', () => {
    expect(parse({})).toEqual(EMPTY_STATE);
    expect(
      parse({ kind: 'wish', state: 'deleted', source: 'x', sort: 'oldest', language: '<script>', actionField: 'a b', seed: 'x' }),
    ).toEqual(EMPTY_STATE);
  });

  it('keeps a seed only for the random order', () => {
    expect(parse({ sort: 'newest', seed: 'abc' }).seed).toBeNull();
    expect(parse({ sort: 'most-supported', seed: 'abc' })).toEqual({ ...EMPTY_STATE, sort: 'MOST_SUPPORTED' });
  });

  it('writes lowercase, dash-separated values and leaves defaults out of the URL', () => {
    expect(toQueryParams(EMPTY_STATE)).toEqual({
      actionField: null,
      forum: null,
      kind: null,
      state: null,
      source: null,
      language: null,
      q: null,
      sort: null,
      seed: null,
    });
    expect(toQueryParams({ ...EMPTY_STATE, kind: 'GOAL', sort: 'MOST_DISCUSSED', search: '  ' })).toMatchObject({
      kind: 'goal',
      sort: 'most-discussed',
      q: null,
    });
  });

  it('survives a round trip through the URL unchanged', () => {
    const states: ListState[] = [
      EMPTY_STATE,
      { ...EMPTY_STATE, actionField: 'af-1', kind: 'MEASURE', source: 'FORUM', search: 'Kita' },
      { ...EMPTY_STATE, forum: 'f-9', state: 'WITHDRAWN', language: 'ar', sort: 'RANDOM', seed: 'seed01' },
      { ...EMPTY_STATE, sort: 'MOST_SUPPORTED' },
    ];
    for (const state of states) expect(roundTrip(state)).toEqual(state);
  });

  it('builds the GraphQL filter with only the chosen fields', () => {
    expect(toFilter('p-1', EMPTY_STATE)).toEqual({ processId: 'p-1' });
    expect(toFilter('p-1', { ...EMPTY_STATE, kind: 'GOAL', forum: 'f-1', search: ' Sprache ' })).toEqual({
      processId: 'p-1',
      kind: 'GOAL',
      forumId: 'f-1',
      search: 'Sprache',
    });
  });

  it('draws a seed when switching to random, keeps it while filtering, drops it when leaving random', () => {
    const seeds = ['first', 'second'];
    const next = () => seeds.shift() ?? 'none';
    const random = withChange(EMPTY_STATE, { sort: 'RANDOM' }, next);
    expect(random.seed).toBe('first');
    const filtered = withChange(random, { kind: 'GOAL' }, next);
    expect(filtered).toMatchObject({ sort: 'RANDOM', seed: 'first', kind: 'GOAL' });
    expect(withChange(filtered, { sort: 'NEWEST' }, next).seed).toBeNull();
  });

  it('makes URL-safe seeds that parse back', () => {
    expect(randomSeed(() => 0)).toBe('00000000');
    const seed = randomSeed(() => 0.987654321);
    expect(seed).toMatch(/^[a-z0-9]{8}$/);
    expect(parse({ sort: 'random', seed }).seed).toBe(seed);
  });

  it('tells filtered from plain lists and equal from different lists', () => {
    expect(hasFilters(EMPTY_STATE)).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, sort: 'RANDOM', seed: 'a' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, search: 'x' })).toBe(true);
    expect(sameList({ ...EMPTY_STATE, search: 'Kita ' }, { ...EMPTY_STATE, search: 'Kita' })).toBe(true);
    expect(sameList({ ...EMPTY_STATE, sort: 'RANDOM', seed: 'a' }, { ...EMPTY_STATE, sort: 'RANDOM', seed: 'b' })).toBe(false);
  });

  it('reads facet counts case-insensitively and reports 0 for values the server does not list', () => {
    const facet = [
      { value: 'measure', count: 144 },
      { value: 'goal', count: 37 },
    ];
    expect(facetCount(facet, 'MEASURE')).toBe(144);
    expect(facetCount(facet, 'goal')).toBe(37);
    expect(facetCount(facet, 'other')).toBe(0);
    expect(facetCount(undefined, 'goal')).toBe(0);
  });
});
