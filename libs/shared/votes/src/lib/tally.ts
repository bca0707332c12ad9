import type { PollMethodName } from './ballot-rules';

export interface OptionVotes {
  optionId: string;
  votes: number;
}

/** One round of an instant-runoff count. */
export interface RunoffRound {
  /** 1-based. */
  round: number;
  /** Votes of every option still in the count at the start of the round, in ballot-paper order. */
  counts: OptionVotes[];
  /** Ballots that rank no option still in the count (cumulative). */
  exhausted: number;
  /** Ballots counted for some option this round. */
  continuing: number;
  /** The option elected in this round (the count ends), or null. */
  elected: string | null;
  /** The option eliminated at the end of this round, or null when one was elected. */
  eliminated: string | null;
  /** How a tie for the fewest votes was broken, when there was one. */
  tieBreak: TieBreak | null;
}

/**
 * Ties for the fewest votes are broken by looking back through earlier rounds (the option with
 * fewer votes in the latest round where the tied options differ goes out); if they were equal in
 * every round, the option listed last on the ballot paper goes out. Documented in
 * docs/vote-counting.md.
 */
export type TieBreak = 'EARLIER_ROUNDS' | 'BALLOT_ORDER';

export interface PollTally {
  method: PollMethodName;
  /** Ballots counted. */
  ballots: number;
  /**
   * Per option in ballot-paper order: votes (single), choices (multiple), approvals (approval) or
   * first preferences (ranked).
   */
  counts: OptionVotes[];
  /** For ranked polls, the average position among ballots that ranked the option (null: never ranked). */
  averageRanks: { optionId: string; averageRank: number | null }[] | null;
  /** The winning option(s): several on a tie for the most votes; the runoff winner for ranked; empty without ballots. */
  winners: string[];
  /** Ranked polls: every round of the instant runoff. */
  rounds: RunoffRound[] | null;
}

/**
 * Counts ballots. `ballots` hold option ids (ranked: most preferred first); they are assumed
 * valid (checked with checkBallot when cast). Pure and deterministic: the same ballots in any
 * order give the same tally.
 */
export function tallyBallots(
  method: PollMethodName,
  optionIds: readonly string[],
  ballots: readonly (readonly string[])[],
): PollTally {
  if (method === 'ranked') {
    const rounds = instantRunoff(optionIds, ballots);
    const last = rounds[rounds.length - 1];
    return {
      method,
      ballots: ballots.length,
      counts: countFirst(optionIds, ballots),
      averageRanks: averageRanks(optionIds, ballots),
      winners: last?.elected ? [last.elected] : [],
      rounds,
    };
  }
  const votes = new Map(optionIds.map((id) => [id, 0]));
  for (const ballot of ballots) {
    for (const choice of ballot) votes.set(choice, (votes.get(choice) ?? 0) + 1);
  }
  const counts = optionIds.map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
  const most = Math.max(0, ...counts.map((count) => count.votes));
  return {
    method,
    ballots: ballots.length,
    counts,
    averageRanks: null,
    winners: most === 0 ? [] : counts.filter((count) => count.votes === most).map((count) => count.optionId),
    rounds: null,
  };
}

function countFirst(optionIds: readonly string[], ballots: readonly (readonly string[])[]): OptionVotes[] {
  const votes = new Map(optionIds.map((id) => [id, 0]));
  for (const ballot of ballots) if (ballot.length) votes.set(ballot[0], (votes.get(ballot[0]) ?? 0) + 1);
  return optionIds.map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
}

function averageRanks(optionIds: readonly string[], ballots: readonly (readonly string[])[]) {
  const sums = new Map(optionIds.map((id) => [id, { sum: 0, count: 0 }]));
  for (const ballot of ballots) {
    ballot.forEach((choice, index) => {
      const entry = sums.get(choice);
      if (entry) {
        entry.sum += index + 1;
        entry.count += 1;
      }
    });
  }
  return optionIds.map((optionId) => {
    const entry = sums.get(optionId);
    return { optionId, averageRank: entry && entry.count ? entry.sum / entry.count : null };
  });
}

/**
 * Instant runoff: every round each ballot counts for its most preferred option still in the
 * count; an option with more than half of the continuing ballots is elected; otherwise the option
 * with the fewest votes is eliminated (ties: see TieBreak) and its ballots move on. One option is
 * eliminated per round, so every step shows in the round table. The last option standing is
 * elected even without a majority of continuing ballots (only possible with exhausted ballots).
 */
export function instantRunoff(optionIds: readonly string[], ballots: readonly (readonly string[])[]): RunoffRound[] {
  if (ballots.length === 0 || optionIds.length === 0) return [];
  const continuing = new Set(optionIds);
  const rounds: RunoffRound[] = [];
  for (let round = 1; continuing.size > 0; round++) {
    const votes = new Map([...continuing].map((id) => [id, 0]));
    let exhausted = 0;
    for (const ballot of ballots) {
      const choice = ballot.find((option) => continuing.has(option));
      if (choice === undefined) exhausted += 1;
      else votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    const counts = optionIds.filter((id) => continuing.has(id)).map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
    const active = ballots.length - exhausted;
    const leader = counts.reduce((best, count) => (count.votes > best.votes ? count : best), counts[0]);
    const majority = active > 0 && leader.votes * 2 > active;
    if (majority || continuing.size === 1) {
      rounds.push({ round, counts, exhausted, continuing: active, elected: leader.optionId, eliminated: null, tieBreak: null });
      break;
    }
    const { eliminated, tieBreak } = pickElimination(counts, rounds, optionIds);
    rounds.push({ round, counts, exhausted, continuing: active, elected: null, eliminated, tieBreak });
    continuing.delete(eliminated);
  }
  return rounds;
}

function pickElimination(
  counts: OptionVotes[],
  earlier: readonly RunoffRound[],
  optionIds: readonly string[],
): { eliminated: string; tieBreak: TieBreak | null } {
  const fewest = Math.min(...counts.map((count) => count.votes));
  let tied = counts.filter((count) => count.votes === fewest).map((count) => count.optionId);
  if (tied.length === 1) return { eliminated: tied[0], tieBreak: null };
  for (let index = earlier.length - 1; index >= 0 && tied.length > 1; index--) {
    const votesThen = new Map(earlier[index].counts.map((count) => [count.optionId, count.votes]));
    const least = Math.min(...tied.map((id) => votesThen.get(id) ?? 0));
    const narrowed = tied.filter((id) => (votesThen.get(id) ?? 0) === least);
    if (narrowed.length < tied.length) tied = narrowed;
  }
  if (tied.length === 1) return { eliminated: tied[0], tieBreak: 'EARLIER_ROUNDS' };
  const position = new Map(optionIds.map((id, index) => [id, index]));
  const lastListed = tied.reduce((last, id) => ((position.get(id) ?? 0) > (position.get(last) ?? 0) ? id : last), tied[0]);
  return { eliminated: lastListed, tieBreak: 'BALLOT_ORDER' };
}
