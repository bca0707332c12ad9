import { FormArray } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import type { PollInput, PollMethod, TranslationInput } from '@mitreden/web/core';

/** The languages the project group writes a poll in; German is the source and required. */
export const EDIT_LOCALES = ['de', 'en', 'ar'] as const;
export type EditLocale = (typeof EDIT_LOCALES)[number];
export type Texts = Record<EditLocale, string>;

export const POLL_METHODS: PollMethod[] = ['SINGLE', 'MULTIPLE', 'APPROVAL', 'RANKED'];
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 30;
export const CODES_MAX = 10_000;
export const IMAGE_MAX_BYTES = 1_048_576;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function emptyTexts(): Texts {
  return { de: '', en: '', ar: '' };
}

/** Stored translations → one text per editor language (other languages are not edited here). */
export function textsFrom(translations: readonly { locale: string; text: string }[] | null | undefined): Texts {
  const texts = emptyTexts();
  for (const entry of translations ?? []) {
    if ((EDIT_LOCALES as readonly string[]).includes(entry.locale)) texts[entry.locale as EditLocale] = entry.text;
  }
  return texts;
}

/** Editor texts → translations to send: trimmed, blank languages left out (they fall back to German). */
export function translationsFrom(texts: Partial<Texts>): TranslationInput[] {
  const result: TranslationInput[] = [];
  for (const locale of EDIT_LOCALES) {
    const text = (texts[locale] ?? '').trim();
    if (text) result.push({ locale, text });
  }
  return result;
}

