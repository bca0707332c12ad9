import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const TEMPLATE_ENV = 'MITREDEN_TEST_TEMPLATE_DB';
const SERVER_ENV = 'MITREDEN_TEST_SERVER_URL';
const RUN_ENV = 'MITREDEN_TEST_RUN';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdmin(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`),
  );
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** Remembers the migrated template for the test workers (they inherit the environment). */
export function publishTemplate(serverUrl: string, template: string, runId: string): void {
  process.env[SERVER_ENV] = serverUrl;
  process.env[TEMPLATE_ENV] = template;
  process.env[RUN_ENV] = runId;
}

/** Drops what a crashed test file left behind in this run. */
export async function dropRunDatabases(serverUrl: string, runId: string): Promise<void> {
  const names = await withAdmin(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`mitreden_test_${runId}_%`],
    );
    return result.rows.map((row) => row.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: one per test file, isolated and fast. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[SERVER_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!serverUrl || !template) {
    throw new Error('No test template database: run through the integration Jest config (globalSetup)');
  }
  const name = uniqueName(`mitreden_test_${process.env[RUN_ENV] ?? 'run'}`);
  await createDatabase(serverUrl, name, template);
  return { name, url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
