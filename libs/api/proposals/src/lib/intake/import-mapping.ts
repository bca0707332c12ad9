import { ImportField } from '../graphql/proposal.types';

export type ColumnMapping = { field: ImportField; column: string }[];

/**
 * A comparison key: lowercase, no accents, ß → ss, punctuation and spaces folded. "Maßnahme",
 * "MASSNAHME" and "Massnahme " share one key.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (text: string) => matchKey(text).replace(/ /g, '');

/** Header names people use, German and English, as compact keys. */
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  [ImportField.TITLE]: [
    'titel',
    'title',
    'ueberschrift',
    'uberschrift',
    'vorschlag',
    'proposal',
    'headline',
    'kurztitel',
  ],
  [ImportField.BODY]: [
    'beschreibung',
    'text',
    'body',
    'description',
    'inhalt',
    'details',
    'erlauterung',
    'erlaeuterung',
    'content',
    'begrundung',
  ],
  [ImportField.KIND]: [
    'art',
    'kind',
    'typ',
    'type',
    'zielmassnahme',
    'zieloderm',
    'goalmeasure',
    'goalormeasure',
    'kategorie',
    'category',
  ],
  [ImportField.ACTION_FIELD]: ['handlungsfeld', 'actionfield', 'hf', 'themenfeld', 'field', 'feld'],
  [ImportField.FORUM]: ['forum', 'veranstaltung', 'event', 'fachforum'],
  [ImportField.GOAL]: [
    'ziel',
    'goal',
    'zugehorigesziel',
    'zugehoerigesziel',
    'uebergeordnetesziel',
    'ubergeordnetesziel',
    'parentgoal',
    'servesgoal',
  ],
  [ImportField.LANGUAGE]: ['sprache', 'language', 'lang'],
  [ImportField.SOURCE]: ['quelle', 'source', 'herkunft', 'eingang'],
  [ImportField.PARTICIPANT_COUNT]: [
    'teilnehmende',
    'teilnehmer',
    'teilnehmerinnen',
    'teilnehmerzahl',
    'participants',
    'participantcount',
    'anzahlteilnehmende',
    'anzahl',
    'personen',
  ],
};

const FIELD_ORDER = Object.values(ImportField);

/**
 * Guesses which column fills which field from the header names: exact names first, then headers
 * that start with a longer name ("Titel des Vorschlags", "Anzahl Teilnehmende"). Each column and
 * each field is used at most once; short names ("Art", "Ziel") only match exactly, so "Zielgruppe"
 * is not mistaken for the goal.
 */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const keys = columns.map(compact);
  const taken = new Set<number>();
  const found = new Map<ImportField, number>();
  const pass = (matches: (key: string, synonym: string) => boolean) => {
    for (const field of FIELD_ORDER) {
      if (found.has(field)) continue;
      const index = keys.findIndex(
        (key, i) => !taken.has(i) && HEADER_SYNONYMS[field].some((synonym) => matches(key, synonym)),
      );
      if (index >= 0) {
        found.set(field, index);
        taken.add(index);
      }
    }
  };
  pass((key, synonym) => key === synonym);
  pass((key, synonym) => synonym.length >= 5 && key.startsWith(synonym));
  return FIELD_ORDER.filter((field) => found.has(field)).map((field) => ({
    field,
    column: columns[found.get(field) as number],
  }));
}

/** Column index per mapped field; the caller checked that every column exists. */
export function columnIndexes(columns: readonly string[], mapping: ColumnMapping): Map<ImportField, number> {
  const indexes = new Map<ImportField, number>();
  for (const { field, column } of mapping) indexes.set(field, columns.indexOf(column));
  return indexes;
}

/** Problems of an explicit mapping, as rule codes for `mapping` (null when it is usable). */
export function mappingProblem(
  columns: readonly string[],
  mapping: ColumnMapping,
): 'unknownColumn' | 'duplicateField' | null {
  if (mapping.some(({ column }) => !columns.includes(column))) return 'unknownColumn';
  if (new Set(mapping.map(({ field }) => field)).size !== mapping.length) return 'duplicateField';
  return null;
}