/** Moves an entry; out-of-range targets leave the list as it is. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** Same as moveItem for a FormArray, keeping the controls (and their state). */
export function moveControl(array: FormArray, from: number, to: number): boolean {
  if (from < 0 || from >= array.length || to < 0 || to >= array.length || from === to) return false;
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  return true;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO time → local `<input type="date">` and `<input type="time">` values. */
export function splitDateTime(value: string | null | undefined): { date: string; time: string } {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return { date: '', time: '' };
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** Local date and time inputs → ISO; null when either is missing or invalid. */
export function joinDateTime(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  const t = /^(\d{2}):(\d{2})/.exec(time ?? '');
  if (!d || !t) return null;
  const result = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(result.getTime()) ? null : result.toISOString();
}

/** The form value the editor holds (reactive form `getRawValue()`). */
export interface PollFormValue {
  slug: string;
  question: Texts;
  description: Texts;
  method: PollMethod;
  maxChoices: number | null;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  processId: string;
  phaseId: string;
  acceptsAccounts: boolean;
  acceptsCodes: boolean;
  municipality: string;
  allowVoteChange: boolean;
  options: { id: string; label: Texts; description: Texts; imageAlt: Texts; imageUrl: string }[];
}

/** The whole document for savePoll. */
export function pollInputFrom(value: PollFormValue, id: string | null, version: number | null): PollInput {
  return {
    ...(id ? { id } : {}),
    ...(version != null ? { version } : {}),
    processId: value.processId,
    phaseId: value.phaseId || null,
    slug: value.slug.trim(),
    question: translationsFrom(value.question),
    description: translationsFrom(value.description),
    method: value.method,
    maxChoices: value.method === 'MULTIPLE' ? Number(value.maxChoices) || null : null,
    opensAt: joinDateTime(value.opensDate, value.opensTime) ?? '',
    closesAt: joinDateTime(value.closesDate, value.closesTime) ?? '',
    acceptsAccounts: value.acceptsAccounts,
    acceptsCodes: value.acceptsCodes,
    allowVoteChange: value.allowVoteChange,
    municipality: value.municipality || null,
    options: value.options.map((option) => ({
      ...(option.id ? { id: option.id } : {}),
      label: translationsFrom(option.label),
      description: translationsFrom(option.description),
      imageAlt: translationsFrom(option.imageAlt),
    })),
  };
}

const TRANSLATED = new Set(['question', 'description', 'label', 'imageAlt']);

/**
 * Where a server field error belongs in the form. Paths are the input's (`options.2.label`,
 * `question.1.text`); an index into a translation list is resolved with the list that was sent.
 */
export function controlPathFor(path: string, sent: PollInput): string | null {
  const parts = path.split('.');
  if (parts[0] === 'opensAt') return 'opensDate';
  if (parts[0] === 'closesAt') return 'closesDate';
  if (['slug', 'method', 'maxChoices', 'processId', 'phaseId', 'acceptsCodes', 'acceptsAccounts', 'municipality', 'allowVoteChange'].includes(parts[0] ?? '')) {
    return parts[0] ?? null;
  }
  let base = '';
  let rest = parts;
  let list: TranslationInput[] | undefined;
  if (parts[0] === 'options') {
    if (parts.length === 1) return 'options';
    const index = Number(parts[1]);
    const option = sent.options[index];
    if (!option) return 'options';
    if (parts.length === 2 || parts[2] === 'id') return `options.${index}.label.de`;
    const field = parts[2] as 'label' | 'description' | 'imageAlt';
    if (!TRANSLATED.has(field)) return `options.${index}.label.de`;
    base = `options.${index}.`;
    rest = parts.slice(2);
    list = option[field] as TranslationInput[] | undefined;
  } else if (parts[0] === 'question' || parts[0] === 'description') {
    list = sent[parts[0]] as TranslationInput[] | undefined;
  } else {
    return null;
  }
  const field = rest[0];
  const locale = rest.length > 1 ? list?.[Number(rest[1])]?.locale : 'de';
  return `${base}${field}.${locale && (EDIT_LOCALES as readonly string[]).includes(locale) ? locale : 'de'}`;
}

/** Rules the poll service reports with their own message (`votes.editor.rules.*`). */
export const POLL_RULES = new Set([
  'TAKEN',
  'BEFORE_OPENING',
  'OUT_OF_RANGE',
  'NOBODY_MAY_VOTE',
  'DUPLICATE',
  'UNKNOWN',
  'NOT_BASE64',
  'TOO_LARGE',
  'NOT_AN_IMAGE',
  'TYPE_MISMATCH',
  'germanRequired',
  'TOO_FEW',
  'IN_PAST',
  'CODES_DISABLED',
  'NOT_FOUND',
  'NOT_IN_PROCESS',
]);

/** The message key for a control's errors: poll rules first, otherwise the shared validation text. */
export function pollRuleKey(control: AbstractControl | null): string | null {
  const server = control?.errors?.['server'];
  if (Array.isArray(server)) {
    const rule = server.map(String).find((r) => POLL_RULES.has(r));
    if (rule) return `votes.editor.rules.${rule}`;
  }
  return null;
}

/** A value for a CSV cell: quoted when needed, and formula-looking text neutralised for spreadsheets. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The link a code's letter points to: the poll page with the code filled in. */
export function codeLink(origin: string, slug: string, code: string): string {
  return `${origin}/votes/${encodeURIComponent(slug)}?code=${encodeURIComponent(code)}`;
}

/** Mail-merge CSV: header `code,link`, one row per code, CRLF line ends (spreadsheets expect them). */
export function codesCsv(origin: string, slug: string, codes: readonly string[]): string {
  const rows = [['code', 'link'], ...codes.map((code) => [code, codeLink(origin, slug, code)])];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The CSV as a file: UTF-8 with a byte order mark so spreadsheet programs read umlauts right. */
export function codesCsvBlob(origin: string, slug: string, codes: readonly string[]): Blob {
  return new Blob(['\uFEFF', codesCsv(origin, slug, codes)], { type: 'text/csv;charset=utf-8' });
}

/** Reads a picked image file as base64 (without the data: prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Client check before upload; the server checks the bytes again. */
export function imageProblem(file: { type: string; size: number }): 'NOT_AN_IMAGE' | 'TOO_LARGE' | null {
  if (!IMAGE_TYPES.includes(file.type)) return 'NOT_AN_IMAGE';
  if (file.size > IMAGE_MAX_BYTES) return 'TOO_LARGE';
  return null;
}

/** The text in the reader's language, else German. */
export function pickText(translations: readonly { locale: string; text: string }[], locale: string): string {
  return (
    translations.find((t) => t.locale === locale && t.text)?.text ?? translations.find((t) => t.locale === 'de')?.text ?? ''
  );
}
