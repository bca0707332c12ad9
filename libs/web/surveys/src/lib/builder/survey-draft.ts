import type {
  BuilderOptionFragment,
  BuilderSurveyFragment,
  ConditionOperator,
  SaveSurveyInput,
  SurveyAudience,
  SurveyOptionInput,
  SurveyQuestionKind,
  TranslationInput,
} from '@mitreden/web/core';

/**
 * The builder edits one immutable draft of the whole survey (saved at once, like the API's
 * saveSurvey). Pure functions only, so every editing step is unit-testable without a DOM.
 */

/** The languages the builder offers; German is the required source text. */
export const EDIT_LOCALES = ['de', 'en', 'ar'] as const;
export type EditLocale = (typeof EDIT_LOCALES)[number];
export type Texts = Record<EditLocale, string>;

export const QUESTION_KIND_LIST: readonly SurveyQuestionKind[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'SCALE',
  'MATRIX',
  'RANKING',
  'DATE',
];
export const CHOICE_KINDS: ReadonlySet<SurveyQuestionKind> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'MATRIX']);
/** Same as the API: question and section keys start with a letter, option keys may start with a digit. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const OPTION_KEY_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const KEY_MAX = 40;

export type OptionRole = 'options' | 'rows';

export interface DraftCondition {
  questionKey: string;
  operator: ConditionOperator;
  value: string;
}

export interface DraftOption {
  /** Local identity for tracking and drag and drop; never sent. */
  uid: string;
  key: string;
  /** Once edited by hand (or loaded), the key no longer follows the German label. */
  keyEdited: boolean;
  /** Stored and answered: key and removal are frozen while the survey has responses. */
  locked: boolean;
  label: Texts;
  isOther: boolean;
}

export interface DraftQuestion {
  uid: string;
  key: string;
  keyEdited: boolean;
  locked: boolean;
  kind: SurveyQuestionKind;
  required: boolean;
  title: Texts;
  help: Texts;
  minChoices: number | null;
  maxChoices: number | null;
  minValue: number | null;
  maxValue: number | null;
  minLabel: Texts;
  maxLabel: Texts;
  options: DraftOption[];
  rows: DraftOption[];
  condition: DraftCondition | null;
}

export interface DraftSection {
  uid: string;
  key: string;
  keyEdited: boolean;
  locked: boolean;
  title: Texts;
  description: Texts;
  condition: DraftCondition | null;
  questions: DraftQuestion[];
}

export interface SurveyDraft {
  id: string;
  version: number;
  slug: string;
  title: Texts;
  intro: Texts;
  thanks: Texts;
  audience: SurveyAudience;
  anonymous: boolean;
  /** `datetime-local` values (local time, no zone); blank = no date. */
  opensAt: string;
  closesAt: string;
  segmentQuestionKey: string | null;
  sections: DraftSection[];
}

let uidCounter = 0;
export const newUid = (prefix: string): string => `${prefix}${++uidCounter}`;

export const emptyTexts = (): Texts => ({ de: '', en: '', ar: '' });

export function textsFrom(list: readonly { locale: string; text: string }[] | null | undefined): Texts {
  const texts = emptyTexts();
  for (const locale of EDIT_LOCALES) texts[locale] = list?.find((entry) => entry.locale === locale)?.text ?? '';
  return texts;
}

/** Blank translations are left out; the API treats a missing language as "use German". */
export function textsInput(texts: Texts): TranslationInput[] {
  return EDIT_LOCALES.flatMap((locale) => (texts[locale].trim() ? [{ locale, text: texts[locale].trim() }] : []));
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A stable code from a German text: "Größe der Organisation" → "groesse_der_organisation". Keys
 * become export column names, so they are short ASCII snake case.
 */
export function keyFromText(text: string, fallback: string, pattern: RegExp = KEY_PATTERN): string {
  let key = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, KEY_MAX - 3)
    .replace(/_+$/, '');
  if (key && pattern === KEY_PATTERN && !/^[a-z]/.test(key)) key = `q_${key}`.slice(0, KEY_MAX - 3);
  return key && pattern.test(key) ? key : fallback;
}

