#!/usr/bin/env node
/**
 * Read path benchmark: what the API adds on top of PostgreSQL for the two requests every page
 * makes — the home page's `currentProcess` and the session's `me`. Each is compared with the
 * bare `pg` queries that return the same rows, measured in the same run on the same database,
 * and reported as a ratio (lower is better; 1.0 would mean the API layer costs nothing).
 *
 * Needs the built API (`npx nx build api`), PostgreSQL (DATABASE_URL or 127.0.0.1:5432) and Redis
 * (REDIS_URL or 127.0.0.1:6379). Usage: node benches/read-path.bench.mjs [iterations]
 */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { admin as adminOn, databaseUrl, freePort } from './support.mjs';

const iterations = Number(process.argv[2] ?? 1000);
const warmup = Math.min(200, iterations);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `mitreden_bench_${Date.now().toString(36)}`;
const withDatabase = (name) => databaseUrl(serverUrl, name);
const admin = (sql) => adminOn(serverUrl, sql);


async function measure(label, work) {
  for (let i = 0; i < warmup; i++) await work();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await work();
  const ms = performance.now() - start;
  return { label, totalMs: ms, perOpUs: (ms * 1000) / iterations };
}

async function main() {
  await admin(`CREATE DATABASE ${database}`);
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-123',
    BALLOT_SECRET: 'benchmark-ballots-benchmark-ballots-456',
    DATABASE_URL: withDatabase(database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `bench_${Date.now()}`,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    AUTH_RATE_LIMIT_POINTS: '100000',
  };
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, ['dist/apps/api/main.js', command], { env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`api ${command} failed`);
  }
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
  try {
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 200) throw new Error('API did not start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    let cookie = '';
    const graphql = async (query, variables) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('mitreden.sid='));
      if (setCookie) cookie = setCookie.split(';')[0];
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const results = [];
    const processSql = `SELECT p.id, p.slug, p.title, p.summary, f.id AS field_id, f.position, f.title AS field_title,
                               f.description, f.cross_cutting
                          FROM processes p LEFT JOIN action_fields f ON f.process_id = p.id
                         WHERE p.is_current ORDER BY f.position`;
    const pgProcess = await measure('pg: process + action fields', () => pool.query(processSql));
    const gqlProcess = await measure('GraphQL currentProcess', () =>
      graphql(`{ currentProcess { id slug title summary actionFields { id position title description crossCutting } } }`),
    );
    results.push({ name: 'currentProcess (anonymous visitor)', baseline: pgProcess, subject: gqlProcess });

    await graphql(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
      input: { email: 'resident@mitreden.test', password: 'mitreden-demo-2026' },
    });
    const sid = decodeURIComponent(cookie.split('=')[1]).replace(/^s:/, '').split('.')[0];


    const pgMe = await measure('pg: session + user', async () => {
      const { rows } = await pool.query(`SELECT sess FROM user_sessions WHERE sid = $1 AND expire >= now()`, [sid]);
      const userId = rows[0]?.sess?.passport?.user;
      await pool.query(`SELECT id, email, display_name, role, department, locale FROM users WHERE id = $1`, [userId]);
    });
    const gqlMe = await measure('GraphQL me (session cookie)', () => graphql(`{ me { id displayName role locale } }`));
    results.push({ name: 'me (logged-in session)', baseline: pgMe, subject: gqlMe });

    console.log(`\nRead path, ${iterations} sequential requests each (after ${warmup} warm-up), same database:\n`);
    console.log('| request | bare pg µs/op | GraphQL µs/op | ratio |');
    console.log('|---|---:|---:|---:|');
    for (const { name, baseline, subject } of results) {
      console.log(
        `| ${name} | ${baseline.perOpUs.toFixed(0)} | ${subject.perOpUs.toFixed(0)} | ${(subject.perOpUs / baseline.perOpUs).toFixed(1)}× |`,
      );
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
