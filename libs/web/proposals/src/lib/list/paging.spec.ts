import { appendPage, emptyPaging, firstPage, nextCursor } from './paging';
import type { Page } from './paging';

interface Item {
  id: string;
}

const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));
const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5): Page<Item> => ({
  nodes: items(...ids),
  endCursor,
  hasNextPage,
  totalCount,
});

describe('cursor paging', () => {
  it('starts a new generation with each first page and asks for the next cursor only while there is more', () => {
    const first = firstPage(emptyPaging<Item>(), page(['a', 'b'], 'c2', true));
    expect(first).toMatchObject({ generation: 1, endCursor: 'c2', hasNextPage: true, totalCount: 5, firstNewIndex: null });
    expect(nextCursor(first)).toBe('c2');
    const last = firstPage(first, page(['x'], 'c1', false, 1));
    expect(last.generation).toBe(2);
    expect(last.items).toEqual(items('x'));
    expect(nextCursor(last)).toBeNull();
  });

  it('appends pages and points at the first new item for focus', () => {
    const first = firstPage(emptyPaging<Item>(), page(['a', 'b'], 'c2', true));
    const second = appendPage(first, page(['c', 'd'], 'c4', true), first.generation);
    expect(second.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(second.firstNewIndex).toBe(2);
    const third = appendPage(second, page(['e'], 'c5', false), first.generation);
    expect(third.items).toHaveLength(5);
    expect(third.firstNewIndex).toBe(4);
    expect(nextCursor(third)).toBeNull();
  });

  it('skips items already shown (a proposal can move between pages while someone reads)', () => {
    const first = firstPage(emptyPaging<Item>(), page(['a', 'b'], 'c2', true));
    const next = appendPage(first, page(['b', 'c'], 'c3', false), first.generation);
    expect(next.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(next.firstNewIndex).toBe(2);
    const nothingNew = appendPage(first, page(['a'], 'c3', false), first.generation);
    expect(nothingNew.firstNewIndex).toBeNull();
    expect(nothingNew.hasNextPage).toBe(false);
  });

  it('ignores a late answer that belongs to a list replaced meanwhile', () => {
    const old = firstPage(emptyPaging<Item>(), page(['a'], 'c1', true));
    const replaced = firstPage(old, page(['x', 'y'], 'c2', true));
    expect(appendPage(replaced, page(['b'], 'c2', false), old.generation)).toBe(replaced);
  });
});
