#!/usr/bin/env node
/**
 * Votes benchmark: casting votes through GraphQL under concurrency.
 *
 * - castVote: `votes` residents (confirmed accounts, each with a server-side session and a signed
 *   cookie, written set-based) vote once each in a published, open single-choice poll through
 *   `castVote` over HTTP, with 50, 200 and 500 voters in flight at a time; a fresh poll per level.
 *   Reported: throughput (votes/s over the whole level) and per-vote latency p50/p99 as the
 *   caller sees it.
 * - Baseline, same run, same database, same concurrency: bare `pg` writing the same rows, one
 *   transaction per vote (the roll row with ON CONFLICT DO NOTHING RETURNING id, and a sealed
 *   ballot of the size the API wrote), over a pool as large as the API's (node-postgres default,
 *   10), again into a fresh poll per level.
 *   The API does more per vote: session load and touch (rolling sessions), the account, the poll
 *   FOR KEY SHARE with its options, eligibility, ballot check, HMAC seal key, AES-GCM seal, and
 *   the turnout publish (coalesced).
 * - For reference: castVote one at a time (service time), `{ me { id } }` on the same sessions at
 *   50 in flight (the floor of HTTP, session, Passport and GraphQL), and the statements one
 *   castVote sends (through the recording proxy of support.mjs, after the timed runs).
 *
 * Needs the built API (`npx nx build api`), PostgreSQL (DATABASE_URL or 127.0.0.1:5432) and Redis
 * (REDIS_URL or 127.0.0.1:6379). The load generator shares the machine with the API and the
 * database, so compare ratios rather than absolute figures across machines.
 * Usage:
 *   node benches/votes.bench.mjs [votesPerLevel]      (default 2000)
 * Figures, never assertions.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { admin as adminOn, databaseUrl, dropQueueKeys as dropKeys, freePort, log, percentile, startApi, statementRecorder } from './support.mjs';

const VOTES = Number(process.argv[2] ?? 2000);
const LEVELS = [50, 200, 500];
const WARMUP = Math.min(200, VOTES);
const API_POOL_SIZE = 10; // TypeORM's pg pool default; the API does not set one
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_votes_${Date.now().toString(36)}`;
const queuePrefix = `bench_${Date.now()}`;
const SESSION_SECRET = 'benchmark-secret-benchmark-secret-123';
const admin = (sql) => adminOn(serverUrl, sql);

const CAST_VOTE = `mutation Cast($input: CastVoteInput!) { castVote(input: $input) { receipt replacedEarlierVote } }`;

/** Voter accounts with sessions as express-session and Passport store them, and signed cookies. */
async function createVoters(pool, count) {
  const { rows } = await pool.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     SELECT 'voter' || i || '@bench.test', 'Wählerin ' || i, 'not-a-hash', 'resident', now(), now()
       FROM generate_series(1, $1) i
     RETURNING id`,
    [count],
  );
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const sids = rows.map(() => randomBytes(24).toString('base64url'));
  const sessions = rows.map((row) =>
    JSON.stringify({
      cookie: { originalMaxAge: 86_400_000, expires: expires.toISOString(), httpOnly: true, path: '/', sameSite: 'lax', secure: false },
      passport: { user: row.id },
    }),
  );
  await pool.query(`INSERT INTO user_sessions (sid, sess, expire) SELECT s, j::json, $3 FROM unnest($1::text[], $2::text[]) AS t(s, j)`, [
    sids,
    sessions,
    expires,
  ]);
  return rows.map((row, i) => {
    const signature = createHmac('sha256', SESSION_SECRET).update(sids[i]).digest('base64').replace(/=+$/, '');
    return { id: row.id, cookie: `mitreden.sid=${encodeURIComponent(`s:${sids[i]}.${signature}`)}` };
  });
}

async function createPoll(pool, processId, slug) {
  const [{ id }] = (
    await pool.query(
      `INSERT INTO polls (process_id, slug, question, method, opens_at, closes_at, status, published_at)
       VALUES ($1, $2, '{"de": "Wie soll der neue Integrationsplan heißen?"}', 'single', now() - interval '1 hour',
               now() + interval '1 day', 'published', now())
       RETURNING id`,
      [processId, slug],
    )
  ).rows;
  const options = (
    await pool.query(
      `INSERT INTO poll_options (poll_id, position, label)
       SELECT $1, o, jsonb_build_object('de', 'Vorschlag ' || o) FROM generate_series(1, 4) o RETURNING id`,
      [id],
    )
  ).rows.map((row) => row.id);
  return { id, options };
}

/** Runs `count` calls with `concurrency` in flight; latency per call, throughput over the whole run. */
async function load(concurrency, count, work) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let firstError;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const begun = performance.now();
        try {
          await work(i);
        } catch (error) {
          failures += 1;
          firstError ??= error;
        }
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  if (failures) log(`${failures} of ${count} failed, first: ${firstError?.message ?? firstError}`);
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}

async function main() {
  const startLoad = loadavg()[0].toFixed(1);
  await admin(`CREATE DATABASE ${database}`);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET,
    BALLOT_SECRET: 'benchmark-ballots-benchmark-ballots-456',
    DATABASE_URL: databaseUrl(serverUrl, database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PUBLIC_URL: 'http://127.0.0.1',
    SMTP_URL: 'smtp://127.0.0.1:1',
  };
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: API_POOL_SIZE, idleTimeoutMillis: 0 });
  let api;
  try {
    const migrated = spawnSync(process.execPath, ['dist/apps/api/main.js', 'migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (migrated.status !== 0) throw new Error('api migrate failed');
    const [{ id: processId }] = (
      await pool.query(`INSERT INTO processes (slug, title, is_current) VALUES ('bench', '{"de": "Benchmark"}', true) RETURNING id`)
    ).rows;
    const voters = await createVoters(pool, VOTES);
    await pool.query('VACUUM ANALYZE');
    log(`${voters.length} voters with sessions`);

    api = await startApi(env, await freePort());
    const castVote = (poll) => async (i) => {
      const response = await fetch(api.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: voters[i].cookie },
        body: JSON.stringify({ query: CAST_VOTE, variables: { input: { pollId: poll.id, choices: [poll.options[i % poll.options.length]] } } }),
      });
      const body = await response.json();
      if (!body.data?.castVote?.receipt) throw new Error(JSON.stringify(body.errors ?? body));
    };

    // Warm-up (JIT, pools, statement caches), then the size of a sealed ballot the API writes.
    const warm = await createPoll(pool, processId, 'bench-warmup');
    await load(50, WARMUP, castVote(warm));
    const [{ size }] = (await pool.query(`SELECT max(octet_length(sealed))::int AS size FROM poll_sealed_ballots WHERE poll_id = $1`, [warm.id])).rows;

    const bareVote = (poll) => async (i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const roll = await client.query(
          `INSERT INTO poll_voters (poll_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`,
          [poll.id, voters[i].id],
        );
        if (!roll.rowCount) throw new Error('already voted');
        await client.query(`INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3)`, [
          randomBytes(32).toString('base64url'),
          poll.id,
          randomBytes(size),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    await load(50, WARMUP, bareVote(await createPoll(pool, processId, 'bench-warmup-pg')));

    // Reference points: one vote at a time (service time), and the cheapest authenticated query on
    // the same sessions at 50 in flight (the floor of HTTP + session + Passport + GraphQL).
    const serial = await load(1, Math.ceil(VOTES / 4), castVote(await createPoll(pool, processId, 'bench-graphql-1')));
    const me = await load(50, VOTES, async (i) => {
      const response = await fetch(api.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: voters[i].cookie },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = await response.json();
      if (body.data?.me?.id !== voters[i].id) throw new Error(JSON.stringify(body.errors ?? body));
    });

    const results = [];
    for (const concurrency of LEVELS) {
      const graphqlPoll = await createPoll(pool, processId, `bench-graphql-${concurrency}`);
      const graphql = await load(concurrency, VOTES, castVote(graphqlPoll));
      const barePoll = await createPoll(pool, processId, `bench-pg-${concurrency}`);
      const bare = await load(concurrency, VOTES, bareVote(barePoll));
      const [counts] = (
        await pool.query(
          `SELECT (SELECT count(*) FROM poll_voters WHERE poll_id = $1)::int AS roll,
                  (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1)::int AS sealed`,
          [graphqlPoll.id],
        )
      ).rows;
      log(`${concurrency} in flight: GraphQL ${graphql.perSecond.toFixed(0)}/s, bare pg ${bare.perSecond.toFixed(0)}/s; roll ${counts.roll}, sealed ${counts.sealed}`);
      results.push({ concurrency, graphql, bare, counts });
    }

    // Statements one castVote sends (transaction control not counted), through a recording proxy.
    await api.stop();
    api = undefined;
    const recorder = statementRecorder({ host: new URL(env.DATABASE_URL).hostname, port: Number(new URL(env.DATABASE_URL).port || 5432) });
    const proxyPort = await freePort();
    await new Promise((resolve) => recorder.server.listen(proxyPort, '127.0.0.1', resolve));
    api = await startApi({ ...env, DATABASE_URL: Object.assign(new URL(env.DATABASE_URL), { host: `127.0.0.1:${proxyPort}` }).toString() }, await freePort());
    const counted = await createPoll(pool, processId, 'bench-statements');
    await castVote(counted)(0); // warms the API's caches first
    recorder.state.counting = true;
    await castVote(counted)(1);
    recorder.state.counting = false;
    const statements = recorder.state.statements.map((statement) => statement.text.replace(/\s+/g, ' ').trim().slice(0, 60));
    await api.stop();
    api = undefined;
    recorder.server.close();

    const f = (value, digits = 1) => value.toFixed(digits);
    console.log(`Votes benchmark: ${VOTES} votes per level, fresh poll per level; sealed ballot ${size} bytes; ` +
      `API and bare pg pools ${API_POOL_SIZE} connections; ${cpus().length} CPUs shared by load generator, API, PostgreSQL and Redis ` +
      `(load average at the start ${startLoad}, at the end ${loadavg()[0].toFixed(1)}).`);
    console.log('');
    console.log('| in flight | GraphQL castVote votes/s | p50 ms | p99 ms | bare pg votes/s | p50 ms | p99 ms | throughput GraphQL/bare | p99 GraphQL/bare | failures | roll / sealed rows |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { concurrency, graphql, bare, counts } of results) {
      console.log(
        `| ${concurrency} | ${f(graphql.perSecond, 0)} | ${f(graphql.p50)} | ${f(graphql.p99)} | ${f(bare.perSecond, 0)} | ${f(bare.p50)} | ${f(bare.p99)} | ` +
          `${f(graphql.perSecond / bare.perSecond, 2)} | ${f(graphql.p99 / bare.p99, 1)}× | ${graphql.failures + bare.failures} | ${counts.roll} / ${counts.sealed} |`,
      );
    }
    console.log('');
    console.log(`One vote at a time (${Math.ceil(VOTES / 4)} votes): ${f(serial.perSecond, 0)} votes/s, p50 ${f(serial.p50)} ms, p99 ${f(serial.p99)} ms.`);
    console.log(`Reference, \`{ me { id } }\` with the same sessions, 50 in flight: ${f(me.perSecond, 0)} requests/s, p50 ${f(me.p50)} ms, p99 ${f(me.p99)} ms.`);
    console.log(`One castVote sends ${statements.length} SQL statements besides BEGIN/COMMIT (bare pg: 2):`);
    for (const statement of statements) console.log(`  ${statement}`);
  } finally {
    await api?.stop();
    await pool.end();
    await dropKeys(redisUrl, queuePrefix).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
