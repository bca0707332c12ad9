#!/usr/bin/env node
/**
 * Proposals export benchmark: the project group's XLSX (and CSV) of 100,000 proposals, streamed.
 *
 * - export: the built worker (`dist/apps/worker/main.js`) builds the file through its queue, one
 *   fresh worker process per format. Reported: duration (started_at → finished_at of the job row),
 *   rows/s, file size, and the worker's memory: `process.memoryUsage()` sampled every 20 ms by a
 *   preloaded probe (rss and heapUsed, at rest before the job and peak during it).
 * - baseline: bare `pg` reading the same proposals with their field and forum titles through a
 *   server-side cursor (`DECLARE … CURSOR` / `FETCH 2000`), in the same run on the same database.
 *   The ratio says what the per-page facts (reports, assessment, answer, lineage, measure codes),
 *   pseudonyms and the spreadsheet writer cost on top of reading the rows.
 *
 * Data: a scratch database, migrated and seeded like `npm start`, then filled set-based with
 * `generate_series` (deterministic: `setseed`): one process with 8 action fields and 20 forums,
 * 25,000 authors, 100,000 proposals (titles from the annex; 70 % online, 20 % forum, 10 % paper),
 * 1 % hidden with two open reports each, 2,000 merges of two proposals, 1,000 splits into two
 * parts, assessments for 10 % and official answers for 5 %, and an adopted catalogue of 144
 * measures with 5 sources each.
 *
 * Needs the built API and worker (`npx nx build api && npx nx build worker`), PostgreSQL
 * (DATABASE_URL or 127.0.0.1:5432) and Redis (REDIS_URL or 127.0.0.1:6379).
 * Usage:
 *   node benches/proposals-export.bench.mjs
 * BENCH_SCALE=0.1 loads a tenth of the data (quick check of the script itself); BENCH_KEEP_DB=1
 * keeps the scratch database for EXPLAIN (drop it yourself).
 * Figures, never assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Queue } from 'bullmq';
import { admin as adminOn, annexTexts, databaseUrl, dropQueueKeys as dropKeys, log, sleep } from './support.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const PROPOSALS = Math.round(100_000 * scale);
const AUTHORS = Math.max(10, Math.round(25_000 * scale));
const MERGES = Math.round(2_000 * scale);
const SPLITS = Math.round(1_000 * scale);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_proposals_export_${Date.now().toString(36)}`;
const queuePrefix = `bench_${Date.now()}`;
const admin = (sql) => adminOn(serverUrl, sql);

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Preloaded into the worker: samples its own memory and writes the figures when it exits. */
const PROBE = `
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_MEMORY_FILE;
let rest = null;
let peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  if (rss > peak.rss) peak.rss = rss;
  if (heapUsed > peak.heapUsed) peak.heapUsed = heapUsed;
};
setInterval(sample, 20).unref();
// SIGUSR2: the worker is idle; what follows is the export.
process.on('SIGUSR2', () => {
  rest = process.memoryUsage();
  peak = { rss: rest.rss, heapUsed: rest.heapUsed };
});
process.on('exit', () => writeFileSync(file, JSON.stringify({ rest, peak })));
`;

