import type { DataSource } from 'typeorm';
import type { RoleName } from '@mitreden/shared/contracts';
import { PasswordHasher } from '../crypto/password-hasher';

export const DEMO_PASSWORD = 'mitreden-demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: RoleName;
  department: string | null;
}

/** One confirmed account per role (two in the project group) (privacy notice accepted, like any registered account), printed by `npm start`; German locale like most residents. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'resident@mitreden.test', displayName: 'Rana Einwohnerin', role: 'resident', department: null },
  { email: 'moderator@mitreden.test', displayName: 'Max Moderation', role: 'moderator', department: null },
  {
    email: 'expert@mitreden.test',
    displayName: 'Elif Fachbereich',
    role: 'department_expert',
    department: 'Fachbereich Soziales',
  },
  {
    email: 'projectgroup@mitreden.test',
    displayName: 'Paul Projektgruppe',
    role: 'project_group',
    department: null,
  },
  // A second project group member: official answers need four eyes.
  {
    email: 'projectlead@mitreden.test',
    displayName: 'Petra Projektleitung',
    role: 'project_group',
    department: null,
  },
  { email: 'admin@mitreden.test', displayName: 'Ada Admin', role: 'admin', department: null },
];

/**
 * Creates the demo accounts that do not exist yet; existing ones (and any changes made to them)
 * are left alone, so running it on every start is safe. Returns the addresses it created.
 */
export async function seedDemoUsers(
  dataSource: DataSource,
  hasher = new PasswordHasher(),
): Promise<string[]> {
  const existing: { email: string }[] = await dataSource.query(
    `SELECT email FROM users WHERE email = ANY($1::text[])`,
    [DEMO_USERS.map((user) => user.email)],
  );
  const known = new Set(existing.map((row) => row.email));
  const created: string[] = [];
  for (const user of DEMO_USERS.filter((candidate) => !known.has(candidate.email))) {
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    const rows: unknown[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, role, department, locale, email_confirmed_at, privacy_accepted_at)
       VALUES ($1, $2, $3, $4, $5, 'de', now(), now())
       ON CONFLICT (email) DO NOTHING
       RETURNING id`,
      [user.email, user.displayName, passwordHash, user.role, user.department],
    );
    if (rows.length > 0) created.push(user.email);
  }
  return created;
}
