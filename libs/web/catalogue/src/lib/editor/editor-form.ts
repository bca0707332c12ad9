import type {
  CatalogueGoalInput,
  CatalogueMeasureInput,
  ImplementationStatus,
  MeasurePriority,
  MeasureStatusInput,
  TranslationInput,
} from '@mitreden/web/core';

/** The languages the project group writes catalogue texts in; German is the source and required. */
export const EDIT_LOCALES = ['de', 'en', 'ar'] as const;
export type EditLocale = (typeof EDIT_LOCALES)[number];
export type Texts = Record<EditLocale, string>;

export const GOAL_TITLE_MAX = 500;
export const MEASURE_TEXT_MAX = 4000;
export const MILESTONE_TITLE_MAX = 300;
export const RESPONSIBILITY_MAX = 300;
export const DEPARTMENT_MAX = 200;
export const COST_NOTE_MAX = 2000;
export const STATUS_NOTE_MAX = 1000;

export const IMPLEMENTATION_STATUSES: readonly ImplementationStatus[] = ['PLANNED', 'IN_PROGRESS', 'IMPLEMENTED', 'DROPPED'];
export const PRIORITIES: readonly MeasurePriority[] = ['HIGH', 'MEDIUM', 'LOW'];

export function emptyTexts(): Texts {
  return { de: '', en: '', ar: '' };
}

/** Stored translations → one text per editor language (other languages are kept by the server only when sent). */
export function textsFrom(translations: readonly { locale: string; text: string }[] | null | undefined): Texts {
  const texts = emptyTexts();
  for (const entry of translations ?? []) {
    if ((EDIT_LOCALES as readonly string[]).includes(entry.locale)) texts[entry.locale as EditLocale] = entry.text;
  }
  return texts;
}

/**
 * Editor texts → translations to send: trimmed, blank languages left out (they fall back to German).
 * Languages the editor does not show are passed through so saving here does not drop them.
 */
export function translationsFrom(texts: Partial<Texts>, stored: readonly { locale: string; text: string }[] = []): TranslationInput[] {
  const result: TranslationInput[] = [];
  for (const locale of EDIT_LOCALES) {
    const text = (texts[locale] ?? '').trim();
    if (text) result.push({ locale, text });
  }
  for (const entry of stored) {
    if (!(EDIT_LOCALES as readonly string[]).includes(entry.locale) && entry.text.trim()) result.push({ locale: entry.locale, text: entry.text });
  }
  return result;
}

/** Languages besides German a text has, for the small "also in EN, AR" indicator. */
export function otherLanguages(translations: readonly { locale: string; text: string }[] | null | undefined): string[] {
  return (translations ?? []).filter((entry) => entry.locale !== 'de' && entry.text.trim() !== '').map((entry) => entry.locale);
}

export interface MilestoneFormValue {
  title: Texts;
  dueOn: string;
  doneOn: string;
}

export interface MeasureFormValue {
  text: Texts;
  responsibility: string;
  department: string;
  costNote: string;
  priority: MeasurePriority | '';
  sourceProposalIds: string[];
  milestones: MilestoneFormValue[];
}

export function goalInputFrom(
  value: { title: Texts; sourceProposalIds: string[] },
  ids: { versionId: string; actionFieldId: string; goalId: string | null },
  storedTitle: readonly { locale: string; text: string }[] = [],
): CatalogueGoalInput {
  return {
    versionId: ids.versionId,
    actionFieldId: ids.actionFieldId,
    ...(ids.goalId ? { goalId: ids.goalId } : {}),
    title: translationsFrom(value.title, storedTitle),
    sourceProposalIds: [...new Set(value.sourceProposalIds)],
  };
}

export function measureInputFrom(
  value: MeasureFormValue,
  ids: { versionId: string; goalId: string; measureId: string | null },
  storedText: readonly { locale: string; text: string }[] = [],
): CatalogueMeasureInput {
  return {
    versionId: ids.versionId,
    goalId: ids.goalId,
    ...(ids.measureId ? { measureId: ids.measureId } : {}),
    text: translationsFrom(value.text, storedText),
    responsibility: value.responsibility.trim(),
    department: value.department.trim(),
    costNote: value.costNote.trim(),
    priority: value.priority || null,
    sourceProposalIds: [...new Set(value.sourceProposalIds)],
    milestones: value.milestones.map((milestone) => ({
      title: translationsFrom(milestone.title),
      dueOn: milestone.dueOn,
      doneOn: milestone.doneOn || null,
    })),
  };
}

export interface StatusFormValue {
  status: ImplementationStatus;
  progress: number | null;
  note: string;
  milestonesDone: { milestoneId: string; doneOn: string }[];
}

export function statusInputFrom(measureId: string, value: StatusFormValue): MeasureStatusInput {
  const progress = Math.round(Number(value.progress ?? 0));
  return {
    measureId,
    status: value.status,
    progress: Number.isFinite(progress) ? Math.max(0, Math.min(100, progress)) : 0,
    note: value.note.trim(),
    milestonesDone: value.milestonesDone.map((milestone) => ({ milestoneId: milestone.milestoneId, doneOn: milestone.doneOn || null })),
  };
}

/**
 * The form control a server field error belongs to. The API reports paths like `input.text`,
 * `milestones.1.dueOn` or `title`; translated texts land on their German field, which carries the
 * message. Unknown paths give null (the caller shows a form-level message).
 */
export function controlPathForServerField(path: string, known: readonly string[]): string | null {
  const parts = path.split('.').filter((part) => part !== 'input');
  const [head, index, leaf] = parts;
  if (!head) return null;
  if (head === 'milestones' && index !== undefined && /^\d+$/.test(index)) {
    if (leaf === 'title') return `milestones.${index}.title.de`;
    if (leaf === 'dueOn' || leaf === 'doneOn') return `milestones.${index}.${leaf}`;
    return known.includes('milestones') ? 'milestones' : null;
  }
  if (head === 'milestonesDone' && index !== undefined && /^\d+$/.test(index)) return `milestonesDone.${index}.doneOn`;
  if (head === 'title' || head === 'text') return known.includes(head) ? `${head}.de` : null;
  return known.includes(head) ? head : null;
}

/** Message key for a validation rule the generic helpers have no text for. */
export function catalogueRuleKey(rule: string): string | null {
  const rules: Record<string, string> = {
    germanRequired: 'catalogue.editor.rules.germanRequired',
    matches: 'catalogue.editor.rules.date',
    min: 'catalogue.editor.rules.progress',
    max: 'catalogue.editor.rules.progress',
    isInt: 'catalogue.editor.rules.progress',
  };
  return rules[rule] ?? null;
}
