import type { Locator, Page } from 'playwright-core';
import { exactly, t } from './i18n';
import type { Lang } from './i18n';
import { open } from './pages';

/** Seeded by `main.js seed` in the e2e global setup; every spec gets its own copy of the database. */
export const DEMO_PASSWORD = 'mitreden-demo-2026';
export const DEMO_RESIDENT = { email: 'resident@mitreden.test', displayName: 'Rana Einwohnerin' } as const;
export const DEMO_ADMIN = { email: 'admin@mitreden.test', displayName: 'Ada Admin' } as const;

export function accountButton(page: Page, lang: Lang, displayName: string): Locator {
  return page.getByRole('button', { name: t(lang, 'shell.account.menuButton', { name: displayName }) });
}

/** Fills and sends the login form on the page that is open. */
export async function submitLogin(page: Page, lang: Lang, email: string, password: string): Promise<void> {
  await page.getByLabel(t(lang, 'identity.fields.email'), { exact: true }).fill(email);
  await page.getByLabel(t(lang, 'identity.fields.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: exactly(t(lang, 'identity.login.submit')) }).click();
}

/** Logs in through the login page and waits until the header shows the account. */
export async function logIn(
  page: Page,
  baseUrl: string,
  lang: Lang,
  account: { email: string; displayName: string },
  password = DEMO_PASSWORD,
): Promise<void> {
  await open(page, `${baseUrl}/login`, lang, t(lang, 'identity.login.heading'));
  await submitLogin(page, lang, account.email, password);
  await accountButton(page, lang, account.displayName).waitFor();
}
