import { createHash } from 'node:crypto';
import { DomainError, badInput } from '@mitreden/api/core';
import { ProposalSort, ProposalState } from './graphql/proposal.types';
import type { FacetCountView, ProposalFacetsView } from './graphql/proposal.types';
import type { ProposalFilter } from './graphql/proposal.inputs';

export const PAGE_MAX = 50;

/** Collects positional parameters while SQL text is assembled, so no value is ever spliced in. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Where the previous page stopped: the sort key and id of its last row (and the random seed). */
export interface Cursor {
  sort: ProposalSort;
  key: string;
  id: string;
  seed?: string;
}

/** `timestamptz::text` as PostgreSQL writes it, e.g. `2026-11-21 15:51:18.123456+00`. */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** An `after` that is not one of ours (or belongs to another sort) is the client's mistake. */
export function decodeCursor(after: string, sort: ProposalSort): Cursor {
  const invalid = () => badInput({ after: ['invalidCursor'] });
  if (after.length > 500) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { sort: cursorSort, key, id, seed } = parsed as Record<string, unknown>;
  if (cursorSort !== sort || typeof key !== 'string' || typeof id !== 'string') throw invalid();
  if (!/^[0-9a-f-]{36}$/i.test(id) || (seed !== undefined && typeof seed !== 'string')) throw invalid();
  if (sort === ProposalSort.NEWEST && !TIMESTAMP_TEXT.test(key)) throw invalid();
  if (
    (sort === ProposalSort.MOST_SUPPORTED || sort === ProposalSort.MOST_DISCUSSED) &&
    !/^\d{1,10}$/.test(key)
  )
    throw invalid();
  if (sort === ProposalSort.RANDOM && !/^-?\d{1,19}$/.test(key)) throw invalid();
  return { sort, key, id, seed: typeof seed === 'string' ? seed : undefined };
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1) throw badInput({ first: ['min'] });
  if (first > PAGE_MAX) throw badInput({ first: ['max'] });
}

