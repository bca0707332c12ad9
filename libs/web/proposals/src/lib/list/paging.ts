/**
 * Cursor paging for a "load more" list: pages are appended, never replaced, so what someone has
 * read stays where it is. A request is tagged with the generation of the list it belongs to, so a
 * late answer for old filters cannot be appended to a list that has been replaced meanwhile.
 */
export interface Page<T> {
  nodes: readonly T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface PagingState<T> {
  generation: number;
  items: readonly T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  /** Index of the first item of the last appended page, for moving focus there. */
  firstNewIndex: number | null;
}

export function emptyPaging<T>(generation = 0): PagingState<T> {
  return { generation, items: [], endCursor: null, hasNextPage: false, totalCount: 0, firstNewIndex: null };
}

/** A fresh first page (filters or sort changed): a new generation. */
export function firstPage<T>(previous: PagingState<T>, page: Page<T>): PagingState<T> {
  return {
    generation: previous.generation + 1,
    items: [...page.nodes],
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
    firstNewIndex: null,
  };
}

/**
 * Appends the next page. Items already shown are skipped (an item can move between pages when
 * counts change while someone reads), and an answer for an older generation is ignored.
 */
export function appendPage<T extends { id: string }>(
  state: PagingState<T>,
  page: Page<T>,
  generation: number,
): PagingState<T> {
  if (generation !== state.generation) return state;
  const seen = new Set(state.items.map((item) => item.id));
  const fresh = page.nodes.filter((item) => !seen.has(item.id));
  return {
    generation: state.generation,
    items: [...state.items, ...fresh],
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
    firstNewIndex: fresh.length > 0 ? state.items.length : null,
  };
}

/** The cursor to ask for next, or null when everything is shown. */
export function nextCursor<T>(state: PagingState<T>): string | null {
  return state.hasNextPage ? state.endCursor : null;
}