/** `base`, or `base_2`, `base_3` … — the first one not taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function allQuestions(draft: SurveyDraft): DraftQuestion[] {
  return draft.sections.flatMap((section) => section.questions);
}

function optionFrom(option: BuilderOptionFragment, locked: boolean): DraftOption {
  return { uid: newUid('o'), key: option.key, keyEdited: true, locked, label: textsFrom(option.labelTranslations), isOther: option.isOther };
}

/** `<input type="datetime-local">` works in local time without a zone. */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The loaded survey as a draft; with responses, everything already stored is locked. */
export function draftFromSurvey(survey: BuilderSurveyFragment): SurveyDraft {
  const locked = (survey.responseCount ?? 0) > 0;
  return {
    id: survey.id,
    version: survey.version,
    slug: survey.slug,
    title: textsFrom(survey.titleTranslations),
    intro: textsFrom(survey.introTranslations),
    thanks: textsFrom(survey.thanksTranslations),
    audience: survey.audience,
    anonymous: survey.anonymous,
    opensAt: toLocalInput(survey.opensAt),
    closesAt: toLocalInput(survey.closesAt),
    segmentQuestionKey: survey.segmentQuestionKey,
    sections: survey.sections.map((section) => ({
      uid: newUid('s'),
      key: section.key,
      keyEdited: true,
      locked,
      title: textsFrom(section.titleTranslations),
      description: textsFrom(section.descriptionTranslations),
      condition: section.condition ? { ...section.condition } : null,
      questions: section.questions.map((question) => ({
        uid: newUid('q'),
        key: question.key,
        keyEdited: true,
        locked,
        kind: question.kind,
        required: question.required,
        title: textsFrom(question.titleTranslations),
        help: textsFrom(question.helpTranslations),
        minChoices: question.minChoices,
        maxChoices: question.maxChoices,
        minValue: question.minValue,
        maxValue: question.maxValue,
        minLabel: textsFrom(question.minLabelTranslations),
        maxLabel: textsFrom(question.maxLabelTranslations),
        options: question.options.map((option) => optionFrom(option, locked)),
        rows: question.rows.map((option) => optionFrom(option, locked)),
        condition: question.condition ? { ...question.condition } : null,
      })),
    })),
  };
}

const optionInput = (option: DraftOption): SurveyOptionInput => ({
  key: option.key,
  label: textsInput(option.label),
  isOther: option.isOther,
});

/** Only the fields of the question's kind are sent, so a kind change leaves no stale settings. */
export function draftToInput(draft: SurveyDraft): SaveSurveyInput {
  return {
    id: draft.id,
    version: draft.version,
    slug: draft.slug.trim(),
    title: textsInput(draft.title),
    intro: textsInput(draft.intro),
    thanks: textsInput(draft.thanks),
    audience: draft.audience,
    anonymous: draft.audience === 'ANONYMOUS' ? true : draft.audience === 'PUBLIC' ? false : draft.anonymous,
    opensAt: fromLocalInput(draft.opensAt),
    closesAt: fromLocalInput(draft.closesAt),
    segmentQuestionKey: draft.segmentQuestionKey || null,
    sections: draft.sections.map((section) => ({
      key: section.key,
      title: textsInput(section.title),
      description: textsInput(section.description),
      condition: section.condition ? { ...section.condition } : null,
      questions: section.questions.map((question) => {
        const kind = question.kind;
        const choices = CHOICE_KINDS.has(kind);
        const ranged = kind === 'NUMBER' || kind === 'SCALE';
        return {
          key: question.key,
          kind,
          required: question.required,
          title: textsInput(question.title),
          help: textsInput(question.help),
          minChoices: kind === 'MULTIPLE_CHOICE' ? question.minChoices : null,
          maxChoices: kind === 'MULTIPLE_CHOICE' ? question.maxChoices : null,
          minValue: ranged ? question.minValue : null,
          maxValue: ranged ? question.maxValue : null,
          minLabel: kind === 'SCALE' ? textsInput(question.minLabel) : [],
          maxLabel: kind === 'SCALE' ? textsInput(question.maxLabel) : [],
          options: choices ? question.options.map(optionInput) : [],
          rows: kind === 'MATRIX' ? question.rows.map(optionInput) : [],
          condition: question.condition ? { ...question.condition } : null,
        };
      }),
    })),
  };
}

// ---------------------------------------------------------------- editing steps

