import { htmlLang } from '@mitreden/web/core';
import type { AssessmentStatus, Feasibility, ResponsibilityLevel } from '@mitreden/web/core';
import { isLocale } from '@mitreden/shared/contracts';

/** In the order the form offers them. */
export const FEASIBILITIES: readonly Feasibility[] = ['FEASIBLE', 'PARTLY_FEASIBLE', 'NOT_FEASIBLE', 'ALREADY_IMPLEMENTED'];
export const RESPONSIBILITIES: readonly ResponsibilityLevel[] = ['CITY_REGION', 'MUNICIPALITY', 'LAND', 'BUND', 'THIRD_PARTY'];
export const STATUSES: readonly AssessmentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED'];

/** Column limits of the API (assessment.inputs.ts). */
export const COST_NOTE_MAX = 2000;
export const COMMENT_MAX = 5000;

/**
 * A calendar date (YYYY-MM-DD, no time) in the page's language. Formatted in UTC so the day
 * never shifts with the browser's time zone.
 */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatInstant(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', { dateStyle: 'medium' }).format(date);
}

