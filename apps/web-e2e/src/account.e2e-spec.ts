import type { Locator, Page } from 'playwright-core';
import { DISPLAY_NAME_MAX, PASSWORD_MIN } from '@mitreden/shared/contracts';
import { DEMO_PASSWORD, accountButton, logIn, submitLogin } from './support/accounts';
import { newVisitor } from './support/browser';
import { describedBy } from './support/forms';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { LANGUAGE_NAMES, arrive, checkPage, open, switchLanguage, waitForLanguage } from './support/pages';
import { useE2eSession } from './support/session';

/** Seeded with German as its language (libs/api/identity/src/lib/seed/demo-users.ts). */
const DEMO_MODERATOR = { email: 'moderator@mitreden.test', displayName: 'Max Moderation' } as const;

const NEW_DISPLAY_NAME = 'Max Müller-Lüdenscheidt';
const NEW_PASSWORD = 'Maschsee bei Sonnenaufgang';
const LANGUAGE_STORAGE_KEY = 'mitreden.locale';

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string[]> } }[];
}

/**
 * The moderator's own account page through the real processes: the login guard with its way
 * back, the profile (display name rules, the header following the new name), the language kept
 * in the account across browsers, the password change with its security mail; checked with axe
 * in German, English and Arabic (right to left), with and without field errors.
 */
