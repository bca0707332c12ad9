import { createClient } from 'graphql-ws';
import type { Client, FormattedExecutionResult } from 'graphql-ws';
import { ModulesContainer } from '@nestjs/core';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { MAX_QUERY_DEPTH, MAX_SUBSCRIPTIONS_PER_SOCKET } from '@mitreden/api/core';
import { GraphqlClient } from '@mitreden/testing';
import { sessionCookie } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const TURNOUT = `subscription Turnout($pollId: ID!) { pollTurnout(pollId: $pollId) { pollId voters } }`;
const CAST_VOTE = `mutation Cast($input: CastVoteInput!) { castVote(input: $input) { receipt replacedEarlierVote } }`;

interface Turnout {
  pollTurnout: { pollId: string; voters: number };
}
interface SocketError {
  message: string;
  extensions?: { code?: string };
}
type Ending = { kind: 'complete' } | { kind: 'error'; errors: SocketError[] };

/** What the tests use of the API's TurnoutService. */
interface TurnoutService {
  voteRecorded(pollId: string): void;
  count(pollId: string): Promise<number>;
}

/** TurnoutService is not exported from @mitreden/api/votes: find the instance the app registered. */
function turnoutOf(target: TestApi): TurnoutService {
  for (const module of target.app.get(ModulesContainer).values()) {
    for (const [token, wrapper] of module.providers) {
      if (typeof token === 'function' && token.name === 'TurnoutService') return wrapper.instance as TurnoutService;
    }
  }
  throw new Error('TurnoutService is not registered');
}

