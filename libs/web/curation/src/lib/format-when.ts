import { isLocale } from '@mitreden/shared/contracts';
import { htmlLang } from '@mitreden/web/core';

/** Date and time in the page's language ('' for what is not a date). */
export function formatWhen(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
