import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { htmlLang } from '@mitreden/web/core';
import { isLocale } from '@mitreden/shared/contracts';

export type DateStyle = 'date' | 'dateTime' | 'time';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

/** Formats a date in the active language; takes the locale as an argument so a language switch re-renders. */
@Pipe({ name: 'mrLocalDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, locale: string, style: DateStyle = 'date'): string {
    if (!value) return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', OPTIONS[style]).format(date);
  }
}

/** The `datetime` attribute value of a `<time>` element. */
export function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