/** Moves an item inside a list (keyboard buttons and drag and drop share it). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

function sectionKeys(draft: SurveyDraft): Set<string> {
  return new Set(draft.sections.map((section) => section.key));
}

function questionKeys(draft: SurveyDraft, except?: string): Set<string> {
  return new Set(allQuestions(draft).filter((q) => q.uid !== except).map((q) => q.key));
}

export function newOption(taken: ReadonlySet<string>, isOther = false): DraftOption {
  const key = uniqueKey(isOther ? 'other' : `o${taken.size + 1}`, taken);
  return { uid: newUid('o'), key, keyEdited: false, locked: false, label: emptyTexts(), isOther };
}

function defaultOptions(count: number): DraftOption[] {
  const list: DraftOption[] = [];
  for (let i = 0; i < count; i++) list.push(newOption(new Set(list.map((o) => o.key))));
  return list;
}

/** The settings a kind needs to be valid, keeping what already fits. */
function withKindDefaults(question: DraftQuestion, kind: SurveyQuestionKind): DraftQuestion {
  const next: DraftQuestion = { ...question, kind };
  if (CHOICE_KINDS.has(kind) && next.options.length < 2) next.options = [...next.options, ...defaultOptions(2 - next.options.length)];
  if (kind === 'MATRIX' && next.rows.length === 0) next.rows = defaultOptions(2).map((row, i) => ({ ...row, key: `r${i + 1}` }));
  if (kind === 'MATRIX' || kind === 'RANKING') next.options = next.options.filter((o) => !o.isOther);
  if (kind === 'SCALE') {
    next.minValue = next.minValue !== null && Number.isInteger(next.minValue) ? next.minValue : 1;
    next.maxValue = next.maxValue !== null && Number.isInteger(next.maxValue) && next.maxValue > next.minValue ? next.maxValue : 5;
  }
  return next;
}

export function newQuestion(draft: SurveyDraft, kind: SurveyQuestionKind = 'SINGLE_CHOICE'): DraftQuestion {
  const key = uniqueKey(`q${allQuestions(draft).length + 1}`, questionKeys(draft));
  return withKindDefaults(
    {
      uid: newUid('q'),
      key,
      keyEdited: false,
      locked: false,
      kind,
      required: false,
      title: emptyTexts(),
      help: emptyTexts(),
      minChoices: null,
      maxChoices: null,
      minValue: null,
      maxValue: null,
      minLabel: emptyTexts(),
      maxLabel: emptyTexts(),
      options: [],
      rows: [],
      condition: null,
    },
    kind,
  );
}

export function addSection(draft: SurveyDraft): SurveyDraft {
  const key = uniqueKey(`s${draft.sections.length + 1}`, sectionKeys(draft));
  const section: DraftSection = {
    uid: newUid('s'),
    key,
    keyEdited: false,
    locked: false,
    title: emptyTexts(),
    description: emptyTexts(),
    condition: null,
    questions: [],
  };
  return { ...draft, sections: [...draft.sections, section] };
}

export function updateSection(draft: SurveyDraft, si: number, patch: Partial<DraftSection>): SurveyDraft {
  return { ...draft, sections: draft.sections.map((section, i) => (i === si ? { ...section, ...patch } : section)) };
}

export function removeSection(draft: SurveyDraft, si: number): SurveyDraft {
  const section = draft.sections[si];
  if (!section || section.questions.some((q) => q.locked)) return draft;
  return dropDanglingReferences({ ...draft, sections: draft.sections.filter((_, i) => i !== si) });
}

export function moveSection(draft: SurveyDraft, from: number, to: number): SurveyDraft {
  return dropDanglingReferences({ ...draft, sections: moveItem(draft.sections, from, to) });
}

export function addQuestion(draft: SurveyDraft, si: number, kind: SurveyQuestionKind = 'SINGLE_CHOICE'): SurveyDraft {
  const question = newQuestion(draft, kind);
  return updateSection(draft, si, { questions: [...(draft.sections[si]?.questions ?? []), question] });
}

export function updateQuestion(draft: SurveyDraft, si: number, qi: number, patch: Partial<DraftQuestion>): SurveyDraft {
  const section = draft.sections[si];
  if (!section) return draft;
  return updateSection(draft, si, { questions: section.questions.map((q, i) => (i === qi ? { ...q, ...patch } : q)) });
}

export function changeKind(draft: SurveyDraft, si: number, qi: number, kind: SurveyQuestionKind): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question || question.locked) return draft;
  return dropDanglingReferences(updateQuestion(draft, si, qi, withKindDefaults(question, kind)));
}

