import { DataSource } from 'typeorm';
import { errorCode, startRedisServer } from '@mitreden/testing';
import type { GraphqlClient, PrivateRedis } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { LOGIN, REGISTER, REQUEST_RESET, RESEND, RESET, logInAs, outboxRows, registerConfirmed, userCount } from './support/identity-helpers';

const PASSWORD = 'correct horse battery';
// Three attempts per window, per client address and per account; the fourth is refused.
const LIMITS = { AUTH_RATE_LIMIT_POINTS: '3', AUTH_RATE_LIMIT_WINDOW_SECONDS: '600', TRUST_PROXY: '1' };

/** A client that appears to come from `ip` (the API trusts one proxy hop in these tests). */
function from(api: TestApi, ip: string): GraphqlClient {
  const client = api.client();
  const request = client.request.bind(client);
  client.request = (query, variables, headers = {}) => request(query, variables, { 'x-forwarded-for': ip, ...headers });
  return client;
}

describe('identity: rate limits', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi(LIMITS);
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('refuses the fourth login for one account, even from new addresses and with the right password', async () => {
    const email = 'target@example.org';
    await registerConfirmed(from(api, '10.0.0.1'), dataSource, { email, displayName: 'Target', password: PASSWORD });
    for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) {
      expect(errorCode(await from(api, ip).request(LOGIN, { input: { email, password: 'guess number x' } }))).toBe('INVALID_CREDENTIALS');
    }
    const fourth = await from(api, '10.0.1.4').request(LOGIN, { input: { email, password: PASSWORD } });
    expect(errorCode(fourth)).toBe('RATE_LIMITED');
    expect(fourth.errors?.[0].message).toMatch(/try again in \d+ s/);
  });

  it('refuses the fourth login from one address, whichever accounts it tries', async () => {
    const client = from(api, '10.0.2.1');
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      expect(errorCode(await client.request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('INVALID_CREDENTIALS');
    }
    expect(errorCode(await client.request(LOGIN, { input: { email: 'd@example.org', password: PASSWORD } }))).toBe('RATE_LIMITED');
  });

  it('forgives an account its failed attempts after a successful login', async () => {
    const email = 'forgiven@example.org';
    await registerConfirmed(from(api, '10.0.3.1'), dataSource, { email, displayName: 'F', password: PASSWORD });
    await from(api, '10.0.3.2').request(LOGIN, { input: { email, password: 'wrong password' } });
    await from(api, '10.0.3.3').request(LOGIN, { input: { email, password: 'wrong password' } });
    await logInAs(from(api, '10.0.3.4'), email, PASSWORD);
    await from(api, '10.0.3.5').request(LOGIN, { input: { email, password: 'wrong password' } });
    await from(api, '10.0.3.6').request(LOGIN, { input: { email, password: 'wrong password' } });
    await logInAs(from(api, '10.0.3.7'), email, PASSWORD);
  });

  it('refuses the fourth registration from one address and creates nothing for it', async () => {
    const client = from(api, '10.0.4.1');
    for (const name of ['one', 'two', 'three']) {
      const response = await client.request(REGISTER, { input: { email: `${name}@example.org`, displayName: name, password: PASSWORD, locale: 'de', acceptPrivacy: true } });
      expect(response.data).toEqual({ register: true });
    }
    const fourth = await client.request(REGISTER, { input: { email: 'four@example.org', displayName: 'four', password: PASSWORD, locale: 'de', acceptPrivacy: true } });
    expect(errorCode(fourth)).toBe('RATE_LIMITED');
    expect(await userCount(dataSource, 'four@example.org')).toBe(0);
  });

  it('limits mails to one address: registration, reset and resend requests', async () => {
    const email = 'mailbombed@example.org';
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await from(api, `10.0.5.${attempt}`).request(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
      expect((await from(api, `10.0.6.${attempt}`).request(RESEND, { email })).data).toEqual({ resendConfirmation: true });
    }
    expect(errorCode(await from(api, '10.0.5.9').request(REQUEST_RESET, { email }))).toBe('RATE_LIMITED');
    expect(errorCode(await from(api, '10.0.6.9').request(RESEND, { email }))).toBe('RATE_LIMITED');
  });

  it('refuses the fourth reset attempt from one address', async () => {
    const client = from(api, '10.0.7.1');
    const input = { token: 'A'.repeat(43), password: 'a new passphrase' };
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(errorCode(await client.request(RESET, { input }))).toBe('INVALID_TOKEN');
    }
    expect(errorCode(await client.request(RESET, { input }))).toBe('RATE_LIMITED');
  });
});

describe('identity: rate limits and registration while Redis is down', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startTestApi({ ...LIMITS, REDIS_URL: redis.url });
    dataSource = api.app.get(DataSource);
    await redis.stop();
  });
  afterAll(async () => {
    // Redis comes back first: closing the mail queue while Redis is away currently hangs (reported).
    await redis.start();
    await api.close();
    await redis.stop();
  });

  it('still answers and still limits, from memory', async () => {
    const client = from(api, '10.1.0.1');
    for (const email of ['x@example.org', 'y@example.org', 'z@example.org']) {
      expect(errorCode(await client.request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('INVALID_CREDENTIALS');
    }
    expect(errorCode(await client.request(LOGIN, { input: { email: 'w@example.org', password: PASSWORD } }))).toBe('RATE_LIMITED');
  });

  it('registers and leaves the confirmation mail pending in the outbox', async () => {
    const email = 'offline@example.org';
    const response = await from(api, '10.1.0.2').request(REGISTER, { input: { email, displayName: 'Offline', password: PASSWORD, locale: 'de', acceptPrivacy: true } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ register: true });
    const [mail] = await outboxRows(dataSource, email, 'confirm_email');
    const [{ enqueued_at }] = await dataSource.query(`SELECT enqueued_at FROM outbox_messages WHERE id = $1`, [mail.id]);
    expect(enqueued_at).toBeNull();
  });
});
