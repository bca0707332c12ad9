import { htmlLang } from '@mitreden/web/core';
import type { Locale } from '@mitreden/shared/contracts';

/** A survey date (opens/closes) in the page's language, with the time as it matters for closing. */
export function formatSurveyDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