/** The German title drives the key until someone edits the key (never for a locked key). */
export function setQuestionTitle(draft: SurveyDraft, si: number, qi: number, locale: EditLocale, text: string): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question) return draft;
  const patch: Partial<DraftQuestion> = { title: { ...question.title, [locale]: text } };
  if (locale === 'de' && !question.keyEdited && !question.locked) {
    patch.key = uniqueKey(keyFromText(text, question.key), questionKeys(draft, question.uid));
  }
  return renameReferences(draft, question.key, patch.key, () => updateQuestion(draft, si, qi, patch));
}

export function setQuestionKey(draft: SurveyDraft, si: number, qi: number, key: string): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question || question.locked) return draft;
  return renameReferences(draft, question.key, key, () => updateQuestion(draft, si, qi, { key, keyEdited: true }));
}

/** Conditions and the segment question follow a renamed question key. */
function renameReferences(draft: SurveyDraft, oldKey: string, newKey: string | undefined, edit: () => SurveyDraft): SurveyDraft {
  const next = edit();
  if (!newKey || newKey === oldKey) return next;
  const rename = (condition: DraftCondition | null) =>
    condition && condition.questionKey === oldKey ? { ...condition, questionKey: newKey } : condition;
  return {
    ...next,
    segmentQuestionKey: next.segmentQuestionKey === oldKey ? newKey : next.segmentQuestionKey,
    sections: next.sections.map((section) => ({
      ...section,
      condition: rename(section.condition),
      questions: section.questions.map((q) => ({ ...q, condition: rename(q.condition) })),
    })),
  };
}

export function removeQuestion(draft: SurveyDraft, si: number, qi: number): SurveyDraft {
  const section = draft.sections[si];
  if (!section || section.questions[qi]?.locked) return draft;
  return dropDanglingReferences(updateSection(draft, si, { questions: section.questions.filter((_, i) => i !== qi) }));
}

export function moveQuestion(draft: SurveyDraft, si: number, from: number, to: number): SurveyDraft {
  const section = draft.sections[si];
  if (!section) return draft;
  return dropDanglingReferences(updateSection(draft, si, { questions: moveItem(section.questions, from, to) }));
}

/** Drag and drop across sections, or the keyboard's "move to the previous/next section". */
export function transferQuestion(draft: SurveyDraft, fromSection: number, fromIndex: number, toSection: number, toIndex: number): SurveyDraft {
  if (fromSection === toSection) return moveQuestion(draft, fromSection, fromIndex, toIndex);
  const question = draft.sections[fromSection]?.questions[fromIndex];
  const target = draft.sections[toSection];
  if (!question || !target) return draft;
  const sections = draft.sections.map((section, i) => {
    if (i === fromSection) return { ...section, questions: section.questions.filter((_, qi) => qi !== fromIndex) };
    if (i === toSection) {
      const questions = [...section.questions];
      questions.splice(Math.max(0, Math.min(toIndex, questions.length)), 0, question);
      return { ...section, questions };
    }
    return section;
  });
  return dropDanglingReferences({ ...draft, sections });
}

export function addOption(draft: SurveyDraft, si: number, qi: number, role: OptionRole, isOther = false): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question) return draft;
  const list = question[role];
  const option = newOption(new Set(list.map((o) => o.key)), isOther);
  if (role === 'rows') option.key = uniqueKey(`r${list.length + 1}`, new Set(list.map((o) => o.key)));
  // The "other" option stays last, where respondents expect it.
  const otherIndex = list.findIndex((o) => o.isOther);
  const next = [...list];
  if (!isOther && otherIndex >= 0) next.splice(otherIndex, 0, option);
  else next.push(option);
  return updateQuestion(draft, si, qi, { [role]: next });
}

export function updateOption(draft: SurveyDraft, si: number, qi: number, role: OptionRole, oi: number, patch: Partial<DraftOption>): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question) return draft;
  return updateQuestion(draft, si, qi, { [role]: question[role].map((o, i) => (i === oi ? { ...o, ...patch } : o)) });
}

export function setOptionLabel(draft: SurveyDraft, si: number, qi: number, role: OptionRole, oi: number, locale: EditLocale, text: string): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  const option = question?.[role][oi];
  if (!question || !option) return draft;
  const patch: Partial<DraftOption> = { label: { ...option.label, [locale]: text } };
  if (locale === 'de' && !option.keyEdited && !option.locked) {
    const taken = new Set(question[role].filter((o) => o.uid !== option.uid).map((o) => o.key));
    patch.key = uniqueKey(keyFromText(text, option.key, OPTION_KEY_PATTERN), taken);
  }
  return renameOptionReferences(updateOption(draft, si, qi, role, oi, patch), question.key, role, option.key, patch.key);
}