async function load(q) {
  const step = async (label, work) => {
    const start = performance.now();
    await work();
    log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  await q(`SELECT setseed(0.4711)`);
  const [{ id: processId }] = (
    await q(`INSERT INTO processes (slug, title) VALUES ('bench-export', '{"de": "Export-Benchmark"}') RETURNING id`)
  ).rows;
  await q(
    `INSERT INTO action_fields (process_id, position, title) SELECT $1, i, jsonb_build_object('de', 'Handlungsfeld ' || i) FROM generate_series(1, 8) i`,
    [processId],
  );
  await q(
    `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format)
     SELECT $1, (SELECT id FROM action_fields WHERE process_id = $1 AND position = 1 + i % 8), jsonb_build_object('de', 'Forum ' || i),
            now() - interval '30 days', 'Hannover', 'on_site'
       FROM generate_series(1, 20) i`,
    [processId],
  );
  await step(`${AUTHORS} authors`, () =>
    q(
      `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
       SELECT 'author' || i || '@bench.test', 'Autor:in ' || i, 'not-a-hash', 'resident', now(), now() FROM generate_series(1, $1) i`,
      [AUTHORS],
    ),
  );
  const titles = annexTexts().map((text) => text.slice(0, 190));
  await step(`${PROPOSALS} proposals`, () =>
    q(
      `WITH fields AS (SELECT array_agg(id ORDER BY position) AS ids FROM action_fields WHERE process_id = $1),
            forums AS (SELECT array_agg(id ORDER BY id) AS ids FROM forums WHERE process_id = $1),
            authors AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE '%@bench.test'),
            raw AS (SELECT i, random() AS r FROM generate_series(1, $2) i)
       INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id, participant_count,
                              support_count, comment_count, created_at)
       SELECT $1, fields.ids[1 + i % 8],
              CASE WHEN r >= 0.7 AND r < 0.9 THEN forums.ids[1 + i % 20] END,
              CASE WHEN i % 4 = 0 THEN 'goal' ELSE 'measure' END,
              ($3::text[])[1 + i % array_length($3::text[], 1)] || ' (' || i || ')',
              'Begründung ' || i,
              CASE WHEN r < 0.7 THEN 'online' WHEN r < 0.9 THEN 'forum' ELSE 'paper' END,
              authors.ids[1 + floor(random() * array_length(authors.ids, 1))::int],
              CASE WHEN r >= 0.7 THEN 2 + floor(random() * 30)::int END,
              floor(random() * 40)::int, floor(random() * 12)::int,
              now() - interval '60 days' + i * interval '30 seconds'
         FROM raw, fields, forums, authors`,
      [processId, PROPOSALS, titles],
    ),
  );
  await step('hidden with reports', async () => {
    await q(`UPDATE proposals SET hidden_at = now() WHERE process_id = $1 AND number % 100 = 7`, [processId]);
    await q(
      `INSERT INTO reports (reporter_id, target_type, proposal_id, reason)
       SELECT u.id, 'proposal', p.id, 'spam' FROM proposals p
        CROSS JOIN (SELECT id FROM users WHERE email LIKE '%@bench.test' ORDER BY email LIMIT 2) u
        WHERE p.process_id = $1 AND p.hidden_at IS NOT NULL`,
      [processId],
    );
  });
  await step(`${MERGES} merges, ${SPLITS} splits`, async () => {
    const [{ field }] = (await q(`SELECT id AS field FROM action_fields WHERE process_id = $1 AND position = 1`, [processId])).rows;
    await q(
      `CREATE TEMP TABLE bench_sources AS
         SELECT id, row_number() OVER (ORDER BY number) AS rn FROM proposals
          WHERE process_id = $1 AND hidden_at IS NULL AND number % 50 IN (11, 12) LIMIT $2`,
      [processId, 2 * MERGES],
    );
    await q(
      `CREATE TEMP TABLE bench_results AS
         WITH inserted AS (
           INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
           SELECT $1, $2, 'measure', 'Zusammengeführt ' || i, 'Zusammenfassung', 'curated' FROM generate_series(1, $3) i RETURNING id, number
         ) SELECT id, row_number() OVER (ORDER BY number) AS rn FROM inserted`,
      [processId, field, MERGES],
    );
    await q(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind)
       SELECT s.id, r.id, 'merge' FROM bench_sources s JOIN bench_results r ON r.rn = (s.rn + 1) / 2`,
    );
    await q(`UPDATE proposals SET state = 'merged' WHERE id IN (SELECT id FROM bench_sources)`);
    await q(
      `CREATE TEMP TABLE bench_split AS
         SELECT id, row_number() OVER (ORDER BY number) AS rn FROM proposals
          WHERE process_id = $1 AND hidden_at IS NULL AND state = 'published' AND source <> 'curated' AND number % 100 = 33 LIMIT $2`,
      [processId, SPLITS],
    );
    await q(
      `CREATE TEMP TABLE bench_parts AS
         WITH inserted AS (
           INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
           SELECT $1, $2, 'measure', 'Teil ' || i, 'Teil', 'curated' FROM generate_series(1, 2 * $3) i RETURNING id, number
         ) SELECT id, row_number() OVER (ORDER BY number) AS rn FROM inserted`,
      [processId, field, SPLITS],
    );
    await q(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind)
       SELECT s.id, p.id, 'split' FROM bench_split s JOIN bench_parts p ON (p.rn + 1) / 2 = s.rn`,
    );
    await q(`UPDATE proposals SET state = 'split' WHERE id IN (SELECT id FROM bench_split)`);
  });
  await step('assessments and answers', async () => {
    const staff = (await q(`SELECT id FROM users WHERE email LIKE '%@bench.test' ORDER BY email LIMIT 2`)).rows.map((row) => row.id);
    await q(
      `INSERT INTO assessments (proposal_id, department, due_on, status, feasibility, responsibility, assessed_at)
       SELECT id, 'Fachbereich ' || number % 5, current_date, 'submitted',
              (ARRAY['feasible', 'partly_feasible', 'not_feasible', 'already_implemented'])[1 + number % 4], 'city_region', now()
         FROM proposals WHERE process_id = $1 AND number % 10 = 3`,
      [processId],
    );
    await q(
      `INSERT INTO assessments (proposal_id, department, due_on, status)
       SELECT id, 'Finanzen', current_date, 'in_progress' FROM proposals WHERE process_id = $1 AND number % 30 = 3`,
      [processId],
    );
    await q(
      `INSERT INTO official_answers (proposal_id, status, outcome, body, drafted_by_id, approved_by_id, approved_at, published_by_id, published_at)
       SELECT id, 'published', (ARRAY['accepted', 'rejected', 'under_evaluation'])[1 + number % 3], '{"de": "Antwort"}', $2, $3, now(), $3, now()
         FROM proposals WHERE process_id = $1 AND number % 20 = 9`,
      [processId, staff[0], staff[1]],
    );
  });
  await step('adopted catalogue (144 measures, 5 sources each)', async () => {
    const [{ id: version }] = (await q(`INSERT INTO catalogue_versions (process_id, number) VALUES ($1, 1) RETURNING id`, [processId])).rows;
    await q(
      `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
       SELECT $1, $2, id, 1, '{"de": "Ziel"}' FROM action_fields WHERE process_id = $2`,
      [version, processId],
    );
    await q(
      `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
       SELECT $1, g.id, g.action_field_id, n, jsonb_build_object('de', 'Maßnahme ' || n) FROM catalogue_goals g, generate_series(1, 18) n
        WHERE g.version_id = $1`,
      [version],
    );
    await q(
      `INSERT INTO catalogue_measure_sources (measure_id, proposal_id)
       SELECT DISTINCT m.id, p.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM catalogue_measures WHERE version_id = $1) m
         JOIN LATERAL (SELECT id FROM proposals WHERE process_id = $2 AND number % 997 = m.rn % 997 ORDER BY number LIMIT 5) p ON true`,
      [version, processId],
    );
    await q(
      `UPDATE catalogue_versions SET status = 'adopted', adopted_on = current_date, council_reference = 'Drucksache 1/2026', adopted_at = now()
        WHERE id = $1`,
      [version],
    );
  });
  await step('vacuum analyze', () => q(`VACUUM ANALYZE`));
  const [counts] = (
    await q(
      `SELECT (SELECT count(*) FROM proposals WHERE process_id = $1)::int AS proposals,
              (SELECT count(*) FROM proposal_lineage)::int AS lineage,
              (SELECT count(*) FROM reports)::int AS reports,
              (SELECT count(*) FROM assessments)::int AS assessments,
              (SELECT count(*) FROM official_answers)::int AS answers,
              (SELECT count(*) FROM catalogue_measure_sources)::int AS measure_sources`,
      [processId],
    )
  ).rows;
  return { processId, counts };
}

