import type { Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { tabTo } from './support/keyboard';
import { arrive, checkPage, openHome, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROCESS_TITLE: Record<Lang, string> = {
  de: 'Wir sind Hannover – Zusammenleben in der Stadt',
  en: 'We are Hannover – Living together in the city',
  ar: 'نحن هانوفر – العيش معًا في المدينة',
};
const FORUMS_PHASE: Record<Lang, string> = { de: 'Thematische Foren', en: 'Thematic forums', ar: 'المنتديات المواضيعية' };
const FORUM_TITLE: Record<Lang, string> = {
  de: 'Forum 1: Partizipation und Teilhabe',
  en: 'Forum 1: Participation and inclusion',
  ar: 'المنتدى 1: المشاركة والاندماج في الحياة العامة',
};

/**
 * A resident finds the running process from the home page, reads where it stands on the phase
 * timeline and opens a forum, by keyboard only; every page is checked with axe in German,
 * English and Arabic (right to left).
 */
describe('process page and forum page', () => {
  const session = useE2eSession();
  let page: Page;

  beforeAll(() => {
    page = session.page();
  });

  /** The timeline entry marked as the current step. */
  const currentPhase = () => page.locator('mr-phase-timeline li[aria-current="step"]');

  async function expectForumsPhaseCurrent(lang: Lang): Promise<void> {
    await currentPhase().waitFor();
    expect(await page.locator('mr-phase-timeline li[aria-current="step"]').count()).toBe(1);
    const text = (await currentPhase().innerText()).replace(/\s+/g, ' ');
    // Said in words, not only by colour.
    expect(text).toContain(t(lang, 'processes.phaseStatus.CURRENT'));
    expect(text).toContain(FORUMS_PHASE[lang]);
  }

  it('leads a resident from the home page to the process page by keyboard, with the forums phase current', async () => {
    await logIn(page, session.url(''), 'de', DEMO_RESIDENT);
    await openHome(page, session.url(''), 'de');
    const toProcess = page.getByRole('link', { name: exactly(t('de', 'processes.home.toProcess')) });
    await tabTo(page, toProcess, 'the link to the process page');
    await page.keyboard.press('Enter');
    // The home page's own heading is the process title too, so the heading alone does not prove
    // the navigation happened: wait for the address first.
    await page.waitForURL((url) => url.pathname === '/processes/wir-sind-hannover');
    await arrive(page, 'de', PROCESS_TITLE.de);

    await expectForumsPhaseCurrent('de');
    // The timeline is an ordered list in time order: the survey is over, the rest is still to come.
    const statuses = await page.locator('mr-phase-timeline li .mr-timeline__status').allInnerTexts();
    expect(statuses.map((status) => status.trim())).toEqual([
      t('de', 'processes.phaseStatus.PAST'),
      t('de', 'processes.phaseStatus.CURRENT'),
      t('de', 'processes.phaseStatus.UPCOMING'),
      t('de', 'processes.phaseStatus.UPCOMING'),
      t('de', 'processes.phaseStatus.UPCOMING'),
    ]);
    // German dates: "1. Juni 2014" style, not ISO strings.
    const firstDate = await page.locator('mr-phase-timeline time').first().innerText();
    expect(firstDate).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);

    // Each action field links to the proposals list filtered by it.
    const fieldLinks = page.locator('.mr-field__link a');
    expect(await fieldLinks.count()).toBe(8);
    expect(await fieldLinks.first().getAttribute('href')).toMatch(/^\/processes\/wir-sind-hannover\/proposals\?actionField=[0-9a-f-]{36}$/);

    const forumTitles = await page.locator('.mr-forum-card__title').allInnerTexts();
    expect(forumTitles.length).toBeGreaterThanOrEqual(8);
    expect(forumTitles).toContain(FORUM_TITLE.de);
    await checkPage(page, 'de', 'process page');
  });

  it('opens a forum by keyboard: details, a way to submit a proposal and the link to its proposals', async () => {
    const forumLink = page.getByRole('link', { name: exactly(FORUM_TITLE.de) });
    await tabTo(page, forumLink, 'the first forum');
    await page.keyboard.press('Enter');
    await arrive(page, 'de', FORUM_TITLE.de);
    expect(new URL(page.url()).pathname).toMatch(/^\/forums\/[0-9a-f-]{36}$/);
    const forumId = new URL(page.url()).pathname.split('/').pop();

    await page.getByText('Hannover', { exact: true }).waitFor();
    await page.getByText(t('de', 'processes.format.HYBRID'), { exact: true }).waitFor();
    await page.getByText(t('de', 'processes.forum.open'), { exact: true }).waitFor();

    const submit = page.getByRole('link', { name: exactly(t('de', 'processes.forumPage.submit')) });
    const submitUrl = new URL((await submit.getAttribute('href')) ?? '', session.url(''));
    expect(submitUrl.pathname).toBe('/proposals/new');
    expect(submitUrl.searchParams.get('forum')).toBe(forumId);
    expect(submitUrl.searchParams.get('process')).toBe('wir-sind-hannover');
    expect(submitUrl.searchParams.get('actionField')).toMatch(/^[0-9a-f-]{36}$/);

    const proposals = page.getByRole('link', { name: new RegExp(t('de', 'processes.forumPage.proposals', { count: 'X' }).split('(')[0].trim()) });
    expect(await proposals.getAttribute('href')).toBe(`/processes/wir-sind-hannover/proposals?forum=${forumId}`);
    await tabTo(page, submit, 'the submit link');
    await checkPage(page, 'de', 'forum page');
  });

  it('shows both pages in English', async () => {
    await switchLanguage(page, 'de', 'en');
    await arrive(page, 'en', FORUM_TITLE.en);
    await page.getByText(t('en', 'processes.forum.open'), { exact: true }).waitFor();
    await checkPage(page, 'en', 'forum page');

    await page.getByRole('link', { name: exactly(PROCESS_TITLE.en) }).click();
    await arrive(page, 'en', PROCESS_TITLE.en);
    await expectForumsPhaseCurrent('en');
    const firstDate = await page.locator('mr-phase-timeline time').first().innerText();
    expect(firstDate).toMatch(/^\p{L}+ \d{1,2}, \d{4}$/u);
    await checkPage(page, 'en', 'process page');
  });

  it('shows both pages in Arabic, right to left', async () => {
    await switchLanguage(page, 'en', 'ar');
    await arrive(page, 'ar', PROCESS_TITLE.ar);
    await expectForumsPhaseCurrent('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await checkPage(page, 'ar', 'process page');

    const forumLink = page.getByRole('link', { name: exactly(FORUM_TITLE.ar) });
    await tabTo(page, forumLink, 'the first forum (Arabic)');
    await page.keyboard.press('Enter');
    await arrive(page, 'ar', FORUM_TITLE.ar);
    await page.getByRole('link', { name: exactly(t('ar', 'processes.forumPage.submit')) }).waitFor();
    await checkPage(page, 'ar', 'forum page');
  });

  it('answers an unknown process or forum with a clear message', async () => {
    await page.goto(session.url('/processes/gibt-es-nicht'));
    await arrive(page, 'ar', t('ar', 'processes.page.fallbackHeading'));
    await page.getByText(t('ar', 'processes.page.notFound')).waitFor();
    await page.goto(session.url('/forums/00000000-0000-4000-8000-000000000000'));
    await arrive(page, 'ar', t('ar', 'processes.forumPage.fallbackHeading'));
    await page.getByText(t('ar', 'processes.forumPage.notFound')).waitFor();
    await checkPage(page, 'ar', 'unknown forum');
  });
});
