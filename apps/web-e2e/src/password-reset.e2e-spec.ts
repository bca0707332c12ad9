import type { Page } from 'playwright-core';
import { PASSWORD_MIN } from '@mitreden/shared/contracts';
import { linkFrom } from '@mitreden/testing';
import { DEMO_PASSWORD, DEMO_RESIDENT, accountButton, submitLogin } from './support/accounts';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { describedBy } from './support/forms';
import { tabTo, waitForFocus } from './support/keyboard';
import { arrive, checkPage, open, switchLanguage } from './support/pages';

/**
 * A seeded, confirmed resident forgets their password: asks for a link from the login page, opens
 * it from the captured mail, sets a new password; the old one stops working, the link works once.
 */
describe('password reset', () => {
  const session = useE2eSession();
  const running = session.running;
  let page: Page;

  const newPassword = 'Herrenhäuser Gärten im Herbst';
  let resetLink = '';

  beforeAll(() => {
    page = session.page();
  });

  const url = session.url;
  const formStatus = (lang: Lang, key: string) => page.getByRole('status').filter({ hasText: t(lang, key) });

  it('opens "forgot password" from the login page with the keyboard and asks for a link', async () => {
    await open(page, url('/login'), 'de', t('de', 'identity.login.heading'));
    await tabTo(page, page.getByRole('link', { name: exactly(t('de', 'identity.login.forgotPassword')) }), 'The forgot-password link');
    await page.keyboard.press('Enter');
    await arrive(page, 'de', t('de', 'identity.forgot.heading'));
    expect(new URL(page.url()).pathname).toBe('/forgot-password');
    await checkPage(page, 'de', 'forgot password');

    const email = page.getByLabel(t('de', 'identity.fields.email'), { exact: true });
    await tabTo(page, email, 'The e-mail field');
    await page.keyboard.type(DEMO_RESIDENT.email);
    await page.keyboard.press('Enter');

    await formStatus('de', 'identity.forgot.sent').waitFor();
    // The form is emptied for another request, without flagging the empty field as a mistake.
    expect(await email.inputValue()).toBe('');
    expect(await describedBy(email)).not.toContain(t('de', 'validation.required'));
    await checkPage(page, 'de', 'forgot password, sent');
  });

  it('delivers the reset mail with a link to the reset page', async () => {
    const mail = await running().smtp.waitForMail(
      (candidate) => candidate.to.includes(DEMO_RESIDENT.email) && candidate.text.includes('/reset-password?token='),
      30_000,
    );
    resetLink = linkFrom(mail.text, '/reset-password?token=');
    expect(resetLink.startsWith(`${running().url}/reset-password?token=`)).toBe(true);
  });

  it('sets a new password with the link, refusing a too-short one at the field', async () => {
    await open(page, resetLink, 'de', t('de', 'identity.reset.heading'));
    await checkPage(page, 'de', 'reset password');

    const password = page.getByLabel(t('de', 'identity.fields.newPassword'), { exact: true });
    await password.fill('zu kurz');
    await page.getByRole('button', { name: exactly(t('de', 'identity.reset.submit')) }).click();
    await formStatus('de', 'forms.checkFields').waitFor();
    await waitForFocus(password, 'The new-password field');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(password)).toContain(t('de', 'validation.minlength', { min: PASSWORD_MIN }));

    await password.fill(newPassword);
    await page.getByRole('button', { name: exactly(t('de', 'identity.reset.submit')) }).click();
    await formStatus('de', 'identity.reset.done').waitFor();
    // Focus moves to the way on, so keyboard and screen-reader users are not left on a vanished form.
    await waitForFocus(page.getByRole('link', { name: exactly(t('de', 'identity.reset.toLogin')) }), 'The link to the login');
    await checkPage(page, 'de', 'reset password, done');
  });

  it('refuses the old password with a clear message', async () => {
    await page.getByRole('link', { name: exactly(t('de', 'identity.reset.toLogin')) }).click();
    await arrive(page, 'de', t('de', 'identity.login.heading'));
    await submitLogin(page, 'de', DEMO_RESIDENT.email, DEMO_PASSWORD);

    await formStatus('de', 'errors.INVALID_CREDENTIALS').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await accountButton(page, 'de', DEMO_RESIDENT.displayName).count()).toBe(0);
  });

  it('logs in with the new password', async () => {
    await submitLogin(page, 'de', DEMO_RESIDENT.email, newPassword);
    await accountButton(page, 'de', DEMO_RESIDENT.displayName).waitFor();
    expect(await formStatus('de', 'errors.INVALID_CREDENTIALS').count()).toBe(0);
  });

  it('says the link is no longer valid when it is used a second time', async () => {
    await open(page, resetLink, 'de', t('de', 'identity.reset.heading'));
    await page.getByLabel(t('de', 'identity.fields.newPassword'), { exact: true }).fill('Noch ein ganz neues Passwort');
    await page.getByRole('button', { name: exactly(t('de', 'identity.reset.submit')) }).click();

    await formStatus('de', 'errors.INVALID_TOKEN').waitFor();
    await page.getByRole('link', { name: exactly(t('de', 'identity.reset.requestNew')) }).waitFor();
    await checkPage(page, 'de', 'reset password, used link');

    // The refused attempt changed nothing: the password set with the link still works.
    await accountButton(page, 'de', DEMO_RESIDENT.displayName).click();
    await page.getByRole('menuitem', { name: exactly(t('de', 'shell.account.logout')) }).click();
    await page.getByRole('link', { name: exactly(t('de', 'shell.account.login')) }).waitFor();
    await open(page, url('/login'), 'de', t('de', 'identity.login.heading'));
    await submitLogin(page, 'de', DEMO_RESIDENT.email, newPassword);
    await accountButton(page, 'de', DEMO_RESIDENT.displayName).waitFor();
  });

  it('keeps the forgot-password and reset-password pages accessible in English', async () => {
    await switchLanguage(page, 'de', 'en');
    await open(page, url('/forgot-password'), 'en', t('en', 'identity.forgot.heading'));
    await checkPage(page, 'en', 'forgot password');
    await page.getByLabel(t('en', 'identity.fields.email'), { exact: true }).fill('nobody@example.test');
    await page.getByRole('button', { name: exactly(t('en', 'identity.forgot.submit')) }).click();
    // Unknown addresses get the same answer as known ones.
    await formStatus('en', 'identity.forgot.sent').waitFor();
    await checkPage(page, 'en', 'forgot password, sent');

    await open(page, resetLink, 'en', t('en', 'identity.reset.heading'));
    await checkPage(page, 'en', 'reset password');
    await page.getByLabel(t('en', 'identity.fields.newPassword'), { exact: true }).fill('Yet another new password');
    await page.getByRole('button', { name: exactly(t('en', 'identity.reset.submit')) }).click();
    await formStatus('en', 'errors.INVALID_TOKEN').waitFor();
    await checkPage(page, 'en', 'reset password, used link');

    await open(page, url('/reset-password'), 'en', t('en', 'identity.reset.heading'));
    await page.getByRole('link', { name: exactly(t('en', 'identity.reset.requestNew')) }).waitFor();
    await checkPage(page, 'en', 'reset password, no token');
  });
});