/** One subscription: every result it received, and how it ended (when it did). Disposing the client ends it. */
class Watch {
  readonly results: FormattedExecutionResult<Turnout, unknown>[] = [];
  readonly ended: Promise<Ending>;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.ended = new Promise<Ending>((resolve) => {
      client.subscribe<Turnout>(
        { query, variables },
        {
          next: (result) => {
            this.results.push(result);
            this.waiters = this.waiters.filter((waiter) => (waiter.test() ? (waiter.resolve(), false) : true));
          },
          error: (error) => resolve({ kind: 'error', errors: Array.isArray(error) ? (error as SocketError[]) : [error as SocketError] }),
          complete: () => resolve({ kind: 'complete' }),
        },
      );
    });
  }

  get voters(): number[] {
    return this.results.map((result) => result.data?.pollTurnout.voters ?? -1);
  }

  /** Resolves once a message says `voters` (jest's test timeout bounds the wait). */
  until(voters: number): Promise<void> {
    const test = () => this.voters.includes(voters);
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

describe('Votes: live turnout over graphql-ws', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let redis: Redis;
  let processId: string;
  const clients: Client[] = [];
  let slugs = 0;

  const socket = (target: TestApi = api): Client => {
    const client = createClient({
      url: `${target.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };

  const channel = (pollId: string, prefix = api.config.queuePrefix) => `${prefix}:poll-turnout:${pollId}`;

  /**
   * The server subscribes to Redis asynchronously after the client's subscribe message, and the
   * protocol has no acknowledgement for it: wait until Redis counts that many subscribed instances.
   */
  const subscribedInstances = async (pollId: string, instances: number, prefix?: string): Promise<void> => {
    for (;;) {
      const [, count] = (await redis.pubsub('NUMSUB', channel(pollId, prefix))) as [string, number];
      if (Number(count) >= instances) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  /**
   * Several subscriptions of one instance share its Redis subscription, so NUMSUB cannot tell when
   * the later ones are listening: publish the (still zero) turnout until every one has heard it.
   */
  const primed = async (pollId: string, watches: Watch[], turnout: TurnoutService): Promise<void> => {
    while (!watches.every((watch) => watch.voters.includes(0))) {
      turnout.voteRecorded(pollId);
      await Promise.race([Promise.all(watches.map((watch) => watch.until(0))), new Promise((resolve) => setTimeout(resolve, 500))]);
    }
  };
  const afterPriming = (watch: Watch) => watch.voters.filter((voters) => voters !== 0);

  const createPoll = async (status: 'draft' | 'published' = 'published'): Promise<{ id: string; optionIds: string[] }> => {
    slugs += 1;
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO polls (process_id, slug, question, method, opens_at, closes_at, status, published_at)
       VALUES ($1, $2, '{"de": "Wie soll der Plan heißen?"}', 'single', now() - interval '1 hour', now() + interval '1 day',
               $3, CASE WHEN $3 = 'draft' THEN NULL ELSE now() END)
       RETURNING id`,
      [processId, `abstimmung-${slugs}`, status],
    );
    const options: { id: string }[] = await dataSource.query(
      `INSERT INTO poll_options (poll_id, position, label) VALUES ($1, 1, '{"de": "Erster Name"}'), ($1, 2, '{"de": "Zweiter Name"}')
       RETURNING id`,
      [id],
    );
    return { id, optionIds: options.map((option) => option.id) };
  };

  /** Roll rows written directly (no ballots needed: turnout counts the roll only). */
  const addVoters = (pollId: string, count: number): Promise<unknown> =>
    dataSource.query(`INSERT INTO poll_voters (poll_id) SELECT $1 FROM generate_series(1, $2)`, [pollId, count]);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    redis = new Redis(api.config.redisUrl);
    [{ id: processId }] = await dataSource.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('abstimmen', '{"de": "Abstimmen"}', true) RETURNING id`,
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    redis?.disconnect();
    await api?.close();
  });

  it('pushes the roll count after votes, one message per burst, the last one equal to the voters', async () => {
    const poll = await createPoll();
    const turnout = turnoutOf(api);
    const watch = new Watch(socket(), TURNOUT, { pollId: poll.id });
    await subscribedInstances(poll.id, 1);

    await addVoters(poll.id, 1);
    turnout.voteRecorded(poll.id);
    await watch.until(1);

    // A burst: three votes recorded back to back become one count and one message.
    await addVoters(poll.id, 3);
    turnout.voteRecorded(poll.id);
    turnout.voteRecorded(poll.id);
    turnout.voteRecorded(poll.id);
    await watch.until(4);

    await addVoters(poll.id, 1);
    turnout.voteRecorded(poll.id);
    await watch.until(5);

    // Redis delivers in order, so a second message from the burst would sit before the 5.
    expect(watch.voters).toEqual([1, 4, 5]);
    expect(watch.results.every((result) => result.data?.pollTurnout.pollId === poll.id && !result.errors)).toBe(true);
    expect(await turnout.count(poll.id)).toBe(5);
  });

  it('only sends a poll its own turnout', async () => {
    const [first, second] = [await createPoll(), await createPoll()];
    const turnout = turnoutOf(api);
    const client = socket();
    const watchFirst = new Watch(client, TURNOUT, { pollId: first.id });
    const watchSecond = new Watch(client, TURNOUT, { pollId: second.id });
    await subscribedInstances(first.id, 1);
    await subscribedInstances(second.id, 1);

    await addVoters(second.id, 2);
    turnout.voteRecorded(second.id);
    await watchSecond.until(2);
    await addVoters(first.id, 7);
    turnout.voteRecorded(first.id);
    await watchFirst.until(7);

    expect(watchFirst.voters).toEqual([7]);
    expect(watchSecond.voters).toEqual([2]);
  });

  it('pushes increasing counts while residents vote through castVote, ending at the number of voters', async () => {
    const poll = await createPoll();
    const voters = 6;
    const residents: GraphqlClient[] = [];
    for (let i = 0; i < voters; i++) {
      const [{ id }]: { id: string }[] = await dataSource.query(
        `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
         VALUES ($1, $2, 'not-a-hash', 'resident', now(), now()) RETURNING id`,
        [`turnout-voter-${i}@example.org`, `Wählerin ${i}`],
      );
      residents.push(new GraphqlClient(api.url, { cookie: await sessionCookie(api, dataSource, id) }));
    }
    const watch = new Watch(socket(), TURNOUT, { pollId: poll.id });
    await subscribedInstances(poll.id, 1);

    // Two votes one after the other, then the rest at once.
    const cast = async (resident: GraphqlClient, i: number) => {
      const response = await resident.request<{ castVote: { receipt: string } }>(CAST_VOTE, {
        input: { pollId: poll.id, choices: [poll.optionIds[i % 2]] },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.castVote.receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    };
    await cast(residents[0], 0);
    await watch.until(1);
    await cast(residents[1], 1);
    await watch.until(2);
    await Promise.all(residents.slice(2).map((resident, i) => cast(resident, i + 2)));
    await watch.until(voters);

    const counts = watch.voters;
    expect(counts.slice(0, 2)).toEqual([1, 2]);
    expect(counts.at(-1)).toBe(voters);
    // Concurrent votes may be reported together or one by one (coalescing is shown above), never backwards.
    expect(counts.every((count, i) => i === 0 || count >= counts[i - 1])).toBe(true);
  });

  it('answers a draft or unknown poll with NOT_FOUND and ends the subscription', async () => {
    const draft = await createPoll('draft');
    const client = socket();
    for (const pollId of [draft.id, '7f0c6c1e-2b7a-4c55-9d0e-7a3f1b2c4d5e', 'not-a-uuid']) {
      const watch = new Watch(client, TURNOUT, { pollId });
      expect(await watch.ended).toEqual({ kind: 'complete' });
      expect(watch.results).toHaveLength(1);
      expect(watch.results[0].data ?? null).toBeNull();
      expect(watch.results[0].errors).toEqual([
        expect.objectContaining({ message: 'No such poll', extensions: { code: 'NOT_FOUND' } }),
      ]);
    }
  });

  it.each([
    ['a query', '{ __typename }'],
    ['a mutation', 'mutation { logout }'],
    ['a subscription sent together with a query', `${TURNOUT} query Other { __typename }`],
  ])('refuses %s over the socket', async (_label, query) => {
    const poll = await createPoll();
    const watch = new Watch(socket(), query, { pollId: poll.id });
    const ended = await watch.ended;
    expect(ended.kind).toBe('error');
    expect(ended.kind === 'error' && ended.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Only one subscription/), extensions: { code: 'BAD_REQUEST' } }),
    ]);
    expect(watch.results).toEqual([]);
  });

  it('answers a malformed subscription with GRAPHQL_PARSE_FAILED', async () => {
    const ended = await new Watch(socket(), 'subscription { pollTurnout(', {}).ended;
    expect(ended.kind === 'error' && ended.errors.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const poll = await createPoll();
    const ended = await new Watch(socket(), `subscription { pollTurnout(pollId: "${poll.id}") { pollId ballots } }`, {}).ended;
    expect(ended.kind === 'error' && ended.errors.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it(`refuses a subscription nested deeper than ${MAX_QUERY_DEPTH} levels`, async () => {
    // PollTurnout has scalars only, so (as in graphql-hardening) the deep document is otherwise
    // invalid too; what matters is that the depth rule runs on the socket as well.
    const poll = await createPoll();
    const depth = MAX_QUERY_DEPTH + 2;
    const query = `subscription { pollTurnout(pollId: "${poll.id}") { ${'voters { '.repeat(depth)}pollId${' }'.repeat(depth)} } }`;
    const watch = new Watch(socket(), query, {});
    const ended = await watch.ended;
    expect(ended.kind).toBe('error');
    const errors = ended.kind === 'error' ? ended.errors : [];
    expect(errors.some((error) => new RegExp(`exceeds maximum operation depth of ${MAX_QUERY_DEPTH}`).test(error.message))).toBe(true);
    expect(errors.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(watch.results).toEqual([]);
  });

  it(`refuses more than ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions on one socket and keeps the others running`, async () => {
    const poll = await createPoll();
    const client = socket();
    const watches = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () => new Watch(client, TURNOUT, { pollId: poll.id }));
    const refused = new Watch(client, TURNOUT, { pollId: poll.id });
    const ended = await refused.ended;
    expect(ended.kind === 'error' && ended.errors.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);

    const turnout = turnoutOf(api);
    await primed(poll.id, watches, turnout);
    await addVoters(poll.id, 2);
    turnout.voteRecorded(poll.id);
    await Promise.all(watches.map((watch) => watch.until(2)));
    for (const watch of watches) expect(afterPriming(watch)).toEqual([2]);
    expect(refused.results).toEqual([]);
  });

  describe('two API instances on one database and one Redis', () => {
    let second: TestApi;

    beforeAll(async () => {
      second = await startTestApi({ DATABASE_URL: api.database.url, QUEUE_PREFIX: api.config.queuePrefix });
    });
    afterAll(() => second?.close());

    it('delivers a vote recorded on one instance to subscribers of both', async () => {
      const poll = await createPoll();
      const onSecond = new Watch(socket(second), TURNOUT, { pollId: poll.id });
      const alsoOnSecond = new Watch(socket(second), TURNOUT, { pollId: poll.id });
      const onFirst = new Watch(socket(api), TURNOUT, { pollId: poll.id });
      await primed(poll.id, [onSecond, alsoOnSecond, onFirst], turnoutOf(api));

      await addVoters(poll.id, 3);
      turnoutOf(api).voteRecorded(poll.id);
      await Promise.all([onSecond.until(3), alsoOnSecond.until(3), onFirst.until(3)]);

      await addVoters(poll.id, 1);
      turnoutOf(second).voteRecorded(poll.id);
      await Promise.all([onSecond.until(4), alsoOnSecond.until(4), onFirst.until(4)]);

      for (const watch of [onSecond, alsoOnSecond, onFirst]) expect(afterPriming(watch)).toEqual([3, 4]);
    });
  });
});
