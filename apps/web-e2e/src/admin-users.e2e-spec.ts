import type { Locator, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { useE2eSession } from './support/session';
import { describedBy } from './support/forms';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { tabTo, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, switchLanguage } from './support/pages';

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface UsersResult {
  users: { totalCount: number; items: { email: string; role: string; department: string | null }[] };
}

const USERS_QUERY = `query Users($search: String) {
  users(search: $search) { totalCount items { email role department } }
}`;

const NEW_DEPARTMENT = 'Fachbereich Bildung';

/**
 * The admin's user administration through the real processes: finding a person, changing their
 * role (with the department a department expert needs), the last-admin rule, the mail failure
 * page; and that a resident gets neither the page nor the data. Checked with axe in German and
 * Arabic (right to left).
 */
describe('admin: users and mail failures', () => {
  const session = useE2eSession();
  const running = session.running;
  let page: Page;

  beforeAll(() => {
    page = session.page();
  });

  const url = session.url;

  /** A GraphQL request with the page's cookies, as the web app sends it. */
  async function graphql<T>(on: Page, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlBody<T>> {
    const response = await on.request.post(url('/graphql'), {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlBody<T>;
  }

  const nav = (on: Page, lang: Lang) => on.getByRole('navigation', { name: t(lang, 'shell.nav.label') });
  const roleButton = (lang: Lang, name: string) =>
    page.getByRole('button', { name: exactly(t(lang, 'identity.admin.changeRoleFor', { name })) });
  const userRow = (lang: Lang, name: string) => page.getByRole('row').filter({ has: roleButton(lang, name) });
  const roleDialog = (lang: Lang, name: string) =>
    page.getByRole('dialog', { name: t(lang, 'identity.admin.dialog.heading', { name }) });
  const countStatus = (lang: Lang, count: number) =>
    page.getByRole('status').filter({ hasText: exactly(t(lang, 'identity.admin.count', { count })) });

  async function cellTexts(row: Locator): Promise<string[]> {
    return row.getByRole('cell').evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  /** Searches for one person; done once the list shows only them (the old rows stay while loading). */
  async function searchFor(lang: Lang, text: string, name: string): Promise<void> {
    await page.getByLabel(t(lang, 'identity.admin.search'), { exact: true }).fill(text);
    await countStatus(lang, 1).waitFor();
    await roleButton(lang, name).waitFor();
  }

  async function openRoleDialog(lang: Lang, name: string): Promise<Locator> {
    await roleButton(lang, name).click();
    const dialog = roleDialog(lang, name);
    await dialog.waitFor();
    await waitForAnimations(page);
    return dialog;
  }

  it('keeps a resident out: the page redirects and the API refuses the user list', async () => {
    const resident = await newVisitor(session.browser());
    try {
      await logIn(resident.page, running().url, 'de', DEMO_RESIDENT);
      expect(await nav(resident.page, 'de').getByRole('link', { name: exactly(t('de', 'shell.nav.adminUsers')) }).count()).toBe(0);

      await resident.page.goto(url('/admin/users'));
      await resident.page.waitForURL(url('/'));
      await arrive(resident.page, 'de', t('de', 'processes.home.actionFieldsHeading'), 2);
      expect(await resident.page.getByRole('heading', { name: exactly(t('de', 'identity.admin.heading')) }).count()).toBe(0);

      const refused = await graphql<UsersResult>(resident.page, USERS_QUERY);
      expect(refused.data?.users).toBeUndefined();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await resident.context.close();
    }
  });

  it('logs the admin in and opens the user administration from the navigation', async () => {
    await logIn(page, running().url, 'de', DEMO_ADMIN);
    await nav(page, 'de').getByRole('link', { name: exactly(t('de', 'shell.nav.adminUsers')) }).click();
    await arrive(page, 'de', t('de', 'identity.admin.heading'));

    // The same request the resident was refused answers for the admin.
    const everyone = await graphql<UsersResult>(page, USERS_QUERY);
    expect(everyone.errors).toBeUndefined();
    const total = everyone.data?.users.totalCount ?? 0;
    expect(total).toBeGreaterThanOrEqual(5);
    await countStatus('de', total).waitFor();
    await roleButton('de', DEMO_ADMIN.displayName).waitFor();
    await checkPage(page, 'de', 'admin users');
  });

  it('finds the resident by e-mail address', async () => {
    await searchFor('de', 'resident@', DEMO_RESIDENT.displayName);
    expect(await page.getByRole('table').getByRole('button').count()).toBe(1);
    expect(await cellTexts(userRow('de', DEMO_RESIDENT.displayName))).toEqual([
      DEMO_RESIDENT.displayName,
      DEMO_RESIDENT.email,
      t('de', 'roles.RESIDENT'),
      `${t('de', 'identity.admin.none')}–`,
      t('de', 'identity.admin.yes'),
      t('de', 'identity.admin.changeRole'),
    ]);
  });

  it('asks for the department when the new role is department expert, at the field', async () => {
    const dialog = await openRoleDialog('de', DEMO_RESIDENT.displayName);
    await checkPage(page, 'de', 'admin users, role dialog');

    await dialog.getByRole('combobox', { name: exactly(t('de', 'identity.fields.role')) }).click();
    await page.getByRole('option', { name: exactly(t('de', 'roles.DEPARTMENT_EXPERT')) }).click();
    const department = dialog.getByRole('textbox', { name: exactly(t('de', 'identity.fields.department')) });
    await department.waitFor();
    expect(await department.inputValue()).toBe('');

    await dialog.getByRole('button', { name: exactly(t('de', 'identity.admin.dialog.save')) }).click();
    await dialog.getByRole('status').filter({ hasText: t('de', 'forms.checkFields') }).waitFor();
    await waitForFocus(department, 'The department field');
    // Material leaves aria-invalid off an empty required field (required already says it); the error is its description.
    expect(await department.evaluate((field) => (field as HTMLInputElement).required)).toBe(true);
    expect(await describedBy(department)).toContain(t('de', 'validation.required'));
    await waitForAnimations(page);
    await checkPage(page, 'de', 'admin users, role dialog with error');
  });

  it('changes the role once the department is given, and the table shows it', async () => {
    const dialog = roleDialog('de', DEMO_RESIDENT.displayName);
    await dialog.getByRole('textbox', { name: exactly(t('de', 'identity.fields.department')) }).fill(NEW_DEPARTMENT);
    await dialog.getByRole('button', { name: exactly(t('de', 'identity.admin.dialog.save')) }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = userRow('de', DEMO_RESIDENT.displayName);
    await row.getByRole('cell', { name: exactly(NEW_DEPARTMENT) }).waitFor();
    expect(await cellTexts(row)).toEqual([
      DEMO_RESIDENT.displayName,
      DEMO_RESIDENT.email,
      t('de', 'roles.DEPARTMENT_EXPERT'),
      NEW_DEPARTMENT,
      t('de', 'identity.admin.yes'),
      t('de', 'identity.admin.changeRole'),
    ]);
    await waitForFocus(roleButton('de', DEMO_RESIDENT.displayName), 'The row button that opened the dialog');
    const announcement = t('de', 'identity.admin.roleChanged', {
      name: DEMO_RESIDENT.displayName,
      role: t('de', 'roles.DEPARTMENT_EXPERT'),
    });
    await page.waitForFunction(
      (text) => Array.from(document.querySelectorAll('[aria-live]')).some((region) => region.textContent?.includes(text)),
      announcement,
    );

    const stored = await graphql<UsersResult>(page, USERS_QUERY, { search: DEMO_RESIDENT.email });
    expect(stored.data?.users.items).toEqual([
      { email: DEMO_RESIDENT.email, role: 'DEPARTMENT_EXPERT', department: NEW_DEPARTMENT },
    ]);
  });

  it('keeps the only admin an admin; the dialog works with the keyboard alone', async () => {
    await searchFor('de', DEMO_ADMIN.email, DEMO_ADMIN.displayName);
    const rowButton = roleButton('de', DEMO_ADMIN.displayName);
    await tabTo(page, rowButton, 'The change-role button of the admin row');
    await page.keyboard.press('Enter');
    const dialog = roleDialog('de', DEMO_ADMIN.displayName);
    await dialog.waitFor();
    await waitForAnimations(page);

    const role = dialog.getByRole('combobox', { name: exactly(t('de', 'identity.fields.role')) });
    await tabTo(page, role, 'The role select');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await role.textContent()).toContain(t('de', 'roles.RESIDENT'));

    await tabTo(page, dialog.getByRole('button', { name: exactly(t('de', 'identity.admin.dialog.save')) }), 'The save button');
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: t('de', 'errors.LAST_ADMIN') }).waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitForFocus(rowButton, 'The change-role button of the admin row');
    expect(await cellTexts(userRow('de', DEMO_ADMIN.displayName))).toContain(t('de', 'roles.ADMIN'));
    const stored = await graphql<UsersResult>(page, USERS_QUERY, { search: DEMO_ADMIN.email });
    expect(stored.data?.users.items.map((user) => user.role)).toEqual(['ADMIN']);
  });

  it('opens the mail delivery failures from the navigation', async () => {
    await nav(page, 'de').getByRole('link', { name: exactly(t('de', 'shell.nav.adminMail')) }).click();
    await arrive(page, 'de', t('de', 'mail.failures.heading'));
    await page.getByRole('status').filter({ hasText: t('de', 'mail.failures.empty') }).waitFor();
    await checkPage(page, 'de', 'admin mail');
  });

  it('keeps the accessibility statement and the not-found page accessible in German', async () => {
    await open(page, url('/accessibility'), 'de', t('de', 'accessibility.heading'));
    await checkPage(page, 'de', 'accessibility statement');
    await open(page, url('/gibt-es-nicht'), 'de', t('de', 'notFound.heading'));
    await checkPage(page, 'de', 'not found');
  });

  it('shows the admin pages right to left in Arabic, accessibly', async () => {
    await switchLanguage(page, 'de', 'ar');
    const expectRtl = async () =>
      expect(await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }))).toEqual({
        dir: 'rtl',
        lang: 'ar',
      });

    await open(page, url('/admin/users'), 'ar', t('ar', 'identity.admin.heading'));
    await expectRtl();
    await roleButton('ar', DEMO_ADMIN.displayName).waitFor();
    const total = (await graphql<UsersResult>(page, USERS_QUERY)).data?.users.totalCount ?? 0;
    await countStatus('ar', total).waitFor();
    await checkPage(page, 'ar', 'admin users');

    await openRoleDialog('ar', DEMO_RESIDENT.displayName);
    await checkPage(page, 'ar', 'admin users, role dialog');
    await page.keyboard.press('Escape');
    await roleDialog('ar', DEMO_RESIDENT.displayName).waitFor({ state: 'detached' });
    await waitForFocus(roleButton('ar', DEMO_RESIDENT.displayName), 'The row button that opened the dialog');

    await open(page, url('/admin/mail'), 'ar', t('ar', 'mail.failures.heading'));
    await page.getByRole('status').filter({ hasText: t('ar', 'mail.failures.empty') }).waitFor();
    await expectRtl();
    await checkPage(page, 'ar', 'admin mail');

    await open(page, url('/accessibility'), 'ar', t('ar', 'accessibility.heading'));
    await expectRtl();
    await checkPage(page, 'ar', 'accessibility statement');

    await open(page, url('/gibt-es-nicht'), 'ar', t('ar', 'notFound.heading'));
    await expectRtl();
    await checkPage(page, 'ar', 'not found');
  });
});
