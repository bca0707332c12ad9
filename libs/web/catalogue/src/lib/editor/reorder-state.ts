import { measureCode, numberMeasures, renumberPreview } from '@mitreden/shared/catalogue';
import type { FieldOrder } from '@mitreden/shared/catalogue';

export type MoveDirection = -1 | 1;

/** The parts of a loaded action field the reorder mode needs. */
export interface OrderableField {
  goals: readonly { id: string; position: number; measures: readonly { id: string; number: number }[] }[];
}

/** The field's order as stored: goals by position, measures by their number. */
export function orderOfField(field: OrderableField): FieldOrder {
  return {
    goals: [...field.goals]
      .sort((a, b) => a.position - b.position)
      .map((goal) => ({
        goalId: goal.id,
        measureIds: [...goal.measures].sort((a, b) => a.number - b.number).map((measure) => measure.id),
      })),
  };
}

/** Every measure's number as stored (the "from" side of the preview). */
export function currentNumbers(field: OrderableField): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const goal of field.goals) for (const measure of goal.measures) numbers.set(measure.id, measure.number);
  return numbers;
}

function copyOrder(order: FieldOrder): FieldOrder {
  return { goals: order.goals.map((goal) => ({ goalId: goal.goalId, measureIds: [...goal.measureIds] })) };
}

function locateMeasure(order: FieldOrder, measureId: string): { goalIndex: number; index: number } | null {
  for (let goalIndex = 0; goalIndex < order.goals.length; goalIndex++) {
    const index = order.goals[goalIndex]?.measureIds.indexOf(measureId) ?? -1;
    if (index >= 0) return { goalIndex, index };
  }
  return null;
}

export function canMoveGoal(order: FieldOrder, goalId: string, direction: MoveDirection): boolean {
  const index = order.goals.findIndex((goal) => goal.goalId === goalId);
  const target = index + direction;
  return index >= 0 && target >= 0 && target < order.goals.length;
}

/** Swaps a goal with its neighbour; its measures travel with it. At the edge the order stays as it is. */
export function moveGoal(order: FieldOrder, goalId: string, direction: MoveDirection): FieldOrder {
  if (!canMoveGoal(order, goalId, direction)) return order;
  const next = copyOrder(order);
  const index = next.goals.findIndex((goal) => goal.goalId === goalId);
  const [goal] = next.goals.splice(index, 1);
  if (goal) next.goals.splice(index + direction, 0, goal);
  return next;
}

/**
 * A measure can move while there is a place before (after) it in reading order: inside its goal or,
 * from the first (last) place, into the goal before (after) — also an empty one.
 */
export function canMoveMeasure(order: FieldOrder, measureId: string, direction: MoveDirection): boolean {
  const at = locateMeasure(order, measureId);
  if (!at) return false;
  const size = order.goals[at.goalIndex]?.measureIds.length ?? 0;
  const target = at.index + direction;
  if (target >= 0 && target < size) return true;
  const goalTarget = at.goalIndex + direction;
  return goalTarget >= 0 && goalTarget < order.goals.length;
}

/**
 * One step in reading order. Inside a goal it swaps with its neighbour; from a goal's edge it
 * crosses into the adjacent goal (at its end going up, at its start going down), so repeated
 * presses walk a measure through every place of the field.
 */
export function moveMeasure(order: FieldOrder, measureId: string, direction: MoveDirection): FieldOrder {
  if (!canMoveMeasure(order, measureId, direction)) return order;
  const next = copyOrder(order);
  const at = locateMeasure(next, measureId);
  const source = at ? next.goals[at.goalIndex] : undefined;
  if (!at || !source) return order;
  source.measureIds.splice(at.index, 1);
  const target = at.index + direction;
  if (target >= 0 && target <= source.measureIds.length) {
    source.measureIds.splice(target, 0, measureId);
    return next;
  }
  const destination = next.goals[at.goalIndex + direction];
  if (!destination) return order;
  if (direction === -1) destination.measureIds.push(measureId);
  else destination.measureIds.unshift(measureId);
  return next;
}

/** For drag and drop: puts a measure at an index of a goal (clamped). */
export function placeMeasure(order: FieldOrder, measureId: string, goalId: string, index: number): FieldOrder {
  const next = copyOrder(order);
  const at = locateMeasure(next, measureId);
  const destination = next.goals.find((goal) => goal.goalId === goalId);
  if (!at || !destination) return order;
  next.goals[at.goalIndex]?.measureIds.splice(at.index, 1);
  const clamped = Math.max(0, Math.min(index, destination.measureIds.length));
  destination.measureIds.splice(clamped, 0, measureId);
  return next;
}

/** For drag and drop of goals: puts a goal at an index (clamped). */
export function placeGoal(order: FieldOrder, goalId: string, index: number): FieldOrder {
  const next = copyOrder(order);
  const from = next.goals.findIndex((goal) => goal.goalId === goalId);
  if (from < 0) return order;
  const [goal] = next.goals.splice(from, 1);
  if (goal) next.goals.splice(Math.max(0, Math.min(index, next.goals.length)), 0, goal);
  return next;
}

export function sameOrder(a: FieldOrder, b: FieldOrder): boolean {
  if (a.goals.length !== b.goals.length) return false;
  return a.goals.every((goal, i) => {
    const other = b.goals[i];
    return (
      !!other &&
      other.goalId === goal.goalId &&
      other.measureIds.length === goal.measureIds.length &&
      goal.measureIds.every((id, j) => other.measureIds[j] === id)
    );
  });
}

export interface CodeChange {
  from: string;
  to: string;
}

export interface ReorderPreview {
  /** Per measure id: its code now and the code the proposed order gives it; only measures whose code changes. */
  changes: Map<string, CodeChange>;
  /** Per measure id: the code it would have (all measures), for showing the position while moving. */
  proposedCodes: Map<string, string>;
}

/** What saving this order would do to the codes people cite ("3.4 → 3.2"). */
export function reorderPreview(fieldPosition: number, current: ReadonlyMap<string, number>, proposed: FieldOrder): ReorderPreview {
  const changes = new Map<string, CodeChange>();
  for (const change of renumberPreview(current, proposed)) {
    changes.set(change.measureId, { from: measureCode(fieldPosition, change.from), to: measureCode(fieldPosition, change.to) });
  }
  const proposedCodes = new Map<string, string>();
  for (const [measureId, number] of numberMeasures(proposed)) proposedCodes.set(measureId, measureCode(fieldPosition, number));
  return { changes, proposedCodes };
}

/** The mutation input: the whole order of the field. */
export function reorderInput(
  versionId: string,
  actionFieldId: string,
  order: FieldOrder,
): { versionId: string; actionFieldId: string; goals: { goalId: string; measureIds: string[] }[] } {
  return { versionId, actionFieldId, goals: order.goals.map((goal) => ({ goalId: goal.goalId, measureIds: [...goal.measureIds] })) };
}
