import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { MAIL_QUEUE, MailDispatcher, OutboxService, addMailJobs } from '@mitreden/api/mail';
import type { MailQueue, OutboxMail } from '@mitreden/api/mail';
import { MailDeliveryService } from '@mitreden/worker/mail';
import {
  createTestDatabase,
  linkFrom,
  startRedisServer,
  startSmtpCapture,
  testRedisUrl,
  uniqueQueuePrefix,
  waitFor,
} from '@mitreden/testing';
import type { CapturedMail, PrivateRedis, SmtpCapture, TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';
import type { WorkerModuleOptions } from '../src/app/worker.module';

interface OutboxState {
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  enqueued_at: Date | null;
  last_error: string | null;
  payload: Record<string, string>;
}

const HOUR = 3_600_000;

describe('mail worker (PostgreSQL, Redis, SMTP)', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let recipientCounter = 0;

  const bootWorker = (options: WorkerModuleOptions) =>
    NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), { logger: ['error'] });

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpCapture();
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Mitreden <noreply@mitreden.test>',
      PUBLIC_URL: 'http://mitreden.test',
    });
    // The relay of this worker sleeps, so the dispatch path is what delivers here.
    worker = await bootWorker({ mail: { delivery: { backoffDelayMs: 100 }, relay: { intervalMs: HOUR } } });
    dataSource = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await database?.drop();
    await deleteQueueKeys(config.queuePrefix);
  });

  function nextRecipient(): string {
    recipientCounter += 1;
    return `resident${recipientCounter}@example.org`;
  }

  async function writeOutbox(mail: OutboxMail): Promise<string> {
    return dataSource.transaction((manager) => worker.get(OutboxService).enqueueMail(manager, mail));
  }

  function confirmMail(recipientEmail: string, locale: string, token = 'secret-token'): OutboxMail {
    return {
      template: 'confirm_email',
      recipientEmail,
      locale,
      payload: { displayName: 'Ayşe', link: `http://mitreden.test/confirm-email?token=${token}` },
    };
  }

  async function outboxState(id: string): Promise<OutboxState> {
    const rows: OutboxState[] = await dataSource.query(
      `SELECT attempts, sent_at, failed_at, enqueued_at, last_error, payload FROM outbox_messages WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  const mailsTo = (email: string): CapturedMail[] => smtp.mails.filter((mail) => mail.to.includes(email));

  /** A job is removed once it completes; until then it may still send. */
  async function waitUntilJobGone(queue: MailQueue, id: string): Promise<void> {
    await waitFor(async () => (await queue.getJob(id)) === undefined, { what: `job ${id} to finish` });
  }

  it('delivers a dispatched outbox row in the recipient language, with the link, and redacts the token', async () => {
    const email = nextRecipient();
    const id = await writeOutbox(confirmMail(email, 'en', 'tok-en-1'));

    await worker.get(MailDispatcher).dispatch([id]);
    const mail = await smtp.waitForMail((candidate) => candidate.to.includes(email));

    expect(mail.from).toBe('noreply@mitreden.test');
    expect(mail.subject).toBe('Please confirm your e-mail address for Mitreden');
    expect(linkFrom(mail.text, '/confirm-email')).toBe('http://mitreden.test/confirm-email?token=tok-en-1');
    expect(mail.html).toContain('href="http://mitreden.test/confirm-email?token=tok-en-1"');
    expect(mail.html).toContain('lang="en"');

    const state = await waitFor(async () => {
      const current = await outboxState(id);
      return current.sent_at ? current : undefined;
    });
    expect(state.attempts).toBe(1);
    expect(state.enqueued_at).not.toBeNull();
    expect(state.payload).toEqual({ displayName: 'Ayşe', link: 'http://mitreden.test/confirm-email' });
  });

  it('sends German to German recipients and to languages without mail texts', async () => {
    const german = nextRecipient();
    const arabic = nextRecipient();
    const ids = [await writeOutbox(confirmMail(german, 'de')), await writeOutbox(confirmMail(arabic, 'ar'))];

    await worker.get(MailDispatcher).dispatch(ids);

    for (const email of [german, arabic]) {
      const mail = await smtp.waitForMail((candidate) => candidate.to.includes(email));
      expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse für Mitreden');
      expect(mail.text).toContain('Guten Tag Ayşe,');
    }
  });

  it('sends a mail once however often its id is processed, one after another or at the same time', async () => {
    const delivery = worker.get(MailDeliveryService);
    const queue = worker.get<MailQueue>(MAIL_QUEUE, { strict: false });

    const sequential = nextRecipient();
    const first = await writeOutbox(confirmMail(sequential, 'de'));
    expect(await delivery.deliver(first, false)).toBe('sent');
    expect(await delivery.deliver(first, false)).toBe('done');
    await worker.get(MailDispatcher).dispatch([first]);
    await waitUntilJobGone(queue, first);
    expect(mailsTo(sequential)).toHaveLength(1);

    const concurrent = nextRecipient();
    const second = await writeOutbox(confirmMail(concurrent, 'de'));
    const outcomes = await Promise.all([delivery.deliver(second, false), delivery.deliver(second, false)]);
    // The loser of the row lock is told to retry later, when the row is already sent.
    expect(outcomes.sort()).toEqual(['busy', 'sent']);
    expect(await delivery.deliver(second, false)).toBe('done');
    expect(mailsTo(concurrent)).toHaveLength(1);
    expect((await outboxState(second)).attempts).toBe(1);
  });

  it('retries with backoff when the SMTP server rejects, and records the attempts', async () => {
    const email = nextRecipient();
    const id = await writeOutbox(confirmMail(email, 'de'));
    smtp.rejectNext(2);

    await worker.get(MailDispatcher).dispatch([id]);
    const mail = await smtp.waitForMail((candidate) => candidate.to.includes(email));

    expect(linkFrom(mail.text, '/confirm-email')).toContain('token=secret-token');
    const state = await waitFor(async () => {
      const current = await outboxState(id);
      return current.sent_at ? current : undefined;
    });
    expect(state.attempts).toBe(3);
    expect(state.failed_at).toBeNull();
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('gives up after the final attempt, keeps the error for admins and drops the secret link', async () => {
    const email = nextRecipient();
    const id = await writeOutbox({
      template: 'reset_password',
      recipientEmail: email,
      locale: 'de',
      payload: { displayName: 'Kim', link: 'http://mitreden.test/reset-password?token=never-delivered' },
    });
    smtp.rejectNext(2);

    await addMailJobs(worker.get<MailQueue>(MAIL_QUEUE, { strict: false }), [id], {
      attempts: 2,
      backoffDelayMs: 50,
    });
    const state = await waitFor(async () => {
      const current = await outboxState(id);
      return current.failed_at ? current : undefined;
    });

    expect(state.attempts).toBe(2);
    expect(state.sent_at).toBeNull();
    expect(state.last_error).toContain('Temporary failure');
    expect(state.payload).toEqual({ displayName: 'Kim', link: 'http://mitreden.test/reset-password' });
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('fails a mail that cannot be rendered at once instead of retrying it', async () => {
    const email = nextRecipient();
    const id = await writeOutbox({
      template: 'confirm_email',
      recipientEmail: email,
      locale: 'de',
      payload: { displayName: 'Kim', link: 'javascript:alert(1)' },
    });

    await worker.get(MailDispatcher).dispatch([id]);
    const state = await waitFor(async () => {
      const current = await outboxState(id);
      return current.failed_at ? current : undefined;
    });

    expect(state.attempts).toBe(1);
    expect(state.last_error).toBe('Mail link must be http(s)');
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('relays rows that were never dispatched, with workers sharing the outbox', async () => {
    const second = await bootWorker({
      mail: { delivery: { backoffDelayMs: 100 }, relay: { intervalMs: 200 } },
    });
    try {
      const emails = [nextRecipient(), nextRecipient(), nextRecipient()];
      const ids = await Promise.all(emails.map((email) => writeOutbox(confirmMail(email, 'en'))));

      for (const email of emails) await smtp.waitForMail((candidate) => candidate.to.includes(email));

      for (const id of ids) {
        const state = await waitFor(async () => {
          const current = await outboxState(id);
          return current.sent_at ? current : undefined;
        });
        expect(state.enqueued_at).not.toBeNull();
        expect(state.attempts).toBe(1);
      }
      for (const email of emails) expect(mailsTo(email)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

async function deleteQueueKeys(prefix: string | undefined): Promise<void> {
  if (!prefix) return;
  const redis = new Redis(testRedisUrl());
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

describe('mail worker while Redis is away', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let redis: PrivateRedis;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpCapture();
    redis = await startRedisServer();
  });

  afterAll(async () => {
    await redis?.stop();
    await smtp?.close();
    await database?.drop();
  });

  it('keeps mails pending while Redis is down, relays them when it is back, and still shuts down', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://mitreden.test',
    });
    const worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config, { mail: { relay: { intervalMs: 100, enqueueTimeoutMs: 300 } } }),
      { logger: ['error'] },
    );
    let closed = false;
    try {
      await redis.stop();
      const dataSource = worker.get(DataSource);
      const id = await dataSource.transaction((manager) =>
        worker.get(OutboxService).enqueueMail(manager, {
          template: 'password_changed',
          recipientEmail: 'outage@example.org',
          locale: 'en',
          payload: { displayName: 'Sam' },
        }),
      );
      // Several relay ticks fail against the missing Redis and hand the row back each time. A
      // tick holds its claim (enqueued_at set) while it waits for Redis, so look between ticks.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const readRow = async () =>
        ((await dataSource.query(`SELECT enqueued_at, sent_at, failed_at FROM outbox_messages WHERE id = $1`, [id])) as {
          enqueued_at: Date | null;
          sent_at: Date | null;
          failed_at: Date | null;
        }[])[0];
      const handedBack = await waitFor(async () => {
        const row = await readRow();
        return row.enqueued_at === null ? row : undefined;
      }, { timeoutMs: 5000, intervalMs: 10, what: 'the relay to hand the row back' });
      expect(handedBack).toEqual({ enqueued_at: null, sent_at: null, failed_at: null });
      expect(smtp.mails.filter((candidate) => candidate.to.includes('outage@example.org'))).toHaveLength(0);

      await redis.start();
      const mail = await smtp.waitForMail((candidate) => candidate.to.includes('outage@example.org'), 30_000);
      expect(mail.subject).toBe('Your Mitreden password was changed');
      expect(linkFrom(mail.text, '/forgot-password')).toBe('http://mitreden.test/forgot-password');

      // Shutting down must not hang on a Redis that has gone away again.
      await redis.stop();
      await worker.close();
      closed = true;
    } finally {
      // The private Redis keeps nothing on disk, so its queue keys vanish with it.
      if (!closed) await worker.close();
    }
  });
});
