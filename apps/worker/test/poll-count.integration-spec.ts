import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import {
  POLL_COUNT_JOB_NAME,
  POLL_COUNT_QUEUE_NAME,
  closePollCountQueue,
  countPoll,
  createPollCountQueue,
  schedulePollCount,
  sealBallot,
  sealKey,
} from '@mitreden/api/votes';
import type { PollCountQueue } from '@mitreden/api/votes';
import type { PollTally } from '@mitreden/shared/votes';
import { POLL_COUNT_WORKER_OPTIONS, PollCountWorker } from '@mitreden/worker/votes';
import { createTestDatabase, testRedisUrl, uniqueQueuePrefix, waitFor } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';
import { castVote, closePoll, createAccounts, createCodes, createPoll } from './poll-fixtures';

interface PollState {
  status: string;
  counted_at: Date | null;
  sealed: number;
  ballots: number;
  voters: number;
}

describe('counting polls (worker, PostgreSQL, Redis)', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let db: DataSource;
  let queue: PollCountQueue;
  let events: QueueEvents;
  let processId: string;
  let slugs = 0;
  const previousSweep = process.env['POLL_COUNT_SWEEP_MS'];

  const state = async (pollId: string): Promise<PollState> => {
    const [row]: PollState[] = await db.query(
      `SELECT p.status, p.counted_at,
              (SELECT count(*)::int FROM poll_sealed_ballots WHERE poll_id = p.id) AS sealed,
              (SELECT count(*)::int FROM poll_ballots WHERE poll_id = p.id) AS ballots,
              (SELECT count(*)::int FROM poll_voters WHERE poll_id = p.id) AS voters
         FROM polls p WHERE p.id = $1`,
      [pollId],
    );
    return row;
  };
  const result = async (pollId: string): Promise<{ voters: number; ballots: number; tally: PollTally } | undefined> =>
    (await db.query(`SELECT voters, ballots, tally FROM poll_results WHERE poll_id = $1`, [pollId]))[0];
  const counted = (pollId: string) =>
    waitFor(async () => (await state(pollId)).status === 'counted', { timeoutMs: 20_000, what: `count of ${pollId}` });
  /** A job with its own id, so its return value (the CountOutcome) can be awaited. */
  const runJob = async (pollId: string, jobId: string): Promise<string> => {
    const job = await queue.add(POLL_COUNT_JOB_NAME, { pollId }, { jobId });
    return job.waitUntilFinished(events, 20_000);
  };
  const newPoll = (options: Parameters<typeof createPoll>[3] = {}) => createPoll(db, processId, `abstimmung-${++slugs}`, options);

  beforeAll(async () => {
    database = await createTestDatabase();
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: 'smtp://127.0.0.1:1',
      PUBLIC_URL: 'http://mitreden.test',
    });
    // Long: the periodic sweep must not race the queue in these tests; sweep() is called directly.
    process.env['POLL_COUNT_SWEEP_MS'] = '3600000';
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    db = worker.get(DataSource);
    queue = createPollCountQueue(config);
    events = new QueueEvents(POLL_COUNT_QUEUE_NAME, { prefix: config.queuePrefix, connection: { url: config.redisUrl } });
    await events.waitUntilReady();
    [{ id: processId }] = await db.query(`INSERT INTO processes (slug, title) VALUES ('abstimmen', '{"de": "Abstimmen"}') RETURNING id`);
  });

  afterAll(async () => {
    if (previousSweep === undefined) delete process.env['POLL_COUNT_SWEEP_MS'];
    else process.env['POLL_COUNT_SWEEP_MS'] = previousSweep;
    await events?.close();
    if (queue) await closePollCountQueue(queue);
    await worker?.close();
    await database?.drop();
  });

  it('takes the sweep interval from POLL_COUNT_SWEEP_MS', () => {
    expect(worker.get(POLL_COUNT_WORKER_OPTIONS)).toEqual({ sweepIntervalMs: 3_600_000 });
  });

  it('counts a closed poll through the queued job: ballots opened and shuffled, sealed rows gone, tally stored', async () => {
    const poll = await newPoll({ method: 'single', options: 3 });
    const [a, b, c] = poll.optionIds;
    const accounts = await createAccounts(db, 'single', 4);
    const codes = await createCodes(db, config.ballotSecret, poll.id, 2);
    const receipts = [
      await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[0] }, [b]),
      await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[1] }, [a]),
      await castVote(db, config.ballotSecret, poll.id, { codeId: codes[0] }, [b]),
      await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[2] }, [c]),
      await castVote(db, config.ballotSecret, poll.id, { codeId: codes[1] }, [b]),
    ];
    // accounts[3] never votes: the roll has 5 entries.
    expect(await state(poll.id)).toMatchObject({ status: 'published', sealed: 5, ballots: 0, voters: 5 });

    const closesAt = await closePoll(db, poll.id);
    await schedulePollCount(queue, poll.id, closesAt);
    await counted(poll.id);

    expect(await state(poll.id)).toMatchObject({ status: 'counted', sealed: 0, ballots: 5, voters: 5 });
    expect((await state(poll.id)).counted_at).toBeInstanceOf(Date);
    const stored: { id: string; receipt: string; choices: string[] }[] = await db.query(
      `SELECT id, receipt, choices FROM poll_ballots WHERE poll_id = $1`,
      [poll.id],
    );
    expect(stored.map((ballot) => ballot.receipt).sort()).toEqual([...receipts].sort());
    expect(stored.map((ballot) => ballot.choices[0]).sort()).toEqual([a, b, b, b, c].sort());
    const roll: { id: string }[] = await db.query(`SELECT id FROM poll_voters WHERE poll_id = $1`, [poll.id]);
    expect(stored.some((ballot) => roll.some((row) => row.id === ballot.id))).toBe(false);

    expect(await result(poll.id)).toEqual({
      voters: 5,
      ballots: 5,
      tally: {
        method: 'single',
        ballots: 5,
        counts: [
          { optionId: a, votes: 1 },
          { optionId: b, votes: 3 },
          { optionId: c, votes: 1 },
        ],
        averageRanks: null,
        winners: [b],
        rounds: null,
      },
    });
  });

  it('is idempotent: a second job and a sweep change nothing', async () => {
    const poll = await newPoll({ method: 'approval', options: 2 });
    const [a, b] = poll.optionIds;
    const accounts = await createAccounts(db, 'twice', 3);
    await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[0] }, [a, b]);
    await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[1] }, [b]);
    await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[2] }, [a, b]);
    await closePoll(db, poll.id);

    expect(await runJob(poll.id, `first-${poll.id}`)).toBe('counted');
    const ballotsBefore = await db.query(`SELECT id, receipt, choices FROM poll_ballots WHERE poll_id = $1 ORDER BY id`, [poll.id]);
    const resultBefore = await db.query(`SELECT * FROM poll_results WHERE poll_id = $1`, [poll.id]);
    expect(resultBefore[0]).toMatchObject({
      voters: 3,
      ballots: 3,
      tally: { counts: [{ optionId: a, votes: 2 }, { optionId: b, votes: 3 }], winners: [b] },
    });

    expect(await runJob(poll.id, `second-${poll.id}`)).toBe('already-counted');
    await worker.get(PollCountWorker).sweep();
    expect(await countPoll(db, config.ballotSecret, poll.id)).toBe('already-counted');
    expect(await db.query(`SELECT id, receipt, choices FROM poll_ballots WHERE poll_id = $1 ORDER BY id`, [poll.id])).toEqual(ballotsBefore);
    expect(await db.query(`SELECT * FROM poll_results WHERE poll_id = $1`, [poll.id])).toEqual(resultBefore);
  });

  it('does not count a poll while it is open, nor a draft past its close', async () => {
    const open = await newPoll({ method: 'single', options: 2 });
    const [account] = await createAccounts(db, 'early', 1);
    await castVote(db, config.ballotSecret, open.id, { accountId: account }, [open.optionIds[0]]);
    const draft = await newPoll({ method: 'single', options: 2, status: 'draft' });
    await closePoll(db, draft.id);

    expect(await runJob(open.id, `early-${open.id}`)).toBe('not-closed');
    await worker.get(PollCountWorker).sweep();
    expect(await countPoll(db, config.ballotSecret, draft.id)).toBe('not-closed');

    expect(await state(open.id)).toMatchObject({ status: 'published', counted_at: null, sealed: 1, ballots: 0, voters: 1 });
    expect(await state(draft.id)).toMatchObject({ status: 'draft', counted_at: null });
    expect(await result(open.id)).toBeUndefined();
    expect(await result(draft.id)).toBeUndefined();
    expect(await countPoll(db, config.ballotSecret, '00000000-0000-4000-8000-000000000000')).toBe('not-found');
  });

  it('counts a ranked poll found by the sweep, with the round table', async () => {
    const poll = await newPoll({ method: 'ranked', options: 4 });
    const [a, b, c, d] = poll.optionIds;
    // Hand count (see tally.spec.ts): D out, then C, then B elected 6 : 4.
    const ballots = [
      ...Array.from({ length: 4 }, () => [a, b]),
      ...Array.from({ length: 3 }, () => [b, a]),
      ...Array.from({ length: 2 }, () => [c, b]),
      [d, b, c],
    ];
    const accounts = await createAccounts(db, 'ranked', ballots.length);
    for (const [i, choices] of ballots.entries()) await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[i] }, choices);
    await closePoll(db, poll.id);

    // No job: the sweep finds it (as after a Redis outage).
    await worker.get(PollCountWorker).sweep();

    expect(await state(poll.id)).toMatchObject({ status: 'counted', sealed: 0, ballots: 10, voters: 10 });
    const stored = await result(poll.id);
    expect(stored?.tally.winners).toEqual([b]);
    expect(stored?.tally.counts).toEqual([
      { optionId: a, votes: 4 },
      { optionId: b, votes: 3 },
      { optionId: c, votes: 2 },
      { optionId: d, votes: 1 },
    ]);
    expect(stored?.tally.rounds).toEqual([
      {
        round: 1,
        counts: [{ optionId: a, votes: 4 }, { optionId: b, votes: 3 }, { optionId: c, votes: 2 }, { optionId: d, votes: 1 }],
        exhausted: 0, continuing: 10, elected: null, eliminated: d, tieBreak: null,
      },
      {
        round: 2,
        counts: [{ optionId: a, votes: 4 }, { optionId: b, votes: 4 }, { optionId: c, votes: 2 }],
        exhausted: 0, continuing: 10, elected: null, eliminated: c, tieBreak: null,
      },
      {
        round: 3,
        counts: [{ optionId: a, votes: 4 }, { optionId: b, votes: 6 }],
        exhausted: 0, continuing: 10, elected: b, eliminated: null, tieBreak: null,
      },
    ]);
    // Rankings survive the shuffle intact (order within a ballot is the ranking).
    const stored_ballots: { choices: string[] }[] = await db.query(`SELECT choices FROM poll_ballots WHERE poll_id = $1`, [poll.id]);
    expect(stored_ballots.map((ballot) => ballot.choices.join(' ')).sort()).toEqual(ballots.map((ballot) => ballot.join(' ')).sort());
  });

  it('counts only the last vote of a voter who changed it', async () => {
    const poll = await newPoll({ method: 'multiple', maxChoices: 2, options: 3, allowVoteChange: true });
    const [a, b, c] = poll.optionIds;
    const [first, second] = await createAccounts(db, 'change', 2);
    await castVote(db, config.ballotSecret, poll.id, { accountId: first }, [a, b]);
    await castVote(db, config.ballotSecret, poll.id, { accountId: second }, [a]);
    const lastReceipt = await castVote(db, config.ballotSecret, poll.id, { accountId: first }, [c]);
    expect(await state(poll.id)).toMatchObject({ sealed: 2, voters: 2 });
    await closePoll(db, poll.id);

    expect(await countPoll(db, config.ballotSecret, poll.id)).toBe('counted');
    const stored: { receipt: string; choices: string[] }[] = await db.query(`SELECT receipt, choices FROM poll_ballots WHERE poll_id = $1`, [poll.id]);
    expect(stored).toHaveLength(2);
    expect(stored.find((ballot) => ballot.receipt === lastReceipt)?.choices).toEqual([c]);
    expect((await result(poll.id))?.tally.counts).toEqual([
      { optionId: a, votes: 1 },
      { optionId: b, votes: 0 },
      { optionId: c, votes: 1 },
    ]);
  });

  it('leaves out sealed ballots that do not open or break the rules, and counts the rest', async () => {
    const poll = await newPoll({ method: 'single', options: 2 });
    const [a, b] = poll.optionIds;
    const accounts = await createAccounts(db, 'broken', 4);
    await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[0] }, [a]);
    await castVote(db, config.ballotSecret, poll.id, { accountId: accounts[1] }, [b]);
    // Sealed under another secret, and a ballot naming two options of a single-choice poll.
    await db.query(`INSERT INTO poll_voters (poll_id, account_id) VALUES ($1, $2), ($1, $3)`, [poll.id, accounts[2], accounts[3]]);
    await db.query(`INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3), ($4, $2, $5)`, [
      sealKey(config.ballotSecret, poll.id, { accountId: accounts[2] }),
      poll.id,
      sealBallot('another-secret', poll.id, { choices: [a], receipt: 'AAAA-BBBB-CCCC' }),
      sealKey(config.ballotSecret, poll.id, { accountId: accounts[3] }),
      sealBallot(config.ballotSecret, poll.id, { choices: [a, b], receipt: 'DDDD-EEEE-FFFF' }),
    ]);
    await closePoll(db, poll.id);

    expect(await countPoll(db, config.ballotSecret, poll.id)).toBe('counted');
    expect(await state(poll.id)).toMatchObject({ status: 'counted', sealed: 0, ballots: 2, voters: 4 });
    expect(await result(poll.id)).toMatchObject({ voters: 4, ballots: 2, tally: { ballots: 2, winners: [a, b] } });
  });

  it('waits for a vote still in flight at the close and counts it', async () => {
    const poll = await newPoll({ method: 'single', options: 2 });
    const [a, b] = poll.optionIds;
    const [early, late] = await createAccounts(db, 'inflight', 2);
    await castVote(db, config.ballotSecret, poll.id, { accountId: early }, [a]);

    // A vote that passed its checks while the poll was open, not yet committed.
    const vote = db.createQueryRunner();
    await vote.connect();
    await vote.startTransaction();
    let counting: Promise<string> | undefined;
    try {
      await vote.query(`SELECT 1 FROM polls WHERE id = $1 FOR KEY SHARE`, [poll.id]);
      await vote.query(`INSERT INTO poll_voters (poll_id, account_id) VALUES ($1, $2)`, [poll.id, late]);
      await vote.query(`INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3)`, [
        sealKey(config.ballotSecret, poll.id, { accountId: late }),
        poll.id,
        sealBallot(config.ballotSecret, poll.id, { choices: [b], receipt: 'GGGG-HHHH-JJJJ' }),
      ]);
      await closePoll(db, poll.id); // an UPDATE of non-key columns does not conflict with FOR KEY SHARE
      counting = countPoll(db, config.ballotSecret, poll.id);
      await waitFor(
        async () =>
          (
            await db.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
            )
          ).length > 0,
        { what: 'the count to wait for the vote' },
      );
      await vote.commitTransaction();
    } finally {
      if (vote.isTransactionActive) await vote.rollbackTransaction();
      await vote.release();
    }

    expect(await counting).toBe('counted');
    expect(await result(poll.id)).toMatchObject({ voters: 2, ballots: 2, tally: { counts: [{ optionId: a, votes: 1 }, { optionId: b, votes: 1 }] } });
    expect(await state(poll.id)).toMatchObject({ sealed: 0, ballots: 2 });
  });

  it('counts a poll without votes: no ballots, no winner', async () => {
    const poll = await newPoll({ method: 'ranked', options: 2 });
    await closePoll(db, poll.id);
    expect(await runJob(poll.id, `empty-${poll.id}`)).toBe('counted');
    expect(await result(poll.id)).toEqual({
      voters: 0,
      ballots: 0,
      tally: {
        method: 'ranked',
        ballots: 0,
        counts: poll.optionIds.map((optionId) => ({ optionId, votes: 0 })),
        averageRanks: poll.optionIds.map((optionId) => ({ optionId, averageRank: null })),
        winners: [],
        rounds: [],
      },
    });
  });
});
