import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { closePollCountQueue, createPollCountQueue, schedulePollCount } from '@mitreden/api/votes';
import { createTestDatabase, testRedisUrl, uniqueQueuePrefix, waitFor } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';
import { castVote, closePoll, createAccounts, createCodes, createPoll } from './poll-fixtures';
import type { TestPoll, Voter } from './poll-fixtures';

/**
 * The secrecy promise of docs/vote-secrecy.md, tested the way an attacker would try: with a
 * data-only dump of the vote tables after the count, and with the raw rows before it. The test
 * knows who voted what and when; the dump alone must not let anyone link a ballot to a voter.
 */
const VOTERS = 200;
const ACCOUNT_VOTERS = 160;

/** pg_dump on PATH, else the newest one of the Debian/Ubuntu layout. */
function pgDump(): string {
  try {
    return execFileSync('which', ['pg_dump'], { encoding: 'utf8' }).trim();
  } catch {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    const found = versions.map((version) => `${root}/${version}/bin/pg_dump`).find((path) => existsSync(path));
    if (!found) throw new Error('pg_dump not found');
    return found;
  }
}

/** The COPY blocks of a plain-format data-only dump: columns and rows (tab-separated, as text). */
function copyBlocks(dump: string): Map<string, { columns: string[]; rows: string[][]; text: string }> {
  const blocks = new Map<string, { columns: string[]; rows: string[][]; text: string }>();
  const pattern = /^COPY public\.(\w+) \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/gm;
  for (const match of dump.matchAll(pattern)) {
    const text = match[3];
    const rows = text.split('\n').filter((line) => line.length).map((line) => line.split('\t'));
    blocks.set(match[1], { columns: match[2].split(', '), rows, text });
  }
  return blocks;
}