export function setOptionKey(draft: SurveyDraft, si: number, qi: number, role: OptionRole, oi: number, key: string): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  const option = question?.[role][oi];
  if (!question || !option || option.locked) return draft;
  return renameOptionReferences(updateOption(draft, si, qi, role, oi, { key, keyEdited: true }), question.key, role, option.key, key);
}

function renameOptionReferences(draft: SurveyDraft, questionKey: string, role: OptionRole, oldKey: string, newKey: string | undefined): SurveyDraft {
  if (role !== 'options' || !newKey || newKey === oldKey) return draft;
  const rename = (condition: DraftCondition | null) =>
    condition && condition.questionKey === questionKey && condition.operator !== 'AT_LEAST' && condition.value === oldKey
      ? { ...condition, value: newKey }
      : condition;
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      condition: rename(section.condition),
      questions: section.questions.map((q) => ({ ...q, condition: rename(q.condition) })),
    })),
  };
}

export function removeOption(draft: SurveyDraft, si: number, qi: number, role: OptionRole, oi: number): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question || question[role][oi]?.locked) return draft;
  return dropDanglingReferences(updateQuestion(draft, si, qi, { [role]: question[role].filter((_, i) => i !== oi) }));
}

export function moveOption(draft: SurveyDraft, si: number, qi: number, role: OptionRole, from: number, to: number): SurveyDraft {
  const question = draft.sections[si]?.questions[qi];
  if (!question) return draft;
  return updateQuestion(draft, si, qi, { [role]: moveItem(question[role], from, to) });
}

// ---------------------------------------------------------------- conditions

export interface ConditionSource {
  key: string;
  kind: SurveyQuestionKind;
  title: string;
  options: { key: string; label: string }[];
}

/** Kinds a condition can look at, and the operators that make sense for them. */
export function operatorsFor(kind: SurveyQuestionKind): ConditionOperator[] {
  if (kind === 'SINGLE_CHOICE') return ['EQUALS'];
  if (kind === 'MULTIPLE_CHOICE') return ['INCLUDES'];
  if (kind === 'NUMBER' || kind === 'SCALE') return ['AT_LEAST'];
  return [];
}

/**
 * The questions a condition may refer to: those before the question (or before the section),
 * of a kind a condition can test. Labels in German, the builder's source language.
 */
export function conditionSources(draft: SurveyDraft, si: number, qi: number | null): ConditionSource[] {
  const sources: ConditionSource[] = [];
  draft.sections.forEach((section, sIndex) => {
    section.questions.forEach((question, qIndex) => {
      const earlier = sIndex < si || (qi !== null && sIndex === si && qIndex < qi);
      if (!earlier || operatorsFor(question.kind).length === 0) return;
      sources.push({
        key: question.key,
        kind: question.kind,
        title: question.title.de || question.key,
        options: question.options.map((o) => ({ key: o.key, label: o.label.de || o.key })),
      });
    });
  });
  return sources;
}

/** Why a condition cannot stand (its question is gone, later, of another kind, or lacks the option). */
export function conditionProblem(draft: SurveyDraft, condition: DraftCondition, si: number, qi: number | null): string | null {
  const source = conditionSources(draft, si, qi).find((s) => s.key === condition.questionKey);
  if (!source) return 'conditionNotEarlier';
  if (!operatorsFor(source.kind).includes(condition.operator)) return 'conditionOperator';
  if (condition.operator === 'AT_LEAST') return Number.isFinite(Number(condition.value)) && condition.value.trim() !== '' ? null : 'conditionValue';
  return source.options.some((o) => o.key === condition.value) ? null : 'conditionValue';
}

/**
 * Conditions are never dropped silently when questions move (the check flags them instead); only
 * the segment question is cleared once it no longer is a single choice question.
 */
export function dropDanglingReferences(draft: SurveyDraft): SurveyDraft {
  const segment = allQuestions(draft).find((q) => q.key === draft.segmentQuestionKey && q.kind === 'SINGLE_CHOICE');
  return segment || draft.segmentQuestionKey === null ? draft : { ...draft, segmentQuestionKey: null };
}

// ---------------------------------------------------------------- client checks

export type DraftErrors = Record<string, string[]>;

