import type { DataSource } from 'typeorm';
import { Workbook } from 'exceljs';
import { DEMO_USERS, PasswordHasher, seedDemoUsers } from '@mitreden/api/identity';
import type { GraphqlClient } from '@mitreden/testing';
import type { TestApi } from './support/test-api';
import { logInAs } from './support/identity-helpers';

/**
 * A process past its forums phase (assessment runs: residents can no longer propose, moderators
 * still bring in late paper forms), two action fields, an open and a closed forum, one existing
 * goal, a second process with its own forum, and the demo accounts. Written straight to the
 * database: these specs test intake, not process management.
 */
export interface IntakeFixture {
  processId: string;
  educationFieldId: string;
  economyFieldId: string;
  educationForumId: string;
  closedForumId: string;
  existingGoalId: string;
  existingGoalNumber: number;
  otherProcessId: string;
  otherForumId: string;
  moderatorId: string;
}

async function one<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await dataSource.query(sql, params);
  return rows[0];
}

export async function createIntakeFixture(dataSource: DataSource): Promise<IntakeFixture> {
  await seedDemoUsers(dataSource, new PasswordHasher());
  const { id: processId } = await one<{ id: string }>(
    dataSource,
    `INSERT INTO processes (slug, title, is_current) VALUES ('intake', '{"de": "Einbringen", "en": "Intake"}', true) RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO phases (process_id, kind, title, starts_at, ends_at) VALUES
       ($1, 'forums', '{"de": "Foren"}', now() - interval '60 days', now() - interval '2 days'),
       ($1, 'assessment', '{"de": "Prüfung"}', now() - interval '2 days', now() + interval '30 days')`,
    [processId],
  );
  const field = (position: number, title: string) =>
    one<{ id: string }>(
      dataSource,
      `INSERT INTO action_fields (process_id, position, title) VALUES ($1, $2, $3) RETURNING id`,
      [processId, position, title],
    ).then((row) => row.id);
  const educationFieldId = await field(
    4,
    JSON.stringify({ de: 'Bildung und Sprache', en: 'Education and language' }),
  );
  const economyFieldId = await field(
    5,
    JSON.stringify({ de: 'Wirtschaft und Arbeit', en: 'Economy and work' }),
  );
  const forum = (process: string, actionField: string, title: object, acceptsInput: boolean) =>
    one<{ id: string }>(
      dataSource,
      `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format, accepts_input)
       VALUES ($1, $2, $3, '2014-07-12T10:00:00+02:00', 'Ronnenberg', 'on_site', $4) RETURNING id`,
      [process, actionField, JSON.stringify(title), acceptsInput],
    ).then((row) => row.id);
  const educationForumId = await forum(
    processId,
    educationFieldId,
    { de: 'Forum Bildung und Sprache', en: 'Forum education and language' },
    true,
  );
  const closedForumId = await forum(processId, economyFieldId, { de: 'Forum Wirtschaft und Arbeit' }, false);

  const { id: otherProcessId } = await one<{ id: string }>(
    dataSource,
    `INSERT INTO processes (slug, title) VALUES ('anderer', '{"de": "Anderer Prozess"}') RETURNING id`,
  );
  const { id: otherFieldId } = await one<{ id: string }>(
    dataSource,
    `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Bildung und Sprache"}') RETURNING id`,
    [otherProcessId],
  );
  const otherForumId = await forum(otherProcessId, otherFieldId, { de: 'Forum Bildung und Sprache' }, true);

  const existingGoal = await one<{ id: string; number: number }>(
    dataSource,
    `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
     VALUES ($1, $2, 'goal', 'Mehrsprachigkeit als Stärke anerkennen', '', 'online') RETURNING id, number`,
    [processId, educationFieldId],
  );
  const moderator = await one<{ id: string }>(
    dataSource,
    `SELECT id FROM users WHERE email = 'moderator@mitreden.test'`,
  );
  return {
    processId,
    educationFieldId,
    economyFieldId,
    educationForumId,
    closedForumId,
    existingGoalId: existingGoal.id,
    existingGoalNumber: existingGoal.number,
    otherProcessId,
    otherForumId,
    moderatorId: moderator.id,
  };
}

export type RoleClient =
  'anonymous' | 'resident' | 'department_expert' | 'moderator' | 'project_group' | 'admin';

/** One client per role, logged in as the demo account of that role. */
export async function clientsByRole(api: TestApi): Promise<Record<RoleClient, GraphqlClient>> {
  const clients = { anonymous: api.client() } as Record<RoleClient, GraphqlClient>;
  for (const user of DEMO_USERS) {
    const client = api.client();
    await logInAs(client, user.email);
    clients[user.role as RoleClient] = client;
  }
  return clients;
}

/** An XLSX built the way a spreadsheet program would save it. */
export async function xlsxBase64(rows: unknown[][]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Papierbögen');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export const csvBase64 = (text: string, bom = false) =>
  Buffer.concat([
    bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    Buffer.from(text, 'utf8'),
  ]).toString('base64');

export const PREVIEW = `query Preview($input: ProposalImportInput!) {
  proposalImportPreview(input: $input) {
    columns mapping { field column } rowCount validCount invalidCount duplicateCount
    rows { rowNumber status title kind actionField forum errors { field code } }
  }
}`;
export const IMPORT = `mutation Import($input: ProposalImportInput!) { importProposals(input: $input) { importId createdCount skippedCount } }`;
export const ENTER = `mutation Enter($input: EnterProposalInput!) {
  enterProposal(input: $input) {
    id number kind title body bodyHtml language source state participantCount goalId goalTitle revisionCount
    author { id } enteredBy { id displayName } forum { id title } actionField { id title }
  }
}`;

export interface PreviewRow {
  rowNumber: number;
  status: 'VALID' | 'INVALID' | 'DUPLICATE';
  title: string;
  kind: 'GOAL' | 'MEASURE' | null;
  actionField: string | null;
  forum: string | null;
  errors: { field: string; code: string }[];
}

export interface Preview {
  proposalImportPreview: {
    columns: string[];
    mapping: { field: string; column: string }[];
    rowCount: number;
    validCount: number;
    invalidCount: number;
    duplicateCount: number;
    rows: PreviewRow[];
  };
}

export interface ImportResult {
  importProposals: { importId: string; createdCount: number; skippedCount: number };
}
