import type { Observable } from 'rxjs';
import { catchError, map, of, startWith } from 'rxjs';
import { isLocale } from '@mitreden/shared/contracts';
import { errorMessageKey, htmlLang, toUiError } from '@mitreden/web/core';
import type { ImplementationStatus, PublicProvenanceProposalFragment } from '@mitreden/web/core';

/** The public pages' data state; `missing` = no adopted version (or not the requested one). */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'missing' }
  | { status: 'failed'; key: string };

/** What apollo-angular's `watch().valueChanges` emits, reduced to what this needs. */
interface WatchResult {
  error?: unknown;
  dataState: string;
  data?: unknown;
}

/**
 * Turns a watched query into the page states. Watched queries refetch when the language switch
 * resets the Apollo store, so the texts follow the active language.
 */
export function loadState<D, T>(
  results: Observable<WatchResult>,
  pick: (data: D) => T | null | undefined,
): Observable<LoadState<T>> {
  return results.pipe(
    map((result): LoadState<T> => {
      if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
      if (result.dataState !== 'complete' || !result.data) return { status: 'loading' };
      const value = pick(result.data as D);
      return value ? { status: 'loaded', value } : { status: 'missing' };
    }),
    catchError((error: unknown) =>
      of<LoadState<T>>({ status: 'failed', key: errorMessageKey(toUiError(error)) }),
    ),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}

/** The order residents read the implementation summary in: from planned to done, dropped last. */
export const IMPLEMENTATION_STATUSES: readonly ImplementationStatus[] = [
  'PLANNED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'DROPPED',
];

export interface StatusCount {
  status: ImplementationStatus;
  count: number;
  /** Share of all measures, 0..100, rounded. */
  percent: number;
}

interface FieldWithStatuses {
  goals: ReadonlyArray<{ measures: ReadonlyArray<{ status: ImplementationStatus }> }>;
}

/** How many measures of the whole catalogue are in each implementation status (every status listed, also with 0). */
export function statusSummary(fields: readonly FieldWithStatuses[]): StatusCount[] {
  const counts = new Map<ImplementationStatus, number>(IMPLEMENTATION_STATUSES.map((status) => [status, 0]));
  for (const field of fields) {
    for (const goal of field.goals) {
      for (const measure of goal.measures) counts.set(measure.status, (counts.get(measure.status) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return IMPLEMENTATION_STATUSES.map((status) => {
    const count = counts.get(status) ?? 0;
    return { status, count, percent: total ? Math.round((count / total) * 100) : 0 };
  });
}

/** `?version=` as a version number; anything else means "the latest adopted version". */
export function versionNumberParam(value: string | null | undefined): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 && Number.isSafeInteger(number) ? number : null;
}

/** `:field` as an action field position, or null when it is not one. */
export function fieldPositionParam(value: string | null | undefined): number | null {
  return versionNumberParam(value);
}

/** Element id of a measure on its field page, e.g. "3.2" → "measure-3-2" (mails and other pages link to it). */
export function measureAnchor(code: string): string {
  return `measure-${code.replace(/\./g, '-')}`;
}

export function goalAnchor(position: number): string {
  return `goal-${position}`;
}

/** Query params that keep the shown version when moving between the catalogue's pages. */
export function versionQueryParams(versionNumber: number | null): Record<string, number> {
  return versionNumber === null ? {} : { version: versionNumber };
}

function intlLocale(locale: string): string {
  return isLocale(locale) ? htmlLang(locale) : 'de';
}

/** Plural category ("one", "few", …) for `count` in the page language; every category exists in the i18n files. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale(locale)).select(count);
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count);
}

export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/**
 * A calendar date (YYYY-MM-DD, no time) in the page language. Formatted in UTC so the day never
 * shifts with the browser's time zone.
 */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Labels shown next to a source proposal, as i18n key suffixes under `public.proposal.`. */
export function proposalTags(
  proposal: Pick<PublicProvenanceProposalFragment, 'source' | 'state' | 'forumTitle' | 'direct'>,
): string[] {
  const tags: string[] = [];
  const source = proposal.source.toUpperCase();
  const state = proposal.state.toLowerCase();
  if (source === 'CURATED') tags.push('curated');
  if (state === 'merged') tags.push('merged');
  if (state === 'split') tags.push('split');
  if (state === 'withdrawn') tags.push('withdrawn');
  if (source === 'PAPER') tags.push('paper');
  if (source === 'SURVEY') tags.push('survey');
  // A forum contribution without a forum title still came from a forum.
  if (source === 'FORUM' && !proposal.forumTitle) tags.push('forum');
  return tags;
}

/** Paragraphs of a plain text description (blank lines separate them). */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