function addError(errors: DraftErrors, path: string, rule: string): void {
  (errors[path] ??= []).push(rule);
}

function checkOptions(errors: DraftErrors, path: string, list: DraftOption[]): void {
  const seen = new Set<string>();
  list.forEach((option, oi) => {
    if (!OPTION_KEY_PATTERN.test(option.key)) addError(errors, `${path}.${oi}.key`, 'keyPattern');
    else if (seen.has(option.key)) addError(errors, `${path}.${oi}.key`, 'duplicateKey');
    seen.add(option.key);
    if (!option.label.de.trim()) addError(errors, `${path}.${oi}.label`, 'germanRequired');
  });
}

/**
 * The checks the builder can make before sending (the API repeats them and more). Paths follow the
 * API's field paths (`sections.0.questions.2.options`) so both land on the same fields.
 */
export function checkDraft(draft: SurveyDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.de.trim()) addError(errors, 'title', 'germanRequired');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(draft.slug.trim())) addError(errors, 'slug', 'slugPattern');
  const opens = fromLocalInput(draft.opensAt);
  const closes = fromLocalInput(draft.closesAt);
  if (opens && closes && closes <= opens) addError(errors, 'closesAt', 'closesBeforeOpens');
  const sectionSeen = new Set<string>();
  const questionSeen = new Set<string>();
  draft.sections.forEach((section, si) => {
    const sPath = `sections.${si}`;
    if (!KEY_PATTERN.test(section.key)) addError(errors, `${sPath}.key`, 'keyPattern');
    else if (sectionSeen.has(section.key)) addError(errors, `${sPath}.key`, 'duplicateKey');
    sectionSeen.add(section.key);
    const sectionProblem = section.condition && conditionProblem(draft, section.condition, si, null);
    if (sectionProblem) addError(errors, `${sPath}.condition`, sectionProblem);
    section.questions.forEach((question, qi) => {
      const path = `${sPath}.questions.${qi}`;
      if (!KEY_PATTERN.test(question.key)) addError(errors, `${path}.key`, 'keyPattern');
      else if (questionSeen.has(question.key)) addError(errors, `${path}.key`, 'duplicateKey');
      questionSeen.add(question.key);
      if (!question.title.de.trim()) addError(errors, `${path}.title`, 'germanRequired');
      const problem = question.condition && conditionProblem(draft, question.condition, si, qi);
      if (problem) addError(errors, `${path}.condition`, problem);
      if (CHOICE_KINDS.has(question.kind)) {
        if (question.options.length < 2) addError(errors, `${path}.options`, 'tooFewOptions');
        if (question.options.filter((o) => o.isOther).length > 1) addError(errors, `${path}.options`, 'oneOther');
        checkOptions(errors, `${path}.options`, question.options);
      }
      if (question.kind === 'MATRIX') {
        if (question.rows.length === 0) addError(errors, `${path}.rows`, 'matrixNeedsRows');
        checkOptions(errors, `${path}.rows`, question.rows);
      }
      if (question.kind === 'MULTIPLE_CHOICE') {
        const { minChoices: min, maxChoices: max } = question;
        if (max !== null && max > question.options.length) addError(errors, `${path}.maxChoices`, 'moreThanOptions');
        if (min !== null && max !== null && min > max) addError(errors, `${path}.minChoices`, 'minAboveMax');
      }
      if (question.kind === 'SCALE') {
        const { minValue: min, maxValue: max } = question;
        if (min === null || max === null || !Number.isInteger(min) || !Number.isInteger(max)) addError(errors, `${path}.minValue`, 'scaleWholeNumbers');
        else if (min >= max) addError(errors, `${path}.minValue`, 'minAboveMax');
      }
      if (question.kind === 'NUMBER' && question.minValue !== null && question.maxValue !== null && question.minValue > question.maxValue) {
        addError(errors, `${path}.minValue`, 'minAboveMax');
      }
    });
  });
  return errors;
}

/** Server paths (`input.sections.0.title.0.text`) → the builder's (`sections.0.title`). */
export function normaliseErrorPath(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\.(\d+)\.(text|locale)$/, '')
    .replace(/\.(text|locale)$/, '');
}

export function normaliseErrors(fields: Record<string, string[]>): DraftErrors {
  const errors: DraftErrors = {};
  for (const [path, rules] of Object.entries(fields)) {
    const key = normaliseErrorPath(path);
    errors[key] = [...(errors[key] ?? []), ...rules];
  }
  return errors;
}
