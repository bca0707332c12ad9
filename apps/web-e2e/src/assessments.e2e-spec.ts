import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { useE2eSession } from './support/session';
import { exactly, t } from './support/i18n';
import { tabTo } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';

const EXPERT = { email: 'expert@mitreden.test', displayName: 'Elif Fachbereich' } as const;
const PUBLIC_COMMENT = 'Räume stellt die Stadt; die Sprachkurse selbst fördert das Land.';
const INTERNAL_COMMENT = 'Nur intern: mit der Kämmerei abstimmen.';

async function check(page: Page, lang: 'de' | 'en' | 'ar', name: string): Promise<void> {
  await waitForAnimations(page);
  await checkPage(page, lang, name);
}

/**
 * A department expert assesses an assigned proposal: the overview of their department, the
 * seeded assignment due in two days, a draft, then the submitted assessment; the proposal page
 * shows the public part (never the internal note). axe on each state, the public part in Arabic.
 */
describe('department assessment', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let seeded: { id: string; proposal_id: string; title: string; number: number };

  beforeAll(async () => {
    page = session.page();
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      // The demo assignment due in two days (not overdue, not yet submitted).
      const result = await client.query<{ id: string; proposal_id: string; title: string; number: number }>(
        `SELECT a.id, a.proposal_id, p.title, p.number FROM assessments a JOIN proposals p ON p.id = a.proposal_id
          WHERE a.department = 'Fachbereich Soziales' AND a.status = 'assigned'
            AND a.due_on = (now() AT TIME ZONE 'Europe/Berlin')::date + 2`,
      );
      seeded = result.rows[0];
    } finally {
      await client.end();
    }
    if (!seeded) throw new Error('The demo seed has no assessment due in two days');
  });

  it('records and submits an assessment; the proposal page shows the public part', async () => {
    await logIn(page, url(''), 'de', EXPERT);

    // The overview through the main navigation.
    await page.getByRole('link', { name: exactly(t('de', 'shell.nav.assessments')) }).click();
    await arrive(page, 'de', t('de', 'assessments.overview.heading'));
    const counts = page.getByRole('table', { name: t('de', 'assessments.overview.countsCaption') });
    await counts.getByRole('rowheader', { name: 'Fachbereich Soziales' }).waitFor();
    const link = page.getByRole('link', { name: new RegExp(seeded.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await link.waitFor();
    await check(page, 'de', 'assessment overview (expert)');

    // Open the assignment by keyboard.
    await tabTo(page, link, 'the seeded assignment');
    await page.keyboard.press('Enter');
    await arrive(page, 'de', t('de', 'assessments.form.heading'));
    await page.getByRole('heading', { level: 2, name: new RegExp(`${seeded.number}`) }).waitFor();

    // Submitting without the required answers points at the problem.
    const submit = page.getByRole('button', { name: exactly(t('de', 'assessments.form.submit')) });
    await submit.click();
    await page.getByText(t('de', 'forms.checkFields')).waitFor();

    // A draft first: feasibility only.
    const partly = page.getByRole('radio', { name: t('de', 'assessments.feasibility.PARTLY_FEASIBLE'), exact: true });
    // The failed submit put the focus on the first invalid field; the radios come before it, and
    // Shift+Tab enters an unselected radio group at its last option.
    const last = page.getByRole('radio', { name: t('de', 'assessments.feasibility.ALREADY_IMPLEMENTED'), exact: true });
    await tabTo(page, last, 'the feasibility radios', { backwards: true });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expectChecked(partly);
    await page.getByLabel(t('de', 'assessments.fields.internalComment')).fill(INTERNAL_COMMENT);
    await page.getByRole('button', { name: exactly(t('de', 'assessments.form.saveDraft')) }).click();
    await page.getByText(t('de', 'assessments.form.draftSaved')).waitFor();
    await page.getByText(t('de', 'assessments.status.IN_PROGRESS'), { exact: true }).waitFor();
    await check(page, 'de', 'assessment form (draft)');

    // Responsibility from the select, the public statement, then submit.
    await page.getByRole('combobox', { name: t('de', 'assessments.fields.responsibility') }).click();
    await page.getByRole('option', { name: exactly(t('de', 'assessments.responsibility.LAND')) }).click();
    await page.getByLabel(t('de', 'assessments.fields.costNote')).fill('ca. 40.000 € jährlich');
    await page.getByLabel(t('de', 'assessments.fields.publicComment')).fill(PUBLIC_COMMENT);
    await submit.click();
    await page.getByText(t('de', 'assessments.form.submitted')).waitFor();
    await page.getByText(t('de', 'assessments.status.SUBMITTED'), { exact: true }).waitFor();
    await page.getByRole('button', { name: exactly(t('de', 'assessments.form.update')) }).waitFor();
    await check(page, 'de', 'assessment form (submitted)');

    // The proposal page shows the public part, never the internal note.
    await page.getByRole('link', { name: new RegExp(`${seeded.number}`) }).first().click();
    await arrive(page, 'de', seeded.title);
    const section = page.getByRole('region', { name: t('de', 'assessments.public.heading') });
    await section.getByText(PUBLIC_COMMENT).waitFor();
    await section.getByText(t('de', 'assessments.feasibility.PARTLY_FEASIBLE'), { exact: true }).waitFor();
    await section.getByText(t('de', 'assessments.responsibility.LAND'), { exact: true }).waitFor();
    expect(await page.getByText(INTERNAL_COMMENT).count()).toBe(0);
    await check(page, 'de', 'proposal with assessment');

    await switchLanguage(page, 'de', 'ar');
    await page.getByRole('region', { name: t('ar', 'assessments.public.heading') }).getByText(t('ar', 'assessments.responsibility.LAND'), { exact: true }).waitFor();
    await check(page, 'ar', 'proposal with assessment');
  });
});

async function expectChecked(radio: ReturnType<Page['getByRole']>): Promise<void> {
  await radio.waitFor();
  expect(await radio.isChecked()).toBe(true);
}
