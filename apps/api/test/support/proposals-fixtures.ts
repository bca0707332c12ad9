import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordHasher, SESSION_COOKIE_NAME } from '@mitreden/api/identity';
import type { RoleName } from '@mitreden/shared/contracts';
import { GraphqlClient } from '@mitreden/testing';
import type { TestApi } from './test-api';

/** Proposal fields the proposals and supports specs read back. */
export const PROPOSAL_FIELDS = `id number processId kind title body bodyHtml language source state withdrawalReason withdrawnAt
  actionField { id title proposalCount followedByMe } forum { id title acceptsInput actionField { id title } }
  goalId goalTitle author { id displayName } enteredBy { id displayName } participantCount supportCount commentCount
  supportedByMe followedByMe canEdit canWithdraw revisionCount createdAt updatedAt`;

export interface ProposalFixture {
  processId: string;
  otherProcessId: string;
  fieldIds: string[];
  otherProcessFieldId: string;
  openForumId: string;
  closedForumId: string;
  otherProcessForumId: string;
}

/**
 * A process in its forums phase (2 action fields, an open and a closed forum) and a second process
 * without a running forums phase, written straight to the database: these specs test proposals,
 * not process management.
 */
export async function createProcesses(dataSource: DataSource): Promise<ProposalFixture> {
  const [{ id: processId }] = await dataSource.query(
    `INSERT INTO processes (slug, title, is_current) VALUES ('beteiligung', '{"de": "Beteiligung", "en": "Participation"}', true) RETURNING id`,
  );
  const [{ id: otherProcessId }] = await dataSource.query(
    `INSERT INTO processes (slug, title) VALUES ('vorbei', '{"de": "Vorbei"}') RETURNING id`,
  );
  const fields: { id: string }[] = await dataSource.query(
    `INSERT INTO action_fields (process_id, position, title) VALUES
       ($1, 1, '{"de": "Bildung und Sprache", "en": "Education and language"}'),
       ($1, 2, '{"de": "Wirtschaft und Arbeit"}')
     RETURNING id`,
    [processId],
  );
  const [{ id: otherProcessFieldId }] = await dataSource.query(
    `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Anderes Feld"}') RETURNING id`,
    [otherProcessId],
  );
  await dataSource.query(
    `INSERT INTO phases (process_id, kind, title, starts_at, ends_at) VALUES
       ($1, 'survey', '{"de": "Umfrage"}', now() - interval '30 days', now() - interval '14 days'),
       ($1, 'forums', '{"de": "Foren"}', now() - interval '14 days', now() + interval '42 days'),
       ($2, 'forums', '{"de": "Foren"}', now() - interval '60 days', now() - interval '30 days')`,
    [processId, otherProcessId],
  );
  const forum = async (
    process: string,
    field: string,
    title: string,
    acceptsInput: boolean,
  ): Promise<string> => {
    const [{ id }] = await dataSource.query(
      `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format, accepts_input)
       VALUES ($1, $2, jsonb_build_object('de', $3::text), now() - interval '10 days', 'Hannover', 'on_site', $4) RETURNING id`,
      [process, field, title, acceptsInput],
    );
    return id;
  };
  return {
    processId,
    otherProcessId,
    fieldIds: fields.map((field) => field.id),
    otherProcessFieldId,
    openForumId: await forum(processId, fields[0].id, 'Forum Bildung', true),
    closedForumId: await forum(processId, fields[1].id, 'Forum Wirtschaft', false),
    otherProcessForumId: await forum(otherProcessId, otherProcessFieldId, 'Altes Forum', true),
  };
}

export const FIXTURE_PASSWORD = 'proposals-test-password';
let passwordHash: Promise<string> | undefined;

/** Confirmed accounts inserted directly; one argon2 hash shared by all keeps this fast. */
export async function createUsers(
  dataSource: DataSource,
  prefix: string,
  count: number,
  role: RoleName = 'resident',
): Promise<{ id: string; email: string }[]> {
  passwordHash ??= new PasswordHasher().hash(FIXTURE_PASSWORD);
  return dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     SELECT $1 || '-' || n || '@example.org', initcap($1) || ' ' || n, $2, $3, now(), now() FROM generate_series(1, $4) AS n
     RETURNING id, email`,
    [prefix, await passwordHash, role, count],
  );
}

/**
 * A logged-in client without going through the login mutation: a session row as express-session
 * stores it plus its signed cookie. For the concurrency tests with hundreds of users, where 200
 * argon2 verifications would only measure the hash.
 */
export async function sessionClient(
  api: TestApi,
  dataSource: DataSource,
  userId: string,
): Promise<GraphqlClient> {
  const sid = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + 60 * 60 * 1000);
  const sess = {
    cookie: {
      originalMaxAge: 3600000,
      expires: expires.toISOString(),
      httpOnly: true,
      path: '/',
      sameSite: 'lax',
      secure: false,
    },
    passport: { user: userId },
  };
  await dataSource.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ($1, $2, $3)`, [
    sid,
    JSON.stringify(sess),
    expires,
  ]);
  const signature = createHmac('sha256', api.config.sessionSecret)
    .update(sid)
    .digest('base64')
    .replace(/=+$/, '');
  const cookie = `${SESSION_COOKIE_NAME}=${encodeURIComponent(`s:${sid}.${signature}`)}`;
  return new GraphqlClient(api.url, { cookie });
}

export interface GqlProposal {
  id: string;
  number: number;
  title: string;
  body: string;
  bodyHtml: string;
  state: string;
  kind: string;
  source: string;
  language: string;
  withdrawalReason: string | null;
  actionField: { id: string; title: string; proposalCount: number; followedByMe: boolean };
  forum: {
    id: string;
    title: string;
    acceptsInput: boolean;
    actionField: { id: string; title: string };
  } | null;
  goalId: string | null;
  goalTitle: string | null;
  author: { id: string; displayName: string } | null;
  enteredBy: { id: string; displayName: string } | null;
  supportCount: number;
  commentCount: number;
  supportedByMe: boolean;
  followedByMe: boolean;
  canEdit: boolean;
  canWithdraw: boolean;
  revisionCount: number;
  createdAt: string;
}

export const CREATE = `mutation Create($input: CreateProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const UPDATE = `mutation Update($id: ID!, $input: UpdateProposalInput!) { updateProposal(id: $id, input: $input) { ${PROPOSAL_FIELDS} revisions { revision title body editedBy { id displayName } } } }`;
export const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String!) { withdrawProposal(id: $id, reason: $reason) { ${PROPOSAL_FIELDS} } }`;
export const SUPPORT = `mutation Support($id: ID!) { supportProposal(id: $id) { id supportCount supportedByMe } }`;
export const UNSUPPORT = `mutation Unsupport($id: ID!) { withdrawSupport(id: $id) { id supportCount supportedByMe } }`;
export const PROPOSAL = `query Proposal($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} revisions { revision title body editedBy { id displayName } } } }`;
