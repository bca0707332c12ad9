import type { ProposalFilter, ProposalKind, ProposalSort, ProposalSource, ProposalState } from '@mitreden/web/core';

/**
 * Everything that decides which proposals the list shows, as it appears in the URL query, so a
 * filtered list can be shared and the back button restores the previous filters.
 * Enum values are lowercase in the URL, like the facet values the server reports.
 */
export interface ListState {
  actionField: string | null;
  forum: string | null;
  kind: ProposalKind | null;
  state: ProposalState | null;
  source: ProposalSource | null;
  language: string | null;
  search: string;
  sort: ProposalSort;
  /** Only for RANDOM: keeps the shuffled order across paging and reloads. */
  seed: string | null;
}

export const KINDS: readonly ProposalKind[] = ['GOAL', 'MEASURE'];
export const STATES: readonly ProposalState[] = ['PUBLISHED', 'WITHDRAWN'];
export const SOURCES: readonly ProposalSource[] = ['ONLINE', 'FORUM', 'PAPER', 'SURVEY'];
export const SORTS: readonly ProposalSort[] = ['NEWEST', 'MOST_SUPPORTED', 'MOST_DISCUSSED', 'RANDOM'];

export const DEFAULT_SORT: ProposalSort = 'NEWEST';
/** Mirrors the server's cap on search terms; longer URLs are cut rather than refused. */
const SEARCH_MAX = 200;
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z]{2,8})?$/;

export type QueryParams = Record<string, string | null>;

export const EMPTY_STATE: ListState = {
  actionField: null,
  forum: null,
  kind: null,
  state: null,
  source: null,
  language: null,
  search: '',
  sort: DEFAULT_SORT,
  seed: null,
};

function enumValue<T extends string>(raw: string | null | undefined, allowed: readonly T[]): T | null {
  if (!raw) return null;
  const upper = raw.toUpperCase().replace(/-/g, '_');
  return (allowed as readonly string[]).includes(upper) ? (upper as T) : null;
}

function matching(raw: string | null | undefined, pattern: RegExp): string | null {
  return raw && pattern.test(raw) ? raw : null;
}

/** URL enum spelling: `MOST_SUPPORTED` → `most-supported`. */
export function urlEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** Reads the list state from query parameters; unknown or malformed values are ignored, not fatal. */
export function parseListState(params: { get(name: string): string | null }): ListState {
  const sort = enumValue(params.get('sort'), SORTS) ?? DEFAULT_SORT;
  return {
    actionField: matching(params.get('actionField'), ID_PATTERN),
    forum: matching(params.get('forum'), ID_PATTERN),
    kind: enumValue(params.get('kind'), KINDS),
    state: enumValue(params.get('state'), STATES),
    source: enumValue(params.get('source'), SOURCES),
    language: matching(params.get('language'), LANGUAGE_PATTERN),
    search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX),
    sort,
    seed: sort === 'RANDOM' ? matching(params.get('seed'), SEED_PATTERN) : null,
  };
}

/**
 * Query parameters for a state; defaults become `null` so Angular drops them and the URL stays
 * short (the plain list has no query at all).
 */
export function toQueryParams(state: ListState): QueryParams {
  return {
    actionField: state.actionField,
    forum: state.forum,
    kind: state.kind ? urlEnum(state.kind) : null,
    state: state.state ? urlEnum(state.state) : null,
    source: state.source ? urlEnum(state.source) : null,
    language: state.language,
    q: state.search.trim() || null,
    sort: state.sort === DEFAULT_SORT ? null : urlEnum(state.sort),
    seed: state.sort === 'RANDOM' ? state.seed : null,
  };
}

export function toFilter(processId: string, state: ListState): ProposalFilter {
  const filter: ProposalFilter = { processId };
  if (state.actionField) filter.actionFieldId = state.actionField;
  if (state.forum) filter.forumId = state.forum;
  if (state.kind) filter.kind = state.kind;
  if (state.state) filter.state = state.state;
  if (state.source) filter.source = state.source;
  if (state.language) filter.language = state.language;
  const search = state.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** Whether two states ask the server for the same list (used to skip refetching on no-op URL changes). */
export function sameList(a: ListState, b: ListState): boolean {
  return JSON.stringify(toQueryParams(a)) === JSON.stringify(toQueryParams(b));
}

export function hasFilters(state: ListState): boolean {
  return !!(state.actionField || state.forum || state.kind || state.state || state.source || state.language || state.search.trim());
}

/** A changed filter or sort; choosing RANDOM without a seed draws one so the order can be kept. */
export function withChange(state: ListState, change: Partial<ListState>, newSeed: () => string): ListState {
  const next = { ...state, ...change };
  if (next.sort !== 'RANDOM') next.seed = null;
  else if (!next.seed) next.seed = newSeed();
  return next;
}

/** A short URL-safe seed. */
export function randomSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
}

/** The count a facet reports for a value (lowercase enum or id); 0 when the server lists none. */
export function facetCount(facet: readonly { value: string; count: number }[] | undefined, value: string): number {
  const wanted = value.toLowerCase();
  return facet?.find((entry) => entry.value.toLowerCase() === wanted)?.count ?? 0;
}
