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
  const problems: AnnexProblem[] = [];
  const report = (path: string, rule: AnnexProblem['rule']): void => {
    problems.push({ path, rule });
  };
  if (!Array.isArray(value)) {
    report('', 'type');
    return { annex: [], problems };
  }
  // Checked before the walk so a hostile file cannot make us visit millions of entries.
  if (value.length > ANNEX_LIMITS.fields) {
    report('', 'tooMany');
    return { annex: [], problems };
  }
  const seenFields = new Set<string>();
  const annex = value.map((rawField: unknown, fieldIndex): AnnexActionField => {
    const fieldPath = `[${fieldIndex}]`;
    const field = asRecord(rawField);
    if (!field) {
      report(fieldPath, 'type');
      return { actionField: '', goals: [] };
    }
    const actionField = readText(field['actionField'], `${fieldPath}.actionField`, ANNEX_LIMITS.goalLength, report);
    const fieldKey = actionField.toLocaleLowerCase('de');
    if (actionField && seenFields.has(fieldKey)) report(`${fieldPath}.actionField`, 'duplicateField');
    seenFields.add(fieldKey);

    const rawGoals = readList(field['goals'], `${fieldPath}.goals`, ANNEX_LIMITS.goalsPerField, report);
    // The printed annex numbers measures across the whole field, not per goal.
    let expectedNumber = 1;
    const goals = rawGoals.map((rawGoal: unknown, goalIndex): AnnexGoal => {
      const goalPath = `${fieldPath}.goals[${goalIndex}]`;
      const goal = asRecord(rawGoal);
      if (!goal) {
        report(goalPath, 'type');
        return { goal: '', measures: [] };
      }
      const title = readText(goal['goal'], `${goalPath}.goal`, ANNEX_LIMITS.goalLength, report);
      const rawMeasures = readList(goal['measures'], `${goalPath}.measures`, ANNEX_LIMITS.measuresPerGoal, report);
      const measures = rawMeasures.map((rawMeasure: unknown, measureIndex): AnnexMeasure => {
        const measurePath = `${goalPath}.measures[${measureIndex}]`;
        const expected = expectedNumber++;
        const measure = asRecord(rawMeasure);
        if (!measure) {
          report(measurePath, 'type');
          return { number: expected, text: '' };
        }
        const number = measure['number'];
        if (number === undefined || number === null) report(`${measurePath}.number`, 'required');
        else if (typeof number !== 'number' || !Number.isInteger(number)) report(`${measurePath}.number`, 'type');
        else if (number !== expected) report(`${measurePath}.number`, 'numbering');
        const text = readText(measure['text'], `${measurePath}.text`, ANNEX_LIMITS.measureLength, report);
        return { number: expected, text };
      });
      return { goal: title, measures };
    });
    return { actionField, goals };
  });
  return problems.length > 0 ? { annex: [], problems } : { annex, problems };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A list under its limit; anything else is reported and read as empty. */
function readList(value: unknown, path: string, max: number, report: (path: string, rule: AnnexProblem['rule']) => void): unknown[] {
  if (value === undefined || value === null) {
    report(path, 'required');
    return [];
  }
  if (!Array.isArray(value)) {
    report(path, 'type');
    return [];
  }
  if (value.length > max) {
    report(path, 'tooMany');
    return [];
  }
  return value;
}

/**
 * A required text: NFC, Unix line ends, trimmed. Length counts code points, as PostgreSQL's
 * char_length does, so the database checks never disagree with this one.
 */
function readText(value: unknown, path: string, max: number, report: (path: string, rule: AnnexProblem['rule']) => void): string {
  if (value === undefined || value === null) {
    report(path, 'required');
    return '';
  }
  if (typeof value !== 'string') {
    report(path, 'type');
    return '';
  }
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (text === '') report(path, 'required');
  else if ([...text].length > max) report(path, 'tooLong');
  return text;
}
