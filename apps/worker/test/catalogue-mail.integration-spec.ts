import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AuditService } from '@mitreden/api/audit';
import { CatalogueAdoption } from '@mitreden/api/catalogue';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';
import {
  createTestDatabase,
  linkFrom,
  startSmtpCapture,
  testRedisUrl,
  uniqueQueuePrefix,
  waitFor,
} from '@mitreden/testing';
import type { CapturedMail, SmtpCapture, TestDatabase } from '@mitreden/testing';
import { WorkerModule } from '../src/app/worker.module';

const HOUR = 3_600_000;

/**
 * Closing the loop end to end: the adoption service writes the outbox rows and dispatches them, the
 * worker renders the catalogue_adopted mail in each author's language and delivers it over SMTP.
 */
describe('catalogue adoption mail (PostgreSQL, Redis, SMTP)', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let adoption: CatalogueAdoption;

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
    // The relay sleeps, so the dispatch after the adoption's commit is what delivers.
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config, {
        mail: { delivery: { backoffDelayMs: 100 }, relay: { intervalMs: HOUR } },
      }),
      { logger: ['error'] },
    );
    dataSource = worker.get(DataSource);
    adoption = new CatalogueAdoption(
      dataSource,
      config,
      new AuditService(),
      worker.get(OutboxService),
      worker.get(MailDispatcher),
    );
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await database?.drop();
    await deleteQueueKeys(config?.queuePrefix);
  });

  async function insertUser(
    email: string,
    displayName: string,
    locale: string,
    role = 'resident',
  ): Promise<User> {
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, role, locale, email_confirmed_at, privacy_accepted_at)
       VALUES ($1, $2, 'not-a-hash', $3, $4, now(), now()) RETURNING id`,
      [email, displayName, role, locale],
    );
    return { id, displayName, role } as User;
  }

  const mailTo = (email: string): CapturedMail[] => smtp.mails.filter((mail) => mail.to.includes(email));

  it('delivers one mail per author: German and English, with the measures, date and council reference', async () => {
    const [{ id: processId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title) VALUES ('katalog', '{"de": "Katalog"}') RETURNING id`,
    );
    const [{ id: fieldId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 3, '{"de": "Mobilität"}') RETURNING id`,
      [processId],
    );
    const projectGroup = await insertUser('pg@example.org', 'Projektgruppe', 'de', 'project_group');
    const ayse = await insertUser('ayse@example.org', 'Ayşe <b>Yılmaz</b>', 'de');
    const kim = await insertUser('kim@example.org', 'Kim', 'en');
    const proposal = async (
      title: string,
      authorId: string | null,
    ): Promise<{ id: string; number: number }> => {
      const [row]: { id: string; number: number }[] = await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source, author_id)
         VALUES ($1, $2, 'measure', $3, 'Text', $4, $5) RETURNING id, number`,
        [processId, fieldId, title, authorId ? 'online' : 'curated', authorId],
      );
      return row;
    };
    const original = await proposal('Radweg <Lister> Meile', ayse.id);
    const english = await proposal('Safe cycling in the List', kim.id);
    const merged = await proposal('Sichere Radverbindung durch die List', null);
    await dataSource.query(`UPDATE proposals SET state = 'merged' WHERE id = ANY($1::uuid[])`, [
      [original.id, english.id],
    ]);
    await dataSource.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind) VALUES ($1, $3, 'merge'), ($2, $3, 'merge')`,
      [original.id, english.id, merged.id],
    );

    const [{ id: versionId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO catalogue_versions (process_id, number) VALUES ($1, 1) RETURNING id`,
      [processId],
    );
    const [{ id: goalId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
       VALUES ($1, $2, $3, 1, '{"de": "Sicher unterwegs"}') RETURNING id`,
      [versionId, processId, fieldId],
    );
    for (const number of [1, 2]) {
      const [{ id: measureId }]: { id: string }[] = await dataSource.query(
        `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
         VALUES ($1, $2, $3, $4, '{"de": "Radweg bauen"}') RETURNING id`,
        [versionId, goalId, fieldId, number],
      );
      await dataSource.query(
        `INSERT INTO catalogue_measure_sources (measure_id, proposal_id) VALUES ($1, $2)`,
        [measureId, merged.id],
      );
    }

    const result = await adoption.adopt(
      { versionId, adoptedOn: '2025-03-05', councilReference: 'Drucksache 1234/2025' },
      projectGroup,
    );
    expect(result.notifiedAuthorCount).toBe(2);

    const german = await smtp.waitForMail((mail) => mail.to.includes('ayse@example.org'));
    expect(german.subject).toBe('Ihr Vorschlag ist in den Maßnahmenkatalog eingeflossen');
    expect(german.html).toContain('lang="de"');
    expect(german.text).toContain('Guten Tag Ayşe <b>Yılmaz</b>,');
    expect(german.html).toContain('Guten Tag <bdi>Ayşe &lt;b&gt;Yılmaz&lt;/b&gt;</bdi>,');
    expect(german.text).toContain(
      'am 5. März 2025 wurde der Ziele- und Maßnahmenkatalog politisch beschlossen',
    );
    expect(german.text).toContain('(Beschluss: Drucksache 1234/2025)');
    expect(german.text).toContain(
      `- Ihr Vorschlag Nr. ${original.number} „Radweg <Lister> Meile“ ist in die Maßnahmen 3.1 und 3.2 eingeflossen.`,
    );
    expect(german.html).toContain(
      `„<bdi>Radweg &lt;Lister&gt; Meile</bdi>“ ist in die Maßnahmen 3.1 und 3.2`,
    );
    expect(german.html).not.toContain('<Lister>');
    expect(linkFrom(german.text, '/catalogue/')).toBe('http://mitreden.test/catalogue/3');
    expect(german.html).toContain('href="http://mitreden.test/catalogue/3"');

    const englishMail = await smtp.waitForMail((mail) => mail.to.includes('kim@example.org'));
    expect(englishMail.subject).toBe('Your proposal has become part of the catalogue of measures');
    expect(englishMail.html).toContain('lang="en"');
    expect(englishMail.text).toContain('Hello Kim,');
    expect(englishMail.text).toContain('On 5 March 2025, the catalogue of goals and measures was adopted');
    expect(englishMail.text).toContain(
      `- Your proposal No. ${english.number} “Safe cycling in the List” has been incorporated into measures 3.1 and 3.2.`,
    );
    expect(linkFrom(englishMail.text, '/catalogue/')).toBe('http://mitreden.test/catalogue/3');

    // Sent, once each: the outbox rows are marked and nothing else arrives for these authors.
    const sent = await waitFor(async () => {
      const rows: { sent_at: Date | null; attempts: number }[] = await dataSource.query(
        `SELECT o.sent_at, o.attempts FROM catalogue_notices n JOIN outbox_messages o ON o.id = n.outbox_id
         WHERE n.version_id = $1`,
        [versionId],
      );
      return rows.length === 2 && rows.every((row) => row.sent_at) ? rows : undefined;
    });
    expect(sent.map((row) => row.attempts)).toEqual([1, 1]);
    expect(mailTo('ayse@example.org')).toHaveLength(1);
    expect(mailTo('kim@example.org')).toHaveLength(1);
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
