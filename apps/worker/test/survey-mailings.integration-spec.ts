import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { SURVEY_MAILING_QUEUE_NAME, verifyLinkToken } from '@mitreden/api/surveys';
import { SurveyMailingWorker } from '@mitreden/worker/surveys';
import { createTestDatabase, startSmtpCapture, testRedisUrl, uniqueQueuePrefix, waitFor } from '@mitreden/testing';
import type { SmtpCapture, TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';

const HOUR = 3_600_000;
/** More than two batches of 100, so progress is seen to move in steps and reach the total. */
const GERMAN_ORGANISATIONS = 230;

interface MailRow {
  template: string;
  recipient_email: string;
  locale: string;
  payload: { displayName: string; surveyTitle: string; anonymous: boolean; closesOn?: string; link: string; optOutLink: string };
}

interface MailingRow {
  status: string;
  total: number;
  processed: number;
  error: string | null;
}

describe('survey mailings (PostgreSQL, Redis, SMTP)', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let surveyId: string;
  let processId: string;
  const organisations: Record<'english' | 'optedOut' | 'arabic', string> = { english: '', optedOut: '', arabic: '' };

  const mails = (template: string): Promise<MailRow[]> =>
    dataSource.query(
      `SELECT template, recipient_email, locale, payload FROM outbox_messages WHERE template = $1 ORDER BY recipient_email`,
      [template],
    );
  const mailing = async (id: string): Promise<MailingRow> =>
    (await dataSource.query(`SELECT status, total, processed, error FROM survey_mailings WHERE id = $1`, [id]))[0];
  const newMailing = async (survey: string, kind: 'invitation' | 'reminder'): Promise<string> =>
    (await dataSource.query(`INSERT INTO survey_mailings (survey_id, kind) VALUES ($1, $2) RETURNING id`, [survey, kind]))[0].id;
  const addJob = async (mailingId: string): Promise<void> => {
    const queue = new Queue(SURVEY_MAILING_QUEUE_NAME, { prefix: config.queuePrefix, connection: { url: config.redisUrl } });
    try {
      await queue.add('send', { mailingId }, { jobId: mailingId, removeOnComplete: true, removeOnFail: true });
    } finally {
      await queue.close();
    }
  };
  /** Waits for the end, recording every progress value seen on the way. */
  const finished = async (mailingId: string): Promise<{ row: MailingRow; seen: number[] }> => {
    const seen: number[] = [];
    const row = await waitFor(
      async () => {
        const current = await mailing(mailingId);
        if (seen[seen.length - 1] !== current.processed) seen.push(current.processed);
        return current.status === 'done' || current.status === 'failed' ? current : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 10, what: `mailing ${mailingId}` },
    );
    return { row, seen };
  };

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

    const [process]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('befragung', '{"de": "Befragung"}', true) RETURNING id`,
    );
    processId = process.id;
    // Closes at midnight Berlin time on 1 Dec 2099: the last day to answer is 30 November.
    const [survey]: { id: string }[] = await dataSource.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at, closes_at)
       VALUES ($1, 'organisationen', '{"de": "Befragung der Organisationen", "en": "Survey of organisations"}',
               'invited', true, 'published', now(), '2099-12-01T00:00:00+01:00') RETURNING id`,
      [processId],
    );
    surveyId = survey.id;
    await dataSource.query(
      `INSERT INTO organisations (name, email, type, locale)
       SELECT 'Verein ' || n, 'verein' || lpad(n::text, 3, '0') || '@example.org', 'migrant_organisation', 'de'
         FROM generate_series(1, ${GERMAN_ORGANISATIONS}) AS n`,
    );
    const org = async (name: string, email: string, locale: string, optedOut = false): Promise<string> =>
      (
        await dataSource.query(
          `INSERT INTO organisations (name, email, type, locale, opted_out_at)
           VALUES ($1, $2, 'education', $3, CASE WHEN $4 THEN now() END) RETURNING id`,
          [name, email, locale, optedOut],
        )
      )[0].id;
    organisations.english = await org('English School', 'school@example.org', 'en');
    organisations.arabic = await org('جمعية الجسر', 'bridge@example.org', 'ar');
    organisations.optedOut = await org('Keine Post', 'nomail@example.org', 'de', true);
    await dataSource.query(`INSERT INTO survey_invitations (survey_id, organisation_id) SELECT $1, id FROM organisations`, [surveyId]);
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await database?.drop();
    await deleteQueueKeys(config.queuePrefix);
  });

  it('mails every pending invitation in batches, in the recipient languages, with working links, and reports progress', async () => {
    const mailingId = await newMailing(surveyId, 'invitation');
    await addJob(mailingId);
    const { row, seen } = await finished(mailingId);
    const invited = GERMAN_ORGANISATIONS + 2;
    expect(row).toEqual({ status: 'done', total: invited, processed: invited, error: null });
    // Progress moved in batch steps (the poll may miss some, never sees a value off the grid).
    expect(seen.every((value) => value === invited || value % 100 === 0)).toBe(true);

    const sent = await mails('survey_invitation');
    expect(sent).toHaveLength(invited);
    expect(sent.map((mail) => mail.recipient_email)).not.toContain('nomail@example.org');
    const english = sent.find((mail) => mail.recipient_email === 'school@example.org') as MailRow;
    expect(english).toMatchObject({
      locale: 'en',
      payload: { displayName: 'English School', surveyTitle: 'Survey of organisations', anonymous: true, closesOn: '2099-11-30' },
    });
    // Arabic has no title of its own: German, in an Arabic-preferring row (the mail falls back to German).
    expect(sent.find((mail) => mail.recipient_email === 'bridge@example.org')).toMatchObject({
      locale: 'ar',
      payload: { surveyTitle: 'Befragung der Organisationen' },
    });

    // Every link resolves to this organisation's own invitation and opt-out.
    const invitations: { id: string; organisation_id: string; email: string; status: string; invited_at: Date | null }[] =
      await dataSource.query(
        `SELECT i.id, i.organisation_id, o.email, i.status, i.invited_at
           FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.survey_id = $1`,
        [surveyId],
      );
    const byEmail = new Map(invitations.map((invitation) => [invitation.email, invitation]));
    for (const mail of sent) {
      const invitation = byEmail.get(mail.recipient_email);
      if (!invitation) throw new Error(`Mail to ${mail.recipient_email} without an invitation`);
      const link = new URL(mail.payload.link);
      expect(link.origin).toBe('http://mitreden.test');
      const [, , , token] = link.pathname.split('/');
      expect(link.pathname).toBe(`/surveys/answer/${token}`);
      expect(verifyLinkToken(config.sessionSecret, 'invitation', token)).toBe(invitation.id);
      const optOut = new URL(mail.payload.optOutLink).pathname.split('/')[3];
      expect(verifyLinkToken(config.sessionSecret, 'opt-out', optOut)).toBe(invitation.organisation_id);
      expect(invitation.status).toBe('invited');
      expect(invitation.invited_at).toBeInstanceOf(Date);
    }
    expect(byEmail.get('nomail@example.org')).toMatchObject({ status: 'pending', invited_at: null });

    // The mails really go out, rendered in the recipient's language.
    const delivered = await smtp.waitForMail((mail) => mail.to.includes('school@example.org'), 20_000);
    expect(delivered.subject).toBe('Invitation to a survey on Mitreden');
    expect(delivered.text).toContain(english.payload.link);
    expect(delivered.text).toContain('The survey is anonymous');

    // Running the same mailing again sends nothing more.
    await dataSource.query(`UPDATE survey_mailings SET status = 'queued' WHERE id = $1`, [mailingId]);
    await worker.get(SurveyMailingWorker).run(mailingId);
    expect(await mails('survey_invitation')).toHaveLength(invited);
  });

  it('reminds the invited, opened and partial ones only, skipping complete and opted-out organisations', async () => {
    await dataSource.query(
      `UPDATE survey_invitations SET status = 'complete' WHERE survey_id = $1
          AND organisation_id IN (SELECT id FROM organisations WHERE email IN ('verein001@example.org', 'verein002@example.org'))`,
      [surveyId],
    );
    await dataSource.query(
      `UPDATE survey_invitations SET status = 'partial' WHERE survey_id = $1
          AND organisation_id = (SELECT id FROM organisations WHERE email = 'verein003@example.org')`,
      [surveyId],
    );
    await dataSource.query(
      `UPDATE survey_invitations SET status = 'opened' WHERE survey_id = $1 AND organisation_id = $2`,
      [surveyId, organisations.english],
    );
    // Opted out after the invitation: no reminder.
    await dataSource.query(`UPDATE organisations SET opted_out_at = now() WHERE id = $1`, [organisations.arabic]);

    const mailingId = await newMailing(surveyId, 'reminder');
    await addJob(mailingId);
    const { row } = await finished(mailingId);
    const expected = GERMAN_ORGANISATIONS - 2 + 1;
    expect(row).toEqual({ status: 'done', total: expected, processed: expected, error: null });

    const reminders = await mails('survey_reminder');
    const recipients = reminders.map((mail) => mail.recipient_email);
    expect(recipients).toHaveLength(expected);
    expect(recipients).toEqual(expect.arrayContaining(['verein003@example.org', 'school@example.org']));
    for (const skipped of ['verein001@example.org', 'verein002@example.org', 'bridge@example.org', 'nomail@example.org'])
      expect(recipients).not.toContain(skipped);
    const counts: { email: string; reminder_count: number; last_reminded_at: Date | null }[] = await dataSource.query(
      `SELECT o.email, i.reminder_count, i.last_reminded_at FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id
        WHERE o.email IN ('verein001@example.org', 'verein003@example.org') ORDER BY o.email`,
    );
    expect(counts).toEqual([
      { email: 'verein001@example.org', reminder_count: 0, last_reminded_at: null },
      { email: 'verein003@example.org', reminder_count: 1, last_reminded_at: expect.any(Date) },
    ]);
  });

  it('picks up mailings the API could not hand to Redis, and fails a mailing whose survey was closed', async () => {
    const [other]: { id: string }[] = await dataSource.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at)
       VALUES ($1, 'zweite', '{"de": "Zweite Befragung"}', 'invited', false, 'published', now()) RETURNING id`,
      [processId],
    );
    await dataSource.query(`INSERT INTO survey_invitations (survey_id, organisation_id) VALUES ($1, $2)`, [other.id, organisations.english]);
    // No job in Redis: only the row, as when the API found Redis down.
    const mailingId = await newMailing(other.id, 'invitation');
    expect(await worker.get(SurveyMailingWorker).sweep()).toBeGreaterThanOrEqual(1);
    const { row } = await finished(mailingId);
    expect(row).toEqual({ status: 'done', total: 1, processed: 1, error: null });
    const [mail]: MailRow[] = await dataSource.query(
      `SELECT template, recipient_email, locale, payload FROM outbox_messages
        WHERE template = 'survey_invitation' AND payload->>'surveyTitle' = 'Zweite Befragung'`,
    );
    expect(mail.payload).toMatchObject({ anonymous: false, displayName: 'English School' });
    expect(mail.payload.closesOn).toBeUndefined();

    await dataSource.query(`UPDATE surveys SET status = 'closed' WHERE id = $1`, [other.id]);
    const closedMailing = await newMailing(other.id, 'reminder');
    await addJob(closedMailing);
    const closed = await finished(closedMailing);
    expect(closed.row).toMatchObject({ status: 'failed', error: expect.stringContaining('no longer published') });
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
