import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { accountButton, logIn } from './support/accounts';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { chooseOption, isFocused, press, tabTo, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const MODERATOR = { email: 'moderator@mitreden.test', displayName: 'Max Moderation' } as const;
const PROCESS = 'wir-sind-hannover';
const FORUM = 'Forum 4: Bildung und Sprache';
const FORUM_EN = 'Forum 4: Education and language';
const FORUM_AR = 'المنتدى 4: التعليم واللغة';
const GOAL = 'Mehrsprachige Elternarbeit in allen Kitas';
const MEASURES = ['Elterncafés mit Sprachmittlung', 'Infobriefe in den Familiensprachen'];
const SLIP = 'Lesepatenschaften in Stadtteilbibliotheken';

/** Paper forms typed into a spreadsheet, as a moderator would bring them from a forum. */
async function writePaperInput(dir: string): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Papierbögen');
  sheet.addRow(['Titel', 'Beschreibung', 'Art', 'Ziel', 'Quelle', 'Teilnehmende']);
  sheet.addRow([GOAL, 'Eltern werden in ihrer Sprache angesprochen.', 'Ziel', '', 'Papier', 14]);
  sheet.addRow([MEASURES[0], 'Monatlich, mit <b>Dolmetschung</b>.', 'Maßnahme', GOAL, 'Papier', 6]);
  sheet.addRow([MEASURES[1], '=HYPERLINK("http://example.org","Vorlage")', 'Maßnahme', GOAL, 'Forum', '']);
  const file = join(dir, 'papierboegen-forum-4.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** From the focused radio of a group, moves the choice with the arrow keys until `label` is checked. */
async function chooseRadio(page: Page, label: string, what: string): Promise<void> {
  const radio = page.getByRole('radio', { name: exactly(label) });
  for (let step = 0; step < 5 && !(await radio.isChecked()); step += 1)
    await page.keyboard.press('ArrowDown');
  if (!(await radio.isChecked())) throw new Error(`${what} could not be chosen with the keyboard`);
}

/** Opens the file chooser from the focused file field with the keyboard and picks the file. */
async function chooseFile(page: Page, lang: Lang, file: string): Promise<void> {
  const input = page.getByLabel(t(lang, 'proposals.intake.import.fileLabel'));
  // Chromium now and then drops the first key press on a file field that just took focus after a
  // navigation; a person would press again, and so does this.
  for (let attempt = 1; ; attempt += 1) {
    await tabTo(page, input, 'the file field');
    const chooser = page.waitForEvent('filechooser', { timeout: 4_000 });
    await page.keyboard.press('Space');
    try {
      await (await chooser).setFiles(file);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await page.getByText(file.split('/').pop() ?? '').waitFor();
}

/** The forum rows without a forum belong to; the same for every import of the file (it is part of a row's identity). */
async function chooseDefaultForum(page: Page, lang: Lang, title = FORUM): Promise<void> {
  await chooseOption(
    page,
    page.getByRole('combobox', { name: t(lang, 'proposals.intake.import.defaultForum') }),
    new RegExp(title),
    'the default forum',
  );
}

/**
 * A moderator brings in what was collected on paper: one slip typed in by hand, then a small XLSX
 * imported after checking the preview, found in the proposal list afterwards; importing the same
 * file again creates nothing. Keyboard only; every page state checked with axe (de, en, ar).
 */
describe('moderator intake: paper input and spreadsheet import', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    page = session.page();
    dir = mkdtempSync(join(tmpdir(), 'mitreden-intake-'));
    file = await writePaperInput(dir);
    await logIn(page, url(''), 'de', MODERATOR);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the moderation pages in the account menu and types in a paper slip', async () => {
    await press(page, accountButton(page, 'de', MODERATOR.displayName), 'the account menu');
    const link = page.getByRole('menuitem', { name: exactly(t('de', 'titles.enterProposal')) });
    await link.waitFor();
    await page.getByRole('menuitem', { name: exactly(t('de', 'titles.importProposals')) }).waitFor();
    await waitForAnimations(page);
    for (let step = 0; step < 10 && !(await isFocused(link)); step += 1)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await arrive(page, 'de', t('de', 'titles.enterProposal'));
    await page.getByRole('combobox', { name: t('de', 'proposals.fields.forum') }).waitFor();
    await checkPage(page, 'de', 'enter proposal');

    await chooseOption(
      page,
      page.getByRole('combobox', { name: t('de', 'proposals.fields.forum') }),
      new RegExp(FORUM),
      'the forum',
    );
    // The forum's action field is preselected.
    await page
      .getByRole('combobox', { name: t('de', 'proposals.fields.actionField') })
      .filter({ hasText: 'Bildung und Sprache' })
      .waitFor();
    await tabTo(
      page,
      page.getByRole('radio', { name: exactly(t('de', 'proposals.intake.source.forum')) }),
      'the source',
    );
    await chooseRadio(page, t('de', 'proposals.intake.source.paper'), 'the paper source');
    await tabTo(page, page.getByLabel(t('de', 'proposals.fields.title')), 'the title field');
    await page.keyboard.type(SLIP);
    await tabTo(
      page,
      page.getByLabel(t('de', 'proposals.intake.fields.participantCount')),
      'the participants field',
    );
    await page.keyboard.type('0');
    await press(
      page,
      page.getByRole('button', { name: exactly(t('de', 'proposals.intake.enter.submit')) }),
      'the save button',
    );
    // Refused on the client with the range explained, focus on the field.
    await page.getByText(t('de', 'proposals.intake.rules.outOfRange')).waitFor();
    await waitForFocus(
      page.getByLabel(t('de', 'proposals.intake.fields.participantCount')),
      'the participants field',
    );
    await page.keyboard.press('Backspace');
    await page.keyboard.type('9');
    await press(
      page,
      page.getByRole('button', { name: exactly(t('de', 'proposals.intake.enter.submit')) }),
      'the save button',
    );

    const saved = page.locator('.mr-intake-saved').getByRole('link', { name: new RegExp(SLIP) });
    await saved.waitFor();
    // Ready for the next slip: title empty and focused, forum and source kept.
    await waitForFocus(page.getByLabel(t('de', 'proposals.fields.title')), 'the title field');
    expect(await page.getByLabel(t('de', 'proposals.fields.title')).inputValue()).toBe('');
    expect(
      await page.getByRole('radio', { name: exactly(t('de', 'proposals.intake.source.paper')) }).isChecked(),
    ).toBe(true);
    await checkPage(page, 'de', 'enter proposal, saved');

    await press(page, saved, 'the link to the saved proposal');
    await page.getByRole('heading', { level: 1, name: exactly(SLIP) }).waitFor();
  });

  it('imports a small XLSX after checking the preview', async () => {
    await page.goto(url('/moderation/import'));
    await arrive(page, 'de', t('de', 'titles.importProposals'));
    await checkPage(page, 'de', 'import');

    await chooseFile(page, 'de', file);
    await chooseDefaultForum(page, 'de');
    await press(
      page,
      page.getByRole('button', { name: exactly(t('de', 'proposals.intake.import.showPreview')) }),
      'the preview button',
    );

    const previewHeading = page.getByRole('heading', {
      level: 2,
      name: exactly(t('de', 'proposals.intake.import.previewHeading')),
    });
    await waitForFocus(previewHeading, 'the preview heading');
    await page
      .getByRole('status')
      .filter({
        hasText: t('de', 'proposals.intake.import.summary', { rows: 3, valid: 3, invalid: 0, duplicates: 0 }),
      })
      .waitFor();
    // The mapping was guessed from the German headers.
    expect(await page.getByLabel(t('de', 'proposals.intake.importFields.GOAL')).inputValue()).toBe('Ziel');
    expect(
      await page.getByLabel(t('de', 'proposals.intake.importFields.PARTICIPANT_COUNT')).inputValue(),
    ).toBe('Teilnehmende');
    const rows = page.locator('.mr-import-table tbody tr');
    expect(await rows.count()).toBe(3);
    for (const title of [GOAL, ...MEASURES])
      await rows
        .filter({ hasText: title })
        .filter({ hasText: t('de', 'proposals.intake.import.status.VALID') })
        .waitFor();
    await checkPage(page, 'de', 'import preview');

    // Changing the mapping re-runs the preview: without the kind column every row lacks its kind.
    const kind = page.getByLabel(t('de', 'proposals.intake.importFields.KIND'));
    await tabTo(page, kind, 'the kind mapping');
    await kind.selectOption('');
    const summary = (valid: number, invalid: number) =>
      page
        .getByRole('status')
        .filter({
          hasText: t('de', 'proposals.intake.import.summary', { rows: 3, valid, invalid, duplicates: 0 }),
        });
    await summary(0, 3).waitFor();
    await rows
      .first()
      .getByText(
        `${t('de', 'proposals.intake.importFields.KIND')}: ${t('de', 'proposals.intake.rules.required')}`,
      )
      .waitFor();
    await page.getByText(t('de', 'proposals.intake.import.fixFirst', { count: 3 })).waitFor();
    await checkPage(page, 'de', 'import preview with problems');
    await kind.selectOption('Art');
    await summary(3, 0).waitFor();

    await press(
      page,
      page.getByRole('button', {
        name: exactly(t('de', 'proposals.intake.import.importButton', { count: 3 })),
      }),
      'the import button',
    );
    await waitForFocus(
      page.getByRole('heading', {
        level: 2,
        name: exactly(t('de', 'proposals.intake.import.resultHeading')),
      }),
      'the result heading',
    );
    await page.getByText(t('de', 'proposals.intake.import.result', { created: 3, skipped: 0 })).waitFor();
    await checkPage(page, 'de', 'import result');

    await press(
      page,
      page.getByRole('link', { name: exactly(t('de', 'proposals.intake.import.toList')) }),
      'the list link',
    );
    await arrive(page, 'de', t('de', 'proposals.list.heading'));
    // Newest first: the imported proposals lead the list, the formula kept as plain text.
    for (const title of [GOAL, ...MEASURES]) await page.getByRole('link', { name: exactly(title) }).waitFor();
    await press(page, page.getByRole('link', { name: exactly(MEASURES[1]) }), 'the imported measure');
    await page.getByRole('heading', { level: 1, name: exactly(MEASURES[1]) }).waitFor();
    await page.getByText('=HYPERLINK("http://example.org","Vorlage")').waitFor();
    await page.getByText(t('de', 'proposals.detail.servesGoal')).waitFor();
  });

  it('shows every row as already imported when the same file comes again, and imports nothing', async () => {
    await page.goto(url(`/moderation/import?process=${PROCESS}`));
    await arrive(page, 'de', t('de', 'titles.importProposals'));
    await chooseFile(page, 'de', file);
    await chooseDefaultForum(page, 'de');
    await press(
      page,
      page.getByRole('button', { name: exactly(t('de', 'proposals.intake.import.showPreview')) }),
      'the preview button',
    );
    await page
      .getByRole('status')
      .filter({
        hasText: t('de', 'proposals.intake.import.summary', { rows: 3, valid: 0, invalid: 0, duplicates: 3 }),
      })
      .waitFor();
    expect(
      await page
        .locator('.mr-import-table tbody tr')
        .filter({ hasText: t('de', 'proposals.intake.import.status.DUPLICATE') })
        .count(),
    ).toBe(3);
    await page.getByText(t('de', 'proposals.intake.import.nothingNew')).waitFor();
    expect(await page.locator('.mr-import-actions button').count()).toBe(0);
    await checkPage(page, 'de', 'import preview, all duplicates');
  });

  it('works in English and, right to left, in Arabic', async () => {
    await switchLanguage(page, 'de', 'en');
    await arrive(page, 'en', t('en', 'titles.importProposals'));
    await chooseFile(page, 'en', file);
    await chooseDefaultForum(page, 'en', FORUM_EN);
    await press(
      page,
      page.getByRole('button', { name: exactly(t('en', 'proposals.intake.import.showPreview')) }),
      'the preview button',
    );
    await page
      .getByRole('status')
      .filter({
        hasText: t('en', 'proposals.intake.import.summary', { rows: 3, valid: 0, invalid: 0, duplicates: 3 }),
      })
      .waitFor();
    await checkPage(page, 'en', 'import preview');

    await page.goto(url('/moderation/input'));
    await arrive(page, 'en', t('en', 'titles.enterProposal'));
    await page.getByRole('combobox', { name: t('en', 'proposals.fields.forum') }).waitFor();
    await checkPage(page, 'en', 'enter proposal');

    await switchLanguage(page, 'en', 'ar');
    await arrive(page, 'ar', t('ar', 'titles.enterProposal'));
    await page.goto(url('/moderation/import'));
    await arrive(page, 'ar', t('ar', 'titles.importProposals'));
    await chooseFile(page, 'ar', file);
    await chooseDefaultForum(page, 'ar', FORUM_AR);
    await press(
      page,
      page.getByRole('button', { name: exactly(t('ar', 'proposals.intake.import.showPreview')) }),
      'the preview button',
    );
    await page
      .getByRole('status')
      .filter({
        hasText: t('ar', 'proposals.intake.import.summary', { rows: 3, valid: 0, invalid: 0, duplicates: 3 }),
      })
      .waitFor();
    await checkPage(page, 'ar', 'import preview');
  });
});
