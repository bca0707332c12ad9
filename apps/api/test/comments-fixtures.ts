import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, PasswordHasher, seedDemoUsers } from '@mitreden/api/identity';

/**
 * A small participation world written straight into the database, so comment and follow tests do
 * not depend on other libraries' services: one process in its forums phase, one action field, one
 * forum, two published proposals and a withdrawn one, the demo accounts and two extra residents.
 */
export interface ParticipationFixture {
  processId: string;
  actionFieldId: string;
  forumId: string;
  proposalId: string;
  otherProposalId: string;
  withdrawnProposalId: string;
  residentB: string;
  residentC: string;
}

export const RESIDENT_A = 'resident@mitreden.test';
export const RESIDENT_B = 'resident-b@mitreden.test';
export const RESIDENT_C = 'resident-c@mitreden.test';
export const MODERATOR = 'moderator@mitreden.test';
export const ADMIN = 'admin@mitreden.test';

async function one<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await dataSource.query(sql, params);
  return rows[0];
}

export async function createParticipationFixture(dataSource: DataSource): Promise<ParticipationFixture> {
  const hasher = new PasswordHasher();
  await seedDemoUsers(dataSource, hasher);
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const extra: string[] = [];
  for (const [email, name] of [
    [RESIDENT_B, 'Berta Zweite'],
    [RESIDENT_C, 'Cem Dritter'],
  ]) {
    const row = await one<{ id: string }>(
      dataSource,
      `INSERT INTO users (email, display_name, password_hash, role, locale, email_confirmed_at, privacy_accepted_at)
       VALUES ($1, $2, $3, 'resident', 'de', now(), now()) RETURNING id`,
      [email, name, passwordHash],
    );
    extra.push(row.id);
  }
  const process = await one<{ id: string }>(
    dataSource,
    `INSERT INTO processes (slug, title, is_current) VALUES ('test-process', '{"de": "Testprozess", "en": "Test process"}', true) RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO phases (process_id, kind, title, starts_at, ends_at)
     VALUES ($1, 'survey', '{"de": "Umfrage"}', now() - interval '30 days', now() - interval '14 days'),
            ($1, 'forums', '{"de": "Foren"}', now() - interval '14 days', now() + interval '42 days')`,
    [process.id],
  );
  const field = await one<{ id: string }>(
    dataSource,
    `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Bildung und Sprache", "en": "Education and language"}') RETURNING id`,
    [process.id],
  );
  const forum = await one<{ id: string }>(
    dataSource,
    `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format)
     VALUES ($1, $2, '{"de": "Forum Bildung", "en": "Education forum"}', now() - interval '10 days', 'Ronnenberg', 'on_site') RETURNING id`,
    [process.id, field.id],
  );
  const proposal = async (title: string, state = 'published') =>
    (
      await one<{ id: string }>(
        dataSource,
        `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id, state, withdrawn_at, withdrawal_reason)
         VALUES ($1, $2, $3, 'goal', $4, 'Text', 'online', (SELECT id FROM users WHERE email = $5), $6,
                 CASE WHEN $6 = 'withdrawn' THEN now() END, CASE WHEN $6 = 'withdrawn' THEN 'erledigt' END)
         RETURNING id`,
        [process.id, field.id, forum.id, title, RESIDENT_C, state],
      )
    ).id;
  return {
    processId: process.id,
    actionFieldId: field.id,
    forumId: forum.id,
    proposalId: await proposal('Mehr Sprachkurse am Abend'),
    otherProposalId: await proposal('Kita-Plätze für alle'),
    withdrawnProposalId: await proposal('Zurückgezogener Vorschlag', 'withdrawn'),
    residentB: extra[0],
    residentC: extra[1],
  };
}

/** Moves the forums phase into the past, so nothing is open any more (and back with `reopen`). */
export async function closeForumsPhase(dataSource: DataSource, processId: string): Promise<void> {
  await dataSource.query(
    `UPDATE phases SET starts_at = now() - interval '13 days', ends_at = now() - interval '1 day' WHERE process_id = $1 AND kind = 'forums'`,
    [processId],
  );
}

export async function reopenForumsPhase(dataSource: DataSource, processId: string): Promise<void> {
  await dataSource.query(
    `UPDATE phases SET starts_at = now() - interval '13 days', ends_at = now() + interval '42 days' WHERE process_id = $1 AND kind = 'forums'`,
    [processId],
  );
}
