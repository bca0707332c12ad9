import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';

const MODERATOR = { email: 'moderator@mitreden.test', displayName: 'Max Moderation' } as const;
/** import_fingerprint keys of the two seeded duplicates (libs/api/curation/src/lib/demo). */
const DUPLICATE_KEYS = ['demo:curation:sprachcafe-1', 'demo:curation:sprachcafe-2'];
const MERGED_TITLE = 'Sprachcafé im Stadtteil – abends und mit Kinderecke';

interface Duplicate {
  id: string;
  number: number;
  title: string;
  support_count: number;
}

/**
 * A moderator merges the two seeded "Sprachcafé" duplicates in the browser: the merge page shows
 * the distinct supporter count beforehand, the result carries exactly that many supports (people
 * backing both count once), and each original shows "merged into" with a link. axe on each page.
 */
describe('curation: merge duplicates', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let duplicates: Duplicate[];
  let distinctSupporters: number;

  const query = async <T,>(sql: string, params: unknown[]): Promise<T[]> => {
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
    duplicates = await query<Duplicate>(
      `SELECT id, number, title, support_count FROM proposals WHERE import_fingerprint = ANY($1::text[]) ORDER BY import_fingerprint`,
      [DUPLICATE_KEYS],
    );
    if (duplicates.length !== 2) throw new Error('The seed has no Sprachcafé duplicates');
    [{ count: distinctSupporters }] = await query<{ count: number }>(
      `SELECT count(DISTINCT user_id)::int AS count FROM supports WHERE proposal_id = ANY($1::uuid[])`,
      [duplicates.map((duplicate) => duplicate.id)],
    );
    // The point of the test: some people support both.
    expect(distinctSupporters).toBeLessThan(duplicates[0].support_count + duplicates[1].support_count);
  });

  it('merges the duplicates; supports add up without double counting; originals link to the result', async () => {
    const [first, second] = duplicates;
    await logIn(page, url(''), 'de', MODERATOR);
    await page.goto(url(`/proposals/${first.id}`));
    await arrive(page, 'de', first.title);

    await page.getByRole('link', { name: exactly(t('de', 'curation.actions.merge')) }).click();
    await arrive(page, 'de', t('de', 'curation.merge.heading'));
    const selected = page.getByTestId('merge-selected');
    await selected.getByRole('link', { name: new RegExp(first.title) }).waitFor();

    await page.getByLabel(t('de', 'curation.merge.search')).fill('Sprachcafé');
    await page.getByRole('button', { name: exactly(t('de', 'curation.merge.searchSubmit')) }).click();
    await page
      .getByTestId('merge-candidates')
      .getByRole('button', { name: new RegExp(`^\\s*${t('de', 'curation.merge.add')}\\s*: ${second.title}`) })
      .click();
    await selected.getByRole('link', { name: new RegExp(second.title) }).waitFor();
    await page
      .getByTestId('merge-preview')
      .getByText(
        t('de', 'curation.merge.preview', {
          distinct: distinctSupporters,
          sum: first.support_count + second.support_count,
        }),
      )
      .waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'de', 'merge page with two duplicates');

    const title = page.getByLabel(t('de', 'curation.merge.title'));
    expect(await title.inputValue()).toBe(first.title);
    await title.fill(MERGED_TITLE);
    await page.getByLabel(t('de', 'curation.merge.note')).fill('Zwei Vorschläge zum selben Sprachcafé');
    await page.getByRole('button', { name: exactly(t('de', 'curation.merge.submit', { count: 2 })) }).click();

    await arrive(page, 'de', MERGED_TITLE);
    await page.getByText(exactly(t('de', 'proposals.card.supports', { count: distinctSupporters }))).first().waitFor();
    const origins = page.getByTestId('lineage-ancestors');
    await origins.getByRole('link', { name: new RegExp(first.title) }).waitFor();
    await origins.getByRole('link', { name: new RegExp(second.title) }).waitFor();
    const [result] = await query<{ id: string; number: number; support_count: number; rows: number }>(
      `SELECT p.id, p.number, p.support_count, (SELECT count(*)::int FROM supports s WHERE s.proposal_id = p.id) AS rows
       FROM proposals p WHERE p.title = $1`,
      [MERGED_TITLE],
    );
    expect(result.support_count).toBe(distinctSupporters);
    expect(result.rows).toBe(distinctSupporters);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'merge result with its origins');

    // Follow the lineage back: the original is read-only and links to the result.
    await origins.getByRole('link', { name: new RegExp(second.title) }).click();
    await arrive(page, 'de', second.title);
    const banner = page.locator('#merged-banner');
    await banner.getByText(t('de', 'curation.lineage.mergedInto', { number: result.number })).waitFor();
    expect(await banner.getByRole('link', { name: MERGED_TITLE }).getAttribute('href')).toBe(`/proposals/${result.id}`);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'merged original with its banner');
    // Right to left: the banner reads in Arabic and stays accessible.
    await switchLanguage(page, 'de', 'ar');
    await banner.getByText(t('ar', 'curation.lineage.mergedInto', { number: result.number })).waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'ar', 'merged original with its banner');
    await switchLanguage(page, 'ar', 'de');
  });

  it('splits the merged proposal; each part keeps every supporter and links back', async () => {
    const [result] = await query<{ id: string; support_count: number }>(
      `SELECT id, support_count FROM proposals WHERE title = $1`,
      [MERGED_TITLE],
    );
    await page.goto(url(`/proposals/${result.id}`));
    await arrive(page, 'de', MERGED_TITLE);
    await page.getByRole('link', { name: exactly(t('de', 'curation.actions.split')) }).click();
    await arrive(page, 'de', t('de', 'curation.split.heading'));
    const titles = page.getByLabel(t('de', 'curation.merge.title'));
    await titles.nth(1).waitFor();
    await titles.nth(0).fill('Sprachcafé am Abend');
    await titles.nth(1).fill('Kinderecke im Sprachcafé');
    await waitForAnimations(page);
    await checkPage(page, 'de', 'split page');
    await page.getByRole('button', { name: exactly(t('de', 'curation.split.submit', { count: 2 })) }).click();

    const banner = page.locator('#split-banner');
    await banner.getByText(t('de', 'curation.lineage.splitBanner', { count: 2 })).waitFor();
    const parts = page.getByTestId('lineage-descendants');
    await parts.getByRole('link', { name: /Sprachcafé am Abend/ }).waitFor();
    await parts.getByRole('link', { name: /Kinderecke im Sprachcafé/ }).click();
    await arrive(page, 'de', 'Kinderecke im Sprachcafé');
    await page.getByText(exactly(t('de', 'proposals.card.supports', { count: result.support_count }))).first().waitFor();
    await page.getByTestId('lineage-ancestors').getByRole('link', { name: new RegExp(MERGED_TITLE) }).waitFor();
  });
});