/** The filter dimensions; each facet counts with every filter applied except its own. */
const DIMENSIONS = ['actionField', 'forum', 'kind', 'state', 'source', 'language'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const COLUMN: Record<Dimension, string> = {
  actionField: 'p.action_field_id',
  forum: 'p.forum_id',
  kind: 'p.kind',
  state: 'p.state',
  source: 'p.source',
  language: 'p.language',
};

const CAST: Record<Dimension, string> = {
  actionField: '::uuid',
  forum: '::uuid',
  kind: '',
  state: '',
  source: '',
  language: '',
};

/**
 * Whose hidden proposals the viewer may list: none (the public), their own (an author) or all
 * (moderators, project group, admins).
 */
export interface HiddenVisibility {
  all: boolean;
  authorId: string | null;
}

const PUBLIC_ONLY: HiddenVisibility = { all: false, authorId: null };

/** What narrows everything, the facets included: the process, visibility and the full-text search. */
function baseCondition(filter: ProposalFilter, params: SqlParams, hidden: HiddenVisibility): string {
  const base = [`p.process_id = ${params.add(filter.processId)}::uuid`];
  if (!hidden.all) {
    base.push(
      hidden.authorId
        ? `(p.hidden_at IS NULL OR p.author_id = ${params.add(hidden.authorId)}::uuid)`
        : 'p.hidden_at IS NULL',
    );
  }
  if (filter.search)
    base.push(`p.search_vector @@ websearch_to_tsquery('german', ${params.add(filter.search)})`);
  return base.join(' AND ');
}

/** Base plus every dimension filter: the rows the page shows. */
function allFilters(filter: ProposalFilter, params: SqlParams, hidden: HiddenVisibility): string {
  const conditions = [baseCondition(filter, params, hidden)];
  const target = wanted(filter);
  for (const dimension of DIMENSIONS) {
    const value = target[dimension];
    if (value !== null) conditions.push(`${COLUMN[dimension]} = ${params.add(value)}${CAST[dimension]}`);
  }
  return conditions.join(' AND ');
}

/** Any seed text as the 64-bit number the hash takes. */
export function seedNumber(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest().readBigInt64BE(0).toString();
}

/** Keyset order per sort: the key expression, its direction, and how a cursor value is cast back. */
export function sortSpec(
  sort: ProposalSort,
  seed: string,
  params: SqlParams,
): { key: string; keyText: string; direction: 'ASC' | 'DESC'; cast: string } {
  switch (sort) {
    case ProposalSort.NEWEST:
      // As text: a JS Date would drop the microseconds and make the keyset skip or repeat rows.
      return { key: 'p.created_at', keyText: 'p.created_at::text', direction: 'DESC', cast: '::timestamptz' };
    case ProposalSort.MOST_SUPPORTED:
      return { key: 'p.support_count', keyText: 'p.support_count::text', direction: 'DESC', cast: '::int' };
    case ProposalSort.MOST_DISCUSSED:
      return { key: 'p.comment_count', keyText: 'p.comment_count::text', direction: 'DESC', cast: '::int' };
    case ProposalSort.RANDOM: {
      // A seeded hash of the id: a fixed shuffle per seed, so paging by keyset never repeats a row.
      // uuid_hash_extended hashes the 16 bytes directly, a few times cheaper than md5 over text.
      const key = `uuid_hash_extended(p.id, ${params.add(seedNumber(seed))}::bigint)`;
      return { key, keyText: `${key}::text`, direction: 'ASC', cast: '::bigint' };
    }
  }
}

/** SQL for one page of ids (one row more than asked, to know whether another page follows). */
export function pageQuery(
  filter: ProposalFilter,
  sort: ProposalSort,
  seed: string,
  first: number,
  cursor: Cursor | null,
  hidden: HiddenVisibility = PUBLIC_ONLY,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const where = [allFilters(filter, params, hidden)];
  const spec = sortSpec(sort, seed, params);
  if (cursor) {
    const comparison = spec.direction === 'DESC' ? '<' : '>';
    where.push(
      `(${spec.key}, p.id) ${comparison} (${params.add(cursor.key)}${spec.cast}, ${params.add(cursor.id)}::uuid)`,
    );
  }
  return {
    sql: `SELECT p.id, ${spec.keyText} AS key FROM proposals p WHERE ${where.join(' AND ')}
          ORDER BY ${spec.key} ${spec.direction}, p.id ${spec.direction} LIMIT ${params.add(first + 1)}`,
    params: params.values,
  };
}

/**
 * Total and every facet from one statement: the matching proposals of the process grouped by all
 * six dimensions at once (an index-only pass, a few dozen combinations), folded into per-dimension
 * counts here. Each dimension counts with every filter except its own, so the client can show
 * what choosing another value would give.
 */
export function facetQuery(
  filter: ProposalFilter,
  hidden: HiddenVisibility = PUBLIC_ONLY,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  return {
    sql: `SELECT ${DIMENSIONS.map((dimension) => `${COLUMN[dimension]}::text AS "${dimension}"`).join(', ')}, count(*)::int AS count
          FROM proposals p WHERE ${baseCondition(filter, params, hidden)}
          GROUP BY ${DIMENSIONS.map((dimension) => COLUMN[dimension]).join(', ')}`,
    params: params.values,
  };
}

export type FacetRow = Record<Dimension, string | null> & { count: number };

/** The value each dimension is filtered to (state defaults to published), or null for "any". */
function wanted(filter: ProposalFilter): Record<Dimension, string | null> {
  return {
    actionField: filter.actionFieldId ?? null,
    forum: filter.forumId ?? null,
    kind: filter.kind ?? null,
    state: filter.state ?? ProposalState.PUBLISHED,
    source: filter.source ?? null,
    language: filter.language ?? null,
  };
}

export interface Facets {
  totalCount: number;
  facets: ProposalFacetsView;
  /** Published proposals per action field and per forum, whatever the filters (not valid with a search). */
  published: { actionFields: Map<string, number>; forums: Map<string, number> };
}

export function facetsFromRows(rows: FacetRow[], filter: ProposalFilter): Facets {
  const target = wanted(filter);
  const counts = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()]),
  ) as Record<Dimension, Map<string, number>>;
  const published = { actionFields: new Map<string, number>(), forums: new Map<string, number>() };
  const add = (map: Map<string, number>, key: string | null, count: number) => {
    if (key !== null) map.set(key, (map.get(key) ?? 0) + count);
  };
  let totalCount = 0;
  for (const row of rows) {
    const misses = DIMENSIONS.filter(
      (dimension) => target[dimension] !== null && row[dimension] !== target[dimension],
    );
    if (misses.length === 0) totalCount += row.count;
    for (const dimension of DIMENSIONS) {
      // Counted for a dimension when every other filter matches. A NULL forum is "no forum": not a value to filter by.
      if (misses.length === 0 || (misses.length === 1 && misses[0] === dimension))
        add(counts[dimension], row[dimension], row.count);
    }
    if (row.state === ProposalState.PUBLISHED) {
      add(published.actionFields, row.actionField, row.count);
      add(published.forums, row.forum, row.count);
    }
  }
  const order = (a: FacetCountView, b: FacetCountView) => b.count - a.count || a.value.localeCompare(b.value);
  const facets = Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      [...counts[dimension]].map(([value, count]) => ({ value, count })).sort(order),
    ]),
  ) as unknown as ProposalFacetsView;
  return { totalCount, facets, published };
}

/** Thrown when a cursor names a seed other than the one given. */
export const seedMismatch = () =>
  new DomainError('BAD_USER_INPUT', 'The seed changed while paging', { seed: ['cursorMismatch'] });
