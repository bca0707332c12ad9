/**
 * Measures are numbered 1..N per action field in reading order: goal by goal, measure by measure.
 * A field's order is the list of its goals, each with its measure ids in order.
 */
export interface FieldOrder {
  goals: { goalId: string; measureIds: string[] }[];
}

/** The number each measure gets for this order. */
export function numberMeasures(order: FieldOrder): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const goal of order.goals) {
    for (const measureId of goal.measureIds) {
      // A measure listed twice keeps its first place; the services refuse such orders anyway.
      if (!numbers.has(measureId)) numbers.set(measureId, numbers.size + 1);
    }
  }
  return numbers;
}

export interface RenumberChange {
  measureId: string;
  from: number;
  to: number;
}

/** What a reorder would change, for the preview before saving: only measures whose number moves. */
export function renumberPreview(current: ReadonlyMap<string, number>, proposed: FieldOrder): RenumberChange[] {
  const changes: RenumberChange[] = [];
  // Measures the current numbering does not know (new ones) have no number to move from.
  for (const [measureId, to] of numberMeasures(proposed)) {
    const from = current.get(measureId);
    if (from !== undefined && from !== to) changes.push({ measureId, from, to });
  }
  return changes;
}

/** "3.2": the action field's position and the measure's number, as the council annex cites it. */
export function measureCode(actionFieldPosition: number, measureNumber: number): string {
  return `${actionFieldPosition}.${measureNumber}`;
}
