#!/usr/bin/env node
/**
 * Proposals benchmark (issue 3): the GraphQL `proposals` listing on a process with 100k proposals,
 * 1M supports and 300k comments — p50/p95 latency and SQL statements per request — and the
 * `supportProposal` mutation through GraphQL with a logged-in session against a bare `pg` INSERT
 * of the same rows, as a ratio measured in the same run. Figures, never assertions.
 *
 * Data: a scratch database, migrated and seeded like `npm start`, then filled set-based with
 * `generate_series` (deterministic: `setseed`). The counter triggers on supports and comments are
 * switched off during the bulk load only and the counters computed in one UPDATE afterwards (1.3M
 * single-row trigger updates would take minutes on a small machine); every timed request runs
 * with the triggers on. Foreign keys, checks and indexes stay on throughout.
 *
 * SQL statements per request are counted by a small PostgreSQL wire-protocol proxy between the API
 * and the database (Query and Execute messages; BEGIN/COMMIT/ROLLBACK/SAVEPOINT left out). The
 * timed runs use a second API process that talks to PostgreSQL directly, so the proxy costs nothing.
 *
 * Needs the built API (`npx nx build api`), PostgreSQL (DATABASE_URL or 127.0.0.1:5432) and Redis
 * (REDIS_URL or 127.0.0.1:6379). Usage:
 *   npx nx build api && node benches/proposals.bench.mjs [iterations]    (default 100)
 * BENCH_SCALE=0.1 loads a tenth of the data (quick check of the script itself).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { admin as adminOn, annexTexts, databaseUrl, freePort, graphqlClient, log, percentile, startApi, statementRecorder, timed as timeCalls } from './support.mjs';

const iterations = Number(process.argv[2] ?? 100);
const warmup = Math.max(5, Math.floor(iterations / 5));
const scale = Number(process.env.BENCH_SCALE ?? 1);
const PROPOSALS = Math.round(100_000 * scale);
const SUPPORTS_TARGET = Math.round(1_000_000 * scale);
const COMMENTS = Math.round(300_000 * scale);
const USERS = 20_000;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_proposals_${Date.now().toString(36)}`;
const withDatabase = (name) => databaseUrl(serverUrl, name);
const admin = (sql) => adminOn(serverUrl, sql);
const timed = (work, count = iterations) => timeCalls(work, { count, warmup: Math.min(warmup, count) });
const PASSWORD = 'mitreden-demo-2026';



async function load(pool) {
  const texts = annexTexts();
  const towns = ['Hannover', 'Laatzen', 'Garbsen', 'Ronnenberg', 'Langenhagen', 'Lehrte', 'Neustadt', 'Burgdorf', 'Seelze', 'Hemmingen'];
  const q = (sql, parameters) => pool.query(sql, parameters);
  const step = async (label, work) => {
    const start = performance.now();
    await work();
    log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  const [{ id: processId }] = (await q(`SELECT id FROM processes WHERE slug = 'wir-sind-hannover'`)).rows;
  await q(`SELECT setseed(0.2014)`);
  await step(`${USERS} users`, () =>
    q(
      `INSERT INTO users (email, display_name, password_hash, role, locale, email_confirmed_at, privacy_accepted_at)
       SELECT 'bench' || n || '@bench.test', 'Bench ' || n, (SELECT password_hash FROM users WHERE email = 'resident@mitreden.test'),
              'resident', 'de', now(), now()
         FROM generate_series(1, $1) n`,
      [USERS],
    ),
  );
  await q(`CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM users WHERE email LIKE 'bench%@bench.test'`);
  await q(`CREATE UNIQUE INDEX ON bench_users (n)`);
  await q(
    `CREATE TEMP TABLE bench_forums AS
       SELECT row_number() OVER (ORDER BY title->>'de') - 1 AS k, id, action_field_id FROM forums WHERE process_id = $1`,
    [processId],
  );
  await q(`SELECT setseed(0.2014)`);
  // Titles and bodies recombine the annex's German texts, so full-text search meets real words.
  await step(`${PROPOSALS} proposals`, () =>
    q(
      `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, language, source, author_id, entered_by_id,
                              participant_count, created_at, updated_at)
       SELECT $1, fo.action_field_id, fo.id, CASE WHEN g.n % 5 = 0 THEN 'goal' ELSE 'measure' END,
              left(($2::text[])[1 + g.n % cardinality($2::text[])], 170) || ' (' || ($3::text[])[1 + (g.n / 7) % cardinality($3::text[])] || ')',
              ($2::text[])[1 + (g.n * 7) % cardinality($2::text[])] || E'\n\n' || ($2::text[])[1 + (g.n * 13) % cardinality($2::text[])]
                || E'\n\n' || ($2::text[])[1 + (g.n * 31) % cardinality($2::text[])],
              'de', g.source,
              CASE WHEN g.source = 'online' THEN bu.id END,
              CASE WHEN g.source <> 'online' THEN (SELECT id FROM users WHERE email = 'moderator@mitreden.test') END,
              CASE WHEN g.source = 'forum' THEN 5 + g.n % 36 END,
              now() - interval '14 days' + (g.n::float / $4) * interval '13 days',
              now() - interval '14 days' + (g.n::float / $4) * interval '13 days'
         FROM (SELECT n, CASE WHEN r < 0.6 THEN 'online' WHEN r < 0.85 THEN 'forum' ELSE 'paper' END AS source
                 FROM (SELECT n, random() AS r FROM generate_series(0, $4 - 1) n) x) g
         JOIN bench_forums fo ON fo.k = g.n % 8
         JOIN bench_users bu ON bu.n = (g.n * 7919) % ${USERS}
        ORDER BY g.n`,
      [processId, texts, towns, PROPOSALS],
    ),
  );
  await q(`CREATE TEMP TABLE bench_proposals AS SELECT row_number() OVER (ORDER BY number) - 1 AS n, id, created_at FROM proposals WHERE process_id = $1`, [
    processId,
  ]);
  await q(`CREATE UNIQUE INDEX ON bench_proposals (n)`);
  // Counters by one UPDATE after the load; the triggers are back on before anything is measured.
  await q(`ALTER TABLE supports DISABLE TRIGGER supports_count_added`);
  await q(`ALTER TABLE supports DISABLE TRIGGER supports_count_removed`);
  await q(`ALTER TABLE comments DISABLE TRIGGER comments_count`);
  try {
    // Skewed like real interest: most proposals get none or a few supports, some up to 41.
    const perProposal = Math.round((SUPPORTS_TARGET / PROPOSALS + 0.5) * 4); // E[floor(k·u³)] ≈ k/4 − 1/2
    await q(`SELECT setseed(0.2015)`);
    await step(`supports`, () =>
      q(
        `INSERT INTO supports (proposal_id, user_id, created_at)
         SELECT p.id, u.id, p.created_at + interval '1 hour'
           FROM (SELECT n, id, created_at, floor(power(random(), 3) * $1)::int AS k FROM bench_proposals) p
           CROSS JOIN LATERAL generate_series(0, p.k - 1) g(i)
           JOIN bench_users u ON u.n = (p.n * 7919 + g.i * 104729) % ${USERS}`,
        [Math.min(USERS, perProposal)],
      ),
    );
    await q(`SELECT setseed(0.2016)`);
    const roots = Math.round(COMMENTS * 0.7);
    await step(`comments`, async () => {
      await q(
        `INSERT INTO comments (proposal_id, depth, author_id, body, created_at)
         SELECT p.id, 0, u.id, ($1::text[])[1 + g.i % cardinality($1::text[])], p.created_at + interval '2 hours'
           FROM (SELECT i, floor(power(random(), 3) * ${PROPOSALS})::int AS target FROM generate_series(0, $2 - 1) i) g
           JOIN bench_proposals p ON p.n = g.target
           JOIN bench_users u ON u.n = (g.i * 31) % ${USERS}`,
        [texts, roots],
      );
      await q(
        `INSERT INTO comments (proposal_id, parent_id, depth, author_id, body, created_at)
         SELECT c.proposal_id, c.id, 1, u.id, 'Antwort: ' || left(c.body, 200), c.created_at + interval '1 hour'
           FROM (SELECT id, proposal_id, body, created_at, row_number() OVER () AS i FROM comments ORDER BY random() LIMIT $1) c
           JOIN bench_users u ON u.n = (c.i * 17) % ${USERS}`,
        [COMMENTS - roots],
      );
    });
    await step('counters', () =>
      q(
        `UPDATE proposals p SET support_count = coalesce(s.count, 0), comment_count = coalesce(c.count, 0)
           FROM proposals x
           LEFT JOIN (SELECT proposal_id, count(*) AS count FROM supports GROUP BY 1) s ON s.proposal_id = x.id
           LEFT JOIN (SELECT proposal_id, count(*) AS count FROM comments WHERE deleted_at IS NULL GROUP BY 1) c ON c.proposal_id = x.id
          WHERE p.id = x.id AND x.process_id = $1`,
        [processId],
      ),
    );
  } finally {
    await q(`ALTER TABLE supports ENABLE TRIGGER supports_count_added`);
    await q(`ALTER TABLE supports ENABLE TRIGGER supports_count_removed`);
    await q(`ALTER TABLE comments ENABLE TRIGGER comments_count`);
  }
  await step('vacuum analyze', () => q(`VACUUM ANALYZE`));
  const [counts] = (
    await q(`SELECT (SELECT count(*) FROM proposals)::int AS proposals, (SELECT count(*) FROM supports)::int AS supports,
                    (SELECT count(*) FROM comments)::int AS comments, (SELECT max(support_count) FROM proposals) AS top_supports`)
  ).rows;
  return { processId, counts };
}

const LIST = `query List($filter: ProposalFilter!, $sort: ProposalSort, $seed: String, $first: Int, $after: String) {
  proposals(filter: $filter, sort: $sort, seed: $seed, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id number kind title source state supportCount commentCount supportedByMe followedByMe
            author { displayName } actionField { id title } forum { id title } }
  }
}`;

async function main() {
  const started = performance.now();
  await admin(`CREATE DATABASE ${database}`);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-123',
    BALLOT_SECRET: 'benchmark-ballots-benchmark-ballots-456',
    DATABASE_URL: withDatabase(database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `bench_${Date.now()}`,
    PUBLIC_URL: 'http://127.0.0.1',
    AUTH_RATE_LIMIT_POINTS: '100000',
  };
  // One connection that never idles out: the load keeps numbered temp tables on it.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1, idleTimeoutMillis: 0 });
  const counter = statementRecorder({ host: new URL(env.DATABASE_URL).hostname, port: Number(new URL(env.DATABASE_URL).port || 5432) });
  let api;
  try {
    for (const command of ['migrate', 'seed']) {
      const result = spawnSync(process.execPath, ['dist/apps/api/main.js', command], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`api ${command} failed`);
    }
    const { processId, counts } = await load(pool);
    log(`data ready in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    const fields = (await pool.query(`SELECT id FROM action_fields WHERE process_id = $1 ORDER BY position`, [processId])).rows;

    const cases = [
      { name: 'newest, first page', variables: { sort: 'NEWEST' } },
      { name: 'newest, page 101 (after 5,000)', variables: { sort: 'NEWEST' }, deep: true },
      { name: 'most supported, first page', variables: { sort: 'MOST_SUPPORTED' } },
      { name: 'most supported, page 101', variables: { sort: 'MOST_SUPPORTED' }, deep: true },
      { name: 'most discussed, first page', variables: { sort: 'MOST_DISCUSSED' } },
      { name: 'most discussed, page 101', variables: { sort: 'MOST_DISCUSSED' }, deep: true },
      { name: 'random (seeded), first page', variables: { sort: 'RANDOM', seed: 'bench' } },
      { name: 'random (seeded), page 101', variables: { sort: 'RANDOM', seed: 'bench' }, deep: true },
      { name: 'filter: action field + measures, newest', variables: { sort: 'NEWEST', filter: { actionFieldId: fields[3].id, kind: 'MEASURE' } } },
      { name: 'search "Sprachkurse", newest', variables: { sort: 'NEWEST', filter: { search: 'Sprachkurse' } } },
      { name: 'search "Sprachkurse" + filter, most supported', variables: { sort: 'MOST_SUPPORTED', filter: { search: 'Sprachkurse', source: 'ONLINE' } } },
    ].map((entry) => ({ ...entry, variables: { first: 50, ...entry.variables, filter: { processId, ...(entry.variables.filter ?? {}) } } }));

    // 1. Statements per request, through the counting proxy.
    const proxyPort = await freePort();
    await new Promise((resolve) => counter.server.listen(proxyPort, '127.0.0.1', resolve));
    const proxiedUrl = Object.assign(new URL(env.DATABASE_URL), { host: `127.0.0.1:${proxyPort}` }).toString();
    api = await startApi({ ...env, DATABASE_URL: proxiedUrl }, await freePort());
    let graphql = graphqlClient(api.endpoint);
    await graphql(`mutation($input: LoginInput!) { login(input: $input) { id } }`, { input: { email: 'bench1@bench.test', password: PASSWORD } });
    for (const entry of cases) {
      if (entry.deep) {
        let after = null;
        for (let page = 0; page < 100; page++) {
          const data = await graphql(LIST, { ...entry.variables, after });
          after = data.proposals.pageInfo.endCursor;
          if (!after) break;
        }
        entry.variables = { ...entry.variables, after };
      }
      await graphql(LIST, entry.variables); // warm the statement cache before counting
      counter.state.statements = [];
      counter.state.counting = true;
      const data = await graphql(LIST, entry.variables);
      counter.state.counting = false;
      entry.statements = counter.state.statements;
      entry.rows = data.proposals.nodes.length;
      entry.total = data.proposals.totalCount;
    }
    const supportTargets = (await pool.query(`SELECT id FROM bench_proposals ORDER BY md5(id::text) LIMIT $1`, [iterations * 2 + warmup * 2])).rows.map((row) => row.id);
    const SUPPORT = `mutation($id: ID!) { supportProposal(id: $id) { id supportCount supportedByMe } }`;
    counter.state.statements = [];
    counter.state.counting = true;
    await graphql(SUPPORT, { id: supportTargets.at(-1) });
    counter.state.counting = false;
    const supportStatements = counter.state.statements.length;
    await api.stop();
    api = undefined;
    counter.server.close();

    // 2. Timing, against an API that talks to PostgreSQL directly.
    api = await startApi(env, await freePort());
    graphql = graphqlClient(api.endpoint);
    await graphql(`mutation($input: LoginInput!) { login(input: $input) { id } }`, { input: { email: 'bench1@bench.test', password: PASSWORD } });
    const [{ id: userId }] = (await pool.query(`SELECT id FROM users WHERE email = 'bench1@bench.test'`)).rows;
    await pool.query(`DELETE FROM supports WHERE user_id = $1`, [userId]);
    for (const entry of cases) {
      log(`timing: ${entry.name}`);
      entry.timing = await timed(() => graphql(LIST, entry.variables));
      // Baseline: the very statements this request sent (session included), replayed one after
      // another with bare pg; the API may overlap independent ones on its pool, so it can be faster.
      const perStatement = entry.statements.map(() => []);
      entry.replay = await timed(async () => {
        for (const [i, statement] of entry.statements.entries()) {
          const start = performance.now();
          await pool.query(statement.text, statement.params);
          perStatement[i].push(performance.now() - start);
        }
      });
      entry.slowest = perStatement
        .map((samples, i) => ({ ms: percentile([...samples].sort((a, b) => a - b), 50), text: entry.statements[i].text.replace(/\s+/g, ' ').trim() }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 2);
    }
    // Same rows both ways: bench1 supports the same proposals, first by bare INSERT, then by GraphQL.
    const targets = supportTargets.slice(0, iterations + warmup);
    let index = 0;
    const bare = await timed(() => pool.query(`INSERT INTO supports (proposal_id, user_id) VALUES ($1, $2)`, [targets[index++], userId]), iterations);
    await pool.query(`DELETE FROM supports WHERE user_id = $1`, [userId]);
    index = 0;
    const viaGraphql = await timed(() => graphql(SUPPORT, { id: targets[index++] }), iterations);
    const [{ count: supported }] = (await pool.query(`SELECT count(*)::int AS count FROM supports WHERE user_id = $1`, [userId])).rows;

    console.log(
      `\nProposals benchmark: ${counts.proposals.toLocaleString('en')} proposals, ${counts.supports.toLocaleString('en')} supports, ` +
        `${counts.comments.toLocaleString('en')} comments; ${iterations} sequential requests per case after ${warmup} warm-up, ` +
        `logged in, 50 per page.\n`,
    );
    console.log('| `proposals` listing | rows | total | p50 ms | p95 ms | SQL statements (session) | same SQL, sequential bare pg, p50 ms | ratio p50 |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const entry of cases) {
      const session = entry.statements.filter((statement) => /user_sessions|FROM "?users"?/i.test(statement.text)).length;
      console.log(
        `| ${entry.name} | ${entry.rows} | ${entry.total} | ${entry.timing.p50.toFixed(1)} | ${entry.timing.p95.toFixed(1)} | ` +
          `${entry.statements.length} (${session}) | ${entry.replay.p50.toFixed(1)} | ${(entry.timing.p50 / entry.replay.p50).toFixed(1)}× |`,
      );
    }
    console.log('\nSlowest statements per case (p50 ms, bare pg):');
    for (const entry of cases) {
      console.log(`- ${entry.name}: ${entry.slowest.map((statement) => `${statement.ms.toFixed(1)} ms \`${statement.text.slice(0, 90)}…\``).join('; ')}`);
    }
    log(`statements of "${cases[0].name}":\n${cases[0].statements.map((statement) => `  ${statement.text.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n')}`);
    console.log(`\n| support | p50 ms | p95 ms | mean ms | SQL statements |`);
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| bare pg INSERT (trigger keeps the counter) | ${bare.p50.toFixed(2)} | ${bare.p95.toFixed(2)} | ${bare.mean.toFixed(2)} | 1 |`);
    console.log(
      `| GraphQL supportProposal (session cookie) | ${viaGraphql.p50.toFixed(2)} | ${viaGraphql.p95.toFixed(2)} | ${viaGraphql.mean.toFixed(2)} | ${supportStatements} |`,
    );
    console.log(`\nsupportProposal / bare INSERT: ${(viaGraphql.p50 / bare.p50).toFixed(1)}× at p50, ${(viaGraphql.mean / bare.mean).toFixed(1)}× mean (${supported} supports written).`);
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await api?.stop();
    counter.server.close();
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
