import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { isLocale } from '@mitreden/shared/contracts';
import { htmlLang } from '@mitreden/web/core';

/**
 * A date in the page's language. The language is an argument (not injected) so the pure pipe
 * re-renders when it changes.
 */
@Pipe({ name: 'mrDate' })
export class DatePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string, withTime = false): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(date);
  }
}
