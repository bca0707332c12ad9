import { measureCode } from './numbering';

/** A version reduced to what a comparison needs; `key` is stable across versions copied from each other. */
export interface VersionSnapshotMeasure {
  key: string;
  actionFieldPosition: number;
  goalKey: string;
  number: number;
  /** German wording, the binding text. */
  text: string;
}
export interface VersionSnapshotGoal {
  key: string;
  actionFieldPosition: number;
  title: string;
}
export interface VersionSnapshot {
  goals: VersionSnapshotGoal[];
  measures: VersionSnapshotMeasure[];
}

export interface MeasureDiffEntry {
  key: string;
  /** Absent for added measures. */
  before?: { code: string; text: string; goalKey: string };
  /** Absent for removed measures. */
  after?: { code: string; text: string; goalKey: string };
}

export interface VersionDiff {
  added: MeasureDiffEntry[];
  removed: MeasureDiffEntry[];
  /** Same measure, other number or action field (may also be reworded). */
  renumbered: MeasureDiffEntry[];
  /** Same measure, other German text (may also be renumbered). */
  reworded: MeasureDiffEntry[];
  /** Goals by the same rules. */
  goalsAdded: { key: string; title: string }[];
  goalsRemoved: { key: string; title: string }[];
  goalsReworded: { key: string; before: string; after: string }[];
}

interface Positioned {
  fieldPosition: number;
  number: number;
}

function side(measure: VersionSnapshotMeasure): { code: string; text: string; goalKey: string } {
  return { code: measureCode(measure.actionFieldPosition, measure.number), text: measure.text, goalKey: measure.goalKey };
}

// Codes compare numerically ("1.10" after "1.9"), the way the annex is read.
function byPosition(a: Positioned, b: Positioned): number {
  return a.fieldPosition - b.fieldPosition || a.number - b.number;
}

/** Compares two versions measure by measure (by key); lists ordered by the code they have (after, else before). */
export function diffVersions(before: VersionSnapshot, after: VersionSnapshot): VersionDiff {
  const beforeMeasures = new Map(before.measures.map((measure) => [measure.key, measure]));
  const afterMeasures = new Map(after.measures.map((measure) => [measure.key, measure]));

  type Sorted = { entry: MeasureDiffEntry; at: Positioned };
  const added: Sorted[] = [];
  const removed: Sorted[] = [];
  const renumbered: Sorted[] = [];
  const reworded: Sorted[] = [];

  for (const next of after.measures) {
    const at = { fieldPosition: next.actionFieldPosition, number: next.number };
    const previous = beforeMeasures.get(next.key);
    if (!previous) {
      added.push({ entry: { key: next.key, after: side(next) }, at });
      continue;
    }
    const entry: MeasureDiffEntry = { key: next.key, before: side(previous), after: side(next) };
    if (previous.actionFieldPosition !== next.actionFieldPosition || previous.number !== next.number) {
      renumbered.push({ entry, at });
    }
    if (previous.text !== next.text) reworded.push({ entry, at });
  }
  for (const previous of before.measures) {
    if (afterMeasures.has(previous.key)) continue;
    removed.push({
      entry: { key: previous.key, before: side(previous) },
      at: { fieldPosition: previous.actionFieldPosition, number: previous.number },
    });
  }

  const sorted = (list: Sorted[]): MeasureDiffEntry[] => list.sort((a, b) => byPosition(a.at, b.at)).map(({ entry }) => entry);

  // Goals carry no position in a snapshot: keep each list's given order within a field.
  const byField = <T extends { actionFieldPosition: number }>(list: T[]): T[] =>
    list
      .map((goal, index) => ({ goal, index }))
      .sort((a, b) => a.goal.actionFieldPosition - b.goal.actionFieldPosition || a.index - b.index)
      .map(({ goal }) => goal);
  const beforeGoals = new Map(before.goals.map((goal) => [goal.key, goal]));
  const afterGoalKeys = new Set(after.goals.map((goal) => goal.key));
  const orderedAfterGoals = byField(after.goals);

  return {
    added: sorted(added),
    removed: sorted(removed),
    renumbered: sorted(renumbered),
    reworded: sorted(reworded),
    goalsAdded: orderedAfterGoals.filter((goal) => !beforeGoals.has(goal.key)).map(({ key, title }) => ({ key, title })),
    goalsRemoved: byField(before.goals)
      .filter((goal) => !afterGoalKeys.has(goal.key))
      .map(({ key, title }) => ({ key, title })),
    goalsReworded: orderedAfterGoals.flatMap((goal) => {
      const previous = beforeGoals.get(goal.key);
      return previous && previous.title !== goal.title ? [{ key: goal.key, before: previous.title, after: goal.title }] : [];
    }),
  };
}
