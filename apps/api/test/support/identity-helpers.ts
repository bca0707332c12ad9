import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@mitreden/api/identity';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';

export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
export const CONFIRM = `mutation Confirm($token: String!) { confirmEmail(token: $token) }`;
export const RESEND = `mutation Resend($email: String!) { resendConfirmation(email: $email) }`;
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id displayName email role locale emailConfirmed } }`;
export const LOGOUT = `mutation { logout }`;
export const ME = `{ me { id displayName email role department locale emailConfirmed createdAt } }`;
export const REQUEST_RESET = `mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
export const UPDATE_PROFILE = `mutation Update($input: UpdateProfileInput!) { updateMyProfile(input: $input) { displayName locale email } }`;
export const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
export const USERS = `query Users($search: String, $role: Role, $offset: Int, $limit: Int) {
  users(search: $search, role: $role, offset: $offset, limit: $limit) { totalCount items { id displayName email role department } }
}`;
export const SET_ROLE = `mutation SetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { id role department email } }`;

export interface MeUser {
  id: string;
  displayName: string;
  email: string | null;
  role: string;
  department: string | null;
  locale: string;
  emailConfirmed: boolean;
}

export interface OutboxRow {
  id: string;
  template: string;
  recipient_email: string;
  recipient_user_id: string | null;
  locale: string;
  payload: Record<string, string>;
}

export function outboxRows(dataSource: DataSource, recipientEmail: string, template?: string): Promise<OutboxRow[]> {
  return dataSource.query(
    `SELECT id, template, recipient_email, recipient_user_id, locale, payload FROM outbox_messages
     WHERE recipient_email = $1 AND ($2::text IS NULL OR template = $2) ORDER BY created_at, id`,
    [recipientEmail, template ?? null],
  );
}

/** The token from the link in the newest outbox mail of that template. */
export async function tokenFromOutbox(dataSource: DataSource, email: string, template: 'confirm_email' | 'reset_password'): Promise<string> {
  const rows = await outboxRows(dataSource, email, template);
  const link = rows.at(-1)?.payload['link'];
  if (!link) throw new Error(`No ${template} mail for ${email}`);
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`No token in ${link}`);
  return token;
}

export function userCount(dataSource: DataSource, email: string): Promise<number> {
  return dataSource
    .query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email])
    .then((rows: { count: number }[]) => rows[0].count);
}

/** Registers through the API and confirms with the token from the outbox. */
export async function registerConfirmed(
  client: GraphqlClient,
  dataSource: DataSource,
  input: { email: string; displayName: string; password: string; locale?: string },
): Promise<void> {
  const registered = await client.request(REGISTER, { input: { locale: 'de', acceptPrivacy: true, ...input } });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  const confirmed = await client.request(CONFIRM, { token: await tokenFromOutbox(dataSource, input.email, 'confirm_email') });
  if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
}

export async function logInAs(client: GraphqlClient, email: string, password = DEMO_PASSWORD): Promise<MeUser> {
  const response = await client.request<{ login: MeUser }>(LOGIN, { input: { email, password } });
  if (!response.data?.login) throw new Error(`Login as ${email} failed: ${errorCode(response)}`);
  return response.data.login;
}