/** Spearman's rank correlation of two permutations of 0..n-1 (no ties). */
function spearman(x: number[], y: number[]): number {
  const n = x.length;
  const d2 = x.reduce((sum, xi, i) => sum + (xi - y[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** Positions of `values` after sorting them (0-based ranks). */
const ranks = (values: string[]): number[] => {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const result = new Array<number>(values.length);
  order.forEach((entry, rank) => (result[entry.index] = rank));
  return result;
};

/** Deterministic choices: a ranking of 1..4 options per voter. */
function ranking(optionIds: string[], i: number): string[] {
  const rotated = [...optionIds.slice(i % optionIds.length), ...optionIds.slice(0, i % optionIds.length)];
  return rotated.slice(0, 1 + ((i * 7) % optionIds.length));
}

const voterIdOf = (voter: Voter) => ('accountId' in voter ? voter.accountId : voter.codeId);

describe('vote secrecy (worker, PostgreSQL, pg_dump)', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let db: DataSource;
  let poll: TestPoll;
  /** In the order the votes were cast. */
  const votes: { voter: Voter; receipt: string; choices: string[] }[] = [];

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
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    db = worker.get(DataSource);
    const [{ id: processId }]: { id: string }[] = await db.query(
      `INSERT INTO processes (slug, title) VALUES ('geheim', '{"de": "Geheim"}') RETURNING id`,
    );
    poll = await createPoll(db, processId, 'geheime-wahl', { method: 'ranked', options: 4 });

    const accounts = await createAccounts(db, 'secret', ACCOUNT_VOTERS);
    const codes = await createCodes(db, config.ballotSecret, poll.id, VOTERS - ACCOUNT_VOTERS);
    // Accounts and codes interleaved: every fifth voter uses a paper code.
    const voters: Voter[] = [];
    for (let i = 0, a = 0, c = 0; i < VOTERS; i++) voters.push(i % 5 === 4 ? { codeId: codes[c++] } : { accountId: accounts[a++] });
    // One transaction per vote, strictly one after the other: the true order is known.
    for (const [i, voter] of voters.entries()) {
      const choices = ranking(poll.optionIds, i);
      votes.push({ voter, choices, receipt: await castVote(db, config.ballotSecret, poll.id, voter, choices) });
    }
  }, 180_000); // 200 committed transactions: slow on a slow disk

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('has no time, sequence or voter column on ballots and no foreign key to users or codes', async () => {
    const columns: { table_name: string; column_name: string; data_type: string; column_default: string | null; is_identity: string }[] =
      await db.query(
        `SELECT table_name, column_name, data_type, column_default, is_identity FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name IN ('poll_ballots', 'poll_sealed_ballots', 'poll_voters')
          ORDER BY table_name, ordinal_position`,
      );
    const of = (table: string) => columns.filter((column) => column.table_name === table).map((column) => column.column_name);
    expect(of('poll_ballots')).toEqual(['id', 'poll_id', 'receipt', 'choices']);
    expect(of('poll_sealed_ballots')).toEqual(['seal_key', 'poll_id', 'sealed']);
    expect(of('poll_voters')).toEqual(['id', 'poll_id', 'account_id', 'code_id']);
    for (const column of columns) {
      expect(column.data_type).not.toMatch(/time|date|interval/);
      expect(column.is_identity).toBe('NO');
      expect(column.column_default ?? '').not.toMatch(/nextval|now\(\)|clock_timestamp|current_timestamp/i);
    }
    const serials: unknown[] = await db.query(
      `SELECT 1 FROM information_schema.sequences s
         JOIN pg_depend d ON d.objid = format('%I.%I', s.sequence_schema, s.sequence_name)::regclass
        WHERE d.refobjid IN ('poll_ballots'::regclass, 'poll_sealed_ballots'::regclass, 'poll_voters'::regclass)`,
    );
    expect(serials).toEqual([]);

    const keys: { table_name: string; referenced: string }[] = await db.query(
      `SELECT DISTINCT tc.table_name, ccu.table_name AS referenced
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_schema = tc.constraint_schema AND ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name IN ('poll_ballots', 'poll_sealed_ballots')`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        { table_name: 'poll_ballots', referenced: 'polls' },
        { table_name: 'poll_sealed_ballots', referenced: 'polls' },
      ]),
    );
    expect(keys.every((key) => key.referenced === 'polls')).toBe(true);
  });

  it('keeps sealed ballots unreadable before the count: no receipt, option or voter in the bytes or keys', async () => {
    const sealed: { seal_key: string; sealed: Buffer }[] = await db.query(
      `SELECT seal_key, sealed FROM poll_sealed_ballots WHERE poll_id = $1`,
      [poll.id],
    );
    expect(sealed).toHaveLength(VOTERS);
    expect(new Set(sealed.map((row) => row.seal_key)).size).toBe(VOTERS);
    // Same choices never give the same bytes (random nonce): equal ballots cannot be grouped.
    expect(new Set(sealed.map((row) => row.sealed.toString('hex'))).size).toBe(VOTERS);

    const uuidForms = (id: string) => [Buffer.from(id), Buffer.from(id.replace(/-/g, '')), Buffer.from(id.replace(/-/g, ''), 'hex')];
    const clear = [
      ...votes.flatMap((vote) => [Buffer.from(vote.receipt), Buffer.from(vote.receipt.replace(/-/g, ''))]),
      ...poll.optionIds.flatMap(uuidForms),
      ...votes.flatMap((vote) => uuidForms(voterIdOf(vote.voter))),
    ];
    const inClear = sealed.flatMap((row) => clear.filter((needle) => row.sealed.includes(needle)).map((needle) => needle.toString('hex')));
    expect(inClear).toEqual([]);

    const voterForms = votes.flatMap((vote) => {
      const id = voterIdOf(vote.voter);
      return [id, id.replace(/-/g, ''), Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url')];
    });
    const inKeys = sealed.flatMap((row) => voterForms.filter((form) => row.seal_key.includes(form)));
    expect(inKeys).toEqual([]);
  });

  it('leaves nothing in a dump of the counted poll that links a ballot to a voter', async () => {
    const queue = createPollCountQueue(config);
    try {
      await schedulePollCount(queue, poll.id, await closePoll(db, poll.id));
    } finally {
      await closePollCountQueue(queue);
    }
    await waitFor(async () => (await db.query(`SELECT 1 FROM polls WHERE id = $1 AND status = 'counted'`, [poll.id])).length > 0, {
      timeoutMs: 30_000,
      what: 'the count',
    });

    const dump = execFileSync(
      pgDump(),
      ['--data-only', '--table=poll_voters', '--table=poll_ballots', '--table=poll_sealed_ballots', '--table=poll_results', `--dbname=${database.url}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const blocks = copyBlocks(dump);
    const ballots = blocks.get('poll_ballots');
    const roll = blocks.get('poll_voters');
    const sealed = blocks.get('poll_sealed_ballots');
    const results = blocks.get('poll_results');
    if (!ballots || !roll || !sealed || !results) throw new Error(`Unexpected dump:\n${dump.slice(0, 2000)}`);

    // Nothing sealed is left, and the counted ballots have only id, poll, receipt and choices.
    expect(sealed.rows).toEqual([]);
    expect(ballots.columns).toEqual(['id', 'poll_id', 'receipt', 'choices']);
    for (const column of ballots.columns) expect(column).not.toMatch(/user|account|voter|code|time|_at$|date|seq|serial|order|position|created/);
    expect(ballots.rows).toHaveLength(VOTERS);
    expect(roll.rows).toHaveLength(VOTERS);
    expect(results.rows).toHaveLength(1);

    // No identifier of the roll appears among the ballots or in the results.
    const rollIdentifiers = roll.rows.flatMap((row) => row.filter((value, index) => roll.columns[index] !== 'poll_id' && value !== '\\N'));
    expect(rollIdentifiers.length).toBe(2 * VOTERS);
    for (const identifier of rollIdentifiers) {
      expect(ballots.text.includes(identifier)).toBe(false);
      expect(results.text.includes(identifier)).toBe(false);
    }

    // What the test knows (and the dump must not reveal): the vote index of each receipt and voter.
    const voteOfReceipt = new Map(votes.map((vote, index) => [vote.receipt, index]));
    const voteOfVoter = new Map(votes.map((vote, index) => [voterIdOf(vote.voter), index]));
    const receiptColumn = ballots.columns.indexOf('receipt');
    const ballotVote = ballots.rows.map((row) => voteOfReceipt.get(row[receiptColumn]) ?? -1);
    expect([...ballotVote].sort((a, b) => a - b)).toEqual(votes.map((_, index) => index));
    const [accountColumn, codeColumn] = [roll.columns.indexOf('account_id'), roll.columns.indexOf('code_id')];
    const rollVote = roll.rows.map((row) => voteOfVoter.get(row[accountColumn] !== '\\N' ? row[accountColumn] : row[codeColumn]) ?? -1);
    expect([...rollVote].sort((a, b) => a - b)).toEqual(votes.map((_, index) => index));

    // Attack 1: ballots dumped in voting order. The shuffle leaves no rank correlation.
    const position = ballotVote.map((_, index) => index);
    expect(Math.abs(spearman(position, ballotVote))).toBeLessThan(0.3);
    // Attack 2: pair the n-th ballot with the n-th roll row (the roll is in heap order, i.e. by vote).
    const sameIndex = ballotVote.filter((vote, index) => vote === rollVote[index]).length;
    expect(sameIndex / VOTERS).toBeLessThanOrEqual(0.05);
    // Attack 3: ballot ids sorted (sequential or time-based ids would follow the voting order).
    const idColumn = ballots.columns.indexOf('id');
    expect(Math.abs(spearman(ranks(ballots.rows.map((row) => row[idColumn])), ballotVote))).toBeLessThan(0.3);
    // Attack 4: receipts sorted (they are random codes, not counters).
    expect(Math.abs(spearman(ranks(ballots.rows.map((row) => row[receiptColumn])), ballotVote))).toBeLessThan(0.3);

    // Every ballot was counted with its own choices (the shuffle moved whole ballots).
    const choicesColumn = ballots.columns.indexOf('choices');
    for (const [index, row] of ballots.rows.entries()) expect(row[choicesColumn]).toBe(`{${votes[ballotVote[index]].choices.join(',')}}`);

    // Below the dump: every ballot row carries the same transaction id (one INSERT at the count).
    const [{ xids }]: { xids: number }[] = await db.query(`SELECT count(DISTINCT xmin::text)::int AS xids FROM poll_ballots WHERE poll_id = $1`, [
      poll.id,
    ]);
    expect(xids).toBe(1);
    const [{ left }]: { left: number }[] = await db.query(`SELECT count(*)::int AS left FROM poll_sealed_ballots`);
    expect(left).toBe(0);
  });
});
