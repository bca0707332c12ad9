import { DataSource } from 'typeorm';
import { DEMO_USERS, seedDemoUsers } from '@mitreden/api/identity';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { ME, SET_ROLE, USERS, logInAs, registerConfirmed } from './support/identity-helpers';
import type { MeUser } from './support/identity-helpers';

interface UsersPage {
  users: { totalCount: number; items: { id: string; displayName: string; email: string | null; role: string; department: string | null }[] };
}
interface SetRoleResult {
  setUserRole: { id: string; role: string; department: string | null; email: string | null };
}

describe('identity: roles, the admin user list and the last admin', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const clients: Record<string, GraphqlClient> = {};
  const ids: Record<string, string> = {};

  const idOf = async (email: string): Promise<string> =>
    (await dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    await seedDemoUsers(dataSource);
    for (const demo of DEMO_USERS) {
      const client = api.client();
      ids[demo.role] = (await logInAs(client, demo.email)).id;
      clients[demo.role] = client;
    }
  });
  afterAll(() => api.close());

  describe('demo seed', () => {
    it('creates one confirmed account per role, German, and seeding again changes nothing', async () => {
      expect(await seedDemoUsers(dataSource)).toEqual([]);
      const rows = await dataSource.query(
        `SELECT email, role, department, locale, email_confirmed_at IS NOT NULL AS confirmed FROM users ORDER BY email`,
      );
      expect(rows).toEqual([
        { email: 'admin@mitreden.test', role: 'admin', department: null, locale: 'de', confirmed: true },
        { email: 'expert@mitreden.test', role: 'department_expert', department: 'Fachbereich Soziales', locale: 'de', confirmed: true },
        { email: 'moderator@mitreden.test', role: 'moderator', department: null, locale: 'de', confirmed: true },
        { email: 'projectgroup@mitreden.test', role: 'project_group', department: null, locale: 'de', confirmed: true },
        { email: 'projectlead@mitreden.test', role: 'project_group', department: null, locale: 'de', confirmed: true },
        { email: 'resident@mitreden.test', role: 'resident', department: null, locale: 'de', confirmed: true },
      ]);
      const expert = await clients['department_expert'].request<{ me: MeUser }>(ME);
      expect(expert.data?.me).toMatchObject({ role: 'DEPARTMENT_EXPERT', department: 'Fachbereich Soziales' });
    });
  });

  describe('who may list users and change roles', () => {
    const setRoleOfResident = { input: { userId: '', role: 'MODERATOR' } };

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      expect(errorCode(await api.client().request(USERS))).toBe('UNAUTHENTICATED');
      setRoleOfResident.input.userId = ids['resident'];
      expect(errorCode(await api.client().request(SET_ROLE, setRoleOfResident))).toBe('UNAUTHENTICATED');
    });

    it.each(['resident', 'moderator', 'department_expert', 'project_group'])('refuses a %s with FORBIDDEN', async (role) => {
      const list = await clients[role].request<UsersPage>(USERS);
      expect(errorCode(list)).toBe('FORBIDDEN');
      expect(list.data).toBeNull();
      const change = await clients[role].request(SET_ROLE, { input: { userId: ids[role], role: 'ADMIN' } });
      expect(errorCode(change)).toBe('FORBIDDEN');
      const [{ role: stored }] = await dataSource.query(`SELECT role FROM users WHERE id = $1`, [ids[role]]);
      expect(stored).toBe(role);
    });

    it('lets an admin list everyone with e-mail addresses', async () => {
      const list = await clients['admin'].request<UsersPage>(USERS, { limit: 100 });
      expect(list.errors).toBeUndefined();
      expect(list.data?.users.totalCount).toBe(DEMO_USERS.length);
      expect(list.data?.users.items.map((user) => user.email).sort()).toEqual(DEMO_USERS.map((user) => user.email).sort());
    });
  });

  describe('the e-mail field', () => {
    it('is visible to the account itself', async () => {
      const me = await clients['resident'].request<{ me: MeUser }>(ME);
      expect(me.data?.me.email).toBe('resident@mitreden.test');
    });
  });

  describe('searching users', () => {
    beforeAll(async () => {
      const client = api.client();
      await registerConfirmed(client, dataSource, { email: 'percent@example.org', displayName: '100% Zustimmung', password: 'long enough pw' });
      await registerConfirmed(client, dataSource, { email: 'under_score@example.org', displayName: 'Ute Unterstrich', password: 'long enough pw' });
      await registerConfirmed(client, dataSource, { email: 'o.brien@example.org', displayName: "Sean O'Brien", password: 'long enough pw' });
    });

    const search = async (variables: Record<string, unknown>) => {
      const response = await clients['admin'].request<UsersPage>(USERS, variables);
      expect(response.errors).toBeUndefined();
      return response.data?.users;
    };

    it('finds by part of the name or the e-mail, case-insensitively', async () => {
      expect((await search({ search: 'zustimmung' }))?.items.map((user) => user.email)).toEqual(['percent@example.org']);
      expect((await search({ search: 'MITREDEN.TEST' }))?.totalCount).toBe(DEMO_USERS.length);
      expect((await search({ search: "o'brien" }))?.items.map((user) => user.displayName)).toEqual(["Sean O'Brien"]);
    });

    it('treats LIKE wildcards as plain characters', async () => {
      expect((await search({ search: '%' }))?.items.map((user) => user.email)).toEqual(['percent@example.org']);
      expect((await search({ search: '_' }))?.items.map((user) => user.email)).toEqual(['under_score@example.org']);
      expect((await search({ search: '\\' }))?.totalCount).toBe(0);
    });

    it('is harmless with SQL in the search text', async () => {
      for (const fragment of [`'; DROP TABLE users; --`, `' OR '1'='1`, `%' OR 1=1 --`]) {
        expect((await search({ search: fragment }))?.totalCount).toBe(0);
      }
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM users`);
      // The demo accounts and the three made by this file.
      expect(count).toBe(DEMO_USERS.length + 3);
    });

    it('filters by role and pages with a total', async () => {
      expect((await search({ role: 'DEPARTMENT_EXPERT' }))?.items.map((user) => user.email)).toEqual(['expert@mitreden.test']);
      const first = await search({ limit: 3, offset: 0 });
      const rest = await search({ limit: 3, offset: 3 });
      expect(first?.totalCount).toBe(DEMO_USERS.length + 3);
      expect(first?.items).toHaveLength(3);
      const seen = new Set([...(first?.items ?? []), ...(rest?.items ?? [])].map((user) => user.id));
      expect(seen.size).toBe(6);
    });

    it('refuses pages above 100 and negative offsets', async () => {
      const big = await clients['admin'].request(USERS, { limit: 101 });
      expect(errorCode(big)).toBe('BAD_USER_INPUT');
      expect(big.errors?.[0].extensions?.fields).toEqual({ limit: ['max'] });
      expect(errorCode(await clients['admin'].request(USERS, { offset: -1 }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('changing roles', () => {
    let target: string;

    beforeAll(async () => {
      await registerConfirmed(api.client(), dataSource, { email: 'promoted@example.org', displayName: 'Paula', password: 'long enough pw' });
      target = await idOf('promoted@example.org');
    });

    it('requires a department for department experts and clears it for every other role', async () => {
      const admin = clients['admin'];
      const missing = await admin.request(SET_ROLE, { input: { userId: target, role: 'DEPARTMENT_EXPERT' } });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.fields).toEqual({ department: ['requiredForDepartmentExpert'] });
      const blank = await admin.request(SET_ROLE, { input: { userId: target, role: 'DEPARTMENT_EXPERT', department: '   ' } });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');

      const expert = await admin.request<SetRoleResult>(SET_ROLE, {
        input: { userId: target, role: 'DEPARTMENT_EXPERT', department: ' Fachbereich Bildung ' },
      });
      expect(expert.data?.setUserRole).toEqual({
        id: target,
        role: 'DEPARTMENT_EXPERT',
        department: 'Fachbereich Bildung',
        email: 'promoted@example.org',
      });
      const moderator = await admin.request<SetRoleResult>(SET_ROLE, {
        input: { userId: target, role: 'MODERATOR', department: 'ignored' },
      });
      expect(moderator.data?.setUserRole).toMatchObject({ role: 'MODERATOR', department: null });
    });

    it('takes effect in the changed account’s running session', async () => {
      const client = api.client();
      await logInAs(client, 'promoted@example.org', 'long enough pw');
      expect(errorCode(await client.request(USERS))).toBe('FORBIDDEN');
      await clients['admin'].request(SET_ROLE, { input: { userId: target, role: 'ADMIN' } });
      expect((await client.request<UsersPage>(USERS)).errors).toBeUndefined();
      await clients['admin'].request(SET_ROLE, { input: { userId: target, role: 'RESIDENT' } });
      expect(errorCode(await client.request(USERS))).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = await clients['admin'].request(SET_ROLE, {
        input: { userId: '00000000-0000-4000-8000-000000000000', role: 'MODERATOR' },
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const malformed = await clients['admin'].request(SET_ROLE, { input: { userId: "1' OR '1'='1", role: 'MODERATOR' } });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions?.fields).toEqual({ userId: ['isUuid'] });
    });
  });

  describe('the last admin', () => {
    const adminCount = async (): Promise<number> =>
      (await dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin'`))[0].count;

    it('cannot lose the role, not even by their own hand', async () => {
      expect(await adminCount()).toBe(1);
      const self = await clients['admin'].request(SET_ROLE, { input: { userId: ids['admin'], role: 'RESIDENT' } });
      expect(errorCode(self)).toBe('LAST_ADMIN');
      expect(await adminCount()).toBe(1);
    });

    it('survives two admins demoting each other at the same moment', async () => {
      await registerConfirmed(api.client(), dataSource, { email: 'second.admin@example.org', displayName: 'Zweite', password: 'long enough pw' });
      const secondId = await idOf('second.admin@example.org');
      await clients['admin'].request(SET_ROLE, { input: { userId: secondId, role: 'ADMIN' } });
      const second = api.client();
      await logInAs(second, 'second.admin@example.org', 'long enough pw');
      expect(await adminCount()).toBe(2);

      for (let round = 0; round < 3; round += 1) {
        const results = await Promise.all([
          clients['admin'].request(SET_ROLE, { input: { userId: secondId, role: 'RESIDENT' } }),
          second.request(SET_ROLE, { input: { userId: ids['admin'], role: 'RESIDENT' } }),
        ]);
        // Whoever commits first wins; the other either finds the last admin or is no admin any more.
        expect(results.filter((result) => !result.errors)).toHaveLength(1);
        const refusal = results.map((result) => errorCode(result)).find((code) => code !== undefined);
        expect(['FORBIDDEN', 'LAST_ADMIN']).toContain(refusal);
        expect(await adminCount()).toBe(1);

        // Restore two admins for the next round, from whichever account is still admin.
        const [{ id: remaining }] = await dataSource.query(`SELECT id FROM users WHERE role = 'admin'`);
        const remainingClient = remaining === secondId ? second : clients['admin'];
        const demoted = remaining === secondId ? ids['admin'] : secondId;
        await remainingClient.request(SET_ROLE, { input: { userId: demoted, role: 'ADMIN' } });
      }
    });

    it('holds when one admin demotes the other and themself at once', async () => {
      const secondId = await idOf('second.admin@example.org');
      expect(await adminCount()).toBe(2);
      const results = await Promise.all([
        clients['admin'].request(SET_ROLE, { input: { userId: secondId, role: 'RESIDENT' } }),
        clients['admin'].request(SET_ROLE, { input: { userId: ids['admin'], role: 'RESIDENT' } }),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(await adminCount()).toBe(1);
    });
  });
});
