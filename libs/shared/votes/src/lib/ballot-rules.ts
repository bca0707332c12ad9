/** How a poll is voted; the same rules run in the browser (hints), the API (refusal) and the count. */
export const POLL_METHODS = ['single', 'multiple', 'approval', 'ranked'] as const;
export type PollMethodName = (typeof POLL_METHODS)[number];

export interface BallotRules {
  method: PollMethodName;
  /** Every option of the poll, in ballot-paper order. */
  optionIds: readonly string[];
  /** Multiple choice only: at most this many options. */
  maxChoices: number | null;
}

export type BallotProblem =
  /** Nothing chosen. */
  | 'EMPTY'
  /** Single choice with more than one option. */
  | 'ONE_ONLY'
  /** More options than a multiple-choice poll allows. */
  | 'TOO_MANY'
  /** The same option twice (a ranking names each option once). */
  | 'DUPLICATE'
  /** An id that is not an option of this poll. */
  | 'UNKNOWN_OPTION';

/**
 * Whether `choices` is a valid ballot. For ranked polls the order is the ranking (first = most
 * preferred) and ranking only some options is allowed; for the other methods the order is
 * irrelevant.
 */
export function checkBallot(rules: BallotRules, choices: readonly string[]): BallotProblem | null {
  if (choices.length === 0) return 'EMPTY';
  const known = new Set(rules.optionIds);
  if (choices.some((choice) => !known.has(choice))) return 'UNKNOWN_OPTION';
  if (new Set(choices).size !== choices.length) return 'DUPLICATE';
  if (rules.method === 'single' && choices.length !== 1) return 'ONE_ONLY';
  if (rules.method === 'multiple' && choices.length > (rules.maxChoices ?? 1)) return 'TOO_MANY';
  return null;
}

/** The stored form of a ballot: ranked keeps the order, the others are sorted by ballot position. */
export function normaliseBallot(rules: BallotRules, choices: readonly string[]): string[] {
  if (rules.method === 'ranked') return [...choices];
  const position = new Map(rules.optionIds.map((id, index) => [id, index]));
  return [...choices].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
