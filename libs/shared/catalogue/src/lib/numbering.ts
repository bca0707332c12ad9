/**
 * Measures are numbered 1..N per action field in reading order: goal by goal, measure by measure.
 * A field's order is the list of its goals, each with its measure ids in order.
 */
export interface FieldOrder {
  goals: { goalId: string; measureIds: string[] }[];
}

/** The number each measure gets for this order. */
export function numberMeasures(order: FieldOrder): Map<string, number> {
  throw new Error('not implemented');
}

export interface RenumberChange {
  measureId: string;
  from: number;
  to: number;
}

/** What a reorder would change, for the preview before saving: only measures whose number moves. */
export function renumberPreview(current: ReadonlyMap<string, number>, proposed: FieldOrder): RenumberChange[] {
  throw new Error('not implemented');
}

/** "3.2": the action field's position and the measure's number, as the council annex cites it. */
export function measureCode(actionFieldPosition: number, measureNumber: number): string {
  return `${actionFieldPosition}.${measureNumber}`;
}
