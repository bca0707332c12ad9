/**
 * What every benchmark needs: a scratch database next to the server's, free ports, the built API
 * as a child process, logged-in GraphQL sessions, a statement recorder (wire-protocol proxy) and
 * percentiles. Figures, never assertions.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import Redis from 'ioredis';

export const DEMO_PASSWORD = 'mitreden-demo-2026';

export const databaseUrl = (serverUrl, name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export const log = (message) => console.error(`[bench] ${message}`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one statement in the server's `postgres` database (CREATE/DROP DATABASE). */
export async function admin(serverUrl, sql) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Removes the BullMQ keys a run left under its own prefix. */
export async function dropQueueKeys(redisUrl, queuePrefix) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Forwards PostgreSQL connections and records the statements clients send while `counting` is on:
 * simple-protocol Query ('Q') messages, and extended-protocol Execute ('E') messages with the text
 * of the statement and the text-format parameters of the Bind before them (so they can be replayed).
 */
export function statementRecorder(target) {
  const state = { counting: false, statements: [] };
  const control = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i;
  const cstring = (buffer, offset) => {
    const end = buffer.indexOf(0, offset);
    return [buffer.toString('utf8', offset, end), end + 1];
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    let buffer = Buffer.alloc(0);
    let started = false;
    const prepared = new Map();
    let bound = { text: '', params: [] };
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          buffer = buffer.subarray(length);
          started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const body = buffer.subarray(5, 1 + length);
        if (type === 'Q') {
          const [text] = cstring(body, 0);
          if (state.counting && !control.test(text)) state.statements.push({ text, params: [] });
        } else if (type === 'P') {
          const [name, next] = cstring(body, 0);
          prepared.set(name, cstring(body, next)[0]);
        } else if (type === 'B') {
          const [, portalEnd] = cstring(body, 0);
          const [statement, statementEnd] = cstring(body, portalEnd);
          let offset = statementEnd;
          const formats = body.readInt16BE(offset);
          offset += 2 + formats * 2;
          const count = body.readInt16BE(offset);
          offset += 2;
          const params = [];
          for (let i = 0; i < count; i++) {
            const size = body.readInt32BE(offset);
            offset += 4;
            params.push(size < 0 ? null : body.toString('utf8', offset, offset + size));
            offset += Math.max(size, 0);
          }
          bound = { text: prepared.get(statement) ?? '', params };
        } else if (type === 'E') {
          if (state.counting && !control.test(bound.text)) state.statements.push(bound);
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  return { server, state };
}

/** Starts the built API (`dist/apps/api/main.js`) and waits for /health. */
export async function startApi(env, port) {
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 400) throw new Error('API did not start');
    await sleep(50);
  }
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    },
  };
}

/** A GraphQL caller that keeps the session cookie it is given; errors throw. */
export function graphqlClient(endpoint) {
  let cookie = '';
  return async (query, variables) => {
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
}

/** A logged-in GraphQL session of one demo account. */
export async function session(endpoint, email, password = DEMO_PASSWORD) {
  const graphql = graphqlClient(endpoint);
  await graphql(`mutation($input: LoginInput!) { login(input: $input) { id } }`, { input: { email, password } });
  return graphql;
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50/p95/mean in ms of `count` calls after `warmup` unmeasured ones; `work(i)` gets a running index. */
export async function timed(work, { count, warmup }) {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples = [];
  for (let i = warmup; i < warmup + count; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

/** Texts for realistic German titles, bodies and comments (full-text search needs real words). */
export function annexTexts() {
  const annex = JSON.parse(readFileSync('libs/api/processes/src/lib/demo/region-hannover-annex.json', 'utf8'));
  return annex.flatMap((field) => field.goals.flatMap((goal) => [goal.goal, ...goal.measures.map((measure) => measure.text)]));
}
