import { badInput } from '@mitreden/api/core';
import { isLocale } from '@mitreden/shared/contracts';
import type { Sheet } from './organisation-sheet';

/** Organisation types as stored (lowercase; GraphQL has them uppercase). */
export const ORGANISATION_TYPES = [
  'migrant_organisation',
  'municipal_contact',
  'education',
  'counselling',
  'integration_council',
  'religious_community',
  'integration_guide',
  'welfare',
  'other',
] as const;
export type StoredOrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Lowercase, without accents, gender stars, blanks or punctuation: "Integrationslots*in" → "integrationslotsin". */
export function foldLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/** German and English labels people write in address lists, besides the enum names themselves. */
const TYPE_ALIASES: Record<StoredOrganisationType, string[]> = {
  migrant_organisation: [
    'Migrantenorganisation', 'Migrant*innenorganisation', 'Migrantinnenorganisation', 'Migrantenselbstorganisation',
    'MSO', 'Migrant organisation', 'Migrant organization',
  ],
  municipal_contact: [
    'Kommunale Ansprechpartner*in', 'Kommunaler Ansprechpartner', 'Kommunale Ansprechpartnerin', 'Kommunale Ansprechperson',
    'Kommune', 'Municipal contact', 'Municipal contact person',
  ],
  education: ['Bildung', 'Bildungseinrichtung', 'Bildungsträger', 'Education', 'Educational institution'],
  counselling: ['Beratung', 'Beratungsstelle', 'Counselling', 'Counseling', 'Advice centre'],
  integration_council: ['Integrationsbeirat', 'Integrationsrat', 'Integration council'],
  religious_community: ['Religionsgemeinschaft', 'Religiöse Gemeinschaft', 'Glaubensgemeinschaft', 'Religious community'],
  integration_guide: ['Integrationslots*in', 'Integrationslotse', 'Integrationslotsin', 'Integrationslots*innen', 'Integration guide'],
  welfare: ['Wohlfahrt', 'Wohlfahrtsverband', 'Welfare', 'Welfare organisation', 'Welfare organization'],
  other: ['Sonstige', 'Sonstiges', 'Andere', 'Other'],
};

const TYPE_BY_LABEL = new Map<string, StoredOrganisationType>(
  ORGANISATION_TYPES.flatMap((type) => [type, ...TYPE_ALIASES[type]].map((label) => [foldLabel(label), type] as const)),
);

export function organisationTypeOf(label: string): StoredOrganisationType | null {
  return TYPE_BY_LABEL.get(foldLabel(label)) ?? null;
}

type Column = 'name' | 'email' | 'type' | 'municipality' | 'locale';

const HEADER_ALIASES: Record<Column, string[]> = {
  name: ['Name', 'Organisation', 'Organisationsname', 'Organization', 'Einrichtung'],
  email: ['E-Mail', 'Email', 'E-Mail-Adresse', 'Mail', 'Email address', 'E-mail address'],
  type: ['Typ', 'Type', 'Art', 'Organisationstyp', 'Organisation type', 'Organization type', 'Kategorie', 'Category'],
  municipality: ['Kommune', 'Gemeinde', 'Municipality', 'Stadt', 'Ort', 'City', 'Town'],
  locale: ['Sprache', 'Language', 'Locale'],
};

const COLUMN_BY_HEADER = new Map<string, Column>(
  (Object.keys(HEADER_ALIASES) as Column[]).flatMap((column) =>
    HEADER_ALIASES[column].map((label) => [foldLabel(label), column] as const),
  ),
);

/** Column index per field; name, e-mail and type are required. */
export function mapColumns(header: string[]): Record<Column, number | null> {
  const map: Record<Column, number | null> = { name: null, email: null, type: null, municipality: null, locale: null };
  header.forEach((text, index) => {
    const column = COLUMN_BY_HEADER.get(foldLabel(text));
    if (column && map[column] === null) map[column] = index;
  });
  const missing = (['name', 'email', 'type'] as const).filter((column) => map[column] === null);
  if (missing.length) throw badInput({ fileBase64: missing.map((column) => `missingColumn:${column}`) });
  return map;
}

/** What the database holds for an e-mail already known. */
export interface ExistingOrganisation {
  email: string;
  name: string;
  type: string;
  municipality: string;
  locale: string;
}

export type RowOutcome = 'new' | 'update' | 'unchanged' | 'invalid';

export interface PlannedRow {
  line: number;
  name: string;
  email: string;
  type: StoredOrganisationType | null;
  municipality: string;
  /** The locale to store: the file's, else the existing one, else German. */
  locale: string;
  outcome: RowOutcome;
  errors: string[];
}

// C0/C1 controls and bidi embeddings/overrides/isolates: never legitimate in a name or address.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// Deliberately plain: the mail server is the final judge; this catches typos and pasted junk.
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\]{2,}$/;

const clean = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').trim();

/** Validates every row and compares it with what is stored (by e-mail). Pure, so the preview equals the import. */
export function planRows(sheet: Sheet, existing: ReadonlyMap<string, ExistingOrganisation>): PlannedRow[] {
  const columns = mapColumns(sheet.header);
  const cell = (cells: string[], column: Column) => {
    const index = columns[column];
    return index === null ? '' : (cells[index] ?? '');
  };
  const seen = new Set<string>();
  return sheet.rows.map((row) => {
    const errors: string[] = [];
    const rawName = cell(row.cells, 'name');
    const name = clean(rawName);
    if (!name) errors.push('name:required');
    else if (name.length > 200) errors.push('name:tooLong');
    if (CONTROL.test(rawName.replace(/[\t\n\r]/g, ' '))) errors.push('name:invalidCharacters');

    const email = clean(cell(row.cells, 'email')).replace(/^mailto:/i, '').toLowerCase();
    if (!email) errors.push('email:required');
    else if (email.length > 254 || !EMAIL.test(email) || CONTROL.test(email)) errors.push('email:invalid');
    else if (seen.has(email)) errors.push('email:duplicate');
    else seen.add(email);

    const typeText = clean(cell(row.cells, 'type'));
    const type = typeText ? organisationTypeOf(typeText) : null;
    if (!typeText) errors.push('type:required');
    else if (!type) errors.push('type:unknown');

    const rawMunicipality = cell(row.cells, 'municipality');
    const municipality = clean(rawMunicipality);
    if (municipality.length > 120) errors.push('municipality:tooLong');
    if (CONTROL.test(rawMunicipality.replace(/[\t\n\r]/g, ' '))) errors.push('municipality:invalidCharacters');

    const localeText = clean(cell(row.cells, 'locale'));
    if (localeText && !isLocale(localeText)) errors.push('locale:unknown');

    const stored = existing.get(email);
    const locale = localeText && isLocale(localeText) ? localeText : (stored?.locale ?? 'de');
    let outcome: RowOutcome;
    if (errors.length) outcome = 'invalid';
    else if (!stored) outcome = 'new';
    else
      outcome =
        stored.name === name && stored.type === type && stored.municipality === municipality && stored.locale === locale
          ? 'unchanged'
          : 'update';
    return {
      line: row.line,
      // Invalid rows echo a bounded excerpt only: a 1 MB cell must not come back in the preview.
      name: name.slice(0, 200),
      email: email.slice(0, 254),
      type,
      municipality: municipality.slice(0, 120),
      locale,
      outcome,
      errors,
    };
  });
}
