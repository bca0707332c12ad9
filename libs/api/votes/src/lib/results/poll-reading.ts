import type { EntityManager } from 'typeorm';
import { translate } from '@mitreden/api/core';
import type { Locale } from '@mitreden/shared/contracts';
import type { PollTally } from '@mitreden/shared/votes';
import { PollMethod, PollStatus, TieBreakRule } from '../graphql/poll.types';
import type { PollOptionView, PollResultsView, PollView } from '../graphql/poll.types';
import { POLL_STATUS_SQL, optionImageUrl } from '../poll-sql';

type Text = Partial<Record<string, string>>;

/** The counted result travels with the PollView it belongs to (loaded in the same statement). */
export const POLL_RESULT = Symbol('pollResult');
export interface PollResultRow {
  voters: number;
  ballots: number;
  tally: PollTally;
  countedAt: Date;
}
export type LoadedPollView = PollView & { [POLL_RESULT]?: PollResultRow | null };

interface PollRow {
  id: string;
  slug: string;
  process_slug: string;
  process_title: Text;
  phase_title: Text | null;
  question: Text;
  description: Text;
  method: string;
  max_choices: number | null;
  opens_at: Date;
  closes_at: Date;
  poll_status: PollStatus;
  accepts_accounts: boolean;
  accepts_codes: boolean;
  allow_vote_change: boolean;
  municipality: string | null;
  turnout: number;
  result_voters: number | null;
  result_ballots: number | null;
  result_tally: PollTally | null;
  result_counted_at: Date | null;
}

interface OptionRow {
  id: string;
  poll_id: string;
  position: number;
  label: Text;
  description: Text;
  image_alt: Text;
  image_hash: string | null;
}


const SELECT_POLLS = `
  SELECT p.id, p.slug, pr.slug AS process_slug, pr.title AS process_title, ph.title AS phase_title,
         p.question, p.description, p.method, p.max_choices, p.opens_at, p.closes_at, s.poll_status,
         p.accepts_accounts, p.accepts_codes, p.allow_vote_change, p.municipality,
         (SELECT count(*) FROM poll_voters v WHERE v.poll_id = p.id)::int AS turnout,
         r.voters AS result_voters, r.ballots AS result_ballots, r.tally AS result_tally, r.counted_at AS result_counted_at
    FROM polls p
    JOIN processes pr ON pr.id = p.process_id
    LEFT JOIN phases ph ON ph.id = p.phase_id
    LEFT JOIN poll_results r ON r.poll_id = p.id AND p.status = 'counted'
    CROSS JOIN LATERAL (SELECT ${POLL_STATUS_SQL} AS poll_status) s`;

/** Open first (closing soonest), then scheduled (opening soonest), then closed (latest first). */
const ORDER_POLLS = `
  ORDER BY CASE s.poll_status WHEN 'OPEN' THEN 0 WHEN 'SCHEDULED' THEN 1 ELSE 2 END,
           CASE WHEN s.poll_status = 'OPEN' THEN p.closes_at END ASC,
           CASE WHEN s.poll_status = 'SCHEDULED' THEN p.opens_at END ASC,
           CASE WHEN s.poll_status NOT IN ('OPEN', 'SCHEDULED') THEN p.closes_at END DESC,
           p.slug`;

export async function loadPollRows(
  manager: EntityManager,
  filter: { processSlug: string | null } | { slug: string },
): Promise<PollRow[]> {
  if ('slug' in filter) return manager.query(`${SELECT_POLLS} WHERE p.slug = $1`, [filter.slug]);
  return manager.query(
    `${SELECT_POLLS} WHERE p.status IN ('published', 'counted') AND ($1::text IS NULL OR pr.slug = $1) ${ORDER_POLLS}`,
    [filter.processSlug],
  );
}

/** Options of all given polls in one statement; the image URL carries a content hash for caching. */
export async function loadOptions(manager: EntityManager, pollIds: string[]): Promise<Map<string, OptionRow[]>> {
  const byPoll = new Map<string, OptionRow[]>(pollIds.map((id) => [id, []]));
  if (!pollIds.length) return byPoll;
  const rows: OptionRow[] = await manager.query(
    `SELECT o.id, o.poll_id, o.position, o.label, o.description, o.image_alt,
            CASE WHEN o.image IS NOT NULL THEN left(encode(sha256(o.image), 'hex'), 8) END AS image_hash
       FROM poll_options o WHERE o.poll_id = ANY($1::uuid[]) ORDER BY o.poll_id, o.position`,
    [pollIds],
  );
  for (const row of rows) byPoll.get(row.poll_id)?.push(row);
  return byPoll;
}


export function toPollView(row: PollRow, options: OptionRow[], locale: Locale): LoadedPollView {
  const view: LoadedPollView = {
    id: row.id,
    slug: row.slug,
    processSlug: row.process_slug,
    processTitle: translate(row.process_title, locale),
    phaseTitle: row.phase_title ? translate(row.phase_title, locale) : null,
    question: translate(row.question, locale),
    description: translate(row.description, locale),
    method: row.method as PollMethod,
    maxChoices: row.max_choices,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    status: row.poll_status,
    acceptsAccounts: row.accepts_accounts,
    acceptsCodes: row.accepts_codes,
    allowVoteChange: row.allow_vote_change,
    municipality: row.municipality,
    options: options.map(
      (option): PollOptionView => ({
        id: option.id,
        position: option.position,
        label: translate(option.label, locale),
        description: translate(option.description, locale),
        imageUrl: option.image_hash ? optionImageUrl(row.id, option.id, option.image_hash) : null,
        imageAlt: option.image_hash ? translate(option.image_alt, locale) || null : null,
      }),
    ),
    turnout: row.turnout,
  };
  Object.defineProperty(view, POLL_RESULT, {
    value:
      row.poll_status === PollStatus.CLOSED && row.result_tally && row.result_counted_at
        ? { voters: row.result_voters ?? 0, ballots: row.result_ballots ?? 0, tally: row.result_tally, countedAt: row.result_counted_at }
        : null,
    enumerable: false,
  });
  return view;
}

const TIE_BREAKS: Record<string, TieBreakRule> = {
  EARLIER_ROUNDS: TieBreakRule.EARLIER_ROUNDS,
  BALLOT_ORDER: TieBreakRule.BALLOT_ORDER,
};

/** The public results from the stored tally; labels from the poll as already translated. */
export function toResultsView(poll: PollView, result: PollResultRow): PollResultsView {
  const { tally } = result;
  const labels = new Map(poll.options.map((option) => [option.id, option.label]));
  const ranks = new Map((tally.averageRanks ?? []).map((entry) => [entry.optionId, entry.averageRank]));
  const winners = new Set(tally.winners);
  return {
    voters: result.voters,
    ballots: result.ballots,
    countedAt: result.countedAt,
    options: tally.counts.map((count) => ({
      optionId: count.optionId,
      label: labels.get(count.optionId) ?? '',
      votes: count.votes,
      share: tally.ballots > 0 ? count.votes / tally.ballots : 0,
      averageRank: tally.method === 'ranked' ? (ranks.get(count.optionId) ?? null) : null,
      winner: winners.has(count.optionId),
    })),
    winners: tally.winners,
    rounds: tally.rounds
      ? tally.rounds.map((round) => ({
          round: round.round,
          counts: round.counts.map((count) => ({ optionId: count.optionId, votes: count.votes })),
          exhausted: round.exhausted,
          continuing: round.continuing,
          elected: round.elected,
          eliminated: round.eliminated,
          tieBreak: round.tieBreak ? TIE_BREAKS[round.tieBreak] ?? null : null,
        }))
      : null,
  };
}
