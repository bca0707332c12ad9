import type { FormControl } from '@angular/forms';
import type { TranslationInput, TranslationItemFragment } from '@mitreden/web/core';

/** The languages the editor offers; the others stay possible through the API. */
export const EDIT_LOCALES = ['de', 'en', 'ar'] as const;
export type EditLocale = (typeof EDIT_LOCALES)[number];

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const DESCRIPTION_MAX = 10_000;

export type TranslatedControls<Name extends string> = Record<`${Name}_${EditLocale}`, FormControl<string>>;

/** Form values `{title_de, title_en, title_ar}` → the API's translation list (blank ones left out). */
export function translationInput(values: Record<string, unknown>, name: string): TranslationInput[] {
  return EDIT_LOCALES.flatMap((locale) => {
    const text = values[`${name}_${locale}`];
    return typeof text === 'string' && text.trim() !== '' ? [{ locale, text: text.trim() }] : [];
  });
}

/** The API's translation list → form values for `name`. */
export function translationValues(name: string, translations: readonly TranslationItemFragment[] | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const locale of EDIT_LOCALES) {
    values[`${name}_${locale}`] = translations?.find((entry) => entry.locale === locale)?.text ?? '';
  }
  return values;
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
