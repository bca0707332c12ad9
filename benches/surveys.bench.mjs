#!/usr/bin/env node
/**
 * Surveys benchmark: the results page and the response export with 100,000 responses.
 *
 * - surveyResults: the project group's GraphQL query (all figures, no filter, and one segment),
 *   p50/p95 over `iterations` calls, compared with bare `pg` reading the same tallies
 *   (`SELECT … FROM survey_tallies … GROUP BY`) in the same run on the same database (ratio of
 *   p50s). The API adds the structure (4 small statements), respondent counts per segment and the
 *   free-text counts (the one statement that touches survey_answers, via its index).
 * - surveyTextAnswers: a trigram-indexed search over the free texts (p50), for reference.
 * - export: the built worker (`dist/apps/worker/main.js`, run with --trace-gc) builds a CSV and an
 *   XLSX of all responses, one fresh worker process per format; reported are the duration, the
 *   file size, the worker's peak RSS (VmHWM from /proc) against its RSS at rest, and the largest
 *   V8 heap in use seen in the GC trace.
 *
 * Data: a scratch database, migrated and seeded like `npm start`, then filled set-based with
 * `generate_series` (deterministic: `setseed`): an invited, named survey of 13 questions in two
 * sections (the second shown only for one answer), 100,000 organisations of the nine types, one
 * invitation and one response each (80 % complete), ~8 answers per response, and the tallies
 * rebuilt with `survey_recount`.
 *
 * Needs the built API and worker (`npx nx build api && npx nx build worker`), PostgreSQL
 * (DATABASE_URL or 127.0.0.1:5432) and Redis (REDIS_URL or 127.0.0.1:6379); Linux for /proc.
 * Usage:
 *   node benches/surveys.bench.mjs [iterations]      (default 100)
 * BENCH_SCALE=0.1 loads a tenth of the data (quick check of the script itself).
 * Figures, never assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Queue } from 'bullmq';
import { admin as adminOn, databaseUrl, dropQueueKeys as dropKeys, freePort, log, session, sleep, startApi, timed as timeCalls } from './support.mjs';

const iterations = Number(process.argv[2] ?? 100);
const warmup = Math.max(5, Math.floor(iterations / 5));
const scale = Number(process.env.BENCH_SCALE ?? 1);
const RESPONSES = Math.round(100_000 * scale);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_surveys_${Date.now().toString(36)}`;
const withDatabase = (name) => databaseUrl(serverUrl, name);
const admin = (sql) => adminOn(serverUrl, sql);
const dropQueueKeys = () => dropKeys(redisUrl, queuePrefix);
const timed = (work, count = iterations, warm = warmup) => timeCalls(work, { count, warmup: warm });
const queuePrefix = `bench_${Date.now()}`;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const TYPES = ['migrant_organisation', 'municipal_contact', 'education', 'counselling', 'integration_council',
  'religious_community', 'integration_guide', 'welfare', 'other'];

async function load(q) {
  const step = async (label, work) => {
    const start = performance.now();
    await work();
    log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  const [{ id: processId }] = (await q(`SELECT id FROM processes ORDER BY created_at LIMIT 1`)).rows;
  const [{ id: surveyId }] = (
    await q(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at)
       VALUES ($1, 'bench-umfrage', '{"de": "Benchmark-Umfrage"}', 'invited', false, 'published', now()) RETURNING id`,
      [processId],
    )
  ).rows;
  const sections = (
    await q(
      `INSERT INTO survey_sections (survey_id, key, position, title, condition) VALUES
         ($1, 's1', 1, '{"de": "Allgemein"}', NULL),
         ($1, 's2', 2, '{"de": "Vertiefung"}', '{"question": "kind", "operator": "equals", "value": "a"}')
       RETURNING id, key`,
      [surveyId],
    )
  ).rows;
  const section = Object.fromEntries(sections.map((row) => [row.key, row.id]));
  const questions = [
    ['s1', 'kind', 'single_choice', null, null, ['a', 'b', 'c', 'other'], []],
    ['s1', 'topics', 'multiple_choice', null, null, ['jobs', 'housing', 'language', 'health', 'culture', 'other'], []],
    ['s1', 'grid', 'matrix', null, null, ['good', 'ok', 'bad'], ['r1', 'r2', 'r3', 'r4']],
    ['s1', 'rank', 'ranking', null, null, ['p', 'q', 'r', 's'], []],
    ['s1', 'mood', 'scale', 1, 5, [], []],
    ['s1', 'staff', 'number', 0, 10000, [], []],
    ['s1', 'wish', 'long_text', null, null, [], []],
    ['s1', 'since', 'date', null, null, [], []],
    ['s2', 'reach', 'scale', 1, 5, [], []],
    ['s2', 'needs', 'multiple_choice', null, null, ['money', 'rooms', 'people'], []],
    ['s2', 'partner', 'single_choice', null, null, ['yes', 'no'], []],
    ['s2', 'note', 'short_text', null, null, [], []],
    ['s2', 'count', 'number', 0, 500, [], []],
  ];
  const ids = {};
  for (const [i, [sectionKey, key, kind, min, max, options, rows]] of questions.entries()) {
    const [{ id }] = (
      await q(
        `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, title, min_value, max_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [surveyId, section[sectionKey], key, i + 1, kind, { de: `Frage ${key}` }, min, max],
      )
    ).rows;
    ids[key] = id;
    await q(
      `INSERT INTO survey_options (question_id, role, key, position, label, is_other)
       SELECT $1, 'choice', k, o, jsonb_build_object('de', initcap(k)), k = 'other' FROM unnest($2::text[]) WITH ORDINALITY AS t(k, o)`,
      [id, options],
    );
    await q(
      `INSERT INTO survey_options (question_id, role, key, position, label)
       SELECT $1, 'row', k, o, jsonb_build_object('de', initcap(k)) FROM unnest($2::text[]) WITH ORDINALITY AS t(k, o)`,
      [id, rows],
    );
  }
  await q(`SELECT setseed(0.1564)`);
  await step(`${RESPONSES} organisations, invitations and responses`, async () => {
    await q(
      `INSERT INTO organisations (name, email, type)
       SELECT 'Organisation ' || i, 'org' || i || '@bench.test', ($2::text[])[1 + i % 9] FROM generate_series(1, $1) i`,
      [RESPONSES, TYPES],
    );
    await q(
      `INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at)
       SELECT $1, o.id, CASE WHEN random() < 0.8 THEN 'complete' ELSE 'partial' END, now() - interval '20 days'
         FROM organisations o WHERE o.email LIKE '%@bench.test'`,
      [surveyId],
    );
    await q(
      `INSERT INTO survey_responses (survey_id, anonymous, invitation_id, segment, complete, started_at, updated_at, completed_at)
       SELECT $1, false, i.id, o.type, i.status = 'complete', now() - interval '20 days' + random() * interval '10 days', now(),
              CASE WHEN i.status = 'complete' THEN now() - interval '5 days' END
         FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.survey_id = $1`,
      [surveyId],
    );
  });
  await step('answers', () =>
    q(
      `CREATE TEMP TABLE bench_r AS
         SELECT id, (ARRAY['a', 'b', 'c', 'other'])[1 + floor(random() * 4)::int] AS kind FROM survey_responses WHERE survey_id = $1`,
      [surveyId],
    ).then(() =>
      q(
        `INSERT INTO survey_answers (survey_id, response_id, question_id, value)
         SELECT $1, r.id, (q.ids ->> a.key)::uuid, a.value
           FROM bench_r r CROSS JOIN (SELECT $2::jsonb AS ids) q
          CROSS JOIN LATERAL (VALUES
            ('kind', CASE WHEN r.kind = 'other' THEN jsonb_build_object('choice', 'other', 'other', 'Verein Nr. ' || floor(random() * 1000))
                          ELSE jsonb_build_object('choice', r.kind) END),
            ('topics', jsonb_build_object('choices', (SELECT coalesce(jsonb_agg(t), '[]') FROM unnest(ARRAY['jobs', 'housing', 'language', 'health', 'culture']) t WHERE random() < 0.4))),
            ('grid', jsonb_build_object('rows', jsonb_build_object('r1', (ARRAY['good', 'ok', 'bad'])[1 + floor(random() * 3)::int],
                                                                   'r2', (ARRAY['good', 'ok', 'bad'])[1 + floor(random() * 3)::int],
                                                                   'r3', (ARRAY['good', 'ok', 'bad'])[1 + floor(random() * 3)::int]))),
            ('rank', jsonb_build_object('ranking', (SELECT jsonb_agg(k ORDER BY random()) FROM unnest(ARRAY['p', 'q', 'r', 's']) k))),
            ('mood', jsonb_build_object('number', 1 + floor(random() * 5)::int)),
            ('staff', jsonb_build_object('number', floor(random() * 200)::int)),
            ('wish', CASE WHEN random() < 0.3 THEN jsonb_build_object('text', 'Wir wünschen uns mehr Sprachkurse und Beratung am Abend, Nr. ' || floor(random() * 100000)) END),
            ('since', jsonb_build_object('date', to_char(date '2000-01-01' + floor(random() * 9000)::int, 'YYYY-MM-DD'))),
            ('reach', CASE WHEN r.kind = 'a' THEN jsonb_build_object('number', 1 + floor(random() * 5)::int) END),
            ('needs', CASE WHEN r.kind = 'a' THEN jsonb_build_object('choices', jsonb_build_array('money')) END),
            ('partner', CASE WHEN r.kind = 'a' THEN jsonb_build_object('choice', CASE WHEN random() < 0.5 THEN 'yes' ELSE 'no' END) END),
            ('note', CASE WHEN r.kind = 'a' AND random() < 0.2 THEN jsonb_build_object('text', 'Kurze Notiz') END),
            ('count', CASE WHEN r.kind = 'a' THEN jsonb_build_object('number', floor(random() * 500)::int) END)
          ) AS a(key, value)
          WHERE a.value IS NOT NULL`,
        [surveyId, JSON.stringify(ids)],
      ),
    ),
  );
  await step('survey_recount', () => q(`SELECT survey_recount($1)`, [surveyId]));
  await step('vacuum analyze', () => q(`VACUUM ANALYZE`));
  const [counts] = (
    await q(
      `SELECT (SELECT count(*) FROM survey_responses WHERE survey_id = $1)::int AS responses,
              (SELECT count(*) FROM survey_answers WHERE survey_id = $1)::int AS answers,
              (SELECT count(*) FROM survey_tallies WHERE survey_id = $1)::int AS tally_rows`,
      [surveyId],
    )
  ).rows;
  return { surveyId, counts };
}

const RESULTS = `query Results($surveyId: ID!, $segment: String) {
  surveyResults(surveyId: $surveyId, segment: $segment) {
    respondents complete segmentTitle segments { key label respondents }
    questions { questionKey kind title sectionTitle answered textCount average
      options { key label count share } distribution { value count }
      matrix { key label answered cells { key label count share } }
      ranking { key label averageRank firstPlaces } }
  }
}`;
const TEXTS = `query($surveyId: ID!, $search: String) { surveyTextAnswers(surveyId: $surveyId, questionKey: "wish", search: $search, limit: 20) { total items } }`;
const BARE = `SELECT question_id, option_key, row_key, num, sum(n)::bigint AS n
                FROM survey_tallies WHERE survey_id = $1 AND ($2::text IS NULL OR segment = $2)
               GROUP BY 1, 2, 3, 4`;

/** Runs one export in a fresh worker process and watches its memory. */
async function measureExport(env, pool, surveyId, format) {
  const worker = spawn(process.execPath, ['--trace-gc', 'dist/apps/worker/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  let maxHeap = 0;
  worker.stdout.on('data', (chunk) => {
    output += chunk.toString();
    const lines = output.split('\n');
    output = lines.pop() ?? '';
    for (const line of lines) {
      // e.g. "[123:0x…]  456 ms: Mark-Compact 45.2 (60.1) -> 30.1 (61.2) MB, …": heap in use before the GC.
      const match = /(Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+)/i.exec(line);
      if (match) maxHeap = Math.max(maxHeap, Number(match[2]));
    }
  });
  const status = (key) => {
    try {
      const line = readFileSync(`/proc/${worker.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${key}:`));
      return Number(line?.split(/\s+/)[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  try {
    await sleep(4000); // started and idle
    const restRss = status('VmRSS');
    const heapAtRest = maxHeap;
    maxHeap = 0;
    const [{ id }] = (
      await pool.query(`INSERT INTO export_jobs (kind, format, params) VALUES ('survey_responses', $1, $2) RETURNING id`, [format, { surveyId }])
    ).rows;
    const queue = new Queue('exports', { prefix: queuePrefix, connection: { url: redisUrl } });
    const start = performance.now();
    await queue.add('build', { exportJobId: id }, { jobId: id, removeOnComplete: true, removeOnFail: true });
    await queue.close();
    let row;
    for (;;) {
      [row] = (await pool.query(`SELECT status, processed, total, byte_size, error FROM export_jobs WHERE id = $1`, [id])).rows;
      if (row.status === 'done' || row.status === 'failed') break;
      await sleep(100);
    }
    const seconds = (performance.now() - start) / 1000;
    if (row.status !== 'done') throw new Error(`export failed: ${row.error}`);
    return { format, seconds, rows: row.processed, bytes: row.byte_size, restRss, peakRss: status('VmHWM'), heapAtRest, peakHeapMb: maxHeap };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
}

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
    SMTP_URL: 'smtp://127.0.0.1:1',
    AUTH_RATE_LIMIT_POINTS: '100000',
  };
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, idleTimeoutMillis: 0 });
  let api;
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
    const { surveyId, counts } = loaded;
    log(`data ready in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);

    api = await startApi(env, await freePort());
    const group = await session(api.endpoint, 'projectgroup@mitreden.test');
    const first = await group(RESULTS, { surveyId });
    log(`respondents ${first.surveyResults.respondents}, complete ${first.surveyResults.complete}`);

    const graphqlAll = await timed(() => group(RESULTS, { surveyId }));
    const bareAll = await timed(() => pool.query(BARE, [surveyId, null]));
    const graphqlSegment = await timed(() => group(RESULTS, { surveyId, segment: 'education' }));
    const bareSegment = await timed(() => pool.query(BARE, [surveyId, 'education']));
    const search = await timed((i) => group(TEXTS, { surveyId, search: `Nr. ${1000 + i}` }));
    const ms = (value) => `${value.toFixed(1)} ms`;
    const figures = {
      responses: counts.responses,
      answers: counts.answers,
      tallyRows: counts.tally_rows,
      surveyResults: { p50: ms(graphqlAll.p50), p95: ms(graphqlAll.p95), bareP50: ms(bareAll.p50), ratio: (graphqlAll.p50 / bareAll.p50).toFixed(1) },
      surveyResultsSegment: {
        p50: ms(graphqlSegment.p50), p95: ms(graphqlSegment.p95), bareP50: ms(bareSegment.p50), ratio: (graphqlSegment.p50 / bareSegment.p50).toFixed(1),
      },
      textSearch: { p50: ms(search.p50), p95: ms(search.p95) },
    };
    await api.stop();
    api = undefined;

    const exports = [];
    for (const format of ['csv', 'xlsx']) {
      const result = await measureExport(env, pool, surveyId, format);
      exports.push({
        format,
        rows: result.rows,
        seconds: result.seconds.toFixed(1),
        file: mb(result.bytes),
        rssAtRest: mb(result.restRss),
        peakRss: mb(result.peakRss),
        peakHeapInUse: `${result.peakHeapMb.toFixed(1)} MB`,
      });
    }
    console.log(JSON.stringify({ iterations, ...figures, exports }, null, 2));
  } finally {
    await api?.stop();
    await pool.end();
    await dropQueueKeys().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
