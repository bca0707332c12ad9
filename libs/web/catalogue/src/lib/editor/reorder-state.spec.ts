import {
  canMoveGoal,
  canMoveMeasure,
  currentNumbers,
  moveGoal,
  moveMeasure,
  orderOfField,
  placeGoal,
  placeMeasure,
  reorderInput,
  reorderPreview,
  sameOrder,
} from './reorder-state';
import type { OrderableField } from './reorder-state';

// Field 3: goal A (m1, m2), goal B (m3, m4), goal C (empty); stored out of order on purpose.
const field: OrderableField = {
  goals: [
    { id: 'B', position: 2, measures: [{ id: 'm4', number: 4 }, { id: 'm3', number: 3 }] },
    { id: 'C', position: 3, measures: [] },
    { id: 'A', position: 1, measures: [{ id: 'm1', number: 1 }, { id: 'm2', number: 2 }] },
  ],
};
const flat = (order: ReturnType<typeof orderOfField>) => order.goals.map((g) => `${g.goalId}:${g.measureIds.join(',')}`).join(' ');

describe('reorder state', () => {
  const start = orderOfField(field);

  it('reads the stored order: goals by position, measures by number', () => {
    expect(flat(start)).toBe('A:m1,m2 B:m3,m4 C:');
    expect(currentNumbers(field).get('m4')).toBe(4);
  });

  it('swaps measures inside a goal', () => {
    expect(flat(moveMeasure(start, 'm1', 1))).toBe('A:m2,m1 B:m3,m4 C:');
    expect(flat(moveMeasure(start, 'm4', -1))).toBe('A:m1,m2 B:m4,m3 C:');
  });

  it('crosses into the neighbouring goal from a goal edge, also into an empty goal', () => {
    expect(flat(moveMeasure(start, 'm2', 1))).toBe('A:m1 B:m2,m3,m4 C:');
    expect(flat(moveMeasure(start, 'm3', -1))).toBe('A:m1,m2,m3 B:m4 C:');
    expect(flat(moveMeasure(start, 'm4', 1))).toBe('A:m1,m2 B:m3 C:m4');
  });

  it('walks a measure through every place of the field with repeated presses', () => {
    let order = start;
    const seen: string[] = [];
    while (canMoveMeasure(order, 'm1', 1)) {
      order = moveMeasure(order, 'm1', 1);
      seen.push(flat(order));
    }
    expect(seen).toEqual(['A:m2,m1 B:m3,m4 C:', 'A:m2 B:m1,m3,m4 C:', 'A:m2 B:m3,m1,m4 C:', 'A:m2 B:m3,m4,m1 C:', 'A:m2 B:m3,m4 C:m1']);
  });

  it('leaves the order alone at the edges and for unknown ids', () => {
    expect(canMoveMeasure(start, 'm1', -1)).toBe(false);
    expect(moveMeasure(start, 'm1', -1)).toBe(start);
    expect(canMoveMeasure(start, 'nope', 1)).toBe(false);
    expect(canMoveGoal(start, 'A', -1)).toBe(false);
    expect(canMoveGoal(start, 'C', 1)).toBe(false);
    expect(moveGoal(start, 'C', 1)).toBe(start);
  });

  it('moves goals with their measures and does not touch the input', () => {
    const moved = moveGoal(start, 'A', 1);
    expect(flat(moved)).toBe('B:m3,m4 A:m1,m2 C:');
    expect(flat(start)).toBe('A:m1,m2 B:m3,m4 C:');
  });

  it('places items for drag and drop, clamping the index', () => {
    expect(flat(placeMeasure(start, 'm1', 'C', 99))).toBe('A:m2 B:m3,m4 C:m1');
    expect(flat(placeMeasure(start, 'm4', 'A', 0))).toBe('A:m4,m1,m2 B:m3 C:');
    expect(flat(placeGoal(start, 'C', 0))).toBe('C: A:m1,m2 B:m3,m4');
  });

  it('compares orders', () => {
    expect(sameOrder(start, orderOfField(field))).toBe(true);
    expect(sameOrder(start, moveMeasure(start, 'm1', 1))).toBe(false);
    expect(sameOrder(start, moveGoal(start, 'B', 1))).toBe(false);
  });

  it('previews the new codes of only the measures that change', () => {
    const moved = moveGoal(start, 'B', -1);
    const preview = reorderPreview(3, currentNumbers(field), moved);
    expect([...preview.changes.entries()]).toEqual([
      ['m3', { from: '3.3', to: '3.1' }],
      ['m4', { from: '3.4', to: '3.2' }],
      ['m1', { from: '3.1', to: '3.3' }],
      ['m2', { from: '3.2', to: '3.4' }],
    ]);
    expect(preview.proposedCodes.get('m2')).toBe('3.4');
    const unchanged = reorderPreview(3, currentNumbers(field), moveMeasure(start, 'm2', 1));
    // Moving m2 to the start of goal B keeps every number: reading order is the same.
    expect(unchanged.changes.size).toBe(0);
  });

  it('builds the mutation input with the whole order', () => {
    expect(reorderInput('v', 'f', moveMeasure(start, 'm1', 1))).toEqual({
      versionId: 'v',
      actionFieldId: 'f',
      goals: [
        { goalId: 'A', measureIds: ['m2', 'm1'] },
        { goalId: 'B', measureIds: ['m3', 'm4'] },
        { goalId: 'C', measureIds: [] },
      ],
    });
  });
});
