import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DEMO_RESIDENT, accountButton, logIn } from './support/accounts';
import { exactly, t } from './support/i18n';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const PROCESS_TITLE = 'Wir sind Hannover – Zusammenleben in der Stadt';
const DAY = 24 * 60 * 60 * 1000;

/** The value a `<input type="datetime-local">` takes, in the browser's (and this process's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The project group's editor: residents do not find it, the project group adds a phase (an
 * overlapping one is refused with a clear message) and a forum, and both show on the public page.
 */
describe('managing processes', () => {
  const session = useE2eSession();
  let page: Page;

  beforeAll(() => {
    page = session.page();
  });

  /** A field of the open inline form (the texts form above has fields with the same labels). */
  let formName = '';
  const field = (label: string) => page.getByRole('form', { name: formName }).getByLabel(label, { exact: true });

  it('shows a resident "not found" at /manage/processes and no way there in the header', async () => {
    await logIn(page, session.url(''), 'de', DEMO_RESIDENT);
    expect(await page.getByRole('link', { name: exactly(t('de', 'shell.nav.manageProcesses')) }).count()).toBe(0);
    await open(page, session.url('/manage/processes'), 'de', t('de', 'notFound.heading'));
    expect(new URL(page.url()).pathname).toBe('/manage/processes');
    expect(await page.getByRole('heading', { name: exactly(t('de', 'processes.manage.listHeading')) }).count()).toBe(0);
    await checkPage(page, 'de', 'manage processes as a resident');

    await accountButton(page, 'de', DEMO_RESIDENT.displayName).click();
    await page.getByRole('menuitem', { name: exactly(t('de', 'shell.account.logout')) }).click();
    await page.getByRole('link', { name: exactly(t('de', 'shell.account.login')) }).waitFor();
  });

  it('sends an anonymous visitor to the login page', async () => {
    await page.goto(session.url('/manage/processes'));
    await arrive(page, 'de', t('de', 'identity.login.heading'));
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/manage/processes');
  });

  it('lets the project group open the editor from the header', async () => {
    await logIn(page, session.url(''), 'de', PROJECT_GROUP);
    await page.getByRole('link', { name: exactly(t('de', 'shell.nav.manageProcesses')) }).click();
    await arrive(page, 'de', t('de', 'processes.manage.listHeading'));
    await page.getByText(t('de', 'processes.manage.isCurrent')).waitFor();
    await checkPage(page, 'de', 'manage processes');

    await page.getByRole('link', { name: exactly(PROCESS_TITLE) }).click();
    await arrive(page, 'de', t('de', 'processes.manage.editHeading', { title: PROCESS_TITLE }));
    await checkPage(page, 'de', 'manage process');
  });

  it('refuses an overlapping phase with a message on the field, then adds a phase after the last one', async () => {
    await page.getByRole('button', { name: exactly(t('de', 'processes.manage.addPhase')) }).click();
    await page.getByRole('heading', { level: 3, name: exactly(t('de', 'processes.manage.addPhase')) }).waitFor();
    formName = t('de', 'processes.manage.addPhase');
    await page.getByRole('combobox', { name: t('de', 'processes.manage.fields.kind') }).click();
    await page.getByRole('option', { name: exactly(t('de', 'processes.phaseKind.VOTE')) }).click();
    await field(`${t('de', 'processes.manage.fields.title')} (Deutsch)`).fill('Abschlussabstimmung');
    await field(`${t('de', 'processes.manage.fields.title')} (English)`).fill('Final vote');

    // Today lies inside the running forums phase.
    await field(t('de', 'processes.manage.fields.startsAt')).fill(localInput(new Date(Date.now() + DAY)));
    await field(t('de', 'processes.manage.fields.endsAt')).fill(localInput(new Date(Date.now() + 3 * DAY)));
    await page.getByRole('button', { name: exactly(t('de', 'processes.manage.savePhase')) }).click();
    await page.getByText(t('de', 'processes.rules.phaseOverlap')).waitFor();
    // The message fades in; axe judges its colour once it is fully there.
    await waitForAnimations(page);
    await checkPage(page, 'de', 'phase form with an error');

    const start = new Date(Date.now() + 400 * DAY);
    await field(t('de', 'processes.manage.fields.startsAt')).fill(localInput(start));
    await field(t('de', 'processes.manage.fields.endsAt')).fill(localInput(new Date(start.getTime() + 14 * DAY)));
    await page.getByRole('button', { name: exactly(t('de', 'processes.manage.savePhase')) }).click();
    await page.getByRole('heading', { level: 3, name: exactly('Abschlussabstimmung') }).waitFor();
    // The form closes and focus returns to the button that opened it.
    await page.waitForFunction(() => document.activeElement?.id === 'phase-add');
  });

  it('adds a forum', async () => {
    await page.getByRole('button', { name: exactly(t('de', 'processes.manage.addForum')) }).click();
    await page.getByRole('heading', { level: 3, name: exactly(t('de', 'processes.manage.addForum')) }).waitFor();
    formName = t('de', 'processes.manage.addForum');
    await field(`${t('de', 'processes.manage.fields.title')} (Deutsch)`).fill('Forum 9: Nachbarschaft in Langenhagen');
    await field(t('de', 'processes.manage.fields.startsAt')).fill(localInput(new Date(Date.now() + 10 * DAY)));
    await field(t('de', 'processes.forum.place')).fill('Rathaus Langenhagen');
    await field(t('de', 'processes.forum.municipality')).fill('Langenhagen');
    await page.getByRole('combobox', { name: t('de', 'processes.forum.format') }).click();
    await page.getByRole('option', { name: exactly(t('de', 'processes.format.ON_SITE')) }).click();
    await checkPage(page, 'de', 'forum form');
    await page.getByRole('button', { name: exactly(t('de', 'processes.manage.saveForum')) }).click();
    await page.getByRole('link', { name: exactly('Forum 9: Nachbarschaft in Langenhagen') }).waitFor();
  });

  it('switches on auto-hide after reports for the process, by keyboard', async () => {
    const enabled = page.getByRole('checkbox', { name: exactly(t('de', 'moderation.autoHide.enabled')) });
    expect(await enabled.isChecked()).toBe(false);
    await enabled.focus();
    await page.keyboard.press('Space');
    const threshold = page.getByLabel(t('de', 'moderation.autoHide.threshold'), { exact: false });
    await threshold.fill('3');
    await threshold.press('Enter');
    await page.getByText(t('de', 'moderation.autoHide.savedOn', { count: 3 })).waitFor();
    await checkPage(page, 'de', 'manage process, auto-hide on');

    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT auto_hide_threshold FROM processes WHERE title->>'de' = $1`, [PROCESS_TITLE]);
      expect(rows).toEqual([{ auto_hide_threshold: 3 }]);
    } finally {
      await client.end();
    }
  });

  it('shows the new phase and forum on the public process page', async () => {
    await page.getByRole('link', { name: exactly(t('de', 'processes.manage.viewPublic')) }).click();
    await arrive(page, 'de', PROCESS_TITLE);
    const phase = page.locator('mr-phase-timeline li', { hasText: 'Abschlussabstimmung' });
    await phase.waitFor();
    expect(await phase.innerText()).toContain(t('de', 'processes.phaseStatus.UPCOMING'));
    // Time order: the new phase is the last one.
    expect((await page.locator('mr-phase-timeline li').last().innerText()).includes('Abschlussabstimmung')).toBe(true);

    const forum = page.locator('.mr-forum-card', { hasText: 'Forum 9: Nachbarschaft in Langenhagen' });
    await forum.waitFor();
    expect(await forum.innerText()).toContain('Langenhagen');
    expect(await forum.innerText()).toContain(t('de', 'processes.format.ON_SITE'));
    await checkPage(page, 'de', 'process page with the new phase and forum');
  });
});
