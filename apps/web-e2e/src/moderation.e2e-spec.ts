import { Client } from 'pg';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { tabTo, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, switchLanguage } from './support/pages';

const MODERATOR = { email: 'moderator@mitreden.test', displayName: 'Max Moderation' } as const;
const DETAILS = 'Beschimpft andere Teilnehmende.';

interface SeededComment {
  id: string;
  body: string;
  proposalId: string;
  proposalTitle: string;
  authorEmail: string;
}

/** axe once transitions (dialogs, floating labels) have finished. */
async function check(page: Page, lang: 'de' | 'en' | 'ar', name: string): Promise<void> {
  await waitForAnimations(page);
  await checkPage(page, lang, name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Starts with the visible word; the rest of the name tells the item apart (visually hidden). */
function startingWith(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}`);
}

/**
 * A resident reports a seeded comment (keyboard, dialog with reasons), the moderator finds it in
 * the queue with its context, hides it with a netiquette reason, and the author's mail is
 * captured. axe on every page and dialog; the queue once in Arabic (RTL).
 */
describe('moderation: report, queue, hide', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let moderator: { context: BrowserContext; page: Page } | undefined;
  let comment: SeededComment;

  beforeAll(async () => {
    page = session.page();
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      // A top-level seeded comment by someone else than the reporting resident, in German.
      const result = await client.query<SeededComment>(
        `SELECT c.id, c.body, p.id AS "proposalId", p.title AS "proposalTitle", u.email AS "authorEmail"
           FROM comments c JOIN proposals p ON p.id = c.proposal_id JOIN users u ON u.id = c.author_id
          WHERE c.depth = 0 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND p.hidden_at IS NULL
            AND p.state = 'published' AND u.email <> $1 AND u.locale = 'de' AND u.blocked_at IS NULL
          ORDER BY p.number, c.created_at LIMIT 1`,
        [DEMO_RESIDENT.email],
      );
      comment = result.rows[0];
    } finally {
      await client.end();
    }
    if (!comment) throw new Error('The seed has no comment by another German-speaking resident');
  });

  afterAll(async () => {
    await moderator?.context.close().catch(() => undefined);
  });

  function commentCard(target: Page): Locator {
    return target.locator('article.mr-comment__card').filter({ has: target.locator('.mr-comment__body', { hasText: comment.body.slice(0, 40) }) });
  }

  it('lets a resident report a comment with a reason, by keyboard', async () => {
    await logIn(page, url(''), 'de', DEMO_RESIDENT);
    await page.goto(url(`/proposals/${comment.proposalId}`));
    await arrive(page, 'de', comment.proposalTitle);

    const reportButton = commentCard(page).getByRole('button', { name: startingWith(t('de', 'moderation.report.button')) });
    await tabTo(page, reportButton, 'the report button of the comment');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: t('de', 'moderation.report.heading.COMMENT') });
    await dialog.waitFor();
    // Sending without a reason says what is missing.
    await dialog.getByRole('button', { name: exactly(t('de', 'moderation.report.submit')) }).click();
    await dialog.getByText(t('de', 'moderation.report.reasonRequired')).waitFor();
    await check(page, 'de', 'report dialog, reason missing');

    const offensive = dialog.getByRole('radio', { name: t('de', 'moderation.report.reasons.OFFENSIVE') });
    await offensive.focus();
    await page.keyboard.press('Space');
    expect(await offensive.isChecked()).toBe(true);
    await dialog.getByLabel(t('de', 'moderation.report.details')).fill(DETAILS);
    await check(page, 'de', 'report dialog, filled');
    await dialog.getByRole('button', { name: exactly(t('de', 'moderation.report.submit')) }).click();

    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: t('de', 'moderation.report.done') }).waitFor({ state: 'attached' });
    await waitForFocus(reportButton, 'the report button (focus restored)');
  });

  it('shows the moderator the reported comment in context and hides it with a netiquette reason', async () => {
    moderator = await newVisitor(session.browser());
    const mod = moderator.page;
    await logIn(mod, url(''), 'de', MODERATOR);
    await open(mod, url('/moderation'), 'de', t('de', 'moderation.queue.heading'));

    const heading = mod.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(comment.body.slice(0, 30))) });
    const entry = mod.locator('article.mr-case').filter({ has: heading });
    await entry.waitFor();
    await entry.getByText(t('de', 'moderation.queue.reporters', { count: 1 })).waitFor();
    await entry.getByText(`${t('de', 'moderation.report.reasons.OFFENSIVE')}: 1`).waitFor();
    // In context: the proposal it belongs to, linked.
    await entry.getByRole('link', { name: new RegExp(escapeRegExp(comment.proposalTitle)) }).first().waitFor();
    await check(mod, 'de', 'moderation queue');

    // The report's details are one disclosure away.
    await entry.locator('summary').click();
    await entry.getByText(DETAILS).waitFor();

    const hide = entry.getByRole('button', { name: startingWith(t('de', 'moderation.queue.hide')) });
    await tabTo(mod, hide, 'the hide button of the case');
    await mod.keyboard.press('Enter');
    const dialog = mod.getByRole('dialog', { name: t('de', 'moderation.hide.heading') });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: t('de', 'moderation.hide.template') }).click();
    await mod.getByRole('option', { name: exactly('Beleidigung') }).click();
    await check(mod, 'de', 'hide dialog');
    await dialog.getByRole('button', { name: exactly(t('de', 'moderation.hide.submit')) }).click();
    await dialog.waitFor({ state: 'detached' });

    await mod.getByText(t('de', 'moderation.queue.hiddenDone')).waitFor();
    // Handled: the case leaves the reported list (the demo's spam report stays for a human to decide).
    await entry.waitFor({ state: 'detached' });
    await check(mod, 'de', 'moderation queue, handled');

    // The hidden tab lists it, marked; and the queue reads right to left in Arabic.
    await mod.getByRole('radio', { name: new RegExp(t('de', 'moderation.queue.kinds.HIDDEN')) }).click();
    await mod.locator('article.mr-case').filter({ has: heading }).getByText(t('de', 'moderation.queue.hidden'), { exact: true }).waitFor();
    await switchLanguage(mod, 'de', 'ar');
    await arrive(mod, 'ar', t('ar', 'moderation.queue.heading'));
    await check(mod, 'ar', 'moderation queue, hidden');
  });

  it('tells the author by e-mail why the comment was hidden', async () => {
    const mail = await session.running().smtp.waitForMail(
      (candidate) => candidate.to.includes(comment.authorEmail) && candidate.text.includes('beleidigende'),
      30_000,
    );
    expect(mail.text).toContain(comment.body.slice(0, 30));
  });
});
