import { DomainError } from '@mitreden/api/core';
import { ProposalKind, ProposalSort, ProposalState } from './graphql/proposal.types';
import type { ProposalFilter } from './graphql/proposal.inputs';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  facetQuery,
  facetsFromRows,
  pageQuery,
  seedNumber,
} from './proposal-listing';
import type { FacetRow } from './proposal-listing';

const ID = '0b8f4a3e-3c1d-4e55-9a43-7d2c1f0e9b11';
const filter = (extra: Partial<ProposalFilter> = {}): ProposalFilter => ({ processId: ID, ...extra });

function fieldsOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.fields;
    throw error;
  }
  throw new Error('did not throw');
}

describe('cursors', () => {
  it('round-trip per sort', () => {
    const cursor = { sort: ProposalSort.NEWEST, key: '2026-11-21 15:51:18.123456+00', id: ID };
    expect(decodeCursor(encodeCursor(cursor), ProposalSort.NEWEST)).toEqual({ ...cursor, seed: undefined });
    const random = { sort: ProposalSort.RANDOM, key: '-9223372036854775808', id: ID, seed: 'abc' };
    expect(decodeCursor(encodeCursor(random), ProposalSort.RANDOM)).toEqual(random);
  });

  it.each([
    ['garbage', ProposalSort.NEWEST, 'not base64 json'],
    [
      'another sort',
      ProposalSort.MOST_SUPPORTED,
      encodeCursor({ sort: ProposalSort.NEWEST, key: '2026-11-21 15:51:18+00', id: ID }),
    ],
    [
      'an injected key',
      ProposalSort.MOST_SUPPORTED,
      encodeCursor({ sort: ProposalSort.MOST_SUPPORTED, key: "1') OR (1=1", id: ID }),
    ],
    [
      'a bad timestamp',
      ProposalSort.NEWEST,
      encodeCursor({ sort: ProposalSort.NEWEST, key: 'yesterday', id: ID }),
    ],
    [
      'a bad id',
      ProposalSort.MOST_SUPPORTED,
      encodeCursor({ sort: ProposalSort.MOST_SUPPORTED, key: '3', id: 'x' }),
    ],
    ['a huge cursor', ProposalSort.NEWEST, 'a'.repeat(10_000)],
  ])('refuses %s', (_what, sort, after) => {
    expect(fieldsOf(() => decodeCursor(after, sort))).toEqual({ after: ['invalidCursor'] });
  });
});

describe('seeds', () => {
  it('map any text to a stable signed 64-bit number', () => {
    expect(seedNumber('abc')).toBe(seedNumber('abc'));
    expect(seedNumber('abc')).not.toBe(seedNumber('abd'));
    for (const seed of ['', 'abc', '🙂'.repeat(50)]) {
      const value = BigInt(seedNumber(seed));
      expect(value >= -(2n ** 63n) && value < 2n ** 63n).toBe(true);
    }
  });
});

describe('page size', () => {
  it('allows 1 to 50', () => {
    expect(() => checkPageSize(1)).not.toThrow();
    expect(() => checkPageSize(50)).not.toThrow();
    expect(fieldsOf(() => checkPageSize(0))).toEqual({ first: ['min'] });
    expect(fieldsOf(() => checkPageSize(51))).toEqual({ first: ['max'] });
  });
});

describe('SQL assembly', () => {
  it('passes every value as a parameter', () => {
    const hostile = "'; DROP TABLE proposals; --";
    const page = pageQuery(filter({ search: hostile, language: 'de' }), ProposalSort.RANDOM, hostile, 20, {
      sort: ProposalSort.RANDOM,
      key: '42',
      id: ID,
    });
    expect(page.sql).not.toContain('DROP');
    expect(page.params).toEqual([ID, hostile, 'published', 'de', seedNumber(hostile), '42', ID, 21]);
    const facets = facetQuery(filter({ search: hostile, kind: ProposalKind.GOAL }));
    expect(facets.sql).not.toContain('DROP');
    // Dimension filters are applied in the fold, not in SQL: only the process and the search.
    expect(facets.params).toEqual([ID, hostile]);
  });
});

describe('facets', () => {
  const A = 'field-a';
  const B = 'field-b';
  const row = (
    actionField: string,
    kind: string,
    state: string,
    count: number,
    forum: string | null = null,
  ): FacetRow => ({
    actionField,
    forum,
    kind,
    state,
    source: 'online',
    language: 'de',
    count,
  });
  const rows = [
    row(A, 'goal', 'published', 3, 'forum-1'),
    row(A, 'measure', 'published', 2),
    row(B, 'measure', 'published', 4, 'forum-1'),
    row(B, 'goal', 'withdrawn', 1),
  ];

  it('counts each dimension with the other filters only', () => {
    const { totalCount, facets, published } = facetsFromRows(rows, filter({ kind: ProposalKind.MEASURE }));
    expect(totalCount).toBe(6);
    expect(facets.kind).toEqual([
      { value: 'measure', count: 6 },
      { value: 'goal', count: 3 },
    ]);
    expect(facets.actionField).toEqual([
      { value: B, count: 4 },
      { value: A, count: 2 },
    ]);
    expect(facets.state).toEqual([{ value: 'published', count: 6 }]);
    expect(facets.forum).toEqual([{ value: 'forum-1', count: 4 }]);
    expect(published.actionFields).toEqual(
      new Map([
        [A, 5],
        [B, 4],
      ]),
    );
    expect(published.forums).toEqual(new Map([['forum-1', 7]]));
  });

  it('defaults to published and counts withdrawn ones in the state facet', () => {
    const { totalCount, facets } = facetsFromRows(rows, filter());
    expect(totalCount).toBe(9);
    expect(facets.state).toEqual([
      { value: 'published', count: 9 },
      { value: 'withdrawn', count: 1 },
    ]);
    expect(facetsFromRows(rows, filter({ state: ProposalState.WITHDRAWN })).totalCount).toBe(1);
  });
});
