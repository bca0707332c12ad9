#!/usr/bin/env node
/**
 * Moderation benchmark: what the API adds on top of PostgreSQL for the three moderation paths that
 * touch the most rows — a resident's `report`, a moderator's `moderationQueue(first: 20)` over a
 * backlog of 5,000 open reports on 2,000 items from 500 reporters, and `mergeProposals` of two
 * proposals with 2,000 supporters each (half of them shared). Each is compared with bare `pg` doing
 * the core of the same work, measured in the same run on the same database, as a ratio (p50).
 * Figures, never assertions.
 *
 * Data: a scratch database, migrated and seeded like `npm start`, then filled set-based with
 * `generate_series` (deterministic: `setseed`): content proposals and comments, the report backlog
 * (skewed: a few items draw many reports, most one or two) and fresh proposal pairs for the merges,
 * since every merge consumes its pair. The counter triggers on supports and comments are off during
 * the bulk load only (counters computed in one UPDATE); every timed request runs with all triggers on.
 *
 * - report: the resident reports distinct comments and proposals (alternating); baseline: a bare
 *   `INSERT INTO reports … ON CONFLICT DO NOTHING` of the same rows (deleted again before the API
 *   files them). The API also locks the target, writes the audit log and checks the auto-hide threshold.
 * - moderationQueue: the default REPORTS page of 20 cases with reasons, reports and their items;
 *   baselines: the one GROUP BY that selects the same first page of cases, and the very statements
 *   the request sent, replayed one after another with bare pg.
 * - mergeProposals: into the first of the two sources (targetId); baseline: lock, state update,
 *   lineage and INSERT…SELECT DISTINCT of the supports in one transaction. The API also rewrites the
 *   target's wording, carries follows over, notifies every author and supporter (one outbox row each,
 *   handed to the BullMQ queue) and writes the audit log.
 *
 * SQL statements per request are counted by a small PostgreSQL wire-protocol proxy between the API
 * and the database (as in proposals.bench.mjs); the timed runs use a second API process that talks
 * to PostgreSQL directly. The mail jobs the merges queue in Redis (under a bench-only prefix, no
 * worker runs) are deleted at the end.
 *
 * Needs the built API (`npx nx build api`), PostgreSQL (DATABASE_URL or 127.0.0.1:5432) and Redis
 * (REDIS_URL or 127.0.0.1:6379). Usage:
 *   npx nx build api && node benches/moderation.bench.mjs [iterations]    (default 100; merges: a fifth)
 * BENCH_SCALE=0.1 loads a tenth of the data (quick check of the script itself).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { admin as adminOn, annexTexts, databaseUrl, dropQueueKeys as dropKeys, freePort, log, percentile, session, startApi, statementRecorder, timed as timeCalls } from './support.mjs';

const iterations = Number(process.argv[2] ?? 100);
const warmup = Math.max(5, Math.floor(iterations / 5));
const merges = Math.max(2, Math.ceil(iterations / 5));
const mergeWarmup = 3;
const scale = Number(process.env.BENCH_SCALE ?? 1);
const REPORTS = Math.round(5_000 * scale);
const ITEMS = Math.round(2_000 * scale); // every fourth a proposal, the rest comments
const REPORTERS = Math.max(10, Math.round(500 * scale));
const SUPPORTERS = Math.round(2_000 * scale); // per merge source; the two sources share half
const REPORT_TARGETS = iterations + warmup + 2; // of each kind, never in the backlog
const PROPOSALS = Math.round(4_000 * scale) + REPORT_TARGETS;
const COMMENTS = Math.round(12_000 * scale) + REPORT_TARGETS;
const PAIRS = 2 * (merges + mergeWarmup) + 1; // bare pg, GraphQL, one counted through the proxy
const USERS = Math.max(Math.ceil(SUPPORTERS * 1.5), REPORTERS) + 1;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_moderation_${Date.now().toString(36)}`;
const withDatabase = (name) => databaseUrl(serverUrl, name);
const admin = (sql) => adminOn(serverUrl, sql);
const dropQueueKeys = () => dropKeys(redisUrl, queuePrefix);
const timed = (work, count = iterations, warm = warmup) => timeCalls(work, { count, warmup: warm });
const queuePrefix = `bench_${Date.now()}`;



async function load(pool) {
  const texts = annexTexts();
  const q = (sql, parameters) => pool.query(sql, parameters);
  const step = async (label, work) => {
    const start = performance.now();
    await work();
    log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  const [{ id: processId }] = (await q(`SELECT id FROM processes WHERE slug = 'wir-sind-hannover'`)).rows;
  const [{ last }] = (await q(`SELECT coalesce(max(number), 0) AS last FROM proposals`)).rows;
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
  // Content proposals first (n < PROPOSALS), then the merge pairs (n = PROPOSALS + 2·pair + 0|1).
  await step(`${PROPOSALS} proposals + ${PAIRS} merge pairs`, () =>
    q(
      `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, language, source, author_id, created_at, updated_at)
       SELECT $1, fo.action_field_id, fo.id, CASE WHEN g.n % 5 = 0 THEN 'goal' ELSE 'measure' END,
              left(($2::text[])[1 + g.n % cardinality($2::text[])], 170) || ' (#' || g.n || ')',
              ($2::text[])[1 + (g.n * 7) % cardinality($2::text[])] || E'\n\n' || ($2::text[])[1 + (g.n * 13) % cardinality($2::text[])],
              'de', 'online', bu.id,
              now() - interval '14 days' + g.n * interval '1 minute', now() - interval '14 days' + g.n * interval '1 minute'
         FROM generate_series(0, $3 - 1) g(n)
         JOIN bench_forums fo ON fo.k = g.n % 8
         JOIN bench_users bu ON bu.n = (g.n * 7919) % ${USERS}
        ORDER BY g.n`,
      [processId, texts, PROPOSALS + 2 * PAIRS],
    ),
  );
  await q(`CREATE TEMP TABLE bench_proposals AS SELECT row_number() OVER (ORDER BY number) - 1 AS n, id, created_at FROM proposals WHERE number > $1`, [last]);
  await q(`CREATE UNIQUE INDEX ON bench_proposals (n)`);
  await q(`ALTER TABLE supports DISABLE TRIGGER supports_count_added`);
  await q(`ALTER TABLE supports DISABLE TRIGGER supports_count_removed`);
  await q(`ALTER TABLE comments DISABLE TRIGGER comments_count`);
  try {
    await step(`${COMMENTS} comments`, () =>
      q(
        `INSERT INTO comments (proposal_id, depth, author_id, body, created_at)
         SELECT p.id, 0, u.id, ($1::text[])[1 + g.i % cardinality($1::text[])], now() - interval '10 days' + g.i * interval '1 second'
           FROM generate_series(0, $2 - 1) g(i)
           JOIN bench_proposals p ON p.n = (g.i * 7919) % ${PROPOSALS}
           JOIN bench_users u ON u.n = (g.i * 31) % ${USERS}`,
        [texts, COMMENTS],
      ),
    );
    // Source 0 of a pair: users 0…S−1; source 1: users S/2…3S/2−1 — half shared.
    await step(`${2 * PAIRS * SUPPORTERS} supports on the merge pairs`, () =>
      q(
        `INSERT INTO supports (proposal_id, user_id, created_at)
         SELECT p.id, u.id, p.created_at + interval '1 hour'
           FROM bench_proposals p
          CROSS JOIN generate_series(0, $1 - 1) g(i)
           JOIN bench_users u ON u.n = g.i + CASE WHEN (p.n - $2) % 2 = 1 THEN $1 / 2 ELSE 0 END
          WHERE p.n >= $2`,
        [SUPPORTERS, PROPOSALS],
      ),
    );
    await step('counters', () =>
      q(
        `UPDATE proposals p SET support_count = (SELECT count(*) FROM supports s WHERE s.proposal_id = p.id),
                                comment_count = (SELECT count(*) FROM comments c WHERE c.proposal_id = p.id AND c.deleted_at IS NULL)
          WHERE p.number > $1`,
        [last],
      ),
    );
  } finally {
    await q(`ALTER TABLE supports ENABLE TRIGGER supports_count_added`);
    await q(`ALTER TABLE supports ENABLE TRIGGER supports_count_removed`);
    await q(`ALTER TABLE comments ENABLE TRIGGER comments_count`);
  }
  await q(`CREATE TEMP TABLE bench_comments AS SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, id FROM comments WHERE author_id IN (SELECT id FROM bench_users)`);
  await q(`CREATE UNIQUE INDEX ON bench_comments (n)`);
  // Report j goes to item ⌊ITEMS·(j/REPORTS)²⌋: the first items draw dozens, the last one or two;
  // consecutive reports of an item come from distinct reporters. Item i: proposal i/4 if i % 4 = 0, else comment i.
  await q(`SELECT setseed(0.2017)`);
  await step(`${REPORTS} open reports on ${ITEMS} items from ${REPORTERS} reporters`, () =>
    q(
      `INSERT INTO reports (reporter_id, target_type, proposal_id, comment_id, reason, details, created_at)
       SELECT u.id, CASE WHEN r.i % 4 = 0 THEN 'proposal' ELSE 'comment' END, bp.id, bc.id,
              (ARRAY['spam', 'offensive', 'off_topic', 'discriminatory', 'personal_data', 'other'])[1 + r.j % 6],
              CASE WHEN r.j % 6 = 5 THEN 'Bitte prüfen (' || r.j || ')' ELSE '' END,
              now() - random() * interval '7 days'
         FROM (SELECT j, least($1 - 1, floor($1 * power(j::float / $2, 2)))::int AS i FROM generate_series(0, $2 - 1) j) r
         JOIN bench_users u ON u.n = r.j % $3
         LEFT JOIN bench_proposals bp ON r.i % 4 = 0 AND bp.n = r.i / 4
         LEFT JOIN bench_comments bc ON r.i % 4 <> 0 AND bc.n = r.i
       ON CONFLICT (reporter_id, target_type, target_id) WHERE resolved_at IS NULL DO NOTHING`,
      [ITEMS, REPORTS, REPORTERS],
    ),
  );
  await step('vacuum analyze', () => q(`VACUUM ANALYZE`));
  const [counts] = (
    await q(`SELECT (SELECT count(*) FROM proposals)::int AS proposals, (SELECT count(*) FROM comments)::int AS comments,
                    (SELECT count(*) FROM supports)::int AS supports, (SELECT count(*) FROM reports WHERE resolved_at IS NULL)::int AS open_reports,
                    (SELECT count(DISTINCT (target_type, target_id)) FROM reports WHERE resolved_at IS NULL)::int AS reported_items,
                    (SELECT max(n) FROM (SELECT count(*) AS n FROM reports WHERE resolved_at IS NULL GROUP BY target_type, target_id) x)::int AS most_reports`)
  ).rows;
  // Report targets: the last proposals and comments, alternating, none of them in the backlog.
  const targets = (
    await q(
      `SELECT t.type, t.id FROM generate_series(1, $1) k
         CROSS JOIN LATERAL (VALUES (0, 'COMMENT', (SELECT id FROM bench_comments WHERE n = ${COMMENTS} - k)),
                                    (1, 'PROPOSAL', (SELECT id FROM bench_proposals WHERE n = ${PROPOSALS} - k))) t(o, type, id)
        ORDER BY k, t.o`,
      [REPORT_TARGETS],
    )
  ).rows;
  const pairs = (
    await q(`SELECT array_agg(id ORDER BY n) AS ids FROM bench_proposals WHERE n >= $1 GROUP BY (n - $1) / 2 ORDER BY (n - $1) / 2`, [PROPOSALS])
  ).rows.map((row) => row.ids);
  return { counts, targets, pairs };
}

const QUEUE = `query Queue($first: Int!) {
  moderationQueue(first: $first) {
    totalCount
    counts { reported hidden reviewRequests }
    cases { targetType targetId openReportCount lastReportedAt reasons { reason count }
            reports { id reason details createdAt reporter { id displayName } }
            hiding { id automatic reason hiddenAt }
            proposal { id number title state supportCount commentCount }
            comment { id body proposalId proposalNumber proposalTitle parentBody author { displayName } }
            user { id displayName role } }
  }
}`;
const REPORT = `mutation($input: ReportInput!) { report(input: $input) }`;
const MERGE = `mutation($input: MergeProposalsInput!) { mergeProposals(input: $input) { id state supportCount } }`;
const reportInput = (target, i) => ({ targetType: target.type, targetId: target.id, reason: ['SPAM', 'OFFENSIVE', 'OFF_TOPIC'][i % 3] });
const mergeInput = ([a, b]) => ({
  sourceIds: [a, b],
  targetId: a,
  title: 'Zusammengeführt: mehr Sprachkurse im Quartier',
  body: 'Beide Vorschläge fordern dasselbe; die Unterstützungen gelten jetzt hier.',
  note: 'Dubletten (Benchmark)',
});
const BARE_PAGE = `SELECT target_type, target_id, count(*)::int AS open_count, max(created_at) AS last_reported_at
                     FROM reports WHERE resolved_at IS NULL
                    GROUP BY target_type, target_id ORDER BY max(created_at) DESC, target_id LIMIT 20`;

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
    QUEUE_PREFIX: queuePrefix,
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
    const { counts, targets, pairs } = await load(pool);
    log(`data ready in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    const [{ id: residentId }] = (await pool.query(`SELECT id FROM users WHERE email = 'resident@mitreden.test'`)).rows;
    const [{ id: moderatorId }] = (await pool.query(`SELECT id FROM users WHERE email = 'moderator@mitreden.test'`)).rows;

    // 1. Statements per request, through the counting proxy (the second of two calls; one extra pair and two extra targets).
    const proxyPort = await freePort();
    await new Promise((resolve) => counter.server.listen(proxyPort, '127.0.0.1', resolve));
    api = await startApi({ ...env, DATABASE_URL: Object.assign(new URL(env.DATABASE_URL), { host: `127.0.0.1:${proxyPort}` }).toString() }, await freePort());
    const count = async (work) => {
      counter.state.statements = [];
      counter.state.counting = true;
      await work();
      counter.state.counting = false;
      return counter.state.statements;
    };
    let resident = await session(api.endpoint, 'resident@mitreden.test');
    let moderator = await session(api.endpoint, 'moderator@mitreden.test');
    await resident(REPORT, { input: reportInput(targets.at(-1), 0) });
    const reportStatements = await count(() => resident(REPORT, { input: reportInput(targets.at(-2), 0) }));
    await pool.query(`DELETE FROM reports WHERE reporter_id = $1 AND target_id = ANY($2::uuid[])`, [residentId, [targets.at(-1).id, targets.at(-2).id]]);
    await moderator(QUEUE, { first: 20 });
    const queueStatements = await count(() => moderator(QUEUE, { first: 20 }));
    const mergeStatements = await count(() => moderator(MERGE, { input: mergeInput(pairs.at(-1)) }));
    await api.stop();
    api = undefined;
    counter.server.close();

    // 2. Timing, against an API that talks to PostgreSQL directly.
    api = await startApi(env, await freePort());
    resident = await session(api.endpoint, 'resident@mitreden.test');
    moderator = await session(api.endpoint, 'moderator@mitreden.test');

    // Queue first: the resident's reports below would be the newest cases on its first page.
    log('timing: moderationQueue');
    let page;
    const queue = await timed(async () => (page = (await moderator(QUEUE, { first: 20 })).moderationQueue));
    let barePage;
    const queueBare = await timed(async () => (barePage = (await pool.query(BARE_PAGE)).rows));
    const perStatement = queueStatements.map(() => []);
    const queueReplay = await timed(async () => {
      for (const [i, statement] of queueStatements.entries()) {
        const start = performance.now();
        await pool.query(statement.text, statement.params);
        perStatement[i].push(performance.now() - start);
      }
    });
    const samePage = page.cases.map((c) => c.targetId).join() === barePage.map((row) => row.target_id).join();

    // Same rows both ways: the resident reports the same items, first by bare INSERT, then by GraphQL.
    log('timing: report');
    const bareReport = await timed((i) =>
      pool.query(
        `INSERT INTO reports (reporter_id, target_type, proposal_id, comment_id, reason, details) VALUES ($1, $2, $3, $4, $5, '')
         ON CONFLICT (reporter_id, target_type, target_id) WHERE resolved_at IS NULL DO NOTHING`,
        [residentId, targets[i].type.toLowerCase(), targets[i].type === 'PROPOSAL' ? targets[i].id : null,
         targets[i].type === 'COMMENT' ? targets[i].id : null, reportInput(targets[i], i).reason.toLowerCase()],
      ),
    );
    await pool.query(`DELETE FROM reports WHERE reporter_id = $1`, [residentId]);
    const viaReport = await timed((i) => resident(REPORT, { input: reportInput(targets[i], i) }));
    const [{ filed }] = (await pool.query(`SELECT count(*)::int AS filed FROM reports WHERE reporter_id = $1 AND resolved_at IS NULL`, [residentId])).rows;

    // Merges consume their pair: bare pg on the first half, GraphQL on the second (same shape).
    log('timing: mergeProposals');
    const barePairs = pairs.slice(0, merges + mergeWarmup);
    const apiPairs = pairs.slice(merges + mergeWarmup, 2 * (merges + mergeWarmup));
    const client = await pool.connect();
    const mergeBare = await timed(
      async (i) => {
        const [target, source] = barePairs[i];
        await client.query('BEGIN');
        await client.query(
          `SELECT id, number, process_id, action_field_id, kind, language, state, title, body, hidden_at, support_count
             FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [[target, source]],
        );
        await client.query(`UPDATE proposals SET state = 'merged', updated_at = now() WHERE id = ANY($1::uuid[])`, [[source]]);
        await client.query(
          `INSERT INTO proposal_lineage (parent_id, child_id, kind, created_by_id)
           SELECT parent_id, $2, 'merge', $3 FROM unnest($1::uuid[]) AS parent_id`,
          [[source], target, moderatorId],
        );
        await client.query(
          `INSERT INTO supports (proposal_id, user_id)
           SELECT DISTINCT $2::uuid, user_id FROM supports WHERE proposal_id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`,
          [[source], target],
        );
        await client.query('COMMIT');
      },
      merges,
      mergeWarmup,
    );
    client.release();
    let merged;
    const viaMerge = await timed(async (i) => (merged = (await moderator(MERGE, { input: mergeInput(apiPairs[i]) })).mergeProposals), merges, mergeWarmup);
    const [bareResult] = (await pool.query(`SELECT support_count, (SELECT count(*)::int FROM outbox_messages WHERE template = 'proposals_merged') AS mails FROM proposals WHERE id = $1`, [barePairs.at(-1)[0]])).rows;

    const outbox = mergeStatements.filter((statement) => /outbox_messages/i.test(statement.text)).length;
    const row = (name, t, statements) =>
      console.log(`| ${name} | ${t.p50.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.mean.toFixed(2)} | ${statements} |`);
    console.log(
      `\nModeration benchmark (scale ${scale}): ${counts.proposals.toLocaleString('en')} proposals, ${counts.comments.toLocaleString('en')} comments, ` +
        `${counts.supports.toLocaleString('en')} supports; backlog ${counts.open_reports.toLocaleString('en')} open reports on ` +
        `${counts.reported_items.toLocaleString('en')} items from ${REPORTERS} reporters (up to ${counts.most_reports} per item). ` +
        `${iterations} sequential requests per case after ${warmup} warm-up; ${merges} merges after ${mergeWarmup}.\n`,
    );
    console.log('| request | p50 ms | p95 ms | mean ms | SQL statements |');
    console.log('|---|---:|---:|---:|---:|');
    row('bare pg INSERT INTO reports … ON CONFLICT DO NOTHING', bareReport, 1);
    row('GraphQL report (resident, session cookie)', viaReport, reportStatements.length);
    row('bare pg: first page of cases (one GROUP BY)', queueBare, 1);
    row("bare pg: the request's statements replayed one after another", queueReplay, queueStatements.length);
    row(`GraphQL moderationQueue(first: 20) (moderator; ${page.cases.length} cases of ${page.totalCount})`, queue, queueStatements.length);
    row(`bare pg merge: lock, state, lineage, supports (one transaction, ${SUPPORTERS} + ${SUPPORTERS} supporters)`, mergeBare, 4);
    row(`GraphQL mergeProposals (moderator, into one of the sources)`, viaMerge, `${mergeStatements.length} (${outbox} outbox)`);
    console.log(`\nreport / bare INSERT: ${(viaReport.p50 / bareReport.p50).toFixed(1)}× at p50, ${(viaReport.mean / bareReport.mean).toFixed(1)}× mean (${filed} reports filed).`);
    console.log(
      `moderationQueue / GROUP BY page: ${(queue.p50 / queueBare.p50).toFixed(1)}× at p50; / replayed statements: ` +
        `${(queue.p50 / queueReplay.p50).toFixed(1)}× (same first page both ways: ${samePage ? 'yes' : 'no'}).`,
    );
    console.log(
      `mergeProposals / bare merge: ${(viaMerge.p50 / mergeBare.p50).toFixed(1)}× at p50, ${(viaMerge.mean / mergeBare.mean).toFixed(1)}× mean ` +
        `(supporters after merge: GraphQL ${merged.supportCount}, bare ${bareResult.support_count}; ${bareResult.mails} merge mails in the outbox in all).`,
    );
    console.log('\nmoderationQueue statements (p50 ms, bare pg):');
    for (const [i, statement] of queueStatements.entries())
      console.log(`- ${percentile(perStatement[i].sort((a, b) => a - b), 50).toFixed(2)} ms \`${statement.text.replace(/\s+/g, ' ').trim().slice(0, 100)}…\``);
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await api?.stop();
    counter.server.close();
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await dropQueueKeys().catch((error) => log(`could not drop the queue keys ${queuePrefix}:*: ${error.message}`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
