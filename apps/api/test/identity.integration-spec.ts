import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import {
  CHANGE_PASSWORD,
  CONFIRM,
  LOGIN,
  LOGOUT,
  ME,
  REGISTER,
  REQUEST_RESET,
  RESEND,
  RESET,
  UPDATE_PROFILE,
  logInAs,
  outboxRows,
  registerConfirmed,
  tokenFromOutbox,
  userCount,
} from './support/identity-helpers';
import type { MeUser } from './support/identity-helpers';

const PASSWORD = 'correct horse battery';

describe('identity: registration, confirmation, sessions, password reset', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    // Generous limit: this file is about the flows; identity-rate-limit covers the limits.
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  describe('register → confirm → login → me → logout', () => {
    const email = 'anna.flow@example.org';

    it('registers an unconfirmed account and writes the confirmation mail to the outbox', async () => {
      const client = api.client();
      const response = await client.request(REGISTER, {
        input: { email: '  Anna.Flow@Example.ORG ', displayName: '  Anna Flow ', password: PASSWORD, locale: 'en', acceptPrivacy: true },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ register: true });
      // Anonymous visitors get no session cookie.
      expect(client.cookie('mitreden.sid')).toBeUndefined();

      const [user] = await dataSource.query(
        `SELECT id, email, display_name, role, locale, email_confirmed_at, password_hash,
                privacy_accepted_at BETWEEN now() - interval '1 minute' AND now() AS privacy_accepted_just_now
         FROM users WHERE email = $1`,
        [email],
      );
      expect(user).toMatchObject({ email, display_name: 'Anna Flow', role: 'resident', locale: 'en', email_confirmed_at: null });
      // Proof of consent (GDPR Art. 7 (1)): when the privacy notice was accepted.
      expect(user.privacy_accepted_just_now).toBe(true);
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

      const mails = await outboxRows(dataSource, email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ template: 'confirm_email', locale: 'en', recipient_user_id: user.id });
      expect(mails[0].payload['displayName']).toBe('Anna Flow');
      expect(mails[0].payload['link']).toMatch(/^http:\/\/mitreden\.test\/confirm-email\?token=[A-Za-z0-9_-]{43}$/);
    });

    it('stores only the SHA-256 of the token', async () => {
      const token = await tokenFromOutbox(dataSource, email, 'confirm_email');
      const rows: { token_hash: string; expires_in_days: number }[] = await dataSource.query(
        `SELECT token_hash, round(extract(epoch FROM expires_at - now()) / 86400)::int AS expires_in_days
         FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
        [email],
      );
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex'), expires_in_days: 7 }]);
      const leaked = await dataSource.query(`SELECT 1 FROM user_tokens WHERE token_hash = $1`, [token]);
      expect(leaked).toHaveLength(0);
    });

    it('refuses login before confirmation, but only tells someone who knows the password', async () => {
      const client = api.client();
      const right = await client.request(LOGIN, { input: { email, password: PASSWORD } });
      expect(errorCode(right)).toBe('EMAIL_NOT_CONFIRMED');
      const wrong = await client.request(LOGIN, { input: { email, password: 'wrong password!' } });
      expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
      expect(client.cookie('mitreden.sid')).toBeUndefined();
    });

    it('confirms with the token from the mail, once', async () => {
      const client = api.client();
      const token = await tokenFromOutbox(dataSource, email, 'confirm_email');
      const first = await client.request(CONFIRM, { token });
      expect(first.errors).toBeUndefined();
      expect(first.data).toEqual({ confirmEmail: true });
      const again = await client.request(CONFIRM, { token });
      expect(errorCode(again)).toBe('INVALID_TOKEN');
      const garbage = await client.request(CONFIRM, { token: 'not-a-token' });
      expect(errorCode(garbage)).toBe('INVALID_TOKEN');
    });

    it('logs in with a hardened session cookie, shows me, logs out and the old cookie is worthless', async () => {
      const client = api.client();
      const login = await client.request<{ login: MeUser }>(LOGIN, { input: { email: 'ANNA.flow@example.org', password: PASSWORD } });
      expect(login.errors).toBeUndefined();
      expect(login.data?.login).toMatchObject({ email, displayName: 'Anna Flow', role: 'RESIDENT', emailConfirmed: true, locale: 'en' });

      const setCookie = login.headers.getSetCookie().find((header) => header.startsWith('mitreden.sid='));
      expect(setCookie).toBeDefined();
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).toMatch(/Path=\//i);
      expect(setCookie).not.toMatch(/Secure/i); // PUBLIC_URL is http in this test
      const expires = new Date(/Expires=([^;]+)/i.exec(setCookie ?? '')?.[1] ?? 0).getTime();
      expect(expires - Date.now()).toBeGreaterThan(13 * 24 * 3600 * 1000);

      const me = await client.request<{ me: MeUser }>(ME);
      expect(me.data?.me).toMatchObject({ email, displayName: 'Anna Flow', role: 'RESIDENT', department: null });

      const stolenCookie = client.cookie('mitreden.sid');
      const logout = await client.request(LOGOUT);
      expect(logout.data).toEqual({ logout: true });
      expect(logout.headers.getSetCookie().some((header) => /^mitreden\.sid=;/.test(header))).toBe(true);
      expect((await client.request<{ me: MeUser | null }>(ME)).data?.me).toBeNull();

      // The session is gone from the store, so replaying the old cookie gets nobody.
      const replay = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `mitreden.sid=${stolenCookie}` },
        body: JSON.stringify({ query: ME }),
      });
      expect((await replay.json()).data.me).toBeNull();
    });

    it('gives a new session id at every login (no session fixation)', async () => {
      const client = api.client();
      await logInAs(client, email, PASSWORD);
      const first = client.cookie('mitreden.sid');
      await logInAs(client, email, PASSWORD);
      const second = client.cookie('mitreden.sid');
      expect(first).toBeDefined();
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      const sessions = await dataSource.query(`SELECT sid FROM user_sessions WHERE sid = $1`, [
        decodeURIComponent(first ?? '').replace(/^s:/, '').split('.')[0],
      ]);
      expect(sessions).toHaveLength(0);
    });
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    await registerConfirmed(api.client(), dataSource, { email: 'known@example.org', displayName: 'Known', password: PASSWORD });
    const unknown = await api.client().request(LOGIN, { input: { email: 'nobody@example.org', password: PASSWORD } });
    const wrong = await api.client().request(LOGIN, { input: { email: 'known@example.org', password: 'not the password' } });
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  describe('consent to the privacy notice', () => {
    const email = 'consent@example.org';
    const registration = { email, displayName: 'Cora Consent', password: PASSWORD, locale: 'de' };

    it('refuses a registration that declines the privacy notice, naming the field, and creates nothing', async () => {
      const response = await api.client().request(REGISTER, { input: { ...registration, acceptPrivacy: false } });
      expect(response.status).toBe(200);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.['fields']).toEqual({ acceptPrivacy: ['mustAccept'] });
      expect(response.data).toBeNull();
      expect(await userCount(dataSource, email)).toBe(0);
      expect(await outboxRows(dataSource, email)).toHaveLength(0);
    });

    it('refuses a registration that leaves the consent out, before any resolver runs', async () => {
      const response = await api.client().request(REGISTER, { input: registration });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/acceptPrivacy/);
      expect(await userCount(dataSource, email)).toBe(0);
    });

    it('records when the consent was given and keeps that date when the address registers again', async () => {
      const first = await api.client().request(REGISTER, { input: { ...registration, acceptPrivacy: true } });
      expect(first.data).toEqual({ register: true });
      const acceptedAt = async (): Promise<Date | null> =>
        (await dataSource.query(`SELECT privacy_accepted_at FROM users WHERE email = $1`, [email]))[0].privacy_accepted_at;
      const recorded = await acceptedAt();
      expect(recorded).toBeInstanceOf(Date);

      const again = await api.client().request(REGISTER, { input: { ...registration, displayName: 'Someone Else', acceptPrivacy: true } });
      expect(again.data).toEqual({ register: true });
      expect(await acceptedAt()).toEqual(recorded);
    });
  });

  describe('registering an address that already has an account', () => {
    const email = 'owner@example.org';

    beforeAll(() =>
      registerConfirmed(api.client(), dataSource, { email, displayName: 'Olga Owner', password: PASSWORD, locale: 'en' }),
    );

    it('answers identically, creates nothing and tells the owner by mail instead', async () => {
      const response = await api.client().request(REGISTER, {
        input: { email: ' OWNER@example.org', displayName: 'Intruder', password: 'another password', locale: 'de', acceptPrivacy: true },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ register: true });
      expect(await userCount(dataSource, email)).toBe(1);

      const mails = await outboxRows(dataSource, email);
      expect(mails.map((mail) => mail.template)).toEqual(['confirm_email', 'account_exists']);
      // The owner's language and name, not the intruder's.
      expect(mails[1]).toMatchObject({ locale: 'en' });
      expect(mails[1].payload).toEqual({
        displayName: 'Olga Owner',
        loginLink: 'http://mitreden.test/login',
        resetLink: 'http://mitreden.test/forgot-password',
      });
      // The owner's password still works, the intruder's does not.
      await logInAs(api.client(), email, PASSWORD);
      expect(errorCode(await api.client().request(LOGIN, { input: { email, password: 'another password' } }))).toBe(
        'INVALID_CREDENTIALS',
      );
    });

    it('creates exactly one account when the same address registers twice at once', async () => {
      const racer = 'racer@example.org';
      const input = (displayName: string) => ({ input: { email: racer, displayName, password: PASSWORD, locale: 'de', acceptPrivacy: true } });
      const answers = await Promise.all([
        api.client().request(REGISTER, input('First')),
        api.client().request(REGISTER, input('Second')),
        api.client().request(REGISTER, input('Third')),
      ]);
      expect(answers.map((answer) => answer.data)).toEqual([{ register: true }, { register: true }, { register: true }]);
      expect(await userCount(dataSource, racer)).toBe(1);
      const templates = (await outboxRows(dataSource, racer)).map((mail) => mail.template).sort();
      expect(templates).toEqual(['account_exists', 'account_exists', 'confirm_email']);
    });
  });

  describe('resending the confirmation', () => {
    it('sends a new link only to an unconfirmed account and answers true for anyone', async () => {
      const email = 'slow@example.org';
      await api.client().request(REGISTER, { input: { email, displayName: 'Slow', password: PASSWORD, locale: 'de', acceptPrivacy: true } });
      for (const address of [email, 'unknown-resend@example.org', 'known@example.org']) {
        const response = await api.client().request(RESEND, { email: address });
        expect(response.data).toEqual({ resendConfirmation: true });
      }
      expect((await outboxRows(dataSource, email, 'confirm_email')).length).toBe(2);
      expect(await outboxRows(dataSource, 'unknown-resend@example.org')).toHaveLength(0);
      expect((await outboxRows(dataSource, 'known@example.org', 'confirm_email')).length).toBe(1);
      // Both links work until one of them is used.
      const newest = await tokenFromOutbox(dataSource, email, 'confirm_email');
      expect((await api.client().request(CONFIRM, { token: newest })).data).toEqual({ confirmEmail: true });
    });

    it('refuses a malformed address', async () => {
      const response = await api.client().request(RESEND, { email: 'not an address' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({ email: ['isEmail'] });
    });
  });

  describe('password reset', () => {
    const email = 'forgetful@example.org';
    const NEW_PASSWORD = 'a brand new passphrase';

    beforeAll(() => registerConfirmed(api.client(), dataSource, { email, displayName: 'Fritz', password: PASSWORD }));

    it('answers true for known and unknown addresses and mails only the account', async () => {
      const known = await api.client().request(REQUEST_RESET, { email: 'Forgetful@example.org' });
      const unknown = await api.client().request(REQUEST_RESET, { email: 'ghost@example.org' });
      expect(known.data).toEqual({ requestPasswordReset: true });
      expect(unknown.data).toEqual({ requestPasswordReset: true });
      expect(await outboxRows(dataSource, 'ghost@example.org')).toHaveLength(0);
      const [mail] = await outboxRows(dataSource, email, 'reset_password');
      expect(mail.payload['link']).toMatch(/^http:\/\/mitreden\.test\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
      const [{ minutes }] = await dataSource.query(
        `SELECT round(extract(epoch FROM max(expires_at) - now()) / 60)::int AS minutes FROM user_tokens t
         JOIN users u ON u.id = t.user_id WHERE u.email = $1 AND purpose = 'reset_password'`,
        [email],
      );
      expect(minutes).toBe(60);
    });

    it('sets the password once, invalidates older links and ends the sessions logged in elsewhere', async () => {
      const laptop = api.client();
      await logInAs(laptop, email, PASSWORD);
      const olderToken = await tokenFromOutbox(dataSource, email, 'reset_password');
      await api.client().request(REQUEST_RESET, { email });
      const token = await tokenFromOutbox(dataSource, email, 'reset_password');
      expect(token).not.toBe(olderToken);

      const stale = await api.client().request(RESET, { input: { token: olderToken, password: NEW_PASSWORD } });
      expect(errorCode(stale)).toBe('INVALID_TOKEN');

      const tooShort = await api.client().request(RESET, { input: { token, password: 'short' } });
      expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');

      const reset = await api.client().request(RESET, { input: { token, password: NEW_PASSWORD } });
      expect(reset.errors).toBeUndefined();
      expect(reset.data).toEqual({ resetPassword: true });
      const reused = await api.client().request(RESET, { input: { token, password: 'yet another passphrase' } });
      expect(errorCode(reused)).toBe('INVALID_TOKEN');

      expect((await laptop.request<{ me: MeUser | null }>(ME)).data?.me).toBeNull();
      expect(errorCode(await api.client().request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('INVALID_CREDENTIALS');
      await logInAs(api.client(), email, NEW_PASSWORD);
      expect((await outboxRows(dataSource, email, 'password_changed')).map((mail) => mail.payload)).toEqual([
        { displayName: 'Fritz' },
      ]);
    });

    it('does not confirm an unconfirmed account', async () => {
      const unconfirmed = 'unconfirmed-reset@example.org';
      await api.client().request(REGISTER, { input: { email: unconfirmed, displayName: 'U', password: PASSWORD, locale: 'de', acceptPrivacy: true } });
      await api.client().request(REQUEST_RESET, { email: unconfirmed });
      const token = await tokenFromOutbox(dataSource, unconfirmed, 'reset_password');
      await api.client().request(RESET, { input: { token, password: NEW_PASSWORD } });
      const login = await api.client().request(LOGIN, { input: { email: unconfirmed, password: NEW_PASSWORD } });
      expect(errorCode(login)).toBe('EMAIL_NOT_CONFIRMED');
    });
  });

  describe('own account', () => {
    const email = 'profile@example.org';

    beforeAll(() => registerConfirmed(api.client(), dataSource, { email, displayName: 'Pia', password: PASSWORD }));

    it('needs a login', async () => {
      const update = await api.client().request(UPDATE_PROFILE, { input: { displayName: 'X' } });
      expect(errorCode(update)).toBe('UNAUTHENTICATED');
      const change = await api.client().request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'whatever12345' } });
      expect(errorCode(change)).toBe('UNAUTHENTICATED');
    });

    it('updates display name and language, refusing unknown languages', async () => {
      const client = api.client();
      await logInAs(client, email, PASSWORD);
      const updated = await client.request(UPDATE_PROFILE, { input: { displayName: ' Pia Müller ', locale: 'ar' } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data).toEqual({ updateMyProfile: { displayName: 'Pia Müller', locale: 'ar', email } });
      const onlyLocale = await client.request(UPDATE_PROFILE, { input: { locale: 'de-LS' } });
      expect(onlyLocale.data).toEqual({ updateMyProfile: { displayName: 'Pia Müller', locale: 'de-LS', email } });
      const klingon = await client.request(UPDATE_PROFILE, { input: { locale: 'tlh' } });
      expect(errorCode(klingon)).toBe('BAD_USER_INPUT');
      expect(klingon.errors?.[0].extensions?.fields).toEqual({ locale: ['isIn'] });
    });

    it('changes the password with the current one, keeps this session and ends the others', async () => {
      const phone = api.client();
      const laptop = api.client();
      await logInAs(phone, email, PASSWORD);
      await logInAs(laptop, email, PASSWORD);

      const wrong = await laptop.request(CHANGE_PASSWORD, { input: { currentPassword: 'not my password', newPassword: 'fresh passphrase' } });
      expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');

      const changed = await laptop.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'fresh passphrase' } });
      expect(changed.errors).toBeUndefined();
      expect((await laptop.request<{ me: MeUser | null }>(ME)).data?.me?.email).toBe(email);
      expect((await phone.request<{ me: MeUser | null }>(ME)).data?.me).toBeNull();
      await logInAs(api.client(), email, 'fresh passphrase');
      expect(await outboxRows(dataSource, email, 'password_changed')).toHaveLength(1);
    });
  });

  it('ends the session of a blocked account and refuses its login only to someone who knows the password', async () => {
    const email = 'blocked@example.org';
    const client = api.client();
    await registerConfirmed(client, dataSource, { email, displayName: 'Bob', password: PASSWORD });
    await logInAs(client, email, PASSWORD);
    await dataSource.query(`UPDATE users SET blocked_at = now() WHERE email = $1`, [email]);
    expect((await client.request<{ me: MeUser | null }>(ME)).data?.me).toBeNull();
    expect(errorCode(await api.client().request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('ACCOUNT_BLOCKED');
    expect(errorCode(await api.client().request(LOGIN, { input: { email, password: 'not the password' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});
