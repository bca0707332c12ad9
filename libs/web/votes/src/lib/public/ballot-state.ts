import { checkBallot } from '@mitreden/shared/votes';
import type { BallotProblem, BallotRules, PollMethodName } from '@mitreden/shared/votes';
import { htmlLang } from '@mitreden/web/core';
import type { PollMethod } from '@mitreden/web/core';
import type { Locale } from '@mitreden/shared/contracts';

export interface BallotPoll {
  method: PollMethod;
  maxChoices: number | null;
  options: ReadonlyArray<{ id: string; position: number }>;
}

export function ballotRules(poll: BallotPoll): BallotRules {
  return {
    method: poll.method.toLowerCase() as PollMethodName,
    optionIds: [...poll.options].sort((a, b) => a.position - b.position).map((option) => option.id),
    maxChoices: poll.maxChoices,
  };
}

/** Ticks or unticks an option; single choice replaces. The order of ticking does not matter to the count. */
export function toggleChoice(selected: readonly string[], id: string, on: boolean, method: PollMethod): string[] {
  if (method === 'SINGLE') return on ? [id] : selected.filter((choice) => choice !== id);
  if (on) return selected.includes(id) ? [...selected] : [...selected, id];
  return selected.filter((choice) => choice !== id);
}

/** Moves an option by `delta` places in the ranking (negative = towards first preference); clamps at the ends. */
export function moveInRanking(ranking: readonly string[], id: string, delta: number): string[] {
  const from = ranking.indexOf(id);
  if (from < 0) return [...ranking];
  return moveToIndex(ranking, from, from + delta);
}

export function moveToIndex(ranking: readonly string[], from: number, to: number): string[] {
  const next = [...ranking];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

export function addToRanking(ranking: readonly string[], id: string): string[] {
  return ranking.includes(id) ? [...ranking] : [...ranking, id];
}

export function removeFromRanking(ranking: readonly string[], id: string): string[] {
  return ranking.filter((choice) => choice !== id);
}

/** Options not ranked yet, in ballot-paper order. */
export function unranked<T extends { id: string; position: number }>(options: readonly T[], ranking: readonly string[]): T[] {
  const ranked = new Set(ranking);
  return [...options].sort((a, b) => a.position - b.position).filter((option) => !ranked.has(option.id));
}

/** The same check the server runs; null when the ballot can be cast. */
export function ballotProblem(poll: BallotPoll, choices: readonly string[]): BallotProblem | null {
  return checkBallot(ballotRules(poll), choices);
}

/** Plural category key ("one", "few", …) for `count` in the page language; every category exists in the i18n files. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(htmlLang(locale)).select(count);
}

export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(htmlLang(locale)).format(count);
}

/** A poll date (opening/closing) in the page language, with the time. */
export function formatPollDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
