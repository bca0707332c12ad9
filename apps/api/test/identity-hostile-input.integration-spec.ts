import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { LOGIN, ME, REGISTER, REQUEST_RESET, UPDATE_PROFILE, logInAs, outboxRows, registerConfirmed, userCount } from './support/identity-helpers';
import type { MeUser } from './support/identity-helpers';

const PASSWORD = 'correct horse battery';

describe('identity: hostile input', () => {
  let api: TestApi;
  let dataSource: DataSource;

  const register = (input: Record<string, unknown>) =>
    api.client().request(REGISTER, { input: { email: 'hostile@example.org', displayName: 'Hostile', password: PASSWORD, locale: 'de', acceptPrivacy: true, ...input } });

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('refuses a 1 MB display name with a validation error naming the field', async () => {
    const response = await register({ displayName: 'A'.repeat(1024 * 1024) });
    expect(response.status).toBe(200);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toEqual({ displayName: ['isLength'] });
    expect(await userCount(dataSource, 'hostile@example.org')).toBe(0);
  });

  it('refuses an empty or blank display name and one over 80 characters', async () => {
    for (const displayName of ['', '   ', 'x'.repeat(81)]) {
      const response = await register({ displayName });
      expect(response.errors?.[0].extensions?.fields).toEqual({ displayName: ['isLength'] });
    }
    // 80 characters counted as the person sees them (umlauts are one each).
    expect((await register({ email: 'eighty@example.org', displayName: 'ä'.repeat(80) })).data).toEqual({ register: true });
  });

  it.each([
    ['a right-to-left override (U+202E)', 'Anna\u202Egnp.exe'],
    ['a left-to-right isolate (U+2066)', '\u2066Admin'],
    ['a newline', 'Anna\nAdmin'],
    ['a NUL byte', 'Anna\u0000'],
    ['an escape sequence', 'Anna\u001b[31m'],
  ])('refuses a display name with %s', async (_what, displayName) => {
    const response = await register({ displayName });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toEqual({ displayName: ['noControlCharacters'] });
  });

  it.each(['not-an-email', 'a@b', 'anna@example.org\r\nBcc: victim@example.org', '<script>@example.org', 'Anna <anna@example.org>', `${'a'.repeat(250)}@example.org`])(
    'refuses the malformed address %j',
    async (email) => {
      const response = await register({ email });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toEqual(['email']);
    },
  );

  it('refuses passwords under 10 and over 200 characters', async () => {
    expect((await register({ password: 'short' })).errors?.[0].extensions?.fields).toEqual({ password: ['isLength'] });
    expect((await register({ password: 'p'.repeat(201) })).errors?.[0].extensions?.fields).toEqual({ password: ['isLength'] });
  });

  it('refuses unknown input fields instead of ignoring them', async () => {
    const response = await register({ role: 'ADMIN' });
    // GraphQL rejects the variables before any resolver runs.
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/role/);
    expect(response.data ?? null).toBeNull();
    expect(await userCount(dataSource, 'hostile@example.org')).toBe(0);
  });

  it('stores markup in a display name verbatim and returns it as data', async () => {
    const email = 'markup@example.org';
    const displayName = '<script>alert(1)</script>';
    const client = api.client();
    await registerConfirmed(client, dataSource, { email, displayName, password: PASSWORD });
    const [{ display_name: stored }] = await dataSource.query(`SELECT display_name FROM users WHERE email = $1`, [email]);
    expect(stored).toBe(displayName);
    expect((await outboxRows(dataSource, email, 'confirm_email'))[0].payload['displayName']).toBe(displayName);

    await logInAs(client, email, PASSWORD);
    const me = await client.request<{ me: MeUser }>(ME);
    expect(me.data?.me.displayName).toBe(displayName);

    const quotes = `"'><img src=x onerror=alert(1)>`;
    const updated = await client.request(UPDATE_PROFILE, { input: { displayName: quotes } });
    expect(updated.data).toEqual({ updateMyProfile: { displayName: quotes, locale: 'de', email } });
  });

  it('treats SQL fragments in e-mail and password as plain text', async () => {
    const login = await api.client().request(LOGIN, { input: { email: "x'or'1'='1@example.org", password: "' OR '1'='1" } });
    expect(errorCode(login)).toBe('INVALID_CREDENTIALS');
    const reset = await api.client().request(REQUEST_RESET, { email: "robert');drop table users;--@example.org" });
    expect(['BAD_USER_INPUT', undefined]).toContain(errorCode(reset));
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM users`);
    expect(count).toBeGreaterThan(0);
  });
});
