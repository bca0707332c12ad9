import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { arrive, checkPage, switchLanguage } from './support/pages';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const PROJECT_LEAD = { email: 'projectlead@mitreden.test', displayName: 'Petra Projektleitung' } as const;
const GERMAN =
  'Die Stadt richtet ab dem Frühjahr <b>zusätzliche</b> Angebote ein.\nVielen Dank für Ihren Vorschlag!';
const ENGLISH = 'The city will offer additional services from spring.\nThank you for your proposal!';

interface Target {
  id: string;
  title: string;
  author_email: string;
  author_locale: string;
  supporters: number;
}

/**
 * Official answers across two people: projectgroup@ drafts an answer on a seeded proposal that has
 * an author and supporters and cannot approve it (four eyes); projectlead@, in a second browser
 * context, approves and publishes it from the work list; the public proposal page shows outcome
 * and text, and the author's mail is captured. axe on the editor, the work list and the public page.
 */
describe('official answers: draft, approve with four eyes, publish', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let target: Target;

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    page = session.page();
    [target] = await query<Target>(
      `SELECT p.id, p.title, u.email AS author_email, u.locale AS author_locale, p.support_count AS supporters
         FROM proposals p JOIN users u ON u.id = p.author_id
        WHERE p.state = 'published' AND p.hidden_at IS NULL AND p.support_count > 0
          AND u.email_confirmed_at IS NOT NULL AND u.blocked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM official_answers a WHERE a.proposal_id = p.id)
        ORDER BY p.support_count DESC, p.number LIMIT 1`,
    );
    if (!target) throw new Error('The seed has no proposal with an author and supporters');
  });

  it('drafts, approves by a second person, publishes, shows it publicly and mails the author', async () => {
    // 1. The project group member drafts the answer; approving their own draft is not offered.
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    await page.goto(url(`/proposals/${target.id}`));
    await arrive(page, 'de', target.title);
    const editor = page.getByRole('region', { name: exactly(t('de', 'answers.editor.heading')) });
    await editor.getByLabel(t('de', 'answers.editor.outcome')).selectOption('ACCEPTED');
    await editor.getByLabel(t('de', 'answers.editor.textIn', { language: 'Deutsch' })).fill(GERMAN);
    await editor.getByLabel(t('de', 'answers.editor.textIn', { language: 'English' })).fill(ENGLISH);
    await editor.getByRole('button', { name: exactly(t('de', 'answers.editor.save')) }).click();
    await editor.getByText(t('de', 'answers.editor.saved')).waitFor();
    await editor.getByText(t('de', 'answers.editor.ownDraft')).waitFor();
    expect(
      await editor.getByRole('button', { name: exactly(t('de', 'answers.editor.approve')) }).count(),
    ).toBe(0);
    await checkPage(page, 'de', 'proposal page with the answer editor');

    // 2. A second project group member approves and publishes, from the work list.
    const lead = await newVisitor(session.browser());
    try {
      const leadPage = lead.page;
      await logIn(leadPage, url(''), 'de', PROJECT_LEAD);
      await leadPage.goto(url('/manage/answers'));
      await arrive(leadPage, 'de', t('de', 'answers.page.heading'));
      const drafts = leadPage.getByRole('region', {
        name: new RegExp(`^${t('de', 'answers.page.section.DRAFT')}`),
      });
      await checkPage(leadPage, 'de', 'official answers work list');
      await drafts
        .getByRole('link', { name: new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .click();
      await arrive(leadPage, 'de', target.title);

      const leadEditor = leadPage.getByRole('region', { name: exactly(t('de', 'answers.editor.heading')) });
      await leadEditor.getByRole('button', { name: exactly(t('de', 'answers.editor.approve')) }).click();
      await leadEditor.getByText(t('de', 'answers.editor.approved')).waitFor();
      // Keyboard: the publish button is reachable and works with Enter.
      const publish = leadEditor.getByRole('button', { name: exactly(t('de', 'answers.editor.publish')) });
      await publish.focus();
      await leadPage.keyboard.press('Enter');
      await leadEditor.getByText(t('de', 'answers.editor.published')).waitFor();
      await leadEditor.getByText(t('de', 'answers.editor.publishedLocked')).waitFor();
    } finally {
      await lead.context.close();
    }

    // 3. The public proposal page shows the outcome and the text in the UI language.
    const visitor = await newVisitor(session.browser());
    try {
      const publicPage = visitor.page;
      await publicPage.goto(url(`/proposals/${target.id}`));
      await arrive(publicPage, 'de', target.title);
      const answer = publicPage.getByRole('region', { name: exactly(t('de', 'answers.display.heading')) });
      await answer.getByText(t('de', 'answers.outcome.ACCEPTED'), { exact: true }).waitFor();
      // Markup in the text stays text.
      await answer.getByText('<b>zusätzliche</b>', { exact: false }).waitFor();
      expect(await answer.locator('b').count()).toBe(0);
      await checkPage(publicPage, 'de', 'proposal page with the published answer');
      // Arabic UI, right to left: no Arabic translation, so the German text keeps its own language and direction.
      await switchLanguage(publicPage, 'de', 'ar');
      const arabic = publicPage.getByRole('region', { name: exactly(t('ar', 'answers.display.heading')) });
      await arabic.getByText(t('ar', 'answers.outcome.ACCEPTED'), { exact: true }).waitFor();
      expect(await arabic.locator('[lang="de"][dir="ltr"]').count()).toBe(1);
      await checkPage(publicPage, 'ar', 'proposal page with the published answer');
    } finally {
      await visitor.context.close();
    }

    // 4. The author is told, in their language (German or English mail; the answer in their language or German).
    const mail = await session
      .running()
      .smtp.waitForMail(
        (candidate) => candidate.to.includes(target.author_email) && candidate.text.includes(target.title),
      );
    expect(mail.text).toContain(`/proposals/${target.id}`);
    expect(mail.text).toContain(
      target.author_locale === 'en'
        ? 'The city will offer additional services'
        : 'Die Stadt richtet ab dem Frühjahr',
    );
    const [{ count }] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE template = 'official_answer_published' AND payload->>'link' LIKE '%' || $1`,
      [target.id],
    );
    expect(count).toBeGreaterThanOrEqual(Math.min(target.supporters, 1));
  });
});