/** Bare pg: the proposals with their titles through a server-side cursor, 2,000 rows per FETCH. */
async function baseline(pool, processId) {
  const client = await pool.connect();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const start = performance.now();
  let rows = 0;
  try {
    await client.query('BEGIN');
    await client.query(
      `DECLARE bench_cursor NO SCROLL CURSOR FOR
         SELECT p.number, p.title, p.kind, af.title->>'de' AS action_field, f.title->>'de' AS forum, p.source, p.created_at,
                p.state, p.author_id, p.participant_count, p.support_count, p.comment_count, p.hidden_at IS NOT NULL AS hidden
           FROM proposals p JOIN action_fields af ON af.id = p.action_field_id LEFT JOIN forums f ON f.id = p.forum_id
          WHERE p.process_id = $1 ORDER BY p.number`,
      [processId],
    );
    for (;;) {
      const { rows: page } = await client.query('FETCH 2000 FROM bench_cursor');
      if (page.length === 0) break;
      rows += page.length;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return { rows, seconds: (performance.now() - start) / 1000, rssGrowth: peakRss - before.rss };
}

/** Runs one export in a fresh worker process with the memory probe preloaded. */
async function measureExport(env, pool, processId, format, probeFile, memoryFile) {
  const worker = spawn(process.execPath, ['--require', probeFile, 'dist/apps/worker/main.js'], {
    env: { ...env, BENCH_MEMORY_FILE: memoryFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  let row;
  try {
    await sleep(4000); // started and idle
    worker.kill('SIGUSR2');
    await sleep(200);
    const [{ id }] = (
      await pool.query(
        `INSERT INTO export_jobs (kind, format, params, allowed_roles) VALUES ('proposals', $1, $2, '{project_group,admin}') RETURNING id`,
        [format, { processId }],
      )
    ).rows;
    const queue = new Queue('exports', { prefix: queuePrefix, connection: { url: redisUrl } });
    const start = performance.now();
    await queue.add('build', { exportJobId: id }, { jobId: id, removeOnComplete: true, removeOnFail: true });
    await queue.close();
    for (;;) {
      [row] = (
        await pool.query(
          `SELECT status, processed, total, byte_size, error, extract(epoch FROM finished_at - started_at)::float AS seconds
             FROM export_jobs WHERE id = $1`,
          [id],
        )
      ).rows;
      if (row.status === 'done' || row.status === 'failed') break;
      await sleep(100);
    }
    row.wallSeconds = (performance.now() - start) / 1000;
    if (row.status !== 'done') throw new Error(`export failed: ${row.error}`);
  } finally {
    worker.kill('SIGTERM');
    await exited;
  }
  const memory = JSON.parse(readFileSync(memoryFile, 'utf8'));
  return { ...row, format, memory };
}

async function main() {
  const started = performance.now();
  await admin(`CREATE DATABASE ${database}`);
  const scratch = mkdtempSync(join(tmpdir(), 'mitreden-bench-'));
  const probeFile = join(scratch, 'memory-probe.cjs');
  writeFileSync(probeFile, PROBE);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-123',
    BALLOT_SECRET: 'benchmark-ballots-benchmark-ballots-456',
    DATABASE_URL: databaseUrl(serverUrl, database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PUBLIC_URL: 'http://127.0.0.1',
    SMTP_URL: 'smtp://127.0.0.1:1',
  };
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, idleTimeoutMillis: 0 });
  try {
    for (const command of ['migrate', 'seed']) {
      const result = spawnSync(process.execPath, ['dist/apps/api/main.js', command], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`api ${command} failed`);
    }
    const client = await pool.connect();
    let loaded;
    try {
      loaded = await load((sql, parameters) => client.query(sql, parameters));
    } finally {
      client.release();
    }
    const { processId, counts } = loaded;
    log(`data ready in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);

    // Warm the cache the same way for both sides, then baseline, exports, baseline again.
    await baseline(pool, processId);
    const bare = [await baseline(pool, processId)];
    const exports = [];
    for (const format of ['xlsx', 'csv']) {
      const result = await measureExport(env, pool, processId, format, probeFile, join(scratch, `${format}.json`));
      exports.push(result);
      log(`${format}: ${result.seconds.toFixed(1)} s`);
    }
    bare.push(await baseline(pool, processId));
    const bareSeconds = Math.min(...bare.map((b) => b.seconds));
    console.log(
      JSON.stringify(
        {
          data: counts,
          baseline: {
            what: 'bare pg cursor read of the proposals with field and forum titles (FETCH 2000)',
            rows: bare[0].rows,
            seconds: bareSeconds.toFixed(2),
            rowsPerSecond: Math.round(bare[0].rows / bareSeconds),
            rssGrowth: mb(Math.max(...bare.map((b) => b.rssGrowth))),
          },
          exports: exports.map((result) => ({
            format: result.format,
            rows: result.processed,
            seconds: result.seconds.toFixed(2),
            wallSeconds: result.wallSeconds.toFixed(2),
            rowsPerSecond: Math.round(result.processed / result.seconds),
            file: mb(result.byte_size),
            rssAtRest: mb(result.memory.rest.rss),
            peakRss: mb(result.memory.peak.rss),
            heapUsedAtRest: mb(result.memory.rest.heapUsed),
            peakHeapUsed: mb(result.memory.peak.heapUsed),
            ratioToBaseline: (result.seconds / bareSeconds).toFixed(1),
          })),
        },
        null,
        2,
      ),
    );
  } finally {
    await pool.end();
    await dropKeys(redisUrl, queuePrefix).catch(() => undefined);
    if (process.env.BENCH_KEEP_DB) log(`kept database ${database}`);
    else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
