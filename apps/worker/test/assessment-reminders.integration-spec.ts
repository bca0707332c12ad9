import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import {
  AssessmentRemindersWorker,
  REMINDER_QUEUE_NAME,
  REMINDER_SCHEDULER_ID,
  sendAssessmentReminders,
} from '@mitreden/worker/reminders';
import { cityToday } from '@mitreden/shared/contracts';
import { createTestDatabase, startSmtpCapture, testRedisUrl, uniqueQueuePrefix, waitFor } from '@mitreden/testing';
import type { SmtpCapture, TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';

const HOUR = 3_600_000;

/** YYYY-MM-DD in Europe/Berlin, `days` from today. */
const berlinDay = (days = 0): string => cityToday(new Date(Date.now() + days * 86_400_000));

interface DigestRow {
  recipient_user_id: string;
  recipient_email: string;
  locale: string;
  payload: { department: string; link: string; items: { title: string; dueOn: string; overdue: boolean }[] };
}

describe('daily assessment reminders (PostgreSQL, Redis, SMTP)', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  const experts: Record<'soziales' | 'bildung' | 'blocked', string> = { soziales: '', bildung: '', blocked: '' };

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
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config, { mail: { delivery: { backoffDelayMs: 100 }, relay: { intervalMs: HOUR } } }),
      { logger: ['error'] },
    );
    dataSource = worker.get(DataSource);

    const user = async (email: string, department: string, locale: string, blocked = false): Promise<string> => {
      const [row]: { id: string }[] = await dataSource.query(
        `INSERT INTO users (email, display_name, password_hash, role, department, locale, email_confirmed_at, blocked_at)
         VALUES ($1, $2, 'x', 'department_expert', $3, $4, now(), CASE WHEN $5 THEN now() END) RETURNING id`,
        [email, email.split('@')[0], department, locale, blocked],
      );
      return row.id;
    };
    experts.soziales = await user('soziales@example.org', 'Fachbereich Soziales', 'en');
    experts.bildung = await user('bildung@example.org', 'Fachbereich Bildung', 'de');
    experts.blocked = await user('gesperrt@example.org', 'Fachbereich Gesperrt', 'de', true);

    const [process]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('erinnerung', '{"de": "Erinnerung"}', true) RETURNING id`,
    );
    const [field]: { id: string }[] = await dataSource.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Soziales"}') RETURNING id`,
      [process.id],
    );
    // [department, due in days, status]: only what is open and due within 3 days (or overdue) is reminded.
    const plan: [string, number, string][] = [
      ['Fachbereich Soziales', -2, 'assigned'],
      ['Fachbereich Soziales', 0, 'in_progress'],
      ['Fachbereich Soziales', 3, 'assigned'],
      ['Fachbereich Soziales', 4, 'assigned'],
      ['Fachbereich Soziales', -5, 'submitted'],
      ['Fachbereich Bildung', 1, 'assigned'],
      ['Fachbereich Gesperrt', -1, 'assigned'],
      ['Fachbereich Ohne Experten', -1, 'assigned'],
    ];
    for (const [index, [department, days, status]] of plan.entries()) {
      const [proposal]: { id: string }[] = await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
         VALUES ($1, $2, 'measure', $3, 'Text', 'paper') RETURNING id`,
        [process.id, field.id, `Maßnahme ${index}`],
      );
      await dataSource.query(
        `INSERT INTO assessments (proposal_id, department, due_on, status, feasibility, responsibility, assessed_at)
         VALUES ($1, $2, $3::date, $4, CASE WHEN $4 = 'submitted' THEN 'feasible' END,
                 CASE WHEN $4 = 'submitted' THEN 'bund' END, CASE WHEN $4 = 'submitted' THEN now() END)`,
        [proposal.id, department, berlinDay(days), status],
      );
    }
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await database?.drop();
    await deleteQueueKeys(config.queuePrefix);
  });

  const digests = (): Promise<DigestRow[]> =>
    dataSource.query(
      `SELECT recipient_user_id, recipient_email, locale, payload FROM outbox_messages WHERE template = 'assessments_due' ORDER BY created_at`,
    );

  it('registers the daily job scheduler at 07:00 Europe/Berlin', async () => {
    const queue = new Queue(REMINDER_QUEUE_NAME, { prefix: config.queuePrefix, connection: { url: config.redisUrl } });
    try {
      const scheduler = await waitFor(async () => (await queue.getJobScheduler(REMINDER_SCHEDULER_ID)) ?? undefined);
      expect(scheduler).toMatchObject({ pattern: '0 7 * * *', tz: 'Europe/Berlin' });
    } finally {
      await queue.close();
    }
  });

  it('sends one digest per unblocked expert and day, even when the job runs twice at once', async () => {
    const runner = worker.get(AssessmentRemindersWorker);
    const counts = await Promise.all([runner.run(), runner.run()]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await runner.run()).toBe(0);

    const rows = await digests();
    expect(rows).toHaveLength(2);
    const byUser = new Map(rows.map((row) => [row.recipient_user_id, row]));
    expect(byUser.has(experts.blocked)).toBe(false);
    expect(byUser.get(experts.soziales)).toMatchObject({
      locale: 'en',
      payload: {
        department: 'Fachbereich Soziales',
        link: 'http://mitreden.test/assessments',
        items: [
          { title: 'Maßnahme 0', dueOn: berlinDay(-2), overdue: true },
          { title: 'Maßnahme 1', dueOn: berlinDay(0), overdue: false },
          { title: 'Maßnahme 2', dueOn: berlinDay(3), overdue: false },
        ],
      },
    });
    expect(byUser.get(experts.bildung)?.payload.items.map((item) => item.title)).toEqual(['Maßnahme 5']);
    const claimed: { user_id: string; assessment_count: number }[] = await dataSource.query(
      `SELECT user_id, assessment_count FROM assessment_reminders ORDER BY assessment_count DESC`,
    );
    expect(claimed).toEqual([
      { user_id: experts.soziales, assessment_count: 3 },
      { user_id: experts.bildung, assessment_count: 1 },
    ]);

    // Handed to the mail queue right away; the worker delivers them.
    const mail = await smtp.waitForMail((candidate) => candidate.to.includes('soziales@example.org'), 20_000);
    // In the expert's language (users.locale = en).
    expect(mail.subject).toBe('Department assessments on Mitreden are due soon');
    expect(mail.text).toContain('Maßnahme 0');
  });

  it('runs again on the next day, by the plain function as well', async () => {
    const tomorrow = berlinDay(1);
    const [first, second] = await Promise.all([
      sendAssessmentReminders(dataSource, { today: tomorrow, publicUrl: config.publicUrl }),
      sendAssessmentReminders(dataSource, { today: tomorrow, publicUrl: config.publicUrl }),
    ]);
    expect(first.length + second.length).toBe(2);
    const soziales = (await digests()).filter((row) => row.recipient_user_id === experts.soziales);
    // Tomorrow the one due in 4 days is within the window too.
    expect(soziales.at(-1)?.payload.items.map((item) => item.title)).toEqual([
      'Maßnahme 0',
      'Maßnahme 1',
      'Maßnahme 2',
      'Maßnahme 3',
    ]);
  });
});

async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl());
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
