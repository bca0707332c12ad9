import type { PollMethod, PollResultsFieldsFragment, TieBreakRule } from '@mitreden/web/core';

/** Translate function as Transloco hands it to templates. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Locale-aware number formatting, built once per language. */
export interface NumberFormats {
  count(value: number): string;
  decimal(value: number): string;
  percent(share: number): string;
}

export function numberFormats(lang: string): NumberFormats {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    percent: (share) => percent.format(Number.isFinite(share) ? share : 0),
  };
}

/** What a bar chart needs; free of Chart.js types so it is testable without a canvas. */
export interface PollChartSpec {
  labels: string[];
  values: number[];
  /** Label of the one data series and of the value axis. */
  valueAxis: string;
  /** Text for `aria-label`; the full figures are in the data table. */
  summary: string;
}

export interface OptionRow {
  optionId: string;
  label: string;
  winner: boolean;
  votes: string;
  share: string;
  /** Ranked only. */
  averageRank: string | null;
}

export interface RoundCell {
  /** Formatted votes, or null when the option was already out of the count. */
  votes: string | null;
  /** 'elected' / 'eliminated' in this round, else null. */
  mark: 'elected' | 'eliminated' | null;
}

export interface RoundTable {
  rounds: number[];
  rows: { optionId: string; label: string; cells: RoundCell[] }[];
  exhausted: string[];
  continuing: string[];
  /** One sentence per round: who was elected or eliminated and why. */
  steps: string[];
}

export interface PollResultsViewModel {
  /** "Gewonnen hat: …" (one), a tie for the most votes, or no votes at all; the template isolates labels. */
  announcement: { kind: 'one' | 'tie' | 'none'; options: string[] };
  turnout: string;
  chart: PollChartSpec | null;
  rows: OptionRow[];
  /** Reading aid (several choices per ballot, first preferences). */
  note: string | null;
  ranked: boolean;
  roundTable: RoundTable | null;
}

const SUMMARY_ITEMS = 8;

/** Unicode isolates: the plain-text <bdi>, so a label in another script cannot reorder the sentence. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function tieBreakText(rule: TieBreakRule, t: Translate): string {
  return t(
    rule === 'EARLIER_ROUNDS' ? 'votes.results.tieBreak.earlierRounds' : 'votes.results.tieBreak.ballotOrder',
  );
}

/**
 * Turns the counted results into words, a chart and tables. Option labels come from the results
 * themselves (already in the viewer's language), so no other poll data is needed.
 */
export function pollResultsView(
  method: PollMethod,
  results: PollResultsFieldsFragment,
  t: Translate,
  format: NumberFormats,
): PollResultsViewModel {
  const ranked = method === 'RANKED';
  const labelOf = new Map(results.options.map((option) => [option.optionId, option.label]));
  const label = (id: string | null) => (id === null ? '' : (labelOf.get(id) ?? ''));
  const winners = results.winners.map((id) => label(id));

  const announcement: PollResultsViewModel['announcement'] = {
    kind: results.ballots === 0 || winners.length === 0 ? 'none' : winners.length === 1 ? 'one' : 'tie',
    options: results.ballots === 0 ? [] : winners,
  };

  const turnout = t('votes.results.turnout', {
    voters: format.count(results.voters),
    ballots: format.count(results.ballots),
  });

  const valueAxis = t(ranked ? 'votes.results.table.firstPreferences' : 'votes.results.table.votes');
  const rows: OptionRow[] = results.options.map((option) => ({
    optionId: option.optionId,
    label: option.label,
    winner: option.winner,
    votes: format.count(option.votes),
    share: format.percent(option.share),
    averageRank: ranked ? (option.averageRank === null ? '—' : format.decimal(option.averageRank)) : null,
  }));

  const items = results.options.map(
    (option) => `${option.label}: ${format.count(option.votes)} (${format.percent(option.share)})`,
  );
  const more =
    items.length > SUMMARY_ITEMS
      ? t('votes.results.chart.more', { count: items.length - SUMMARY_ITEMS })
      : '';
  const chart: PollChartSpec | null =
    results.ballots > 0 && results.options.length
      ? {
          labels: results.options.map((option) => option.label),
          values: results.options.map((option) => option.votes),
          valueAxis,
          summary: t('votes.results.chart.summary', {
            axis: valueAxis,
            items: items.slice(0, SUMMARY_ITEMS).join('; ') + more,
          }),
        }
      : null;

  const note = ranked
    ? t('votes.results.note.ranked')
    : method === 'MULTIPLE' || method === 'APPROVAL'
      ? t('votes.results.note.several')
      : null;

  return {
    announcement,
    turnout,
    chart,
    rows,
    note,
    ranked,
    roundTable: ranked && results.rounds?.length ? roundTable(results, label, t, format) : null,
  };
}

function roundTable(
  results: PollResultsFieldsFragment,
  label: (id: string | null) => string,
  t: Translate,
  format: NumberFormats,
): RoundTable {
  const rounds = results.rounds ?? [];
  const rows = results.options.map((option) => ({
    optionId: option.optionId,
    label: option.label,
    cells: rounds.map((round): RoundCell => {
      const count = round.counts.find((entry) => entry.optionId === option.optionId);
      if (!count) return { votes: null, mark: null };
      const mark =
        round.elected === option.optionId
          ? 'elected'
          : round.eliminated === option.optionId
            ? 'eliminated'
            : null;
      return { votes: format.count(count.votes), mark };
    }),
  }));
  const steps = rounds.map((round) => {
    const votesOf = (id: string | null) => round.counts.find((entry) => entry.optionId === id)?.votes ?? 0;
    let text: string;
    if (round.elected !== null) {
      const votes = votesOf(round.elected);
      text = t(
        votes * 2 > round.continuing ? 'votes.results.step.elected' : 'votes.results.step.electedLast',
        {
          round: format.count(round.round),
          option: isolate(label(round.elected)),
          votes: format.count(votes),
          continuing: format.count(round.continuing),
          share: format.percent(round.continuing > 0 ? votes / round.continuing : 0),
        },
      );
    } else {
      text = t('votes.results.step.eliminated', {
        round: format.count(round.round),
        option: isolate(label(round.eliminated)),
        votes: format.count(votesOf(round.eliminated)),
      });
    }
    return round.tieBreak ? `${text} ${tieBreakText(round.tieBreak, t)}` : text;
  });
  return {
    rounds: rounds.map((round) => round.round),
    rows,
    exhausted: rounds.map((round) => format.count(round.exhausted)),
    continuing: rounds.map((round) => format.count(round.continuing)),
    steps,
  };
}
