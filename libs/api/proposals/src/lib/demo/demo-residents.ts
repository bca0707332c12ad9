import type { EntityManager } from 'typeorm';
import { DEMO_PASSWORD, PasswordHasher } from '@mitreden/api/identity';

export interface DemoResident {
  email: string;
  displayName: string;
  locale: string;
}

/**
 * Residents who wrote, supported and discussed the demo proposals besides `resident@`. Confirmed,
 * privacy notice accepted, password DEMO_PASSWORD, like the accounts of `seedDemoUsers`.
 */
export const DEMO_EXTRA_RESIDENTS: readonly DemoResident[] = [
  { email: 'ayse.yilmaz@mitreden.test', displayName: 'Ayşe Yılmaz', locale: 'tr' },
  { email: 'dmytro.kovalenko@mitreden.test', displayName: 'Dmytro Kovalenko', locale: 'uk' },
  { email: 'samira.haddad@mitreden.test', displayName: 'Samira Haddad', locale: 'ar' },
  { email: 'katarzyna.nowak@mitreden.test', displayName: 'Katarzyna Nowak', locale: 'de' },
];

/**
 * Creates the missing extra residents; existing accounts (and changes made to them) stay as they
 * are. The demo password is hashed once per run and only when an account is missing: argon2 is
 * slow on purpose, and the accounts share a publicly known password anyway.
 */
export async function seedDemoResidents(
  manager: EntityManager,
  hasher = new PasswordHasher(),
): Promise<void> {
  const existing: { email: string }[] = await manager.query(
    `SELECT email FROM users WHERE email = ANY($1::text[])`,
    [DEMO_EXTRA_RESIDENTS.map((resident) => resident.email)],
  );
  const known = new Set(existing.map((row) => row.email));
  const missing = DEMO_EXTRA_RESIDENTS.filter((resident) => !known.has(resident.email));
  if (missing.length === 0) return;
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await manager.query(
    `INSERT INTO users (email, display_name, password_hash, role, locale, email_confirmed_at, privacy_accepted_at)
     SELECT r.email, r."displayName", $2, 'resident', r.locale, now(), now()
       FROM jsonb_to_recordset($1::jsonb) AS r(email text, "displayName" text, locale text)
     ON CONFLICT (email) DO NOTHING`,
    [JSON.stringify(missing), passwordHash],
  );
}
