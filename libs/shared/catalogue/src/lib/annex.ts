/**
 * The shape of the Region Hannover annex (and of catalogue imports): per action field, goals with
 * measures numbered 1..N across the field. `actionField` is the German title of an existing field.
 */
export interface AnnexMeasure {
  number: number;
  text: string;
}
export interface AnnexGoal {
  goal: string;
  measures: AnnexMeasure[];
}
export interface AnnexActionField {
  actionField: string;
  goals: AnnexGoal[];
}

/** A problem in an import file, with where it is (e.g. `[2].goals[0].measures[3].text`). */
export interface AnnexProblem {
  path: string;
  rule: 'required' | 'type' | 'tooLong' | 'numbering' | 'duplicateField' | 'tooMany';
}

export const ANNEX_LIMITS = { fields: 50, goalsPerField: 200, measuresPerGoal: 500, goalLength: 500, measureLength: 4000 } as const;

/**
 * Checks untrusted JSON against the annex shape. Measure numbers must run 1..N within each field in
 * reading order, as in the printed annex. Returns the cleaned value (texts trimmed) or the problems.
 */
export function parseAnnex(value: unknown): { annex: AnnexActionField[]; problems: AnnexProblem[] } {
  throw new Error('not implemented');
}
