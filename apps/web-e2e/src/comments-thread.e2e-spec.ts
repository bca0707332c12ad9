import { Client } from 'pg';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, accountButton, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { press, tabTo, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';

/** The second resident in the discussion: a demo resident seeded with the proposals (German UI, like the spec). */
const SECOND = { email: 'katarzyna.nowak@mitreden.test', displayName: 'Katarzyna Nowak' } as const;

const COMMENT_A = 'Abendkurse wären für Berufstätige ein großer Gewinn.';
const REPLY_B = 'Stimmt – und Kinderbetreuung während der Kurse würde helfen.';
const REPLY_A = 'Gute Idee, das sollten wir mit den Kitas besprechen.';
const EDITED_A = 'Gute Idee, das sollten wir mit den Kitas und Familienzentren besprechen.';

/** axe once transitions (floating labels, focus rings, dialogs) have finished. */
async function check(page: Page, lang: 'de' | 'en' | 'ar', name: string): Promise<void> {
  await waitForAnimations(page);
  await checkPage(page, lang, name);
}

/** The card of the comment whose text is `body`. */
function card(page: Page, body: string): Locator {
  return page.locator('article.mr-comment__card').filter({ has: page.locator('.mr-comment__body', { hasText: exactly(body) }) });
}

function button(scope: Locator, lang: 'de' | 'en' | 'ar', key: string): Locator {
  return scope.getByRole('button', { name: exactly(t(lang, key)) });
}

/** A vote button: its name is the word followed by the current count. */
function voteButton(scope: Locator, key: 'comments.actions.upvote' | 'comments.actions.downvote'): Locator {
  return scope.getByRole('button', { name: new RegExp(`^\\s*${t('de', key)}\\s+\\d+\\s*$`) });
}

/**
 * The discussion under a proposal, keyboard only: resident A comments on a seeded proposal, a
 * second person replies, A answers the reply (three levels), they vote, A edits and deletes (the
 * tombstone keeps the replies), follows the proposal and finds it under "What I follow". axe in
 * German and English on every state, once in Arabic.
 */
describe('comment thread', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let second: { context: BrowserContext; page: Page } | undefined;
  let proposal: { id: string; title: string };

  beforeAll(async () => {
    page = session.page();
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      // A seeded proposal nobody has discussed yet, so the thread is ours alone.
      const result = await client.query<{ id: string; title: string }>(
        `SELECT id, title FROM proposals WHERE state = 'published' AND comment_count = 0 ORDER BY number LIMIT 1`,
      );
      proposal = result.rows[0];
    } finally {
      await client.end();
    }
    if (!proposal) throw new Error('The seed has no published proposal without comments');
  });

  afterAll(async () => {
    await second?.context.close().catch(() => undefined);
  });

  async function openProposal(target: Page, lang: 'de' | 'en' | 'ar' = 'de'): Promise<void> {
    await target.goto(url(`/proposals/${proposal.id}`));
    await arrive(target, lang, proposal.title);
  }

  it('shows logged-out visitors the thread with a login link that returns to the proposal', async () => {
    await openProposal(page);
    const login = page.getByRole('link', { name: exactly(t('de', 'comments.login')) });
    await login.waitFor();
    expect(await login.getAttribute('href')).toBe(`/login?returnUrl=${encodeURIComponent(`/proposals/${proposal.id}`)}`);
    await page.getByText(t('de', 'comments.empty')).waitFor();
    await check(page, 'de', 'proposal discussion, logged out');
  });

  it('lets resident A write the first comment', async () => {
    await logIn(page, url(''), 'de', DEMO_RESIDENT);
    await openProposal(page);
    const box = page.getByLabel(t('de', 'comments.form.newLabel'));
    await tabTo(page, box, 'the comment box');
    await page.keyboard.type(COMMENT_A);
    await page.getByText(t('de', 'comments.form.count', { count: COMMENT_A.length, max: 5000 })).waitFor();
    await check(page, 'de', 'proposal discussion, writing');
    await press(page, button(page.locator('mr-comment-thread'), 'de', 'comments.form.publish'), 'the publish button');

    const mine = card(page, COMMENT_A);
    await waitForFocus(mine, 'the new comment');
    await page.getByRole('status').filter({ hasText: t('de', 'comments.status.added') }).waitFor();
    // One's own comment can be edited and deleted, but not voted on.
    await button(mine, 'de', 'comments.actions.edit').waitFor();
    expect(await voteButton(mine, 'comments.actions.upvote').count()).toBe(0);
    await check(page, 'de', 'proposal discussion, own comment');
  });

  it('lets a second person reply (Escape cancels a reply) and agree', async () => {
    second = await newVisitor(session.browser());
    const other = second.page;
    await logIn(other, url(''), 'de', SECOND);
    await openProposal(other);

    const first = card(other, COMMENT_A);
    const reply = button(first, 'de', 'comments.actions.reply');
    await press(other, reply, 'the reply button');
    const replyBox = other.getByLabel(t('de', 'comments.form.replyLabel', { name: DEMO_RESIDENT.displayName }));
    await waitForFocus(replyBox, 'the reply box');
    await other.keyboard.press('Escape');
    await waitForFocus(reply, 'the reply button after Escape');
    expect(await replyBox.count()).toBe(0);

    await other.keyboard.press('Enter');
    await waitForFocus(replyBox, 'the reply box');
    await other.keyboard.type(REPLY_B);
    await check(other, 'de', 'proposal discussion, replying');
    await press(other, button(first, 'de', 'comments.form.reply'), 'the publish-reply button');

    const answer = card(other, REPLY_B);
    await waitForFocus(answer, 'the new reply');
    const level2 = other.getByRole('list', { name: t('de', 'comments.repliesLabel', { name: DEMO_RESIDENT.displayName, level: 2 }) });
    await level2.locator('article', { hasText: REPLY_B }).waitFor();

    const agree = voteButton(first, 'comments.actions.upvote');
    await press(other, agree, 'the agree button', 'Space', { backwards: true });
    await other.waitForFunction((element) => element?.getAttribute('aria-pressed') === 'true', await agree.elementHandle());
    expect((await agree.textContent())?.replace(/\s+/g, ' ')).toContain(' 1');
    await check(other, 'de', 'proposal discussion, reply and vote');
  });

  it('lets A answer the reply on a third level and toggle a vote on it', async () => {
    await page.reload();
    await arrive(page, 'de', proposal.title);
    const answer = card(page, REPLY_B);
    await answer.waitFor();
    await press(page, button(answer, 'de', 'comments.actions.reply'), 'the reply button on the reply');
    const box = page.getByLabel(t('de', 'comments.form.replyLabel', { name: SECOND.displayName }));
    await waitForFocus(box, 'the reply box');
    await page.keyboard.type(REPLY_A);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const third = card(page, REPLY_A);
    await waitForFocus(third, 'the reply on level 3');
    const level3 = page.getByRole('list', { name: t('de', 'comments.repliesLabel', { name: SECOND.displayName, level: 3 }) });
    await level3.locator('article', { hasText: REPLY_A }).waitFor();

    const agree = voteButton(answer, 'comments.actions.upvote');
    await tabTo(page, agree, 'the agree button on the reply', { backwards: true });
    const pressed = async (value: string) =>
      page.waitForFunction(({ element, value }) => element?.getAttribute('aria-pressed') === value, { element: await agree.elementHandle(), value });
    await page.keyboard.press('Space');
    await pressed('true');
    await page.keyboard.press('Space');
    await pressed('false');
    await page.keyboard.press('Space');
    await pressed('true');
  });

  it('lets A edit a comment within the edit window', async () => {
    const third = card(page, REPLY_A);
    await press(page, button(third, 'de', 'comments.actions.edit'), 'the edit button');
    const box = page.getByLabel(t('de', 'comments.form.editLabel'));
    await waitForFocus(box, 'the edit box');
    expect(await box.inputValue()).toBe(REPLY_A);
    await check(page, 'de', 'proposal discussion, editing');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(EDITED_A);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const edited = card(page, EDITED_A);
    await waitForFocus(edited, 'the edited comment');
    await edited.getByText(t('de', 'comments.edited')).waitFor();
  });

  it('lets A delete the first comment after confirming; the tombstone keeps the replies', async () => {
    const first = card(page, COMMENT_A);
    const id = await first.getAttribute('id');
    await press(page, button(first, 'de', 'comments.actions.delete'), 'the delete button', 'Enter', { backwards: true });
    const dialog = page.getByRole('alertdialog', { name: t('de', 'comments.delete.heading') });
    await dialog.waitFor();
    await waitForAnimations(page);
    await waitForFocus(button(dialog, 'de', 'comments.delete.cancel'), 'the cancel button');
    await check(page, 'de', 'delete confirmation');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const tombstone = page.locator(`#${id}`);
    await tombstone.getByText(t('de', 'comments.tombstone')).waitFor();
    await waitForFocus(tombstone, 'the tombstone');
    expect(await tombstone.getByText(DEMO_RESIDENT.displayName).count()).toBe(0);
    await card(page, REPLY_B).waitFor();
    await card(page, EDITED_A).waitFor();
    await page.getByRole('status').filter({ hasText: t('de', 'comments.status.deleted') }).waitFor();
    await check(page, 'de', 'proposal discussion, tombstone');
  });

  it('lets A follow the proposal and find it under "What I follow"', async () => {
    const follow = page.getByRole('button', { name: exactly(t('de', 'follows.button.label')) });
    await press(page, follow, 'the follow button', 'Space', { backwards: true });
    await page.waitForFunction((element) => element?.getAttribute('aria-pressed') === 'true', await follow.elementHandle());

    await press(page, accountButton(page, 'de', DEMO_RESIDENT.displayName), 'the account menu', 'Enter', { backwards: true });
    const item = page.getByRole('menuitem', { name: exactly(t('de', 'titles.follows')) });
    await item.waitFor();
    await waitForAnimations(page);
    for (let step = 0; step < 5 && !(await item.evaluate((element) => element === document.activeElement)); step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await arrive(page, 'de', t('de', 'follows.page.heading'));
    const link = page.getByRole('link', { name: exactly(proposal.title) });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/proposals/${proposal.id}`);
    await check(page, 'de', 'what I follow');
  });

  it('is accessible in English, and in Arabic once', async () => {
    await switchLanguage(page, 'de', 'en');
    await arrive(page, 'en', t('en', 'follows.page.heading'));
    await page.getByRole('link', { name: exactly(proposal.title) }).waitFor();
    await check(page, 'en', 'what I follow');

    await openProposal(page, 'en');
    await page.getByText(t('en', 'comments.tombstone')).waitFor();
    await card(page, EDITED_A).getByText(t('en', 'comments.edited')).waitFor();
    await check(page, 'en', 'proposal discussion');

    await press(page, button(card(page, EDITED_A), 'en', 'comments.actions.edit'), 'the edit button');
    await waitForFocus(page.getByLabel(t('en', 'comments.form.editLabel')), 'the edit box');
    await check(page, 'en', 'proposal discussion, editing');
    await page.keyboard.press('Escape');

    await switchLanguage(page, 'en', 'ar');
    await page.getByText(t('ar', 'comments.tombstone')).waitFor();
    await page.getByRole('list', { name: t('ar', 'comments.repliesLabel', { name: SECOND.displayName, level: 3 }) }).waitFor();
    await check(page, 'ar', 'proposal discussion');
  });

  it('unfollows from "What I follow" with the keyboard', async () => {
    await page.goto(url('/account/follows'));
    await arrive(page, 'ar', t('ar', 'follows.page.heading'));
    const unfollow = page.getByRole('button', { name: t('ar', 'follows.page.unfollowNamed', { title: proposal.title }) });
    await press(page, unfollow, 'the unfollow button');
    await page.getByText(t('ar', 'follows.page.empty')).waitFor();
    // The entry is gone; the focus goes back to the page heading instead of getting lost.
    await waitForFocus(page.getByRole('heading', { level: 1 }), 'the heading');
    await page.reload();
    await page.getByText(t('ar', 'follows.page.empty')).waitFor();
  });
});
