import { instantRunoff, tallyBallots } from './tally';
import type { PollTally, RunoffRound } from './tally';

/**
 * Every expected value below is counted by hand (the ballots are listed next to each table), never
 * by the code under test.
 */

/** `n` copies of one ballot. */
const times = (n: number, ballot: string[]): string[][] => Array.from({ length: n }, () => [...ballot]);
/** A round table row: counts as `{A: 3, B: 1}` in ballot-paper order. */
const round = (
  number: number,
  counts: Record<string, number>,
  rest: { exhausted: number; continuing: number; elected?: string; eliminated?: string; tieBreak?: RunoffRound['tieBreak'] },
): RunoffRound => ({
  round: number,
  counts: Object.entries(counts).map(([optionId, votes]) => ({ optionId, votes })),
  exhausted: rest.exhausted,
  continuing: rest.continuing,
  elected: rest.elected ?? null,
  eliminated: rest.eliminated ?? null,
  tieBreak: rest.tieBreak ?? null,
});
const votes = (counts: Record<string, number>) => Object.entries(counts).map(([optionId, n]) => ({ optionId, votes: n }));

/** Deterministic pseudo-random permutation (mulberry32) so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('instant runoff (ranked)', () => {
  it('elects a first-round majority at once', () => {
    // A 3, B 1, C 1 of 5: A has 3 > 2.5.
    const ballots = [...times(3, ['A', 'B']), ['B'], ['C', 'A']];
    const tally = tallyBallots('ranked', ['A', 'B', 'C'], ballots);
    expect(tally).toEqual<PollTally>({
      method: 'ranked',
      ballots: 5,
      counts: votes({ A: 3, B: 1, C: 1 }),
      // A: 1,1,1 and 2 → 5/4; B: 2,2,2 and 1 → 7/4; C: 1.
      averageRanks: [
        { optionId: 'A', averageRank: 1.25 },
        { optionId: 'B', averageRank: 1.75 },
        { optionId: 'C', averageRank: 1 },
      ],
      winners: ['A'],
      rounds: [round(1, { A: 3, B: 1, C: 1 }, { exhausted: 0, continuing: 5, elected: 'A' })],
    });
  });

  it('runs three rounds, transferring eliminated options’ ballots to the next preference', () => {
    const ballots = [...times(4, ['A', 'B']), ...times(3, ['B', 'A']), ...times(2, ['C', 'B']), ['D', 'B', 'C']];
    const tally = tallyBallots('ranked', ['A', 'B', 'C', 'D'], ballots);
    expect(tally.rounds).toEqual([
      // 10 ballots, majority needs 6. D (1) goes out; its ballot moves to B.
      round(1, { A: 4, B: 3, C: 2, D: 1 }, { exhausted: 0, continuing: 10, eliminated: 'D' }),
      // C (2) goes out; both its ballots move to B.
      round(2, { A: 4, B: 4, C: 2 }, { exhausted: 0, continuing: 10, eliminated: 'C' }),
      round(3, { A: 4, B: 6 }, { exhausted: 0, continuing: 10, elected: 'B' }),
    ]);
    expect(tally.winners).toEqual(['B']);
    // First preferences still show the first round, where A led.
    expect(tally.counts).toEqual(votes({ A: 4, B: 3, C: 2, D: 1 }));
    // A: 4×1 + 3×2 = 10 over 7; B: 4×2 + 3×1 + 2×2 + 1×2 = 17 over 10; C: 2×1 + 1×3 = 5 over 3; D: 1.
    expect(tally.averageRanks).toEqual([
      { optionId: 'A', averageRank: 10 / 7 },
      { optionId: 'B', averageRank: 1.7 },
      { optionId: 'C', averageRank: 5 / 3 },
      { optionId: 'D', averageRank: 1 },
    ]);
  });

  it('leaves exhausted ballots out of the majority threshold', () => {
    // Partial rankings: the two B-only ballots rank nothing left once B is out.
    const ballots = [...times(4, ['A']), ...times(2, ['B']), ...times(2, ['C']), ['C', 'B']];
    expect(instantRunoff(['A', 'B', 'C'], ballots)).toEqual([
      // 9 ballots: 4 is no majority. B (2) goes out; both its ballots are exhausted.
      round(1, { A: 4, B: 2, C: 3 }, { exhausted: 0, continuing: 9, eliminated: 'B' }),
      // 7 continuing: 4 > 3.5 elects A, although 4 is less than half of all 9 ballots.
      round(2, { A: 4, C: 3 }, { exhausted: 2, continuing: 7, elected: 'A' }),
    ]);
  });

  it('breaks a tie for the fewest votes by the earlier rounds before the ballot order', () => {
    const ballots = [...times(5, ['A']), ...times(2, ['B']), ...times(3, ['C']), ['D', 'B']];
    expect(instantRunoff(['A', 'B', 'C', 'D'], ballots)).toEqual([
      round(1, { A: 5, B: 2, C: 3, D: 1 }, { exhausted: 0, continuing: 11, eliminated: 'D' }),
      // B and C tie on 3. In round 1 B had 2, C had 3: B goes out, though C is listed later.
      round(2, { A: 5, B: 3, C: 3 }, { exhausted: 0, continuing: 11, eliminated: 'B', tieBreak: 'EARLIER_ROUNDS' }),
      // B's three ballots rank nothing else: 8 continuing, A's 5 is a majority.
      round(3, { A: 5, C: 3 }, { exhausted: 3, continuing: 8, elected: 'A' }),
    ]);
  });

  it('breaks a first-round tie by the ballot order (the option listed last goes out)', () => {
    const ballots = [...times(3, ['A']), ...times(2, ['B']), ['C', 'B'], ['D', 'C']];
    expect(instantRunoff(['A', 'B', 'C', 'D'], ballots)).toEqual([
      // C and D tie on 1 with no earlier round: D is listed last. Its ballot moves to C.
      round(1, { A: 3, B: 2, C: 1, D: 1 }, { exhausted: 0, continuing: 7, eliminated: 'D', tieBreak: 'BALLOT_ORDER' }),
      // B and C tie on 2; round 1 had B 2, C 1: C goes out. [C, B] moves to B, [D, C] is exhausted.
      round(2, { A: 3, B: 2, C: 2 }, { exhausted: 0, continuing: 7, eliminated: 'C', tieBreak: 'EARLIER_ROUNDS' }),
      // A and B tie on 3 of 6 (no majority); round 2 had A 3, B 2: B goes out.
      round(3, { A: 3, B: 3 }, { exhausted: 1, continuing: 6, eliminated: 'B', tieBreak: 'EARLIER_ROUNDS' }),
      round(4, { A: 3 }, { exhausted: 4, continuing: 3, elected: 'A' }),
    ]);
  });

  it('settles a final 50/50 tie by the ballot order when every earlier round was equal too', () => {
    const ballots = [...times(2, ['A']), ...times(2, ['B']), ['C', 'A'], ['C', 'B']];
    const tally = tallyBallots('ranked', ['A', 'B', 'C'], ballots);
    expect(tally.rounds).toEqual([
      // Three-way tie, no earlier round: C (listed last) goes out; one ballot each to A and B.
      round(1, { A: 2, B: 2, C: 2 }, { exhausted: 0, continuing: 6, eliminated: 'C', tieBreak: 'BALLOT_ORDER' }),
      // 3 : 3 is no majority; round 1 had them equal as well: B (listed after A) goes out.
      round(2, { A: 3, B: 3 }, { exhausted: 0, continuing: 6, eliminated: 'B', tieBreak: 'BALLOT_ORDER' }),
      // The last option standing is elected; B's three ballots are exhausted.
      round(3, { A: 3 }, { exhausted: 3, continuing: 3, elected: 'A' }),
    ]);
    expect(tally.winners).toEqual(['A']);
  });

  it('settles a two-option 50/50 tie by the ballot order', () => {
    const ballots = [['B', 'A'], ['A', 'B'], ['B', 'A'], ['A', 'B']];
    expect(tallyBallots('ranked', ['A', 'B'], ballots).rounds).toEqual([
      round(1, { A: 2, B: 2 }, { exhausted: 0, continuing: 4, eliminated: 'B', tieBreak: 'BALLOT_ORDER' }),
      round(2, { A: 4 }, { exhausted: 0, continuing: 4, elected: 'A' }),
    ]);
  });

  it('eliminates options nobody ranked one per round, the last listed first', () => {
    const ballots = [...times(2, ['A']), ['B']];
    expect(instantRunoff(['A', 'B', 'C', 'D'], ballots)).toEqual([
      // 2 of 3 is a majority at once: unranked options never matter when someone has one.
      round(1, { A: 2, B: 1, C: 0, D: 0 }, { exhausted: 0, continuing: 3, elected: 'A' }),
    ]);
    const even = [['A'], ['B']];
    expect(instantRunoff(['A', 'B', 'C'], even)).toEqual([
      round(1, { A: 1, B: 1, C: 0 }, { exhausted: 0, continuing: 2, eliminated: 'C' }),
      round(2, { A: 1, B: 1 }, { exhausted: 0, continuing: 2, eliminated: 'B', tieBreak: 'BALLOT_ORDER' }),
      round(3, { A: 1 }, { exhausted: 1, continuing: 1, elected: 'A' }),
    ]);
  });

  it('has no rounds and no winner without ballots', () => {
    expect(tallyBallots('ranked', ['A', 'B'], [])).toEqual<PollTally>({
      method: 'ranked',
      ballots: 0,
      counts: votes({ A: 0, B: 0 }),
      averageRanks: [
        { optionId: 'A', averageRank: null },
        { optionId: 'B', averageRank: null },
      ],
      winners: [],
      rounds: [],
    });
  });
});

describe('tallies (single, multiple, approval)', () => {
  it('counts single choice and names the winner', () => {
    const ballots = [['A'], ['B'], ['A'], ['C'], ['A']];
    expect(tallyBallots('single', ['A', 'B', 'C', 'D'], ballots)).toEqual<PollTally>({
      method: 'single',
      ballots: 5,
      counts: votes({ A: 3, B: 1, C: 1, D: 0 }),
      averageRanks: null,
      winners: ['A'],
      rounds: null,
    });
  });

  it('names every option tied for the most votes, in ballot-paper order', () => {
    const ballots = [['C'], ['A'], ['C'], ['A'], ['B']];
    expect(tallyBallots('single', ['A', 'B', 'C'], ballots).winners).toEqual(['A', 'C']);
  });

  it('counts each choice of a multiple-choice ballot', () => {
    const ballots = [['A', 'B'], ['B', 'C'], ['B'], ['A', 'C']];
    const tally = tallyBallots('multiple', ['A', 'B', 'C'], ballots);
    expect(tally.ballots).toBe(4);
    expect(tally.counts).toEqual(votes({ A: 2, B: 3, C: 2 }));
    expect(tally.winners).toEqual(['B']);
  });

  it('counts approvals, ties included', () => {
    const ballots = [['A', 'B', 'C'], ['A'], ['B']];
    const tally = tallyBallots('approval', ['A', 'B', 'C'], ballots);
    expect(tally).toMatchObject({ ballots: 3, counts: votes({ A: 2, B: 2, C: 1 }), winners: ['A', 'B'], rounds: null, averageRanks: null });
  });

  it('has no winner without ballots', () => {
    expect(tallyBallots('approval', ['A', 'B'], [])).toEqual<PollTally>({
      method: 'approval',
      ballots: 0,
      counts: votes({ A: 0, B: 0 }),
      averageRanks: null,
      winners: [],
      rounds: null,
    });
  });
});

describe('order independence', () => {
  const ranked = [...times(3, ['A']), ...times(2, ['B']), ['C', 'B'], ['D', 'C'], ...times(2, ['B', 'D', 'A']), ['D', 'A', 'C']];
  const approval = [['A', 'B', 'C'], ['A'], ['B'], ['C', 'D'], ['D'], ['A', 'D']];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the same tally for shuffled ballots (seed %i)', (seed) => {
    expect(tallyBallots('ranked', ['A', 'B', 'C', 'D'], shuffled(ranked, seed))).toEqual(tallyBallots('ranked', ['A', 'B', 'C', 'D'], ranked));
    expect(tallyBallots('approval', ['A', 'B', 'C', 'D'], shuffled(approval, seed))).toEqual(
      tallyBallots('approval', ['A', 'B', 'C', 'D'], approval),
    );
  });

  it('does not change the ballots it counts', () => {
    const copy = ranked.map((ballot) => [...ballot]);
    tallyBallots('ranked', ['A', 'B', 'C', 'D'], ranked);
    expect(ranked).toEqual(copy);
  });
});
