import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { chooseOption, press, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';
import { expectValue } from './support/forms';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const SURVEY_TITLE = 'Kooperation mit Trägern 2026';
const SECTION_1 = 'Zusammenarbeit';
const SECTION_2 = 'Zufriedenheit';
const Q_CHOICE = { key: 'kooperation', title: 'Arbeiten Sie mit der Kommune zusammen?' } as const;
const Q_TEXT = { key: 'gemeinsam', title: 'Was machen Sie gemeinsam?' } as const;
const Q_SCALE = { key: 'zufriedenheit', title: 'Wie zufrieden sind Sie mit der Zusammenarbeit?' } as const;
const B_TEXT = 'Sprachcafés und gemeinsame Elternabende.';

/** Three organisations as a city office would keep them in a spreadsheet. */
const ORGANISATIONS = [
  { name: 'Kulturverein Anatolia e. V.', email: 'anatolia@e2e-surveys.test', type: 'Migrantenorganisation', municipality: 'Laatzen' },
  { name: 'Bildungswerk Leine', email: 'bildungswerk@e2e-surveys.test', type: 'Bildung', municipality: 'Garbsen' },
  { name: 'Beratungsstelle Nord', email: 'beratung-nord@e2e-surveys.test', type: 'Beratung', municipality: 'Langenhagen' },
] as const;
const [ORG_A, ORG_B] = ORGANISATIONS;

/** Collapses every kind of white space (Intl puts a no-break space before "%" in German). */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function textOf(locator: Locator): Promise<string> {
  return squash(await locator.innerText());
}

/** Puts the keyboard focus on a control, then types as a person would. */
async function typeInto(page: Page, field: Locator, text: string, { replace = false } = {}): Promise<void> {
  await field.focus();
  if (replace) await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * The survey feature end to end: the project group builds an invited survey with a condition and
 * two pages, imports three organisations and mails their invitations; one organisation answers
 * partly and resumes through its link, one completes; the dashboard, the results and an XLSX
 * export (read back here) show the figures. axe on every page state (de; dashboard and results
 * also en and ar).
 */
describe('surveys: build, invite, answer, count and export', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let dir: string;
  let surveyId = '';
  const links = new Map<string, string>();

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  const navLink = (lang: Lang, key: string) =>
    page.getByRole('navigation', { name: t(lang, 'surveys.common.nav.label') }).getByRole('link', {
      name: exactly(t(lang, `surveys.common.nav.${key}`)),
    });
  const question = (si: number, qi: number) =>
    page.locator('mr-sb-question').filter({ has: page.locator(`#sb-sections-${si}-questions-${qi}-heading`) });
  const addQuestion = (n: number) =>
    page.locator(`#sb-sections-${n - 1}-addQuestion`).filter({ hasText: t('de', 'surveys.builder.editor.addQuestion') });
  const builderStatus = (key: string) =>
    page.locator('#sb-status').getByText(t('de', `surveys.builder.editor.${key}`));

  beforeAll(async () => {
    page = session.page();
    dir = mkdtempSync(join(tmpdir(), 'mitreden-surveys-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets the project group create an invited survey', async () => {
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    await open(page, url('/manage/surveys'), 'de', t('de', 'surveys.builder.list.heading'));
    // The seeded demo survey is listed.
    await page.locator('.mr-sb-table tbody tr').first().waitFor();
    await checkPage(page, 'de', 'manage surveys');

    const title = page.getByLabel(t('de', 'surveys.builder.list.titleDe'));
    await typeInto(page, title, SURVEY_TITLE);
    // The address follows the title.
    await expectValue(page.getByLabel(t('de', 'surveys.builder.list.slug')), 'kooperation-mit-traegern-2026');
    const audience = page.getByRole('combobox', { name: t('de', 'surveys.builder.list.audience') });
    await audience.filter({ hasText: t('de', 'surveys.common.audience.INVITED') }).waitFor();
    const anonymous = page.getByRole('checkbox', { name: exactly(t('de', 'surveys.builder.list.anonymous')) });
    expect(await anonymous.isChecked()).toBe(false);
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.builder.list.create')) }), 'the create button');

    await page.waitForURL(/\/manage\/surveys\/[0-9a-f-]{36}$/);
    surveyId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: new RegExp(t('de', 'surveys.builder.editor.heading')) }).waitFor();
    await page.locator('#sb-sections-0-title').waitFor();
    await checkPage(page, 'de', 'survey builder, new survey');

    const [survey] = await query<{ audience: string; anonymous: boolean; status: string }>(
      `SELECT audience, anonymous, status FROM surveys WHERE id = $1`,
      [surveyId],
    );
    expect(survey).toEqual({ audience: 'invited', anonymous: false, status: 'draft' });
  });

  it('builds two pages with a required choice, a conditional text and a scale, saves and publishes', async () => {
    // Page 1: a required yes/no question and a long text shown only after "ja".
    await typeInto(page, page.locator('#sb-sections-0-title'), SECTION_1);
    await press(page, addQuestion(1), 'the add-question button');
    await waitForFocus(page.locator('#sb-sections-0-questions-0-title'), 'the new question title');
    await page.keyboard.type(Q_CHOICE.title);
    await typeInto(page, page.locator('#sb-sections-0-questions-0-key'), Q_CHOICE.key, { replace: true });
    await page.keyboard.press('Tab');
    const required = question(0, 0).getByRole('checkbox', { name: exactly(t('de', 'surveys.builder.editor.required')) });
    await required.focus();
    await page.keyboard.press('Space');
    expect(await required.isChecked()).toBe(true);
    await typeInto(page, page.locator('#sb-sections-0-questions-0-options-0-label'), 'Ja');
    await typeInto(page, page.locator('#sb-sections-0-questions-0-options-1-label'), 'Nein');
    // Option keys follow the German labels (with the next rendering after the last key press).
    await expectValue(page.locator('#sb-sections-0-questions-0-options-0-key'), 'ja');
    await expectValue(page.locator('#sb-sections-0-questions-0-options-1-key'), 'nein');

    await press(page, addQuestion(1), 'the add-question button');
    await waitForFocus(page.locator('#sb-sections-0-questions-1-title'), 'the second question title');
    const kind = question(0, 1).getByRole('combobox', { name: t('de', 'surveys.builder.editor.kind') });
    await kind.focus();
    await chooseOption(page, kind, exactly(t('de', 'surveys.builder.editor.kinds.LONG_TEXT')), 'the question kind');
    await typeInto(page, page.locator('#sb-sections-0-questions-1-title'), Q_TEXT.title);
    await typeInto(page, page.locator('#sb-sections-0-questions-1-key'), Q_TEXT.key, { replace: true });
    await page.keyboard.press('Tab');
    const condition = page.locator('#sb-sections-0-questions-1-condition');
    await condition.focus();
    await chooseOption(page, condition, new RegExp(`\\(${Q_CHOICE.key}\\)`), 'the condition question');
    await question(0, 1).getByText(t('de', 'surveys.builder.editor.operators.EQUALS')).waitFor();
    const conditionValue = question(0, 1).getByRole('combobox', { name: t('de', 'surveys.builder.editor.conditionOption') });
    await conditionValue.focus();
    await chooseOption(page, conditionValue, exactly('Ja'), 'the condition value');

    // Page 2: a scale 1–5 with labelled ends.
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.builder.editor.addSection')) }), 'the add-section button');
    await waitForFocus(page.locator('#sb-sections-1-heading'), 'the new section heading');
    await typeInto(page, page.locator('#sb-sections-1-title'), SECTION_2);
    await press(page, addQuestion(2), 'the add-question button of section 2');
    await waitForFocus(page.locator('#sb-sections-1-questions-0-title'), 'the scale question title');
    const scaleKind = question(1, 0).getByRole('combobox', { name: t('de', 'surveys.builder.editor.kind') });
    await scaleKind.focus();
    await chooseOption(page, scaleKind, exactly(t('de', 'surveys.builder.editor.kinds.SCALE')), 'the question kind');
    expect(await page.locator('#sb-sections-1-questions-0-minValue').inputValue()).toBe('1');
    expect(await page.locator('#sb-sections-1-questions-0-maxValue').inputValue()).toBe('5');
    await typeInto(page, page.locator('#sb-sections-1-questions-0-title'), Q_SCALE.title);
    await typeInto(page, page.locator('#sb-sections-1-questions-0-key'), Q_SCALE.key, { replace: true });
    await page.keyboard.press('Tab');
    const ends = (label: string) =>
      question(1, 0)
        .getByRole('group', { name: t('de', `surveys.builder.editor.${label}`) })
        .getByLabel('Deutsch');
    await typeInto(page, ends('minLabel'), 'gar nicht');
    await typeInto(page, ends('maxLabel'), 'sehr');

    // The save button at the end of the form, a few Tab presses on.
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.builder.editor.save')) }).last(), 'the save button');
    await builderStatus('saved').waitFor();
    await checkPage(page, 'de', 'survey builder, saved');

    const stored = await query<{ key: string; kind: string; required: boolean; condition: unknown }>(
      `SELECT q.key, q.kind, q.required, q.condition
         FROM survey_questions q JOIN survey_sections s ON s.id = q.section_id
        WHERE s.survey_id = $1 ORDER BY s.position, q.position`,
      [surveyId],
    );
    expect(stored).toEqual([
      { key: Q_CHOICE.key, kind: 'single_choice', required: true, condition: null },
      { key: Q_TEXT.key, kind: 'long_text', required: false, condition: { question: Q_CHOICE.key, operator: 'equals', value: 'ja' } },
      { key: Q_SCALE.key, kind: 'scale', required: false, condition: null },
    ]);

    const publish = page.getByRole('button', { name: exactly(t('de', 'surveys.builder.editor.publish')) });
    await publish.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: t('de', 'surveys.builder.editor.publishTitle') });
    await dialog.waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'de', 'survey builder, publish dialog');
    await press(page, dialog.getByRole('button', { name: exactly(t('de', 'surveys.builder.editor.publish')) }), 'the confirm button');
    await builderStatus('published').waitFor();
    await page.getByRole('button', { name: exactly(t('de', 'surveys.builder.editor.close')) }).waitFor();
    await checkPage(page, 'de', 'survey builder, published');
  });

  it('imports three organisations from a CSV, invites them and mails the links', async () => {
    const csv = join(dir, 'organisationen.csv');
    writeFileSync(
      csv,
      ['Name;E-Mail;Typ;Kommune', ...ORGANISATIONS.map((o) => [o.name, o.email, o.type, o.municipality].join(';'))].join('\n') + '\n',
      'utf8',
    );

    await navLink('de', 'invitations').click();
    await arrive(page, 'de', t('de', 'surveys.invitations.heading'));
    await page.getByText(t('de', 'surveys.invitations.list.empty')).waitFor();
    await checkPage(page, 'de', 'survey invitations, none yet');

    await page.locator('#survey-import-file').setInputFiles(csv);
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.invitations.import.showPreview')) }), 'the preview button');
    await waitForFocus(page.locator('#survey-import-preview-heading'), 'the preview heading');
    await page
      .getByText(t('de', 'surveys.invitations.import.summary', { new: 3, update: 0, unchanged: 0, invalid: 0 }))
      .waitFor();
    for (const organisation of ORGANISATIONS) {
      await page.locator('.mr-inv-preview tr', { hasText: organisation.name }).filter({ hasText: organisation.municipality }).waitFor();
    }
    const inviteToo = page.getByRole('checkbox', { name: exactly(t('de', 'surveys.invitations.import.inviteToo')) });
    expect(await inviteToo.isChecked()).toBe(true);
    await checkPage(page, 'de', 'survey invitations, import preview');

    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.invitations.import.import')) }), 'the import button');
    await page
      .getByText(t('de', 'surveys.invitations.import.result', { created: 3, updated: 0, skipped: 0, invited: 3 }))
      .waitFor();
    const sendInvitations = page.getByRole('button', {
      name: exactly(t('de', 'surveys.invitations.mailing.sendInvitations', { count: 3 })),
    });
    await sendInvitations.waitFor();
    await checkPage(page, 'de', 'survey invitations, imported');

    await sendInvitations.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: t('de', 'surveys.invitations.mailing.confirm.invitation.heading') });
    await dialog.waitFor();
    await press(
      page,
      dialog.getByRole('button', { name: exactly(t('de', 'surveys.invitations.mailing.confirm.invitation.confirm')) }),
      'the confirm button',
    );
    await page
      .getByRole('status')
      .getByText(t('de', 'surveys.invitations.mailing.done.invitation', { count: 3 }))
      .waitFor({ timeout: 30_000 });
    const mailings = page.getByRole('table', { name: t('de', 'surveys.invitations.mailing.tableCaption') });
    expect(await textOf(mailings.locator('tbody tr').first())).toContain(
      `${t('de', 'surveys.invitations.mailing.status.DONE')} 3 / 3`,
    );
    for (const organisation of ORGANISATIONS) {
      await page
        .locator('.mr-inv-table tr', { hasText: organisation.name })
        .filter({ hasText: t('de', 'surveys.invitations.statuses.INVITED') })
        .waitFor();
    }
    await checkPage(page, 'de', 'survey invitations, mailing done');

    const mails = await query<{ recipient_email: string; locale: string; link: string }>(
      `SELECT recipient_email, locale, payload->>'link' AS link
         FROM outbox_messages WHERE template = 'survey_invitation' AND payload->>'surveyTitle' = $1`,
      [SURVEY_TITLE],
    );
    expect(mails.map((mail) => mail.recipient_email).sort()).toEqual(ORGANISATIONS.map((o) => o.email).sort());
    for (const mail of mails) {
      expect(mail.link.startsWith(url('/surveys/answer/'))).toBe(true);
      links.set(mail.recipient_email, mail.link);
    }
    // The outbox hands the mails to SMTP; the personal link is in the text.
    await session
      .running()
      .smtp.waitForMail((mail) => mail.to.includes(ORG_A.email) && mail.text.includes(links.get(ORG_A.email) ?? '-'));
  });

  it('lets organisation A answer page 1, save for later and find its answer again through the same link', async () => {
    const link = links.get(ORG_A.email) ?? '';
    const first = await newVisitor(session.browser());
    try {
      const answerPage = first.page;
      await open(answerPage, link, 'de', SURVEY_TITLE);
      await answerPage.getByRole('heading', { level: 2, name: exactly(SECTION_1) }).waitFor();
      await answerPage.getByText(t('de', 'surveys.answer.progress', { page: 1, total: 2 })).first().waitFor();
      await answerPage.getByText(ORG_A.name).waitFor();
      await checkPage(answerPage, 'de', 'answer form, page 1');

      // "ja" shows the follow-up question, "nein" hides it again.
      const yes = answerPage.getByRole('radio', { name: exactly('Ja') });
      const no = answerPage.getByRole('radio', { name: exactly('Nein') });
      const followUp = answerPage.getByRole('group', { name: new RegExp(Q_TEXT.title) });
      expect(await followUp.count()).toBe(0);
      await yes.focus();
      await answerPage.keyboard.press('Space');
      await followUp.waitFor();
      await answerPage.keyboard.press('ArrowDown');
      expect(await no.isChecked()).toBe(true);
      await followUp.waitFor({ state: 'detached' });

      await press(answerPage, answerPage.getByRole('button', { name: exactly(t('de', 'surveys.answer.later')) }), 'the save-for-later button');
      await answerPage.getByText(t('de', 'surveys.answer.savedForLater.INVITATION')).waitFor();
      expect(await textOf(answerPage.locator('.mr-answer__resume'))).toBe(link);
      await checkPage(answerPage, 'de', 'answer form, saved for later');
    } finally {
      await first.context.close();
    }

    const again = await newVisitor(session.browser());
    try {
      const answerPage = again.page;
      await open(answerPage, link, 'de', SURVEY_TITLE);
      await answerPage.getByRole('heading', { level: 2, name: exactly(SECTION_1) }).waitFor();
      expect(await answerPage.getByRole('radio', { name: exactly('Nein') }).isChecked()).toBe(true);
      expect(await answerPage.getByRole('radio', { name: exactly('Ja') }).isChecked()).toBe(false);
    } finally {
      await again.context.close();
    }
  });

  it('lets organisation B answer everything, including the conditional text, and submit', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const answerPage = visitor.page;
      await open(answerPage, links.get(ORG_B.email) ?? '', 'de', SURVEY_TITLE);
      await answerPage.getByRole('heading', { level: 2, name: exactly(SECTION_1) }).waitFor();

      // The required question is checked before the page is left.
      await press(answerPage, answerPage.getByRole('button', { name: exactly(t('de', 'surveys.answer.next')) }), 'the next button');
      await answerPage.getByRole('alert').getByText(t('de', 'surveys.answer.summary', { count: 1 })).waitFor();
      await answerPage.getByText(t('de', 'surveys.answer.errors.required')).waitFor();
      await waitForAnimations(answerPage);
      await checkPage(answerPage, 'de', 'answer form, required answer missing');

      await answerPage.getByRole('radio', { name: exactly('Ja') }).focus();
      await answerPage.keyboard.press('Space');
      const followUp = answerPage.getByRole('group', { name: new RegExp(Q_TEXT.title) });
      await typeInto(answerPage, followUp.getByRole('textbox'), B_TEXT);
      await press(answerPage, answerPage.getByRole('button', { name: exactly(t('de', 'surveys.answer.next')) }), 'the next button');

      const pageTwo = answerPage.getByRole('heading', { level: 2, name: exactly(SECTION_2) });
      await waitForFocus(pageTwo, 'the heading of page 2');
      await answerPage.getByText(t('de', 'surveys.answer.progress', { page: 2, total: 2 })).first().waitFor();
      await checkPage(answerPage, 'de', 'answer form, page 2');
      const four = answerPage.getByRole('radio', { name: exactly('4') });
      await four.focus();
      await answerPage.keyboard.press('Space');
      expect(await four.isChecked()).toBe(true);

      await press(answerPage, answerPage.getByRole('button', { name: exactly(t('de', 'surveys.answer.submit')) }), 'the submit button');
      await answerPage.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.answer.complete.heading')) }).waitFor();
      await checkPage(answerPage, 'de', 'answer form, thanks');
    } finally {
      await visitor.context.close();
    }

    const statuses = await query<{ email: string; status: string }>(
      `SELECT o.email, i.status FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.survey_id = $1 ORDER BY o.email`,
      [surveyId],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.email, row.status]))).toEqual({
      [ORGANISATIONS[0].email]: 'partial',
      [ORGANISATIONS[1].email]: 'complete',
      [ORGANISATIONS[2].email]: 'invited',
    });
  });

  it('shows invited 3, opened 2, started 2, complete 1 on the dashboard, with German percentages', async () => {
    await open(page, url(`/manage/surveys/${surveyId}/dashboard`), 'de', t('de', 'surveys.dashboard.heading'));
    const figure = (stage: string) =>
      page.locator('.mr-dash-figure').filter({ has: page.getByRole('term').getByText(exactly(t('de', `surveys.dashboard.stages.${stage}`))) });
    const ofInvited = (share: string) => t('de', 'surveys.dashboard.ofInvited', { share });
    expect(await textOf(figure('invited').getByRole('definition'))).toBe('3');
    expect(await textOf(figure('opened').getByRole('definition'))).toBe(`2 ${ofInvited('66,7 %')}`);
    expect(await textOf(figure('started').getByRole('definition'))).toBe(`2 ${ofInvited('66,7 %')}`);
    expect(await textOf(figure('complete').getByRole('definition'))).toBe(`1 ${ofInvited('33,3 %')}`);

    const byType = page.getByRole('table', { name: t('de', 'surveys.dashboard.byType.caption') });
    const row = (name: string) => byType.getByRole('row').filter({ has: page.getByRole('rowheader', { name: exactly(name) }) });
    expect(await textOf(row(t('de', 'surveys.dashboard.byType.total')))).toBe(
      `${t('de', 'surveys.dashboard.byType.total')} 3 2 (66,7 %) 2 (66,7 %) 1 (33,3 %)`,
    );
    expect(await textOf(row(t('de', 'surveys.invitations.types.EDUCATION')))).toBe(
      `${t('de', 'surveys.invitations.types.EDUCATION')} 1 1 (100 %) 1 (100 %) 1 (100 %)`,
    );
    expect(await textOf(row(t('de', 'surveys.invitations.types.COUNSELLING')))).toBe(
      `${t('de', 'surveys.invitations.types.COUNSELLING')} 1 0 (0 %) 0 (0 %) 0 (0 %)`,
    );
    await checkPage(page, 'de', 'survey dashboard');
  });

  it('shows the figures on the results page', async () => {
    await navLink('de', 'results').click();
    await arrive(page, 'de', `${t('de', 'surveys.results.heading')}: ${SURVEY_TITLE}`);
    await page
      .getByRole('status')
      .getByText(t('de', 'surveys.results.summary', { respondents: 2, complete: 1, share: '50 %' }).replace(' %', '\u00a0%'))
      .waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(SECTION_1) }).waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(SECTION_2) }).waitFor();

    const showTables = page.getByRole('checkbox', { name: exactly(t('de', 'surveys.results.filter.showTables')) });
    await showTables.focus();
    await page.keyboard.press('Space');
    const choiceTable = page.getByRole('table', { name: t('de', 'surveys.results.table.caption', { title: Q_CHOICE.title }) });
    const cells = async (table: Locator, label: string) =>
      textOf(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: exactly(label) }) }));
    expect(await cells(choiceTable, 'Ja')).toBe('Ja 1 50 %');
    expect(await cells(choiceTable, 'Nein')).toBe('Nein 1 50 %');
    const scaleTable = page.getByRole('table', { name: t('de', 'surveys.results.table.caption', { title: Q_SCALE.title }) });
    // Every step of the scale, the ends with their labels.
    const steps = (await scaleTable.locator('tbody tr').allInnerTexts()).map(squash);
    expect(steps).toHaveLength(5);
    expect(steps[0]).toMatch(/^1\b.*gar nicht.* 0 0 %$/);
    expect(steps[3]).toBe('4 1 100 %');
    expect(steps[4]).toMatch(/^5\b.*sehr.* 0 0 %$/);
    await page.getByText(t('de', 'surveys.results.average', { value: '4,0' }), { exact: true }).waitFor();
    await page.getByText(B_TEXT).waitFor();
    await checkPage(page, 'de', 'survey results');
  });

  it('exports the responses as XLSX with one row per response and blank cells for hidden questions', async () => {
    await press(
      page,
      page.getByRole('button', { name: exactly(t('de', 'surveys.results.export.request', { format: 'XLSX' })) }),
      'the XLSX export button',
      'Enter',
      { backwards: true },
    );
    const downloadLink = page.getByRole('link', { name: /\.xlsx herunterladen/ });
    await downloadLink.waitFor({ timeout: 30_000 });
    await page.getByRole('status').getByText(t('de', 'surveys.results.export.done')).waitFor();
    await checkPage(page, 'de', 'survey results, export ready');

    const downloading = page.waitForEvent('download');
    await downloadLink.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(dir, 'export.xlsx');
    await download.saveAs(file);

    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const [header, ...data] = rows;
    expect(header).toEqual([
      'response',
      'status',
      'organisation',
      'organisation_type',
      'started_at',
      'completed_at',
      Q_CHOICE.key,
      Q_TEXT.key,
      Q_SCALE.key,
    ]);
    expect(data).toHaveLength(2);
    const byOrganisation = new Map(
      data.map((cells) => [cells[2], Object.fromEntries(header.map((name, i) => [String(name), cells[i] ?? null]))]),
    );
    const a = byOrganisation.get(ORG_A.name);
    const b = byOrganisation.get(ORG_B.name);
    expect(a).toMatchObject({ status: 'partial', organisation_type: 'migrant_organisation', [Q_CHOICE.key]: 'nein', [Q_TEXT.key]: null, [Q_SCALE.key]: null, completed_at: null });
    expect(b).toMatchObject({ status: 'complete', organisation_type: 'education', [Q_CHOICE.key]: 'ja', [Q_TEXT.key]: B_TEXT, [Q_SCALE.key]: 4 });
    expect(b?.['completed_at']).not.toBeNull();
  });

  it('shows the dashboard and results in English and, right to left, in Arabic', async () => {
    await switchLanguage(page, 'de', 'en');
    await arrive(page, 'en', `${t('en', 'surveys.results.heading')}: ${SURVEY_TITLE}`);
    await page.getByRole('status').getByText(t('en', 'surveys.results.summary', { respondents: 2, complete: 1, share: '50%' })).waitFor();
    await checkPage(page, 'en', 'survey results');
    await navLink('en', 'dashboard').click();
    await arrive(page, 'en', t('en', 'surveys.dashboard.heading'));
    const total = page
      .getByRole('table', { name: t('en', 'surveys.dashboard.byType.caption') })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: exactly(t('en', 'surveys.dashboard.byType.total')) }) });
    expect(await textOf(total)).toBe(`${t('en', 'surveys.dashboard.byType.total')} 3 2 (66.7%) 2 (66.7%) 1 (33.3%)`);
    await checkPage(page, 'en', 'survey dashboard');

    await switchLanguage(page, 'en', 'ar');
    await arrive(page, 'ar', t('ar', 'surveys.dashboard.heading'));
    await page.getByRole('table', { name: t('ar', 'surveys.dashboard.byType.caption') }).waitFor();
    await checkPage(page, 'ar', 'survey dashboard');
    await navLink('ar', 'results').click();
    await arrive(page, 'ar', `${t('ar', 'surveys.results.heading')}: ${SURVEY_TITLE}`);
    await page.getByRole('heading', { level: 2, name: exactly(SECTION_1) }).waitFor();
    await checkPage(page, 'ar', 'survey results');
  });
});
