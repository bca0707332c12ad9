import type { Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { chooseOption, press, tabTo, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';

const PROCESS = 'wir-sind-hannover';
const FORUM_TITLE = 'Forum 1: Partizipation und Teilhabe';
const FORUM_TITLE_EN = 'Forum 1: Participation and inclusion';
/** A measure of the seeded annex (action field "Partizipation und Teilhabe"). */
const SEEDED_MEASURE = 'Einen Integrationsbeirat auf Regionsebene einrichten';
const NEW_TITLE = 'Integrationsbeirat auf Regionsebene zügig einrichten';
const NEW_BODY = 'Der Beirat soll **mehrsprachig** arbeiten und zweimal im Jahr öffentlich tagen.';

function statusText(page: Page): Locator {
  return page.locator('.mr-list-status');
}

/**
 * The main path of the participation core, by keyboard: a resident opens the process, goes to a
 * forum, starts a measure resembling a seeded one and is shown it, submits anyway, supports and
 * comments on another proposal, edits and withdraws their own. Every page is checked with axe in
 * German and English, the list also in Arabic.
 */
describe('proposal journey', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let newProposalUrl = '';
  let seededUrl = '';

  beforeAll(async () => {
    page = session.page();
    await logIn(page, url(''), 'de', DEMO_RESIDENT);
  });

  it('goes from the process to a forum to the new-proposal form', async () => {
    await page.goto(url(`/processes/${PROCESS}`));
    await page.getByRole('heading', { level: 1, name: /Wir sind Hannover/ }).waitFor();
    await checkPage(page, 'de', 'process');

    await press(page, page.getByRole('link', { name: exactly(FORUM_TITLE) }), 'the forum link');
    await page.getByRole('heading', { level: 1, name: exactly(FORUM_TITLE) }).waitFor();
    await checkPage(page, 'de', 'forum');

    await press(page, page.locator('a[href^="/proposals/new"]').first(), 'the new-proposal link');
    await arrive(page, 'de', t('de', 'proposals.form.newHeading'));
    // The forum's action field and the forum itself are preselected from the link.
    await page.getByRole('combobox', { name: t('de', 'proposals.fields.forum') }).filter({ hasText: FORUM_TITLE }).waitFor();
    await checkPage(page, 'de', 'new proposal');
  });

  it('suggests the similar seeded measure while the title is typed, and still submits the new one', async () => {
    const measure = page.getByRole('radio', { name: exactly(t('de', 'proposals.kind.measure')) });
    expect(await measure.isChecked()).toBe(true);

    await tabTo(page, page.getByLabel(t('de', 'proposals.fields.title')), 'the title field');
    await page.keyboard.type(NEW_TITLE);
    const suggestion = page.locator('.mr-similar__list').getByRole('link', { name: exactly(SEEDED_MEASURE) });
    await suggestion.waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: t('de', 'proposals.form.similarFound', { count: 1 }).split(':')[0] })
      .waitFor();
    await checkPage(page, 'de', 'new proposal with suggestions');

    await tabTo(page, page.getByLabel(t('de', 'proposals.fields.body')), 'the body field');
    await page.keyboard.type(NEW_BODY);
    await press(page, page.getByRole('button', { name: exactly(t('de', 'proposals.form.submit')) }), 'the submit button');

    await page.getByRole('heading', { level: 1, name: exactly(NEW_TITLE) }).waitFor();
    newProposalUrl = page.url();
    expect(newProposalUrl).toMatch(/\/proposals\/[0-9a-f-]+$/);
    // Markdown is rendered by the server; the author sees the edit and withdraw actions.
    await page.locator('.mr-proposal__body strong', { hasText: 'mehrsprachig' }).waitFor();
    await page.getByRole('link', { name: exactly(t('de', 'proposals.detail.edit')) }).waitFor();
    await page.getByText(DEMO_RESIDENT.displayName).first().waitFor();
    await checkPage(page, 'de', 'proposal (own)');
  });

  it('lists proposals with counts per filter value, keeps filters in the URL and loads more', async () => {
    await press(page, page.getByRole('link', { name: exactly(t('de', 'proposals.detail.backToList')) }), 'the list link');
    await arrive(page, 'de', t('de', 'proposals.list.heading'));
    await statusText(page).filter({ hasText: /\d+ von \d+/ }).waitFor();
    await checkPage(page, 'de', 'proposal list');

    await chooseOption(
      page,
      page.getByRole('combobox', { name: t('de', 'proposals.fields.kind') }),
      new RegExp(`^\\s*${t('de', 'proposals.kind.goal')} \\(\\d+\\)`),
      'the kind filter',
    );
    await page.waitForFunction(() => /[?&]kind=goal/.test(location.search));
    await statusText(page).filter({ hasText: t('de', 'proposals.list.showing', { shown: 20, total: 37 }) }).waitFor();

    const loadMore = page.getByRole('button', { name: /^\s*Weitere Vorschläge laden/ });
    await press(page, loadMore, 'the load-more button');
    await statusText(page).filter({ hasText: t('de', 'proposals.list.showing', { shown: 37, total: 37 }) }).waitFor();
    // Focus continues at the first newly loaded card.
    await waitForFocus(page.locator('.mr-results li:nth-child(21) a'), 'the first new card');
    await checkPage(page, 'de', 'proposal list, goals, all loaded');

    // The back button restores the unfiltered list.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('kind='));
    await statusText(page).filter({ hasText: /\d+ von (1[89]\d|2\d\d)/ }).waitFor();
  });

  it('supports another proposal from its page', async () => {
    // German full-text search finds it among the many seeded proposals.
    await tabTo(page, page.getByRole('searchbox', { name: t('de', 'proposals.list.search') }), 'the search box');
    await page.keyboard.type('Integrationsbeirat Regionsebene');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /[?&]q=/.test(location.search));
    await press(page, page.getByRole('link', { name: exactly(SEEDED_MEASURE) }), 'the found proposal');
    await page.getByRole('heading', { level: 1, name: exactly(SEEDED_MEASURE) }).waitFor();
    seededUrl = page.url();
    // A measure names the goal it serves.
    await page.getByText(t('de', 'proposals.detail.servesGoal')).waitFor();
    await checkPage(page, 'de', 'proposal');

    const support = page.getByRole('button', { name: exactly(t('de', 'proposals.detail.supportButton')) });
    await press(page, support, 'the support button');
    const supported = page.getByRole('button', { name: exactly(t('de', 'proposals.detail.supportedButton')) });
    await supported.waitFor();
    expect(await supported.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('status').filter({ hasText: t('de', 'proposals.detail.supported', { count: 1 }).split('.')[0] }).waitFor();
    await checkPage(page, 'de', 'proposal, supported');

    // Reloading shows the support was stored.
    await page.reload();
    await supported.waitFor();
  });

  it('comments on the proposal', async () => {
    await tabTo(page, page.getByLabel(t('de', 'comments.form.newLabel')), 'the comment field');
    await page.keyboard.type('Ein Beirat braucht auch Sitzungsgeld für Ehrenamtliche.');
    await press(page, page.getByRole('button', { name: exactly(t('de', 'comments.form.publish')) }), 'the publish button');
    await page.getByRole('status').filter({ hasText: t('de', 'comments.status.added') }).waitFor();
    await page.getByText('Ein Beirat braucht auch Sitzungsgeld für Ehrenamtliche.').waitFor();
    await checkPage(page, 'de', 'proposal, commented');
  });

  it('lets the author edit the wording and shows both versions in the history', async () => {
    await page.goto(newProposalUrl);
    await page.getByRole('heading', { level: 1, name: exactly(NEW_TITLE) }).waitFor();
    await press(page, page.getByRole('link', { name: exactly(t('de', 'proposals.detail.edit')) }), 'the edit link');
    await arrive(page, 'de', t('de', 'proposals.form.editHeading'));
    await checkPage(page, 'de', 'edit proposal');

    const body = page.getByLabel(t('de', 'proposals.fields.body'));
    await tabTo(page, body, 'the body field');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Auch Jugendliche sollen mitwirken.');
    await press(page, page.getByRole('button', { name: exactly(t('de', 'proposals.form.save')) }), 'the save button');
    await page.getByRole('heading', { level: 1, name: exactly(NEW_TITLE) }).waitFor();
    await page.locator('.mr-proposal__body', { hasText: 'Auch Jugendliche sollen mitwirken.' }).waitFor();

    const history = page.getByRole('button', { name: exactly(t('de', 'curation.wording.show')) });
    await press(page, history, 'the wording history');
    await page.getByRole('heading', { level: 3, name: exactly(t('de', 'curation.wording.original')) }).waitFor();
    await page.getByRole('heading', { level: 4, name: exactly(t('de', 'curation.wording.version', { number: 2 })) }).waitFor();
    await checkPage(page, 'de', 'proposal (own), history open');
  });

  it('is accessible in English on every page of the journey, and the list in Arabic', async () => {
    await page.goto(seededUrl);
    await page.getByRole('heading', { level: 1, name: exactly(SEEDED_MEASURE) }).waitFor();
    await switchLanguage(page, 'de', 'en');
    await page.getByRole('button', { name: exactly(t('en', 'proposals.detail.supportedButton')) }).waitFor();
    await checkPage(page, 'en', 'proposal, supported');

    await page.goto(newProposalUrl);
    await page.getByRole('heading', { level: 1, name: exactly(NEW_TITLE) }).waitFor();
    await checkPage(page, 'en', 'proposal (own)');

    await page.goto(`${newProposalUrl}/edit`);
    await arrive(page, 'en', t('en', 'proposals.form.editHeading'));
    await checkPage(page, 'en', 'edit proposal');

    // Withdrawing needs a reason; afterwards the page says so and support is no longer offered.
    await page.goto(newProposalUrl);
    await page.getByRole('heading', { level: 1, name: exactly(NEW_TITLE) }).waitFor();
    await press(page, page.getByRole('button', { name: exactly(t('en', 'proposals.detail.withdraw')) }), 'the withdraw button');
    const dialog = page.getByRole('dialog', { name: t('en', 'proposals.withdraw.heading') });
    await dialog.waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'en', 'withdraw dialog');
    await dialog.getByRole('button', { name: exactly(t('en', 'proposals.withdraw.submit')) }).press('Enter');
    await dialog.getByText(t('en', 'validation.required')).waitFor();
    const reason = dialog.getByLabel(t('en', 'proposals.withdraw.reason'));
    await waitForFocus(reason, 'the empty reason field');
    await page.keyboard.type('A similar measure already exists.');
    await dialog.getByRole('button', { name: exactly(t('en', 'proposals.withdraw.submit')) }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const banner = page.locator('#withdrawn-banner');
    await waitForFocus(banner, 'the withdrawal banner');
    await banner.getByText('A similar measure already exists.').waitFor();
    await page.getByText(t('en', 'proposals.detail.supportWithdrawn')).waitFor();
    await checkPage(page, 'en', 'proposal (own), withdrawn');

    await page.goto(url(`/processes/${PROCESS}`));
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /Hannover/ }).waitFor();
    await checkPage(page, 'en', 'process');
    await press(page, page.getByRole('link', { name: exactly(FORUM_TITLE_EN) }), 'the forum link');
    await page.getByRole('heading', { level: 1, name: exactly(FORUM_TITLE_EN) }).waitFor();
    await checkPage(page, 'en', 'forum');

    await page.goto(url(`/processes/${PROCESS}/proposals?sort=random`));
    await arrive(page, 'en', t('en', 'proposals.list.heading'));
    // A random order gets a seed in the URL, so reloading and paging keep the order.
    await page.waitForFunction(() => /[?&]seed=[a-z0-9]+/.test(location.search));
    await statusText(page).filter({ hasText: /Showing 20 of \d+/ }).waitFor();
    const firstTitles = await page.locator('.mr-results li a').allTextContents();
    await page.reload();
    await statusText(page).filter({ hasText: /Showing 20 of \d+/ }).waitFor();
    expect(await page.locator('.mr-results li a').allTextContents()).toEqual(firstTitles);
    await checkPage(page, 'en', 'proposal list, random');

    await page.goto(url(`/proposals/new?process=${PROCESS}`));
    await arrive(page, 'en', t('en', 'proposals.form.newHeading'));
    await checkPage(page, 'en', 'new proposal');

    await switchLanguage(page, 'en', 'ar');
    await page.goto(url(`/processes/${PROCESS}/proposals`));
    await arrive(page, 'ar', t('ar', 'proposals.list.heading'));
    await statusText(page).filter({ hasText: /\d/ }).waitFor();
    await checkPage(page, 'ar', 'proposal list');
  });
});
