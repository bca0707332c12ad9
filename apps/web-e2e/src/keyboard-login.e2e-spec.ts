import type { Locator, Page } from 'playwright-core';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { arrive, openHome } from './support/pages';

const DEMO_RESIDENT = { email: 'resident@mitreden.test', password: 'mitreden-demo-2026' };
const MAX_TABS = 40;
const NAME = '\u0000';

/** A matcher for a translated text whose `{{ name }}` may be anything. */
function withAnyName(text: string): RegExp {
  return new RegExp(`^${text.split(NAME).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is unreachable. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${what} was not reached with ${MAX_TABS} Tab presses; focus is on ${focused}`);
}

describe('keyboard only', () => {
  const session = useE2eSession();
  const running = session.running;
  let page: Page;

  beforeAll(() => {
    page = session.page();
  });

  it('reaches the login form from the home page and logs in with Tab and Enter only', async () => {
    await openHome(page, running().url, 'de');

    const loginLink = page.getByRole('link', { name: exactly(t('de', 'shell.account.login')) });
    await tabTo(page, loginLink, 'The header login link');
    await page.keyboard.press('Enter');
    await arrive(page, 'de', t('de', 'identity.login.heading'));

    const email = page.getByLabel(t('de', 'identity.fields.email'), { exact: true });
    await tabTo(page, email, 'The e-mail field');
    await page.keyboard.type(DEMO_RESIDENT.email);
    const password = page.getByLabel(t('de', 'identity.fields.password'), { exact: true });
    await tabTo(page, password, 'The password field');
    await page.keyboard.type(DEMO_RESIDENT.password);
    await page.keyboard.press('Enter');

    // The seeded resident's display name is whatever the seed chose; the menu button names it.
    const accountMenu = page.getByRole('button', { name: withAnyName(t('de', 'shell.account.menuButton', { name: NAME })) });
    await accountMenu.waitFor();
    expect(await page.getByRole('link', { name: exactly(t('de', 'shell.account.login')) }).count()).toBe(0);
  });

  it('offers a skip link as the first stop, which moves focus to the content', async () => {
    await openHome(page, running().url, 'de');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: exactly(t('de', 'shell.skipLink')) });
    expect(await isFocused(skipLink)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box && box.width > 1 && box.height > 1 && box.y >= 0).toBeTruthy();

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
