// PostgreSQL and Redis for `npm start` / `npm run migrate`: the configured ones when the
// environment names them, otherwise private instances that need no setup.
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, isPortOpen, label, say, startService, waitFor } from './processes.mjs';

export const DATABASE_NAME = 'mitreden';

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL whose data lives in `<dataRoot>/postgres`
 * and survives restarts (demo data, registered users). It runs under tools/dev/lib/postgres-host.mjs
 * in its own process group, so Ctrl-C reaches it only through `stop()`, after the API is down.
 * @returns {Promise<{ url: string, description: string, stop(): Promise<void>, killNow(): void }>}
 */
export async function resolveDatabase(dataRoot) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, description: 'DATABASE_URL', stop: async () => undefined, killNow: () => undefined };
  }
  const databaseDir = join(dataRoot, 'postgres');
  const port = await freePort();
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) say(`Creating an embedded PostgreSQL cluster in ${databaseDir} …`);
  const host = fork(fileURLToPath(new URL('./postgres-host.mjs', import.meta.url)), [], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, MITREDEN_PG_DATA_ROOT: dataRoot, MITREDEN_PG_PORT: String(port), MITREDEN_PG_DATABASE: DATABASE_NAME },
  });
  const exited = new Promise((resolve) => host.once('exit', resolve));
  const answer = await new Promise((resolve) => {
    host.once('message', resolve);
    host.once('exit', (code) => resolve({ error: `the PostgreSQL host exited (code ${code})` }));
    host.once('error', (error) => resolve({ error: error.message }));
  });
  if (!answer.ready) {
    console.error(`${label('postgres')} ${answer.error}`);
    throw new Error(
      'Embedded PostgreSQL did not start. If another `npm start` is running, stop it first; ' +
        `to start over with an empty database, delete ${databaseDir}.`,
    );
  }
  if (answer.created) say(`Created database ${DATABASE_NAME}.`);
  return {
    url: answer.url,
    description: `embedded PostgreSQL on port ${port} (data in ${databaseDir})`,
    async stop() {
      if (host.exitCode !== null || host.signalCode !== null) return;
      if (host.connected) host.send('stop');
      else host.kill('SIGTERM');
      await exited;
    },
    // The host stops PostgreSQL itself when its IPC channel to us closes.
    killNow: () => undefined,
  };
}

export function redisServerOnPath() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export const REDIS_INSTALL_HELP = [
  'Mitreden needs Redis for its job queue, and no REDIS_URL is set and no `redis-server` is on PATH.',
  'Install it and run `npm start` again:',
  '  Debian/Ubuntu:  sudo apt-get install redis-server',
  '  macOS:          brew install redis',
  'or point REDIS_URL at a running Redis, e.g. REDIS_URL=redis://127.0.0.1:6379 npm start',
].join('\n');

/**
 * REDIS_URL when set; otherwise a private `redis-server` on a free port with nothing persisted.
 * @returns {Promise<{ url: string, description: string, stop(): Promise<void>, killNow(): void } | undefined>}
 *   undefined when there is no Redis to use.
 */
export async function resolveRedis(dataRoot) {
  if (process.env.REDIS_URL) {
    return { url: process.env.REDIS_URL, description: 'REDIS_URL', stop: async () => undefined, killNow: () => undefined };
  }
  if (!redisServerOnPath()) return undefined;
  const dir = join(dataRoot, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const service = startService('redis', 'redis-server', [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--loglevel', 'warning',
  ], { quiet: true });
  await waitFor(() => isPortOpen(port), { what: `redis-server on port ${port}`, timeoutMs: 15_000, abort: service.exitReason });
  return {
    url: `redis://127.0.0.1:${port}`,
    description: `private redis-server on port ${port}`,
    stop: () => service.stop(),
    killNow: () => service.killNow(),
  };
}
