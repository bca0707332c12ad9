import type { CatalogueTree, CatalogueTreeActionField } from '@mitreden/api/catalogue';

/** The languages a catalogue export is written in (the council annex exists in German and English). */
export const CATALOGUE_EXPORT_LANGUAGES = ['de', 'en'] as const;
export type CatalogueExportLanguage = (typeof CATALOGUE_EXPORT_LANGUAGES)[number];

/** What every format builder gets: the version's tree, the language and a progress hook. */
export interface CatalogueBuild {
  tree: CatalogueTree;
  language: CatalogueExportLanguage;
  labels: CatalogueLabels;
  /** Call once an action field is written: progress counts its measures as processed. */
  fieldDone(field: CatalogueTreeActionField): Promise<void>;
}

export interface CatalogueLabels {
  /** BCP 47, for document metadata and date formatting. */
  languageTag: string;
  annexTitle: string;
  version(number: number): string;
  adopted(date: string, councilReference: string): string;
  draft: string;
  /** "Seite 3 von 12": the words around the page numbers (Word fills them in as fields). */
  page: { before: string; between: string };
  noGoals: string;
  columns: {
    goal: string;
    number: string;
    measure: string;
    responsibility: string;
    department: string;
    cost: string;
    priority: string;
    status: string;
    progress: string;
    proposals: string;
    forums: string;
    contributors: string;
    supports: string;
  };
  priorities: Record<'high' | 'medium' | 'low', string>;
  statuses: Record<'planned' | 'in_progress' | 'implemented' | 'dropped', string>;
}

export const CATALOGUE_LABELS: Record<CatalogueExportLanguage, CatalogueLabels> = {
  de: {
    languageTag: 'de-DE',
    annexTitle: 'Anlage: Ziele- und Maßnahmenkatalog',
    version: (number) => `Version ${number}`,
    adopted: (date, reference) => `beschlossen am ${date} (${reference})`,
    draft: 'Entwurf',
    page: { before: 'Seite ', between: ' von ' },
    noGoals: 'Für dieses Handlungsfeld sind keine Ziele festgelegt.',
    columns: {
      goal: 'Ziel',
      number: 'Nr.',
      measure: 'Maßnahme',
      responsibility: 'Verantwortung',
      department: 'Fachbereich',
      cost: 'Kosten',
      priority: 'Priorität',
      status: 'Status',
      progress: 'Fortschritt (%)',
      proposals: 'Vorschläge',
      forums: 'Foren',
      contributors: 'Beteiligte',
      supports: 'Unterstützungen',
    },
    priorities: { high: 'hoch', medium: 'mittel', low: 'niedrig' },
    statuses: { planned: 'geplant', in_progress: 'in Umsetzung', implemented: 'umgesetzt', dropped: 'entfallen' },
  },
  en: {
    languageTag: 'en-GB',
    annexTitle: 'Annex: Catalogue of goals and measures',
    version: (number) => `Version ${number}`,
    adopted: (date, reference) => `adopted on ${date} (${reference})`,
    draft: 'Draft',
    page: { before: 'Page ', between: ' of ' },
    noGoals: 'No goals have been set for this action field.',
    columns: {
      goal: 'Goal',
      number: 'No.',
      measure: 'Measure',
      responsibility: 'Responsibility',
      department: 'Department',
      cost: 'Costs',
      priority: 'Priority',
      status: 'Status',
      progress: 'Progress (%)',
      proposals: 'Proposals',
      forums: 'Forums',
      contributors: 'Contributors',
      supports: 'Supports',
    },
    priorities: { high: 'high', medium: 'medium', low: 'low' },
    statuses: { planned: 'planned', in_progress: 'in progress', implemented: 'implemented', dropped: 'dropped' },
  },
};

/** "Version 2 – beschlossen am 12. März 2026 (Drucksache 1234/2026)" or "Version 3 – Entwurf". */
export function versionLine(tree: CatalogueTree, labels: CatalogueLabels): string {
  const { version } = tree;
  const state =
    version.status === 'adopted' && version.adoptedOn && version.councilReference
      ? labels.adopted(formatDate(version.adoptedOn, labels), version.councilReference)
      : labels.draft;
  return `${labels.version(version.number)} – ${state}`;
}

/** A YYYY-MM-DD date as the council writes it ("12. März 2026"). */
export function formatDate(isoDate: string, labels: CatalogueLabels): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(labels.languageTag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "<position>. <title>", the heading of an action field in the annex. */
export function fieldHeading(field: { position: number; title: string }): string {
  return `${field.position}. ${field.title}`;
}

/** A TranslationView list as the `{de, en, …}` map the open-data files carry. */
export function textMap(translations: readonly { locale: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(translations.map(({ locale, text }) => [locale, text]));
}

/** The German text (always present in the database); the given fallback if a list lacks it. */
export function germanText(translations: readonly { locale: string; text: string }[], fallback: string): string {
  return translations.find((translation) => translation.locale === 'de')?.text ?? fallback;
}
