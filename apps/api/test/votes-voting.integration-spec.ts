import { createHmac, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE_NAME } from '@mitreden/api/identity';
import { countPoll, openBallot, votingCodeHash } from '@mitreden/api/votes';
import type { PollTally } from '@mitreden/shared/votes';
import { newPaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import { errorCode, GraphqlClient } from '@mitreden/testing';
import type { GraphqlResponse } from '@mitreden/testing';
import { sessionCookie } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const CAST_VOTE = `mutation Cast($input: CastVoteInput!) { castVote(input: $input) { receipt replacedEarlierVote } }`;
const POLL = `query Poll($slug: String!) { poll(slug: $slug) { id status viewer { canVote hasVoted block } } }`;
const PROFILE = `mutation Profile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { municipality } }`;
const RECEIPT = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

interface Cast {
  castVote: { receipt: string; replacedEarlierVote: boolean };
}
interface ViewerState {
  canVote: boolean;
  hasVoted: boolean;
  block: string | null;
}
interface PollSetup {
  method?: 'single' | 'multiple' | 'approval' | 'ranked';
  maxChoices?: number | null;
  acceptsAccounts?: boolean;
  acceptsCodes?: boolean;
  municipality?: string | null;
  allowVoteChange?: boolean;
  /** SQL intervals relative to now(). */
  opens?: string;
  closes?: string;
  status?: 'draft' | 'published';
  options?: number;
}
interface TestPoll {
  id: string;
  slug: string;
  options: string[];
}

describe('Votes: casting a vote and eligibility', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let redis: Redis;
  let processId: string;
  let polls = 0;
  let users = 0;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    redis = new Redis(api.config.redisUrl, { maxRetriesPerRequest: 1 });
    [{ id: processId }] = await dataSource.query(
      `INSERT INTO processes (slug, title) VALUES ('abstimmung', '{"de": "Abstimmung"}') RETURNING id`,
    );
  });

  afterAll(async () => {
    redis?.disconnect();
    await api?.close();
  });

  /** Every test starts with a clean record of wrong codes (all requests come from 127.0.0.1). */
  beforeEach(async () => {
    const keys = await redis.keys(`${api.config.queuePrefix}:voting-code-failures*`);
    if (keys.length) await redis.del(...keys);
  });

  async function createPoll(setup: PollSetup = {}): Promise<TestPoll> {
    const slug = `abstimmung-${++polls}`;
    const method = setup.method ?? 'single';
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO polls (process_id, slug, question, method, max_choices, opens_at, closes_at, status, published_at,
                          accepts_accounts, accepts_codes, municipality, allow_vote_change)
       VALUES ($1, $2, '{"de": "Frage?"}', $3, $4, now() + $5::interval, now() + $6::interval, $7,
               CASE WHEN $7 = 'draft' THEN NULL ELSE now() END, $8, $9, $10, $11)
       RETURNING id`,
      [
        processId,
        slug,
        method,
        method === 'multiple' ? (setup.maxChoices ?? 2) : null,
        setup.opens ?? '-1 hour',
        setup.closes ?? '1 hour',
        setup.status ?? 'published',
        setup.acceptsAccounts ?? true,
        setup.acceptsCodes ?? false,
        setup.municipality ?? null,
        setup.allowVoteChange ?? false,
      ],
    );
    await dataSource.query(
      `INSERT INTO poll_options (poll_id, position, label)
       SELECT $1, n, jsonb_build_object('de', 'Option ' || n) FROM generate_series(1, $2) AS n`,
      [id, setup.options ?? 4],
    );
    const rows: { id: string }[] = await dataSource.query(
      `SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position`,
      [id],
    );
    return { id, slug, options: rows.map((row) => row.id) };
  }

  async function account(setup: { confirmed?: boolean; municipality?: string | null } = {}): Promise<{ id: string; client: GraphqlClient }> {
    const n = ++users;
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, email_confirmed_at, privacy_accepted_at, municipality)
       VALUES ($1, $2, 'not-a-hash', $3, now(), $4) RETURNING id`,
      [`voter-${n}@example.org`, `Voter ${n}`, setup.confirmed === false ? null : new Date(), setup.municipality ?? null],
    );
    return { id, client: new GraphqlClient(api.url, { cookie: await sessionCookie(api, dataSource, id) }) };
  }

  async function codes(pollId: string, count: number): Promise<string[]> {
    const made = Array.from({ length: count }, () => newPaperCode());
    await dataSource.query(
      `INSERT INTO poll_voting_codes (poll_id, code_hash) SELECT $1, unnest($2::text[])`,
      [pollId, made.map((code) => votingCodeHash(api.config.ballotSecret, normalisePaperCode(code)))],
    );
    return made;
  }

  const cast = (client: GraphqlClient, pollId: string, choices: unknown, code?: unknown) =>
    client.request<Cast>(CAST_VOTE, { input: { pollId, choices, ...(code === undefined ? {} : { code }) } });
  const anonymous = () => new GraphqlClient(api.url);
  const poll0 = (poll: TestPoll) => poll.options[0];

  async function viewer(client: GraphqlClient, slug: string): Promise<ViewerState> {
    const response = await client.request<{ poll: { viewer: ViewerState } | null }>(POLL, { slug });
    if (!response.data?.poll || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.poll.viewer;
  }

  const ok = (response: GraphqlResponse<Cast>): Cast['castVote'] => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.castVote;
  };

  const counts = async (pollId: string) => {
    const [row]: { voters: number; sealed: number }[] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM poll_voters WHERE poll_id = $1) AS voters,
              (SELECT count(*)::int FROM poll_sealed_ballots WHERE poll_id = $1) AS sealed`,
      [pollId],
    );
    return row;
  };

  describe('the municipality in the profile', () => {
    it('is set from the list, cleared with the empty string, and refuses anything else', async () => {
      const { client } = await account();
      const set = await client.request<{ updateMyProfile: { municipality: string | null } }>(PROFILE, {
        input: { municipality: 'Neustadt am Rübenberge' },
      });
      expect(set.data?.updateMyProfile.municipality).toBe('Neustadt am Rübenberge');
      const untouched = await client.request<{ updateMyProfile: { municipality: string | null } }>(PROFILE, {
        input: { displayName: 'Neuer Name' },
      });
      expect(untouched.data?.updateMyProfile.municipality).toBe('Neustadt am Rübenberge');
      for (const hostile of ['Atlantis', 'hannover', ' Hannover', 'Hannover\u202e', 'x'.repeat(500)]) {
        const refused = await client.request(PROFILE, { input: { municipality: hostile } });
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      }
      const cleared = await client.request<{ updateMyProfile: { municipality: string | null } }>(PROFILE, {
        input: { municipality: '' },
      });
      expect(cleared.data?.updateMyProfile.municipality).toBeNull();
    });
  });

  describe('eligibility', () => {
    it('gives each viewer the right state and castVote the matching error', async () => {
      const poll = await createPoll({ municipality: 'Garbsen' });
      const unconfirmed = await account({ confirmed: false, municipality: 'Garbsen' });
      const missing = await account();
      const wrong = await account({ municipality: 'Laatzen' });
      const resident = await account({ municipality: 'Garbsen' });

      expect(await viewer(anonymous(), poll.slug)).toEqual({ canVote: false, hasVoted: false, block: 'LOGIN_REQUIRED' });
      expect(errorCode(await cast(anonymous(), poll.id, [poll.options[0]]))).toBe('UNAUTHENTICATED');

      const expectations: [{ client: GraphqlClient }, string][] = [
        [unconfirmed, 'EMAIL_NOT_CONFIRMED'],
        [missing, 'MUNICIPALITY_MISSING'],
        [wrong, 'WRONG_MUNICIPALITY'],
      ];
      for (const [who, block] of expectations) {
        expect(await viewer(who.client, poll.slug)).toEqual({ canVote: false, hasVoted: false, block });
        expect(errorCode(await cast(who.client, poll.id, [poll.options[0]]))).toBe('NOT_ELIGIBLE');
      }

      expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: true, hasVoted: false, block: null });
      const receipt = ok(await cast(resident.client, poll.id, [poll.options[1]]));
      expect(receipt.receipt).toMatch(RECEIPT);
      expect(receipt.replacedEarlierVote).toBe(false);
      expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: false, hasVoted: true, block: 'ALREADY_VOTED' });
      expect(errorCode(await cast(resident.client, poll.id, [poll.options[2]]))).toBe('ALREADY_VOTED');
      expect(await counts(poll.id)).toEqual({ voters: 1, sealed: 1 });
    });

    it('a poll for codes only: CODE_REQUIRED for everyone, accounts are NOT_ELIGIBLE', async () => {
      const poll = await createPoll({ acceptsAccounts: false, acceptsCodes: true });
      const resident = await account();
      expect(await viewer(anonymous(), poll.slug)).toEqual({ canVote: false, hasVoted: false, block: 'CODE_REQUIRED' });
      expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: false, hasVoted: false, block: 'CODE_REQUIRED' });
      expect(errorCode(await cast(resident.client, poll.id, [poll.options[0]]))).toBe('NOT_ELIGIBLE');
      expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
    });

    it('a poll for accounts only refuses a code without counting it as a wrong one', async () => {
      const poll = await createPoll();
      const [code] = await codes(poll.id, 1);
      expect(errorCode(await cast(anonymous(), poll.id, [poll.options[0]], code))).toBe('NOT_ELIGIBLE');
      expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
    });

    it('scheduled, closed, draft and counted polls are NOT_OPEN / POLL_NOT_OPEN', async () => {
      const resident = await account();
      const scheduled = await createPoll({ opens: '1 hour', closes: '2 hours' });
      const closed = await createPoll({ opens: '-2 hours', closes: '-1 hour' });
      const draft = await createPoll({ status: 'draft' });
      const counted = await createPoll({ opens: '-2 hours', closes: '-1 hour' });
      expect(await countPoll(dataSource, api.config.ballotSecret, counted.id)).toBe('counted');

      for (const poll of [scheduled, closed, counted]) {
        expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: false, hasVoted: false, block: 'NOT_OPEN' });
        expect(await viewer(anonymous(), poll.slug)).toEqual({ canVote: false, hasVoted: false, block: 'NOT_OPEN' });
      }
      for (const poll of [scheduled, closed, draft, counted]) {
        expect(errorCode(await cast(resident.client, poll.id, [poll.options[0]]))).toBe('POLL_NOT_OPEN');
      }
      expect(errorCode(await cast(resident.client, '00000000-0000-4000-8000-000000000000', [poll0(scheduled)]))).toBe('NOT_FOUND');
      for (const poll of [scheduled, closed, draft]) expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
    });
  });

  describe('ballot validation per method', () => {
    const rejects = async (poll: TestPoll, choices: string[], problem: string) => {
      const { client } = await account();
      const response = await cast(client, poll.id, choices);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({ choices: [problem] });
    };
    const accepts = async (poll: TestPoll, choices: string[]) => {
      const { client } = await account();
      expect(ok(await cast(client, poll.id, choices)).receipt).toMatch(RECEIPT);
    };
    const foreign = '00000000-0000-4000-8000-000000000001';

    it('single choice: exactly one known option', async () => {
      const poll = await createPoll({ method: 'single' });
      const [a, b] = poll.options;
      await rejects(poll, [], 'EMPTY');
      await rejects(poll, [a, b], 'ONE_ONLY');
      await rejects(poll, [foreign], 'UNKNOWN_OPTION');
      await rejects(poll, [a, a], 'DUPLICATE');
      await accepts(poll, [b]);
      expect(await counts(poll.id)).toEqual({ voters: 1, sealed: 1 });
    });

    it('multiple choice: up to k', async () => {
      const poll = await createPoll({ method: 'multiple', maxChoices: 2 });
      const [a, b, c] = poll.options;
      await rejects(poll, [a, b, c], 'TOO_MANY');
      await rejects(poll, [], 'EMPTY');
      await rejects(poll, [a, a], 'DUPLICATE');
      await accepts(poll, [a]);
      await accepts(poll, [c, a]);
      expect(await counts(poll.id)).toEqual({ voters: 2, sealed: 2 });
    });

    it('approval: any number of distinct options', async () => {
      const poll = await createPoll({ method: 'approval' });
      const [a, b, c, d] = poll.options;
      await rejects(poll, [a, b, b], 'DUPLICATE');
      await rejects(poll, [a, foreign], 'UNKNOWN_OPTION');
      await accepts(poll, [d, c, b, a]);
    });

    it('ranked: a partial ranking, order kept in the sealed ballot', async () => {
      const poll = await createPoll({ method: 'ranked' });
      const [a, , c] = poll.options;
      await rejects(poll, [c, a, c], 'DUPLICATE');
      await rejects(poll, [], 'EMPTY');
      const { client } = await account();
      const { receipt } = ok(await cast(client, poll.id, [c, a]));
      const [sealed]: { sealed: Buffer }[] = await dataSource.query(`SELECT sealed FROM poll_sealed_ballots WHERE poll_id = $1`, [poll.id]);
      expect(openBallot(api.config.ballotSecret, poll.id, sealed.sealed)).toEqual({ choices: [c, a], receipt });
    });

    it('an option of another poll is unknown', async () => {
      const poll = await createPoll();
      const other = await createPoll();
      await rejects(poll, [other.options[0]], 'UNKNOWN_OPTION');
      expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
    });
  });

  describe('voting codes', () => {
    it('a valid code votes once; an unknown one is INVALID_TOKEN; a used one ALREADY_VOTED', async () => {
      const poll = await createPoll({ acceptsCodes: true });
      const other = await createPoll({ acceptsCodes: true });
      const [code, spare] = await codes(poll.id, 2);
      const [otherCode] = await codes(other.id, 1);

      expect(errorCode(await cast(anonymous(), poll.id, [poll0(poll)], newPaperCode()))).toBe('INVALID_TOKEN');
      expect(errorCode(await cast(anonymous(), poll.id, [poll0(poll)], otherCode))).toBe('INVALID_TOKEN');

      // Typed in lower case with blanks: the same code.
      const typed = code.toLowerCase().replace(/-/g, ' ');
      const first = ok(await cast(anonymous(), poll.id, [poll.options[2]], typed));
      expect(first).toEqual({ receipt: expect.stringMatching(RECEIPT), replacedEarlierVote: false });
      expect(errorCode(await cast(anonymous(), poll.id, [poll.options[1]], code))).toBe('ALREADY_VOTED');
      // A logged-in voter using a code votes with the code, not the account.
      const resident = await account();
      ok(await cast(resident.client, poll.id, [poll.options[1]], spare));
      expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: true, hasVoted: false, block: null });

      const roll: { account_id: string | null; code_id: string | null }[] = await dataSource.query(
        `SELECT account_id, code_id FROM poll_voters WHERE poll_id = $1`,
        [poll.id],
      );
      expect(roll).toHaveLength(2);
      expect(roll.every((row) => row.account_id === null && row.code_id !== null)).toBe(true);
      expect(await counts(poll.id)).toEqual({ voters: 2, sealed: 2 });
      expect(await counts(other.id)).toEqual({ voters: 0, sealed: 0 });
    });

    it('wrong codes are rate limited per address: 10 failures, then RATE_LIMITED even for a valid code', async () => {
      const poll = await createPoll({ acceptsCodes: true });
      const [valid] = await codes(poll.id, 1);
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect(errorCode(await cast(anonymous(), poll.id, [poll0(poll)], newPaperCode()))).toBe('INVALID_TOKEN');
      }
      expect(errorCode(await cast(anonymous(), poll.id, [poll0(poll)], newPaperCode()))).toBe('RATE_LIMITED');
      expect(errorCode(await cast(anonymous(), poll.id, [poll0(poll)], valid))).toBe('RATE_LIMITED');
      expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
      // Accounts are not affected by the code limit.
      const resident = await account();
      const accounts = await createPoll();
      ok(await cast(resident.client, accounts.id, [poll0(accounts)]));
    });

    it('a right code does not count against the limit', async () => {
      const poll = await createPoll({ acceptsCodes: true });
      const made = await codes(poll.id, 12);
      for (const code of made) ok(await cast(anonymous(), poll.id, [poll0(poll)], code));
      expect(await counts(poll.id)).toEqual({ voters: 12, sealed: 12 });
    });
  });

  describe('changing a vote', () => {
    it('replaces the sealed ballot: the roll and the box keep one entry each', async () => {
      const poll = await createPoll({ allowVoteChange: true, acceptsCodes: true });
      const resident = await account();
      const first = ok(await cast(resident.client, poll.id, [poll.options[0]]));
      expect(first.replacedEarlierVote).toBe(false);
      expect(await viewer(resident.client, poll.slug)).toEqual({ canVote: true, hasVoted: true, block: null });

      const second = ok(await cast(resident.client, poll.id, [poll.options[3]]));
      expect(second.replacedEarlierVote).toBe(true);
      expect(second.receipt).not.toBe(first.receipt);
      expect(await counts(poll.id)).toEqual({ voters: 1, sealed: 1 });
      const [sealed]: { sealed: Buffer }[] = await dataSource.query(`SELECT sealed FROM poll_sealed_ballots WHERE poll_id = $1`, [poll.id]);
      expect(openBallot(api.config.ballotSecret, poll.id, sealed.sealed)).toEqual({ choices: [poll.options[3]], receipt: second.receipt });

      // A code may change its vote too.
      const [code] = await codes(poll.id, 1);
      ok(await cast(anonymous(), poll.id, [poll.options[0]], code));
      expect(ok(await cast(anonymous(), poll.id, [poll.options[1]], code)).replacedEarlierVote).toBe(true);
      expect(await counts(poll.id)).toEqual({ voters: 2, sealed: 2 });

      // An invalid change leaves the earlier vote standing.
      expect(errorCode(await cast(resident.client, poll.id, [poll.options[0], poll.options[1]]))).toBe('BAD_USER_INPUT');
      const [again]: { sealed: Buffer }[] = await dataSource.query(
        `SELECT sealed FROM poll_sealed_ballots WHERE poll_id = $1 AND sealed = $2`,
        [poll.id, sealed.sealed],
      );
      expect(again).toBeDefined();
    });
  });

  describe('hostile input', () => {
    it('refuses malformed choices and codes without writing anything', async () => {
      const poll = await createPoll({ acceptsCodes: true });
      const { client } = await account();
      const hostileChoices: unknown[] = [
        ["' OR 1=1 --"],
        ['<script>alert(1)</script>'],
        [`${poll0(poll)}'; DROP TABLE poll_voters; --`],
        Array.from({ length: 101 }, () => poll0(poll)),
        [null],
        [{ id: poll0(poll) }],
        'not-an-array',
        [poll0(poll).toUpperCase() + 'x'],
      ];
      for (const choices of hostileChoices) {
        const response = await cast(client, poll.id, choices);
        expect(response.data?.castVote).toBeFalsy();
        expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(response));
      }
      const hostileCodes: unknown[] = ["' OR '1'='1", 'A'.repeat(41), 'ABCD-EFGH-JKMN\u0000', '\u202eABCD-EFGH-JKMN', 12345];
      for (const code of hostileCodes) {
        const response = await cast(anonymous(), poll.id, [poll0(poll)], code);
        expect(response.data?.castVote).toBeFalsy();
        expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'INVALID_TOKEN']).toContain(errorCode(response));
      }
      const badPollIds: unknown[] = ["' OR 1=1 --", '', null];
      for (const pollId of badPollIds) {
        const response = await client.request<Cast>(CAST_VOTE, { input: { pollId, choices: [poll0(poll)] } });
        expect(response.data?.castVote).toBeFalsy();
      }
      expect(await counts(poll.id)).toEqual({ voters: 0, sealed: 0 });
    });
  });

  describe('integrity under concurrency', () => {
    const VOTERS = 2000;
    const ATTEMPTS = 3;
    const IN_FLIGHT = 150;

    /** Runs the tasks with at most `limit` in flight. */
    async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
      const results: T[] = new Array(tasks.length);
      let next = 0;
      const worker = async () => {
        while (next < tasks.length) {
          const index = next++;
          results[index] = await tasks[index]();
        }
      };
      await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
      return results;
    }

    it(`${VOTERS} voters × ${ATTEMPTS} concurrent attempts: one roll entry and one ballot each, all counted`, async () => {
      const poll = await createPoll({ opens: '-2 hours', closes: '1 hour' });
      const voters: { id: string }[] = await dataSource.query(
        `INSERT INTO users (email, display_name, password_hash, email_confirmed_at, privacy_accepted_at)
         SELECT 'crowd-' || n || '@example.org', 'Crowd ' || n, 'not-a-hash', now(), now() FROM generate_series(1, $1) AS n
         RETURNING id`,
        [VOTERS],
      );
      const expires = new Date(Date.now() + 60 * 60 * 1000);
      const sids = voters.map(() => randomBytes(24).toString('base64url'));
      const sessions = voters.map(({ id }) =>
        JSON.stringify({
          cookie: { originalMaxAge: 3600000, expires: expires.toISOString(), httpOnly: true, path: '/', sameSite: 'lax', secure: false },
          passport: { user: id },
        }),
      );
      await dataSource.query(
        `INSERT INTO user_sessions (sid, sess, expire) SELECT s.sid, s.sess::json, $3 FROM unnest($1::text[], $2::text[]) AS s(sid, sess)`,
        [sids, sessions, expires],
      );
      const cookies = sids.map((sid) => {
        const signature = createHmac('sha256', api.config.sessionSecret).update(sid).digest('base64').replace(/=+$/, '');
        return `${SESSION_COOKIE_NAME}=${encodeURIComponent(`s:${sid}.${signature}`)}`;
      });

      // Every voter's attempts are adjacent in the queue, so they are in flight together.
      const tasks = cookies.flatMap((cookie, voter) =>
        Array.from({ length: ATTEMPTS }, (_, attempt) => async () => {
          const client = new GraphqlClient(api.url, { cookie });
          const response = await cast(client, poll.id, [poll.options[(voter + attempt) % poll.options.length]]);
          return { voter, code: response.errors ? (errorCode(response) ?? response.errors[0].message) : 'OK' };
        }),
      );
      const results = await pool(tasks, IN_FLIGHT);

      const perVoter = new Map<number, string[]>();
      for (const { voter, code } of results) perVoter.set(voter, [...(perVoter.get(voter) ?? []), code]);
      const unexpected = [...perVoter.values()].filter(
        (outcomes) => outcomes.filter((code) => code === 'OK').length !== 1 || outcomes.filter((code) => code === 'ALREADY_VOTED').length !== ATTEMPTS - 1,
      );
      expect(unexpected.slice(0, 5)).toEqual([]);
      expect(perVoter.size).toBe(VOTERS);
      expect(await counts(poll.id)).toEqual({ voters: VOTERS, sealed: VOTERS });

      await dataSource.query(`UPDATE polls SET closes_at = now() - interval '1 second' WHERE id = $1`, [poll.id]);
      expect(await countPoll(dataSource, api.config.ballotSecret, poll.id)).toBe('counted');

      const [result]: { voters: number; ballots: number; tally: PollTally }[] = await dataSource.query(
        `SELECT voters, ballots, tally FROM poll_results WHERE poll_id = $1`,
        [poll.id],
      );
      const [{ stored }]: { stored: number }[] = await dataSource.query(
        `SELECT count(*)::int AS stored FROM poll_ballots WHERE poll_id = $1`,
        [poll.id],
      );
      expect(result.voters).toBe(VOTERS);
      expect(result.ballots).toBe(VOTERS);
      expect(stored).toBe(VOTERS);
      expect(result.tally.ballots).toBe(VOTERS);
      expect(result.tally.counts.reduce((sum, option) => sum + option.votes, 0)).toBe(VOTERS);
      expect(await counts(poll.id)).toEqual({ voters: VOTERS, sealed: 0 });
      const [{ receipts }]: { receipts: number }[] = await dataSource.query(
        `SELECT count(DISTINCT receipt)::int AS receipts FROM poll_ballots WHERE poll_id = $1`,
        [poll.id],
      );
      expect(receipts).toBe(VOTERS);
    }, 600_000);
  });
});
