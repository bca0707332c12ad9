import type { Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const MODERATOR = { email: 'moderator@mitreden.test', displayName: 'Max Moderation' } as const;
const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
/** A measure of the seeded annex. */
const SEEDED_MEASURE = 'Einen Integrationsbeirat auf Regionsebene einrichten';
const REVISED_TITLE = 'Einen Integrationsbeirat für die ganze Region einrichten';
const NOTE = 'Titel an die Beschlussvorlage angeglichen';

/** A GraphQL request with the page's session cookie, as the app itself would send it. */
async function graphql<T>(page: Page, url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(url, { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Revised wording and the audit log: a moderator revises a seeded measure with a note; the
 * Originalfassung and the word diff are one click away on the detail page; the project group finds
 * the entry in the audit log and downloads it as CSV with the same filter.
 */
describe('revised wording and audit log', () => {
  const session = useE2eSession();
  const lang = 'de';

  it('revises a measure, shows original and diff, and logs it for the project group', async () => {
    const page = session.page();
    await logIn(page, session.url(''), lang, MODERATOR);
    const api = session.url('/graphql');
    const { process } = await graphql<{ process: { id: string } }>(page, api, `{ process(slug: "wir-sind-hannover") { id } }`);
    const { proposals } = await graphql<{ proposals: { nodes: { id: string; number: number; title: string }[] } }>(
      page,
      api,
      `query Find($processId: ID!) { proposals(filter: { processId: $processId, kind: MEASURE, search: "Integrationsbeirat Regionsebene" }, first: 5) { nodes { id number title } } }`,
      { processId: process.id },
    );
    const measure = proposals.nodes.find((node) => node.title === SEEDED_MEASURE);
    if (!measure) throw new Error(`Seeded measure not found: ${JSON.stringify(proposals.nodes)}`);

    await page.goto(session.url(`/proposals/${measure.id}`));
    await arrive(page, lang, SEEDED_MEASURE);
    await page.getByRole('button', { name: exactly(t(lang, 'curation.revise.button')) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: exactly(t(lang, 'curation.revise.heading', { number: measure.number })) }).waitFor();
    // The dialog moves focus into itself once its opening animation ends; type after that.
    await waitForAnimations(page);
    const titleField = dialog.getByLabel(t(lang, 'curation.wording.title'), { exact: true });
    const noteField = dialog.getByLabel(t(lang, 'curation.revise.note'), { exact: true });
    await titleField.fill(REVISED_TITLE);
    await noteField.fill(NOTE);
    expect([await titleField.inputValue(), await noteField.inputValue()]).toEqual([REVISED_TITLE, NOTE]);
    await dialog.getByRole('button', { name: exactly(t(lang, 'curation.revise.submit')) }).click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await dialog.innerText()}\n${session.running().logs().slice(-3000)}`);
    });
    await arrive(page, lang, REVISED_TITLE);
    await page.getByText(t(lang, 'curation.revise.saved')).waitFor();

    // One click to the Originalfassung and the diff.
    await page.getByRole('button', { name: exactly(t(lang, 'curation.wording.show')) }).click();
    const original = page.getByTestId('wording-original');
    await original.getByText(SEEDED_MEASURE, { exact: true }).waitFor();
    const titleDiff = page.getByTestId('wording-title-diff');
    // Marked in text too: the hidden labels are part of each <del>/<ins>.
    const deleted = await titleDiff.locator('del').allTextContents();
    const inserted = await titleDiff.locator('ins').allTextContents();
    expect(deleted).toEqual([expect.stringContaining('auf Regionsebene')]);
    expect(deleted[0]).toContain(t(lang, 'curation.wording.deletedStart'));
    expect(inserted).toEqual([expect.stringContaining('für die ganze Region')]);
    const versions = page.getByTestId('wording-versions');
    await versions.getByText(NOTE).waitFor();
    await versions.getByText(t(lang, 'curation.wording.editorial')).waitFor();
    await checkPage(page, lang, 'proposal detail with wording history');

    // The project group reads the log in its own session.
    const { context, page: projectPage } = await newVisitor(session.browser());
    try {
      await logIn(projectPage, session.url(''), lang, PROJECT_GROUP);
      await projectPage.goto(session.url('/manage/audit'));
      await arrive(projectPage, lang, t(lang, 'audit.heading'));
      await projectPage.getByLabel(t(lang, 'audit.filter.search'), { exact: true }).fill('Beschlussvorlage');
      await projectPage.getByRole('button', { name: exactly(t(lang, 'audit.filter.apply')) }).click();
      const row = projectPage.getByTestId('audit-row');
      await projectPage.getByText(t(lang, 'audit.count', { shown: 1, total: 1 })).waitFor();
      await row.getByRole('cell', { name: exactly(t(lang, 'audit.action.proposal_revise')) }).waitFor();
      await row.getByRole('cell', { name: new RegExp(`^${MODERATOR.displayName}`) }).waitFor();
      await row.getByRole('button', { name: new RegExp(t(lang, 'audit.table.showChanges')) }).click();
      await projectPage.locator('.mr-audit__json').getByText(SEEDED_MEASURE).first().waitFor();
      await checkPage(projectPage, lang, 'audit log');

      const href = await projectPage.getByRole('link', { name: exactly(t(lang, 'audit.csv')) }).getAttribute('href');
      expect(href).toBe('/api/audit-log.csv?search=Beschlussvorlage');
      const csv = await projectPage.request.get(session.url(href ?? ''));
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
      const text = (await csv.body()).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      // Exactly the one entry the filter finds (cells may hold line breaks, so no line count).
      expect(text.split(',proposal.revise,')).toHaveLength(2);
      expect(text).toContain(NOTE);

      // Right to left: the log's table and filters, and the diff on the proposal page.
      await switchLanguage(projectPage, lang, 'ar');
      await arrive(projectPage, 'ar', t('ar', 'audit.heading'));
      await checkPage(projectPage, 'ar', 'audit log');
    } finally {
      await context.close();
    }
    await switchLanguage(page, lang, 'ar');
    await page.getByTestId('wording-title-diff').waitFor();
    await checkPage(page, 'ar', 'proposal detail with wording history');
  });
});
