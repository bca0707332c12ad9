import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { seedDemoUsers } from '@mitreden/api/identity';
import {
  errorCode,
  freePort,
  linkFrom,
  startRedisServer,
  startSmtpCapture,
  waitFor,
} from '@mitreden/testing';
import type { PrivateRedis, SmtpCapture } from '@mitreden/testing';
import { CONFIRM, REGISTER, logInAs } from './support/identity-helpers';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const WORKER_MAIN = resolve(__dirname, '../../../dist/apps/worker/main.js');

/** The built worker as its own process, as it runs in production. */
function spawnWorker(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
} {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run "npx nx build worker" first`);
  let output = '';
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill('SIGTERM');
      }),
  };
}

describe('mail pipeline: API → outbox → Redis → worker → SMTP', () => {
  let redis: PrivateRedis;
  let smtp: SmtpCapture;
  let api: TestApi;
  let worker: ReturnType<typeof spawnWorker> | undefined;

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpCapture();
    api = await startTestApi({ REDIS_URL: redis.url, SMTP_URL: smtp.url });
  });

  afterAll(async () => {
    const exitCode = await worker?.stop();
    await api?.close();
    await smtp?.close();
    await redis?.stop();
    // A graceful shutdown (relay stopped, worker closed) ends with code 0.
    if (worker) expect(exitCode).toBe(0);
  });

  it('registers while Redis is down, and the worker sends the mail once Redis is back', async () => {
    const dataSource = api.app.get(DataSource);
    await redis.stop();

    const startedAt = Date.now();
    const response = await api.client().request(REGISTER, {
      input: {
        email: 'nadia@example.org',
        displayName: 'Nadia <b>Haddad</b>',
        password: 'ein langes Passwort',
        locale: 'en',
        acceptPrivacy: true,
      },
    });
    // Enqueueing is bounded to about a second; a hanging request would take much longer.
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ register: true });

    const pending: { enqueued_at: Date | null; sent_at: Date | null }[] = await dataSource.query(
      `SELECT enqueued_at, sent_at FROM outbox_messages WHERE recipient_email = $1 AND template = 'confirm_email'`,
      ['nadia@example.org'],
    );
    expect(pending).toEqual([{ enqueued_at: null, sent_at: null }]);

    await redis.start();
    worker = spawnWorker({
      NODE_ENV: 'test',
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: api.config.queuePrefix,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Mitreden <noreply@mitreden.test>',
      PUBLIC_URL: api.config.publicUrl,
    });

    const mail = await smtp
      .waitForMail((candidate) => candidate.to.includes('nadia@example.org'), 30_000)
      .catch((error: Error) => {
        throw new Error(`${error.message}\nWorker output:\n${worker?.output()}`);
      });
    expect(mail.subject).toBe('Please confirm your e-mail address for Mitreden');
    expect(mail.html).toContain('Nadia &lt;b&gt;Haddad&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Haddad');

    const link = linkFrom(mail.text, '/confirm-email?token=');
    expect(link.startsWith(`${api.config.publicUrl}/confirm-email?token=`)).toBe(true);
    const token = new URL(link).searchParams.get('token');
    const confirmed = await api.client().request(CONFIRM, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data).toEqual({ confirmEmail: true });

    const sent = await waitFor(async () => {
      const rows: { sent_at: Date | null; attempts: number; payload: Record<string, string> }[] =
        await dataSource.query(
          `SELECT sent_at, attempts, payload FROM outbox_messages WHERE recipient_email = $1 AND template = 'confirm_email'`,
          ['nadia@example.org'],
        );
      return rows[0]?.sent_at ? rows[0] : undefined;
    });
    expect(sent.attempts).toBe(1);
    expect(sent.payload['link']).toBe(`${api.config.publicUrl}/confirm-email`);
  });

  describe('mailDeliveryFailures', () => {
    const QUERY = `query Failures($limit: Int) { mailDeliveryFailures(limit: $limit) { id template recipientEmail attempts lastError failedAt } }`;
    let failedId: string;

    beforeAll(async () => {
      const dataSource = api.app.get(DataSource);
      await seedDemoUsers(dataSource);
      const rows: { id: string }[] = await dataSource.query(
        `INSERT INTO outbox_messages (template, recipient_email, locale, payload, attempts, last_error, failed_at)
         VALUES ('reset_password', 'bounce@example.org', 'de', '{"displayName":"Kim"}', 8, '550 Mailbox unavailable', now())
         RETURNING id`,
      );
      failedId = rows[0].id;
    });

    it('lists mails that failed for good to admins', async () => {
      const client = api.client();
      await logInAs(client, 'admin@mitreden.test');

      const response = await client.request<{ mailDeliveryFailures: Record<string, unknown>[] }>(QUERY, {});

      expect(response.errors).toBeUndefined();
      expect(response.data?.mailDeliveryFailures).toEqual([
        {
          id: failedId,
          template: 'reset_password',
          recipientEmail: 'bounce@example.org',
          attempts: 8,
          lastError: '550 Mailbox unavailable',
          failedAt: expect.any(String),
        },
      ]);
    });

    it('refuses anonymous callers and non-admins', async () => {
      expect(errorCode(await api.client().request(QUERY, {}))).toBe('UNAUTHENTICATED');
      for (const email of [
        'resident@mitreden.test',
        'moderator@mitreden.test',
        'projectgroup@mitreden.test',
      ]) {
        const client = api.client();
        await logInAs(client, email);
        const response = await client.request(QUERY, {});
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(response.data).toBeNull();
      }
    });

    it('rejects a limit outside 1..200', async () => {
      const client = api.client();
      await logInAs(client, 'admin@mitreden.test');
      for (const limit of [0, 201]) {
        expect(errorCode(await client.request(QUERY, { limit }))).toBe('BAD_USER_INPUT');
      }
    });
  });
});

// Its own API instance: two Nest apps with TypeORM in one process must not overlap.
describe('mail pipeline without any Redis', () => {
  it('boots, registers and shuts down when Redis was never reachable', async () => {
    const unreachable = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const startedAt = Date.now();
      const response = await unreachable.client().request(REGISTER, {
        input: {
          email: 'lena@example.org',
          displayName: 'Lena',
          password: 'ein langes Passwort',
          locale: 'de',
          acceptPrivacy: true,
        },
      });
      expect(Date.now() - startedAt).toBeLessThan(5000);
      expect(response.data).toEqual({ register: true });

      const rows: { enqueued_at: Date | null }[] = await unreachable.app
        .get(DataSource)
        .query(`SELECT enqueued_at FROM outbox_messages WHERE recipient_email = 'lena@example.org'`);
      expect(rows).toEqual([{ enqueued_at: null }]);
    } finally {
      await unreachable.close();
    }
  });
});
