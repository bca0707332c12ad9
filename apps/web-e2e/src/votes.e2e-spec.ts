import { Client } from 'pg';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { press, tabTo, waitForFocus } from './support/keyboard';
import { arrive, checkPage, open, openHome, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;

const OPEN_SLUG = 'name-integrationsplan';
const OPEN_QUESTION: Record<Lang, string> = {
  de: 'Wie soll der neue Integrationsplan heißen?',
  en: 'What should the new integration plan be called?',
  ar: 'ما الاسم الذي ستحمله خطة الاندماج الجديدة؟',
};
const WINNER = 'Wir sind Hannover – Zusammenleben in der Stadt';
const SECOND = 'Zuhause in Hannover – Integrationsplan 2026';
const THIRD = 'Miteinander in Hannover';

const CLOSED_SLUG = 'forum-termine-abend';
const CLOSED_QUESTION: Record<Lang, string> = {
  de: 'Zu welcher Uhrzeit sollen die Fachforen stattfinden?',
  en: 'At what time should the forums take place?',
  ar: 'في أي وقت يجب أن تُعقد المنتديات المتخصصة؟',
};
const CLOSED_VOTERS = 412;

const RECEIPT_FORMAT = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
/** Counting runs in the worker; on this shared two-CPU machine give it room. */
const COUNT_WAIT_MS = 90_000;

/**
 * Voting on the seeded ranked poll, end to end: an anonymous visitor watches the turnout; the
 * resident ranks three names and casts by keyboard only, gets a receipt and cannot vote twice;
 * the visitor's turnout follows live; the project group closes the poll; while the worker counts
 * the page says so; then the results with the instant-runoff rounds and the receipt check. The
 * seeded closed poll shows results, all receipts and the CSV exports to anyone. axe on every state.
 */
describe('votes: rank, cast, receipt, live turnout, close, count, results', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let observer: { context: BrowserContext; page: Page } | undefined;
  let pollId: string;
  let receipt: string;
  /** Holds the count back (see `holdCount`), so the COUNTING state can be seen and checked. */
  let countHold: Client | undefined;

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  /**
   * The count inserts into poll_results in its one transaction; a SHARE lock on that table makes
   * it wait (poll still unmarked = COUNTING) without blocking closing the poll or reading it.
   */
  async function holdCount(): Promise<void> {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE poll_results IN SHARE MODE');
    countHold = client;
  }

  async function releaseCount(): Promise<void> {
    const client = countHold;
    countHold = undefined;
    if (!client) return;
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }

  /** The ranking button "<label> einordnen" / "<label> nach oben". */
  const rankButton = (key: 'addLabel' | 'moveUp', label: string): Locator =>
    page.getByRole('button', { name: exactly(t('de', `votes.ballot.ranking.${key}`, { label })) });

  const rankedLabels = async (): Promise<string[]> =>
    (await page.locator('.mr-ballot__ranked .mr-ballot__ranked-label bdi').allInnerTexts()).map((text) => text.trim());

  /** Presses "einordnen" by keyboard and waits until the option is in the ranking and focus has moved on. */
  async function rank(label: string, backwards = false): Promise<void> {
    await press(page, rankButton('addLabel', label), `"${label} einordnen"`, 'Enter', { backwards });
    await page.locator('.mr-ballot__ranked .mr-ballot__ranked-label bdi', { hasText: label }).waitFor();
    // Focus goes to a neighbouring button, never back to the page start.
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
  }

  /** The poll's status in its facts list ("Stand"). */
  const statusIs = (on: Page, lang: Lang, status: string): Promise<void> =>
    on.locator('.mr-poll__facts dd').filter({ hasText: exactly(t(lang, `votes.poll.status.${status}`)) }).waitFor();

  const turnoutText = (lang: Lang, count: number): string =>
    t(lang, `votes.poll.turnout.${count === 1 ? 'one' : 'other'}`, { count: String(count) });

  beforeAll(async () => {
    page = session.page();
    const [poll] = await query<{ id: string }>(`SELECT id FROM polls WHERE slug = $1`, [OPEN_SLUG]);
    if (!poll) throw new Error(`The seed has no poll ${OPEN_SLUG}`);
    pollId = poll.id;
  });

  afterAll(async () => {
    await releaseCount();
    await observer?.context.close().catch(() => undefined);
  });

  it('shows the open poll and its turnout to an anonymous visitor', async () => {
    observer = await newVisitor(session.browser());
    const visitor = observer.page;
    await open(visitor, url(`/votes/${OPEN_SLUG}`), 'de', OPEN_QUESTION.de);
    await visitor.getByRole('status').filter({ hasText: exactly(turnoutText('de', 0)) }).waitFor();
    await statusIs(visitor, 'de', 'OPEN');
    // Anonymous: asked to log in, no ballot; nothing about the counts so far.
    await visitor.getByText(t('de', 'votes.poll.block.LOGIN_REQUIRED'), { exact: true }).waitFor();
    expect(await visitor.locator('mr-ballot-form').count()).toBe(0);
    expect(await visitor.locator('mr-poll-results').count()).toBe(0);
    await checkPage(visitor, 'de', 'open poll, anonymous visitor');
    // Marks this document: the live update below must arrive without a reload.
    await visitor.evaluate(() => ((window as unknown as { notReloaded?: boolean }).notReloaded = true));
  });

  it('lets the resident rank three names and cast by keyboard only, with a receipt', async () => {
    await logIn(page, url(''), 'de', DEMO_RESIDENT);
    await openHome(page, url(''), 'de');
    const nav = page.getByRole('navigation', { name: t('de', 'shell.nav.label') });
    await press(page, nav.getByRole('link', { name: exactly(t('de', 'shell.nav.votes')) }), 'the votes link');
    await page.waitForURL((address) => address.pathname === '/votes');
    await arrive(page, 'de', t('de', 'votes.list.heading'));
    await page.getByRole('link', { name: exactly(CLOSED_QUESTION.de) }).waitFor();
    await checkPage(page, 'de', 'polls list');

    await press(page, page.getByRole('link', { name: exactly(OPEN_QUESTION.de) }), 'the open poll');
    await page.waitForURL((address) => address.pathname === `/votes/${OPEN_SLUG}`);
    await arrive(page, 'de', OPEN_QUESTION.de);
    await page.getByRole('heading', { level: 2, name: exactly(t('de', 'votes.ballot.heading')) }).waitFor();
    expect(await page.locator('.mr-ballot__ranked-item').count()).toBe(0);
    await checkPage(page, 'de', 'open poll with the ranked ballot');

    // Ballot order: … WINNER (2), SECOND (3), 4th, THIRD (5). Rank WINNER, THIRD, SECOND, then move SECOND up.
    await rank(WINNER);
    await rank(THIRD);
    await rank(SECOND, true);
    expect(await rankedLabels()).toEqual([WINNER, THIRD, SECOND]);
    await press(page, rankButton('moveUp', SECOND), `"${SECOND} nach oben"`, 'Enter', { backwards: true });
    await page.waitForFunction(
      (expected) =>
        Array.from(document.querySelectorAll('.mr-ballot__ranked .mr-ballot__ranked-label bdi'))
          .map((element) => element.textContent?.trim())
          .join('|') === expected,
      [WINNER, SECOND, THIRD].join('|'),
    );
    // The moved option keeps the focus, so it can be moved again at once.
    await waitForFocus(rankButton('moveUp', SECOND), 'the moved option');
    await page.getByRole('status').filter({ hasText: t('de', 'votes.ballot.ranking.nowAt', { label: SECOND, place: '2', total: '3' }) }).waitFor();
    await checkPage(page, 'de', 'ranked ballot with three options ranked');

    await press(page, page.getByRole('button', { name: exactly(t('de', 'votes.ballot.toReview')) }), 'the review button');
    const reviewHeading = page.getByRole('heading', { level: 2, name: exactly(t('de', 'votes.ballot.review.heading')) });
    await reviewHeading.waitFor();
    await waitForFocus(reviewHeading, 'the review heading');
    expect((await page.locator('ol.mr-ballot__review li').allInnerTexts()).map((text) => text.trim())).toEqual([
      WINNER,
      SECOND,
      THIRD,
    ]);
    await checkPage(page, 'de', 'ballot review');

    await press(page, page.getByRole('button', { name: exactly(t('de', 'votes.ballot.review.cast')) }), 'the cast button');
    const receiptHeading = page.getByRole('heading', { level: 2, name: exactly(t('de', 'votes.receipt.heading')) });
    await receiptHeading.waitFor();
    await waitForFocus(receiptHeading, 'the receipt heading');
    receipt = (await page.locator('#receipt-code').innerText()).trim();
    expect(receipt).toMatch(RECEIPT_FORMAT);
    expect(await page.locator('mr-ballot-form').count()).toBe(0);
    await checkPage(page, 'de', 'receipt after casting');
  });

  it('updates the visitor’s turnout live, without a reload', async () => {
    const visitor = observer?.page;
    if (!visitor) throw new Error('The visitor page is not open');
    await visitor.getByRole('status').filter({ hasText: exactly(turnoutText('de', 1)) }).waitFor({ timeout: 30_000 });
    expect(await visitor.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await checkPage(visitor, 'de', 'open poll after a vote, anonymous visitor');

    // The poll page in Arabic, right to left.
    await switchLanguage(visitor, 'de', 'ar');
    await arrive(visitor, 'ar', OPEN_QUESTION.ar);
    await statusIs(visitor, 'ar', 'OPEN');
    await checkPage(visitor, 'ar', 'open poll, anonymous visitor');
    await observer?.context.close();
    observer = undefined;
  });

  it('shows the resident that they voted and refuses a second vote on the server', async () => {
    await page.reload();
    await arrive(page, 'de', OPEN_QUESTION.de);
    await page.getByRole('heading', { level: 2, name: exactly(t('de', 'votes.poll.voted.heading')) }).waitFor();
    await page.getByText(t('de', 'votes.poll.voted.final'), { exact: true }).waitFor();
    expect(await page.locator('mr-ballot-form').count()).toBe(0);
    await page.getByRole('status').filter({ hasText: exactly(turnoutText('de', 1)) }).waitFor();
    await checkPage(page, 'de', 'open poll after voting');

    const options = await query<{ id: string }>(`SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position`, [pollId]);
    const answer = await page.evaluate(
      async ({ pollId, choices }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({
            query: 'mutation Again($input: CastVoteInput!) { castVote(input: $input) { receipt } }',
            variables: { input: { pollId, choices } },
          }),
        });
        return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      },
      { pollId, choices: [options[4].id] },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('ALREADY_VOTED');
    const [{ voters, sealed }] = await query<{ voters: number; sealed: number }>(
      `SELECT (SELECT count(*)::int FROM poll_voters WHERE poll_id = $1) AS voters,
              (SELECT count(*)::int FROM poll_sealed_ballots WHERE poll_id = $1) AS sealed`,
      [pollId],
    );
    expect({ voters, sealed }).toEqual({ voters: 1, sealed: 1 });
  });

  it('is closed by the project group; the page says it is being counted', async () => {
    // The seeded closed poll is counted first, so the hold below only affects this poll.
    const deadline = Date.now() + COUNT_WAIT_MS;
    while ((await query(`SELECT 1 FROM polls WHERE slug = $1 AND status = 'counted'`, [CLOSED_SLUG])).length === 0) {
      if (Date.now() > deadline) throw new Error(`The worker did not count ${CLOSED_SLUG}\n${session.running().logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await holdCount();

    const group = await newVisitor(session.browser());
    try {
      const groupPage = group.page;
      await logIn(groupPage, url(''), 'de', PROJECT_GROUP);
      await open(groupPage, url(`/manage/polls/${pollId}`), 'de', t('de', 'votes.editor.headingEdit'));
      const closeNow = groupPage.getByRole('button', { name: exactly(t('de', 'votes.editor.closeNow')) });
      await closeNow.waitFor();
      await checkPage(groupPage, 'de', 'poll editor of an open poll');
      await closeNow.click();
      const title = exactly(t('de', 'votes.editor.closeTitle'));
      const dialog = groupPage.getByRole('alertdialog', { name: title }).or(groupPage.getByRole('dialog', { name: title }));
      await dialog.waitFor();
      await checkPage(groupPage, 'de', 'confirm closing the poll');
      await dialog.getByRole('button', { name: exactly(t('de', 'votes.editor.closeNow')) }).click();
      await dialog.waitFor({ state: 'detached' });
      // The form status says it, prefixed with its kind ("Erledigt: …").
      await groupPage.locator('mr-form-status').filter({ hasText: t('de', 'votes.editor.closed') }).waitFor();
    } finally {
      await group.context.close();
    }

    await page.reload();
    await arrive(page, 'de', OPEN_QUESTION.de);
    await page.getByText(t('de', 'votes.poll.counting'), { exact: true }).waitFor();
    await statusIs(page, 'de', 'COUNTING');
    // Sealed: nothing about the result while counting.
    expect(await page.locator('mr-poll-results').count()).toBe(0);
    await checkPage(page, 'de', 'poll being counted');
  });

  it('shows the result with the instant-runoff rounds and finds the receipt', async () => {
    await releaseCount();
    // The page asks again by itself while counting.
    await page
      .getByRole('heading', { level: 2, name: exactly(t('de', 'votes.results.heading')) })
      .waitFor({ timeout: COUNT_WAIT_MS });
    await statusIs(page, 'de', 'CLOSED');
    const winner = (await page.locator('.mr-poll-results__winner').innerText()).replace(/\s+/g, ' ').trim();
    expect(winner).toBe(`${t('de', 'votes.results.winner.one')} ${WINNER}`);
    await page.getByRole('table', { name: exactly(t('de', 'votes.results.rounds.caption')) }).waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(t('de', 'votes.receipts.heading')) }).waitFor();
    await page.getByText(t('de', 'votes.receipts.count', { shown: '1', total: '1' }), { exact: true }).waitFor();
    await checkPage(page, 'de', 'poll results');

    // Keyboard: type the receipt in another spelling (lower case, no hyphens) and check it.
    const field = page.getByLabel(t('de', 'votes.receipts.code'), { exact: true });
    await tabTo(page, field, 'the receipt field');
    await page.keyboard.type(receipt.replace(/-/g, '').toLowerCase());
    await press(page, page.getByRole('button', { name: exactly(t('de', 'votes.receipts.check')) }), 'the check button');
    await page
      .locator('#poll-receipt-result')
      .filter({ hasText: t('de', 'votes.receipts.found', { code: receipt }) })
      .waitFor();
    expect((await page.locator('#poll-receipt-result').innerText()).trim()).toMatch(/^Gefunden: /);
    await checkPage(page, 'de', 'poll results with a found receipt');

    // Results in Arabic, right to left.
    await switchLanguage(page, 'de', 'ar');
    await arrive(page, 'ar', OPEN_QUESTION.ar);
    await page.getByRole('heading', { level: 2, name: exactly(t('ar', 'votes.results.heading')) }).waitFor();
    await page.getByRole('table', { name: exactly(t('ar', 'votes.results.rounds.caption')) }).waitFor();
    await checkPage(page, 'ar', 'poll results');
  });

  it('shows the seeded closed poll with results, all receipts and the CSV exports to anyone', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const anonymous = visitor.page;
      await open(anonymous, url(`/votes/${CLOSED_SLUG}`), 'de', CLOSED_QUESTION.de);
      await anonymous
        .getByRole('heading', { level: 2, name: exactly(t('de', 'votes.results.heading')) })
        .waitFor({ timeout: COUNT_WAIT_MS });
      const winner = (await anonymous.locator('.mr-poll-results__winner').innerText()).replace(/\s+/g, ' ').trim();
      expect(winner).toBe(`${t('de', 'votes.results.winner.one')} Abends ab 18 Uhr`);
      expect(await anonymous.locator('.mr-poll-results__meta').first().innerText()).toContain(
        t('de', 'votes.results.turnout', { voters: String(CLOSED_VOTERS), ballots: String(CLOSED_VOTERS) }),
      );
      await anonymous
        .getByText(t('de', 'votes.receipts.count', { shown: '100', total: String(CLOSED_VOTERS) }), { exact: true })
        .waitFor();
      const listed = await anonymous.locator('.mr-poll-receipts__list li').allInnerTexts();
      expect(listed).toHaveLength(100);
      for (const code of listed) expect(code.trim()).toMatch(RECEIPT_FORMAT);
      await checkPage(anonymous, 'de', 'closed demo poll with results and receipts');

      for (const name of [t('de', 'votes.results.download'), t('de', 'votes.receipts.download')]) {
        const href = await anonymous.getByRole('link', { name: exactly(name) }).getAttribute('href');
        const response = await fetch(url(href ?? ''));
        expect({ name, status: response.status }).toEqual({ name, status: 200 });
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        const body = await response.text();
        if (href?.endsWith('receipts.csv')) expect(body.trim().split(/\r?\n/).length).toBeGreaterThanOrEqual(CLOSED_VOTERS);
      }

      await switchLanguage(anonymous, 'de', 'en');
      await arrive(anonymous, 'en', CLOSED_QUESTION.en);
      await anonymous.getByRole('heading', { level: 2, name: exactly(t('en', 'votes.results.heading')) }).waitFor();
      await anonymous.getByText(t('en', 'votes.results.winner.one'), { exact: false }).first().waitFor();
      await checkPage(anonymous, 'en', 'closed demo poll with results and receipts');
    } finally {
      await visitor.context.close();
    }
  });
});