describe('account page', () => {
  const session = useE2eSession();
  const running = session.running;
  const url = session.url;
  let page: Page;
  let displayName: string = DEMO_MODERATOR.displayName;

  beforeAll(() => {
    page = session.page();
  });

  const heading = (lang: Lang) => t(lang, 'identity.account.heading');
  const profileSection = (lang: Lang) => page.getByRole('region', { name: t(lang, 'identity.account.profileHeading') });
  const passwordSection = (lang: Lang) => page.getByRole('region', { name: t(lang, 'identity.account.passwordHeading') });
  const status = (within: Locator, lang: Lang, key: string, params?: Record<string, string | number>) =>
    within.getByRole('status').filter({ hasText: t(lang, key, params) });
  const field = (lang: Lang, key: string) => page.getByLabel(t(lang, key), { exact: true });
  const localeSelect = (lang: Lang) =>
    profileSection(lang).getByRole('combobox', { name: exactly(t(lang, 'identity.fields.locale')) });

  async function saveProfile(lang: Lang): Promise<void> {
    await profileSection(lang).getByRole('button', { name: exactly(t(lang, 'identity.account.saveProfile')) }).click();
  }

  async function submitPasswordChange(lang: Lang, current: string, next: string): Promise<void> {
    await field(lang, 'identity.fields.currentPassword').fill(current);
    await field(lang, 'identity.fields.newPassword').fill(next);
    await passwordSection(lang).getByRole('button', { name: exactly(t(lang, 'identity.account.changePassword')) }).click();
  }

  /** A GraphQL request with the page's cookies, as the web app sends it. */
  async function graphql<T>(on: Page, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlBody<T>> {
    const response = await on.request.post(url('/graphql'), {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlBody<T>;
  }

  async function savedLocale(on: Page): Promise<string | undefined> {
    return (await graphql<{ me: { locale: string } | null }>(on, 'query { me { locale } }')).data?.me?.locale;
  }

  async function logOut(lang: Lang): Promise<void> {
    await accountButton(page, lang, displayName).click();
    await page.getByRole('menuitem', { name: exactly(t(lang, 'shell.account.logout')) }).click();
    await page.getByRole('link', { name: exactly(t(lang, 'shell.account.login')) }).waitFor();
  }

  it('sends a logged-out visitor to the login and, once logged in, back to the account page', async () => {
    await page.goto(url('/account'));
    await arrive(page, 'de', t('de', 'identity.login.heading'));
    const loginUrl = new URL(page.url());
    expect(loginUrl.pathname).toBe('/login');
    expect(loginUrl.searchParams.get('returnUrl')).toBe('/account');
    expect(await page.getByRole('heading', { name: exactly(heading('de')) }).count()).toBe(0);

    await submitLogin(page, 'de', DEMO_MODERATOR.email, DEMO_PASSWORD);
    await page.waitForURL(url('/account'));
    await arrive(page, 'de', heading('de'));
    await accountButton(page, 'de', DEMO_MODERATOR.displayName).waitFor();
    expect(await field('de', 'identity.fields.displayName').inputValue()).toBe(DEMO_MODERATOR.displayName);
    expect(await localeSelect('de').textContent()).toContain(LANGUAGE_NAMES.de);
    await checkPage(page, 'de', 'account');
  });

  it('refuses a display name longer than allowed at the field, with focus on it', async () => {
    const name = field('de', 'identity.fields.displayName');
    await name.fill('M'.repeat(DISPLAY_NAME_MAX + 1));
    await saveProfile('de');

    await status(profileSection('de'), 'de', 'forms.checkFields').waitFor();
    await waitForFocus(name, 'The display-name field');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(name)).toContain(t('de', 'validation.maxlength', { max: DISPLAY_NAME_MAX }));
    await waitForAnimations(page);
    await checkPage(page, 'de', 'account, display name too long');
  });

  it('refuses a name with a bidi override, in the words the server uses for it', async () => {
    const spoofed = `Max \u202Enoitaredom`;
    const name = field('de', 'identity.fields.displayName');
    await name.fill(spoofed);
    await saveProfile('de');

    await status(profileSection('de'), 'de', 'forms.checkFields').waitFor();
    await waitForFocus(name, 'The display-name field');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(name)).toContain(t('de', 'validation.server.noControlCharacters'));

    // The form stops it before sending; the API refuses it on its own too, with the rule the page translates.
    const refused = await graphql<unknown>(
      page,
      'mutation Profile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { displayName } }',
      { input: { displayName: spoofed } },
    );
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const fields = refused.errors?.[0]?.extensions?.fields ?? {};
    const displayNameRules = Object.entries(fields).find(([path]) => path.endsWith('displayName'))?.[1];
    expect(displayNameRules).toContain('noControlCharacters');
    expect(await accountButton(page, 'de', DEMO_MODERATOR.displayName).count()).toBe(1);
  });

  it('saves a valid name, announces it and shows it in the header', async () => {
    const name = field('de', 'identity.fields.displayName');
    await name.fill(NEW_DISPLAY_NAME);
    await saveProfile('de');

    await status(profileSection('de'), 'de', 'identity.account.profileSaved').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('false');
    displayName = NEW_DISPLAY_NAME;
    await accountButton(page, 'de', NEW_DISPLAY_NAME).waitFor();
    // The hint fades back in where the error was.
    await waitForAnimations(page);
    await checkPage(page, 'de', 'account, profile saved');

    // Stored, not just shown: a reload asks the server again.
    await open(page, url('/account'), 'de', heading('de'));
    await accountButton(page, 'de', NEW_DISPLAY_NAME).waitFor();
    expect(await name.inputValue()).toBe(NEW_DISPLAY_NAME);
  });

  it('keeps the profile form in step when the language is switched in the header', async () => {
    // The switch is saved to the account in the background, after the page has changed language.
    const savedToAccount = page.waitForResponse(
      (response) => response.url() === url('/graphql') && (response.request().postData() ?? '').includes('updateMyProfile'),
    );
    await switchLanguage(page, 'de', 'en');
    await arrive(page, 'en', heading('en'));
    await savedToAccount;
    expect(await savedLocale(page)).toBe('en');
    expect(await localeSelect('en').textContent()).toContain(LANGUAGE_NAMES.en);

    // Saving the profile afterwards keeps English instead of switching back.
    await saveProfile('en');
    await status(profileSection('en'), 'en', 'identity.account.profileSaved').waitFor();
    await waitForLanguage(page, 'en');
    expect(await savedLocale(page)).toBe('en');
  });

  it('brings the saved language to another browser that would otherwise get German', async () => {
    const elsewhere = await newVisitor(session.browser());
    try {
      const other = elsewhere.page;
      await open(other, url('/login'), 'de', t('de', 'identity.login.heading'));
      expect(await other.evaluate(() => navigator.language)).toBe('de-DE');
      await submitLogin(other, 'de', DEMO_MODERATOR.email, DEMO_PASSWORD);

      await waitForLanguage(other, 'en');
      await accountButton(other, 'en', NEW_DISPLAY_NAME).waitFor();
      // The account decided, not a choice remembered on this device.
      expect(await other.evaluate((key) => localStorage.getItem(key), LANGUAGE_STORAGE_KEY)).toBeNull();

      await open(other, url('/account'), 'en', heading('en'));
      expect(
        await other.getByRole('combobox', { name: exactly(t('en', 'identity.fields.locale')) }).textContent(),
      ).toContain(LANGUAGE_NAMES.en);
    } finally {
      await elsewhere.context.close();
    }
  });

  it('says clearly when the current password is wrong', async () => {
    const current = field('en', 'identity.fields.currentPassword');
    await submitPasswordChange('en', 'not-my-password-at-all', NEW_PASSWORD);

    await status(passwordSection('en'), 'en', 'identity.account.currentPasswordWrong').waitFor();
    await waitForFocus(current, 'The current-password field');
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(current)).toContain(t('en', 'identity.account.currentPasswordWrong'));
  });

  it('refuses a too-short new password at the field', async () => {
    const next = field('en', 'identity.fields.newPassword');
    await submitPasswordChange('en', DEMO_PASSWORD, 'too short');

    await status(passwordSection('en'), 'en', 'forms.checkFields').waitFor();
    await waitForFocus(next, 'The new-password field');
    expect(await next.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(next)).toContain(t('en', 'validation.minlength', { min: PASSWORD_MIN }));
    await waitForAnimations(page);
    await checkPage(page, 'en', 'account, password too short');
  });

  it('changes the password and tells the account owner by mail, in their language', async () => {
    const startedAt = running().smtp.mails.length;
    await submitPasswordChange('en', DEMO_PASSWORD, NEW_PASSWORD);

    await status(passwordSection('en'), 'en', 'identity.account.passwordChanged').waitFor();
    expect(await field('en', 'identity.fields.currentPassword').inputValue()).toBe('');
    expect(await field('en', 'identity.fields.newPassword').inputValue()).toBe('');
    expect(await describedBy(field('en', 'identity.fields.currentPassword'))).not.toContain(t('en', 'validation.required'));
    await checkPage(page, 'en', 'account, password changed');

    const mail = await running().smtp.waitForMail(
      (candidate) => candidate.to.includes(DEMO_MODERATOR.email) && running().smtp.mails.indexOf(candidate) >= startedAt,
      30_000,
    );
    expect(mail.html).toMatch(/<html[^>]*\slang="en"/);
    expect(mail.text).toContain(NEW_DISPLAY_NAME);
    expect(mail.text).not.toContain(DEMO_PASSWORD);
    expect(mail.text).not.toContain(NEW_PASSWORD);
  });

  it('refuses the old password after logging out and accepts the new one', async () => {
    await logOut('en');
    await open(page, url('/login'), 'en', t('en', 'identity.login.heading'));
    await submitLogin(page, 'en', DEMO_MODERATOR.email, DEMO_PASSWORD);
    await page.getByRole('status').filter({ hasText: t('en', 'errors.INVALID_CREDENTIALS') }).waitFor();
    expect(await accountButton(page, 'en', NEW_DISPLAY_NAME).count()).toBe(0);

    await logIn(page, running().url, 'en', { email: DEMO_MODERATOR.email, displayName: NEW_DISPLAY_NAME }, NEW_PASSWORD);
  });

  it('shows the account page right to left in Arabic, accessibly, also with field errors', async () => {
    await switchLanguage(page, 'en', 'ar');
    await open(page, url('/account'), 'ar', heading('ar'));
    expect(await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }))).toEqual({
      dir: 'rtl',
      lang: 'ar',
    });
    await accountButton(page, 'ar', NEW_DISPLAY_NAME).waitFor();
    await checkPage(page, 'ar', 'account');

    await passwordSection('ar').getByRole('button', { name: exactly(t('ar', 'identity.account.changePassword')) }).click();
    await status(passwordSection('ar'), 'ar', 'forms.checkFields').waitFor();
    const current = field('ar', 'identity.fields.currentPassword');
    await waitForFocus(current, 'The current-password field');
    expect(await describedBy(current)).toContain(t('ar', 'validation.required'));
    await waitForAnimations(page);
    await checkPage(page, 'ar', 'account, password fields empty');
  });
});
