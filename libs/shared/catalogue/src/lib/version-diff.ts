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

/** Compares two versions measure by measure (by key); lists ordered by the code they have (after, else before). */
export function diffVersions(before: VersionSnapshot, after: VersionSnapshot): VersionDiff {
  throw new Error('not implemented');
}
