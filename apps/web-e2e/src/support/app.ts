import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  freePort,
  startSmtpCapture,
  testRedisUrl,
  uniqueQueuePrefix,
  waitFor,
} from '@mitreden/testing';
import type { CapturedMail, SmtpCapture, TestDatabase } from '@mitreden/testing';
import { API_MAIN, WEB_DIST, WORKER_MAIN, WORKSPACE_ROOT } from './paths';

export interface RunningApp {
  /** Origin of the app (web + API on one port). */
  url: string;
  smtp: SmtpCapture;
  database: TestDatabase;
  /** Output of the API and worker so far, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

interface ManagedProcess {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<void>;
  exitReason(): string | undefined;
}

const verbose = process.env['E2E_VERBOSE'] === '1';

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output.push(text);
    if (verbose) process.stdout.write(`[${name}] ${text}`);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let reason: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      reason = `${name} exited (${signal ? `signal ${signal}` : `code ${code}`})`;
      resolve();
    });
  });
  return { name, child, output, exited, exitReason: () => reason };
}

async function stopProcess(managed: ManagedProcess): Promise<void> {
  if (managed.exitReason()) return;
  managed.child.kill('SIGTERM');
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), 10_000);
  await managed.exited;
  clearTimeout(timer);
}

/**
 * The dev mail sink's HTTP contract (GET /mails, newest first) over the in-process SMTP capture,
 * so the app's /dev/mails page shows exactly what the test received.
 */
async function serveCapturedMails(smtp: SmtpCapture): Promise<{ url: string; close(): Promise<void> }> {
  const received = new WeakMap<CapturedMail, string>();
  const server: Server = createServer((request, response) => {
    if (request.url !== '/mails') {
      response.writeHead(404).end();
      return;
    }
    const mails = smtp.mails
      .map((mail, index) => {
        if (!received.has(mail)) received.set(mail, new Date().toISOString());
        const { to, from, subject, text, html } = mail;
        return { id: `mail-${index + 1}`, to, from, subject, text, html, receivedAt: received.get(mail) };
      })
      .reverse();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the built API and worker on a fresh database cloned from the migrated, seeded template.
 * Everything started is stopped by `stop()`, which is safe to call after a partial start.
 */
export async function startApp(): Promise<RunningApp> {
  const cleanups: (() => Promise<void>)[] = [];
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error('e2e cleanup failed:', error));
    }
    cleanups.length = 0;
  };
  const logs = () => processes.map((managed) => `--- ${managed.name} ---\n${managed.output.join('')}`).join('\n');

  try {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const smtp = await startSmtpCapture();
    cleanups.push(() => smtp.close());
    const mailApi = await serveCapturedMails(smtp);
    cleanups.push(() => mailApi.close());

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const schemaFile = join(tmpdir(), `mitreden-e2e-schema-${process.pid}-${port}.gql`);
    cleanups.push(async () => rmSync(schemaFile, { force: true }));
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: smtp.url,
      WEB_DIST_DIR: WEB_DIST,
      DEV_MAIL_URL: mailApi.url,
      // Keep the committed schema.gql untouched by test runs.
      SCHEMA_FILE: schemaFile,
      // Closed polls are counted within a second, not the production half-minute.
      POLL_COUNT_SWEEP_MS: '1000',
    };
    const api = startProcess('api', API_MAIN, env);
    processes.push(api);
    cleanups.push(() => stopProcess(api));
    const worker = startProcess('worker', WORKER_MAIN, env);
    processes.push(worker);
    // Stopped before the API (cleanups run in reverse).
    cleanups.push(() => stopProcess(worker));

    await waitFor(
      async () => {
        const failed = api.exitReason() ?? worker.exitReason();
        if (failed) throw new Error(`${failed}\n${logs()}`);
        return healthy(url);
      },
      { timeoutMs: 60_000, intervalMs: 200, what: `the API at ${url}/health` },
    );
    return { url, smtp, database, logs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
