import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE_NAME } from '@mitreden/api/identity';
import type { RoleName } from '@mitreden/shared/contracts';
import { GraphqlClient } from '@mitreden/testing';
import type { TestApi } from './test-api';

export const ROLES: RoleName[] = ['resident', 'moderator', 'department_expert', 'project_group', 'admin'];
export type Caller = RoleName | 'anonymous';
export const CALLERS: Caller[] = ['anonymous', ...ROLES];
export const EXPERT_DEPARTMENT = 'Fachbereich Soziales';

export interface StaffSession {
  id: string;
  role: RoleName;
  displayName: string;
  /** The Cookie header value, for plain HTTP requests (CSV download). */
  cookie: string;
  client: GraphqlClient;
}

/** A signed session cookie as express-session writes it, without the login round trip. */
export async function sessionCookie(api: TestApi, dataSource: DataSource, userId: string): Promise<string> {
  const sid = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + 60 * 60 * 1000);
  const sess = {
    cookie: { originalMaxAge: 3600000, expires: expires.toISOString(), httpOnly: true, path: '/', sameSite: 'lax', secure: false },
    passport: { user: userId },
  };
  await dataSource.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ($1, $2, $3)`, [
    sid,
    JSON.stringify(sess),
    expires,
  ]);
  const signature = createHmac('sha256', api.config.sessionSecret).update(sid).digest('base64').replace(/=+$/, '');
  return `${SESSION_COOKIE_NAME}=${encodeURIComponent(`s:${sid}.${signature}`)}`;
}

/** One confirmed account per role (experts in EXPERT_DEPARTMENT), each with a logged-in client. */
export async function staffSessions(
  api: TestApi,
  dataSource: DataSource,
  prefix: string,
): Promise<Record<RoleName, StaffSession>> {
  const sessions = {} as Record<RoleName, StaffSession>;
  for (const role of ROLES) {
    const displayName = `${prefix} ${role}`;
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, role, department, email_confirmed_at, privacy_accepted_at)
       VALUES ($1, $2, 'not-a-hash', $3, $4, now(), now()) RETURNING id`,
      [`${prefix}-${role}@example.org`, displayName, role, role === 'department_expert' ? EXPERT_DEPARTMENT : null],
    );
    const cookie = await sessionCookie(api, dataSource, id);
    sessions[role] = { id, role, displayName, cookie, client: new GraphqlClient(api.url, { cookie }) };
  }
  return sessions;
}
