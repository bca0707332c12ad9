import type { Page } from 'playwright-core';
import { linkFrom } from '@mitreden/testing';
import { describedBy } from './support/forms';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { LANGUAGE_NAMES, arrive, checkPage, open, openHome, switchLanguage, waitForLanguage } from './support/pages';

/**
 * A resident's first visit, end to end through the real processes: register, confirm through the
 * link in the mail, log in, switch to English and Arabic, log out. Every page visited is checked
 * with axe in every language the journey uses.
 */
describe('resident journey', () => {
  const session = useE2eSession();
  const running = session.running;
  let page: Page;

  const resident = {
    displayName: 'Aylin Demir',
    email: `aylin.${Date.now().toString(36)}@example.test`,
    password: 'Lindener Marktplatz 2026',
  };
  let confirmationLink = '';

  beforeAll(() => {
    page = session.page();
  });

  const url = session.url;

  it('shows the current process on the home page, in German for a German browser', async () => {
    await openHome(page, url(''), 'de');
    await page.getByRole('heading', { level: 1, name: /Wir sind Hannover/ }).waitFor();
    await checkPage(page, 'de', 'home');
  });

  it('registers a resident and says a confirmation mail is on its way', async () => {
    await page.getByRole('link', { name: exactly(t('de', 'shell.account.register')) }).click();
    await arrive(page, 'de', t('de', 'identity.register.heading'));
    await checkPage(page, 'de', 'register');

    await page.getByLabel(t('de', 'identity.fields.displayName'), { exact: true }).fill(resident.displayName);
    await page.getByLabel(t('de', 'identity.fields.email'), { exact: true }).fill(resident.email);
    await page.getByLabel(t('de', 'identity.fields.password'), { exact: true }).fill(resident.password);

    // Without consent to the privacy notice nothing is sent: the box says why and gets focus.
    const consent = page.getByRole('checkbox', { name: new RegExp(t('de', 'identity.register.consentLink')) });
    await page.getByRole('button', { name: exactly(t('de', 'identity.register.submit')) }).click();
    await page.getByText(t('de', 'identity.register.consentRequired')).waitFor();
    expect(await consent.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await consent.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(consent)).toBe(t('de', 'identity.register.consentRequired'));
    await checkPage(page, 'de', 'register, consent missing');

    // The notice opens in a new tab, so nothing typed is lost.
    const [notice] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: new RegExp(t('de', 'identity.register.consentLink')) }).click(),
    ]);
    await arrive(notice, 'de', t('de', 'privacy.heading'));
    await checkPage(notice, 'de', 'privacy');
    await notice.close();
    expect(await page.getByLabel(t('de', 'identity.fields.email'), { exact: true }).inputValue()).toBe(resident.email);

    await consent.check();
    await page.getByText(t('de', 'identity.register.consentRequired')).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: exactly(t('de', 'identity.register.submit')) }).click();

    await page.getByText(t('de', 'identity.register.sent')).waitFor();
    await checkPage(page, 'de', 'register, sent');
  });

  it('delivers the confirmation mail through the worker, and the dev mail viewer shows it', async () => {
    const mail = await running().smtp.waitForMail((candidate) => candidate.to.includes(resident.email), 30_000);
    confirmationLink = linkFrom(mail.text, '/confirm-email?token=');
    expect(confirmationLink.startsWith(`${running().url}/confirm-email?token=`)).toBe(true);

    await open(page, url('/dev/mails'), 'de', t('de', 'devMail.heading'));
    await page.getByRole('heading', { level: 2, name: exactly(mail.subject) }).waitFor();
    const linkInViewer = page.getByRole('link', { name: confirmationLink });
    expect(await linkInViewer.getAttribute('href')).toBe(confirmationLink);
    await checkPage(page, 'de', 'dev mails', { sandboxedFrames: true });
  });

  it('confirms the address with the link from the mail', async () => {
    await open(page, confirmationLink, 'de', t('de', 'identity.confirm.heading'));
    await page.getByText(t('de', 'identity.confirm.confirmed')).waitFor();
    await checkPage(page, 'de', 'confirm');
  });

  it('logs in and reaches the account page', async () => {
    await page.getByRole('link', { name: exactly(t('de', 'identity.confirm.toLogin')) }).click();
    await arrive(page, 'de', t('de', 'identity.login.heading'));
    await checkPage(page, 'de', 'login');

    await page.getByLabel(t('de', 'identity.fields.email'), { exact: true }).fill(resident.email);
    await page.getByLabel(t('de', 'identity.fields.password'), { exact: true }).fill(resident.password);
    await page.getByRole('button', { name: exactly(t('de', 'identity.login.submit')) }).click();
    await accountButton(page, 'de').waitFor();

    await open(page, url('/account'), 'de', t('de', 'identity.account.heading'));
    await page.getByText(resident.email).waitFor();
    await checkPage(page, 'de', 'account');
  });

  it('switches to English', async () => {
    await switchLanguage(page, 'de', 'en');
    await page.getByRole('heading', { level: 1, name: exactly(t('en', 'identity.account.heading')) }).waitFor();
    await checkPage(page, 'en', 'account');
    await openHome(page, url(''), 'en');
    await checkPage(page, 'en', 'home');
  });

  it('switches to Arabic: the page turns right-to-left', async () => {
    await switchLanguage(page, 'en', 'ar');
    const html = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    expect(html).toEqual({ dir: 'rtl', lang: 'ar' });
    await page.getByRole('heading', { level: 2, name: exactly(t('ar', 'processes.home.actionFieldsHeading')) }).waitFor();
    await checkPage(page, 'ar', 'home');
    await open(page, url('/account'), 'ar', t('ar', 'identity.account.heading'));
    await checkPage(page, 'ar', 'account');
  });

  it('logs out', async () => {
    await accountButton(page, 'ar').click();
    await page.getByRole('menuitem', { name: exactly(t('ar', 'shell.account.logout')) }).click();
    await page.getByRole('link', { name: exactly(t('ar', 'shell.account.login')) }).waitFor();
    await waitForLanguage(page, 'ar');
    expect(await accountButton(page, 'ar').count()).toBe(0);
  });

  it.each<Lang>(['ar', 'en'])('keeps the public pages accessible in %s', async (lang) => {
    if (lang === 'en') await switchLanguage(page, 'ar', 'en');
    await open(page, url('/login'), lang, t(lang, 'identity.login.heading'));
    await checkPage(page, lang, 'login');
    await open(page, url('/register'), lang, t(lang, 'identity.register.heading'));
    await checkPage(page, lang, 'register');
    await open(page, url('/privacy'), lang, t(lang, 'privacy.heading'));
    await checkPage(page, lang, 'privacy');
    // The link was used above: the page explains that and offers a new one.
    await open(page, confirmationLink, lang, t(lang, 'identity.confirm.heading'));
    await page.getByRole('heading', { level: 2, name: exactly(t(lang, 'identity.confirm.resendHeading')) }).waitFor();
    await checkPage(page, lang, 'confirm, used link');
  });

  function accountButton(on: Page, lang: Lang) {
    return on.getByRole('button', { name: t(lang, 'shell.account.menuButton', { name: resident.displayName }) });
  }

  it('names each language in itself in the switcher', async () => {
    await page.getByRole('button', { name: t('en', 'shell.language.button', { language: LANGUAGE_NAMES.en }) }).click();
    const items = await page.getByRole('menuitemradio').evaluateAll((elements) =>
      elements.map((element) => ({ lang: element.getAttribute('lang'), text: element.textContent?.replace('✓', '').trim() })),
    );
    await page.keyboard.press('Escape');
    expect(items).toEqual(
      expect.arrayContaining([
        { lang: 'de', text: LANGUAGE_NAMES.de },
        { lang: 'en', text: LANGUAGE_NAMES.en },
        { lang: 'ar', text: LANGUAGE_NAMES.ar },
      ]),
    );
  });
});
