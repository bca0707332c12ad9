import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { expectValue } from './support/forms';
import { exactly, t } from './support/i18n';
import { chooseOption, press as pressKey, tabTo as tabToKey, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, waitForLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const SLUG = 'e2e-name-integrationsplan';
const QUESTION_DE = 'Welcher Name passt zum neuen Integrationsplan?';
/** Hostile text in the English field: stored as typed, shown as text, never run. */
const QUESTION_EN = 'Which name fits the new integration plan? <script>alert(1)</script>';
const PROCESS_TITLE = 'Wir sind Hannover – Zusammenleben in der Stadt';
const OPTION_1 = 'Vielfalt leben in Hannover';
const OPTION_2 = 'Gemeinsam Hannover';
const OPTION_2_EN = 'Hannover together';
const OPTION_3 = 'Hannover für alle';
const CODE_PATTERN = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

const v = (key: string, params: Record<string, string | number> = {}) => t('de', `votes.${key}`, params);

/** Puts the keyboard focus on a control, then types as a person would. */
async function typeInto(page: Page, field: Locator, text: string, { replace = false } = {}): Promise<void> {
  await field.focus();
  if (replace) await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * press/tabTo from support/keyboard, but failing fast when the target is missing: otherwise every
 * one of the 40 Tab steps waits the full default timeout for it.
 */
async function tabTo(page: Page, target: Locator, what: string, options: { backwards?: boolean } = {}): Promise<void> {
  await target.waitFor();
  await tabToKey(page, target, what, options);
}
async function press(page: Page, target: Locator, what: string, key = 'Enter', options: { backwards?: boolean } = {}): Promise<void> {
  await target.waitFor();
  await pressKey(page, target, what, key, options);
}

/** Everything the page shows, for "nothing of the results is visible" checks. */
async function visibleText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/**
 * Poll management and code voting in the browser: the project group builds a single-choice poll
 * (reordering an option, hostile English text), allows accounts and voting codes, publishes it,
 * generates three codes and downloads the mail-merge CSV; an anonymous visitor votes with one code
 * through its letter link and gets a receipt; the same code is refused a second time; the manage
 * pages show turnout 1 and "used 1" but nothing of the results; a resident cannot open /manage.
 * Mostly keyboard; axe on every page state.
 */
describe('votes: manage a poll, generate codes and vote with a code', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let pollId = '';
  let codes: string[] = [];
  let links: string[] = [];

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const button = (p: Page | Locator, key: string) => p.getByRole('button', { name: exactly(v(key)) });
  const optionLabel = (i: number) => page.locator(`#pm-option-${i}-label-de`);
  // The form status line; the live announcer repeats the same words elsewhere on the page.
  const editorStatus = (key: string) => page.locator('mr-form-status').getByText(v(`editor.${key}`));

  beforeAll(() => {
    page = session.page();
  });

  it('lets the project group draft a poll with three options, reorder one and allow voting codes', async () => {
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    await open(page, url('/manage/polls'), 'de', v('manage.heading'));
    // The seeded demo polls are listed.
    await page.locator('.mr-pm-table tbody tr').first().waitFor();
    await checkPage(page, 'de', 'manage polls');

    await press(page, page.getByRole('link', { name: exactly(v('manage.create')) }), 'the new-poll link');
    await arrive(page, 'de', v('editor.headingNew'));
    await page.waitForURL(/\/manage\/polls\/new$/);
    // The current process (and its vote phase) is preselected once the processes are loaded.
    const processSelect = page.getByRole('combobox', { name: v('editor.process') });
    await processSelect.filter({ hasText: PROCESS_TITLE }).waitFor();
    await checkPage(page, 'de', 'poll editor, new poll');

    await typeInto(page, page.locator('#pm-slug'), SLUG);
    await typeInto(page, page.locator('#pm-question-de'), QUESTION_DE);
    await typeInto(page, page.locator('#pm-question-en'), QUESTION_EN);

    const single = page.getByRole('radio', { name: exactly(v('editor.methods.SINGLE')) });
    await tabTo(page, single, 'the single-choice method');
    await page.keyboard.press('Space');
    expect(await single.isChecked()).toBe(true);

    // Opening a few minutes ago, closing tomorrow, in the browser's own time zone. Native date and
    // time fields take locale-dependent segment typing; fill() sets the value as the picker would.
    const times = await page.evaluate(() => {
      const pad = (n: number) => String(n).padStart(2, '0');
      const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      const time = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
      const opens = new Date(Date.now() - 5 * 60_000);
      const closes = new Date(Date.now() + 24 * 60 * 60_000);
      return { opensDate: day(opens), opensTime: time(opens), closesDate: day(closes), closesTime: time(closes) };
    });
    await page.locator('#pm-opens-date').fill(times.opensDate);
    await page.locator('#pm-opens-time').fill(times.opensTime);
    await page.locator('#pm-closes-date').fill(times.closesDate);
    await page.locator('#pm-closes-time').fill(times.closesTime);

    await processSelect.focus();
    await chooseOption(page, processSelect, exactly(PROCESS_TITLE), 'the process');

    const accounts = page.getByRole('checkbox', { name: exactly(v('editor.acceptsAccounts')) });
    const withCodes = page.getByRole('checkbox', { name: exactly(v('editor.acceptsCodes')) });
    expect(await accounts.isChecked()).toBe(true);
    expect(await withCodes.isChecked()).toBe(false);
    await tabTo(page, withCodes, 'the voting-code checkbox');
    await page.keyboard.press('Space');
    expect(await withCodes.isChecked()).toBe(true);

    await typeInto(page, optionLabel(0), OPTION_1);
    await typeInto(page, optionLabel(1), OPTION_2);
    await typeInto(page, page.locator('#pm-option-1-label-en'), OPTION_2_EN);
    await press(page, page.locator('#pm-add-option'), 'the add-option button');
    await waitForFocus(optionLabel(2), 'the third option label');
    await page.keyboard.type(OPTION_3);
    await checkPage(page, 'de', 'poll editor, filled in');

    // Option 3 moves up to place 2; the focus stays on its (moved) up button.
    // Chromium names it "Nach oben : Antwortmöglichkeit 3" (the hidden part is a separate span).
    const moveUp3 = page.getByRole('button', {
      name: new RegExp(`^${v('editor.moveUp')}\\s*:\\s*${v('editor.optionNumber', { number: 3 })}$`),
    });
    await press(page, moveUp3, 'the move-up button of option 3', 'Enter', { backwards: true });
    await expectValue(optionLabel(1), OPTION_3);
    expect(await optionLabel(0).inputValue()).toBe(OPTION_1);
    expect(await optionLabel(2).inputValue()).toBe(OPTION_2);
    expect(await page.locator('#pm-option-2-label-en').inputValue()).toBe(OPTION_2_EN);
    await waitForFocus(page.locator('#pm-option-1-up'), 'the up button at its new place');

    await press(page, button(page, 'editor.save'), 'the save button');
    await page.waitForURL(/\/manage\/polls\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    pollId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await arrive(page, 'de', v('editor.headingEdit'));
    await page.getByText(v('manage.status.DRAFT')).waitFor();
    await checkPage(page, 'de', 'poll editor, saved draft');

    const [poll] = await query<{ slug: string; en: string; method: string; accepts_accounts: boolean; accepts_codes: boolean; status: string }>(
      `SELECT slug, question->>'en' AS en, method, accepts_accounts, accepts_codes, status FROM polls WHERE id = $1`,
      [pollId],
    );
    expect(poll).toEqual({ slug: SLUG, en: QUESTION_EN, method: 'single', accepts_accounts: true, accepts_codes: true, status: 'draft' });
    const options = await query<{ de: string; en: string | null }>(
      `SELECT label->>'de' AS de, label->>'en' AS en FROM poll_options WHERE poll_id = $1 ORDER BY position`,
      [pollId],
    );
    expect(options).toEqual([
      { de: OPTION_1, en: null },
      { de: OPTION_3, en: null },
      { de: OPTION_2, en: OPTION_2_EN },
    ]);
  });

  it('publishes the poll after a confirmation and shows it read-only', async () => {
    // Past 30-odd fields (three languages per text): put the focus on it as the surveys spec does.
    const publish = button(page, 'editor.publish');
    await publish.focus();
    await page.keyboard.press('Enter');
    // A confirmation of a consequential step: Material renders it as an alertdialog.
    const dialog = page.getByRole('alertdialog', { name: v('editor.publishTitle') });
    await dialog.waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'de', 'poll editor, publish dialog');
    await press(page, button(dialog, 'editor.publish'), 'the confirm button in the dialog');
    await dialog.waitFor({ state: 'detached' });
    await editorStatus('published').waitFor();
    await page.getByText(v('editor.readOnly')).waitFor();
    await page.getByText(v('manage.status.OPEN')).waitFor();
    await page.getByText(v('manage.turnout', { count: 0 })).waitFor();
    expect(await button(page, 'editor.save').count()).toBe(0);
    expect(await page.locator('#pm-question-de').isDisabled()).toBe(true);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'poll editor, published');
  });

  it('generates three codes and downloads them as a mail-merge CSV', async () => {
    await press(page, page.getByRole('link', { name: exactly(v('manage.codes')) }), 'the voting-codes link');
    await arrive(page, 'de', v('codes.heading'));
    await page.waitForURL(url(`/manage/polls/${pollId}/codes`));
    await page.getByText(QUESTION_DE).waitFor();
    await checkPage(page, 'de', 'voting codes, none yet');

    await typeInto(page, page.getByRole('spinbutton', { name: v('codes.count') }), '3', { replace: true });
    await press(page, button(page, 'codes.generate'), 'the generate button');
    const result = page.getByRole('heading', { level: 2, name: exactly(v('codes.resultHeading', { batch: 1, count: 3 })) });
    await waitForFocus(result, 'the heading of the new codes', 30_000);
    await page.locator('mr-form-status').getByText(v('codes.done', { count: 3 })).waitFor();
    const stat = (key: string) => page.locator('.mr-pc-stats > div').filter({ has: page.getByRole('term').getByText(exactly(v(`codes.${key}`))) }).getByRole('definition');
    expect((await stat('generated').innerText()).trim()).toBe('3');
    expect((await stat('used').innerText()).trim()).toBe('0');
    await checkPage(page, 'de', 'voting codes, generated');

    const downloading = page.waitForEvent('download');
    await press(page, button(page, 'codes.downloadCsv'), 'the CSV download button');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${SLUG}-codes-1.csv`);
    const file = await download.path();
    const bytes = readFileSync(file);
    // UTF-8 byte order mark, so spreadsheet programs read umlauts right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('code,link');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(3);
    codes = rows.map(([code]) => code);
    links = rows.map(([, link]) => link);
    for (const [code, link] of rows) {
      expect(code).toMatch(CODE_PATTERN);
      expect(link).toBe(url(`/votes/${SLUG}?code=${encodeURIComponent(code)}`));
    }
    expect(new Set(codes).size).toBe(3);
    // The codes are shown on screen too, once, in a disclosure.
    await press(page, page.locator('summary').filter({ hasText: v('codes.showCodes') }), 'the show-codes disclosure');
    await page.locator('details').getByText(codes[0], { exact: true }).waitFor();

    // Only hashes are stored, never the codes.
    const stored = await query<{ code_hash: string }>(`SELECT code_hash FROM poll_voting_codes WHERE poll_id = $1`, [pollId]);
    expect(stored).toHaveLength(3);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
  });

  it('shows the hostile English question as plain text on the public page', async () => {
    const context = await session.browser().newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const english = await context.newPage();
    english.setDefaultTimeout(15_000);
    const dialogs: string[] = [];
    english.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await english.goto(url(`/votes/${SLUG}`));
      await waitForLanguage(english, 'en');
      const heading = english.getByRole('heading', { level: 1 });
      await heading.filter({ hasText: '<script>alert(1)</script>' }).waitFor();
      expect((await heading.innerText()).trim()).toBe(QUESTION_EN);
      expect(await english.locator('main script').count()).toBe(0);
      // The option without an English label falls back to German; the translated one is English.
      await english.getByRole('radio', { name: exactly(OPTION_2_EN) }).waitFor();
      await english.getByRole('radio', { name: exactly(OPTION_1) }).waitFor();
      await checkPage(english, 'en', 'poll page with hostile text');
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets an anonymous visitor vote with a code from the letter link and shows the receipt', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const voter = visitor.page;
      await open(voter, links[0], 'de', QUESTION_DE);
      await voter.getByRole('heading', { level: 2, name: exactly(v('ballot.heading')) }).waitFor();
      await voter.getByText(v('poll.block.LOGIN_OR_CODE')).waitFor();
      await voter.getByText(v('poll.turnout.other', { count: 0 })).waitFor();
      // The letter's link fills in the code.
      const codeField = voter.getByRole('textbox', { name: v('ballot.code.label') });
      await expectValue(codeField, codes[0]);
      await checkPage(voter, 'de', 'poll page, anonymous with code');

      // Keyboard: Tab into the radio group, arrow to the second option (the moved one).
      const first = voter.getByRole('radio', { name: exactly(OPTION_1) });
      const moved = voter.getByRole('radio', { name: exactly(OPTION_3) });
      await tabTo(voter, first, 'the first option');
      await voter.keyboard.press('ArrowDown');
      await voter.waitForFunction((el) => (el as HTMLInputElement | null)?.checked === true, await moved.elementHandle());
      expect(await first.isChecked()).toBe(false);

      await press(voter, button(voter, 'ballot.toReview'), 'the review button');
      const review = voter.getByRole('heading', { level: 2, name: exactly(v('ballot.review.heading')) });
      await waitForFocus(review, 'the review heading');
      const reviewSection = voter.getByRole('region', { name: v('ballot.review.heading') });
      expect((await reviewSection.getByRole('listitem').allInnerTexts()).map((s) => s.trim())).toEqual([OPTION_3]);
      await reviewSection.getByText(codes[0], { exact: true }).waitFor();
      await checkPage(voter, 'de', 'poll page, review');

      await press(voter, button(voter, 'ballot.review.cast'), 'the cast button');
      const receiptHeading = voter.getByRole('heading', { level: 2, name: exactly(v('receipt.heading')) });
      await waitForFocus(receiptHeading, 'the receipt heading', 30_000);
      const receipt = (await voter.locator('#receipt-code').innerText()).trim();
      expect(receipt).toMatch(CODE_PATTERN);
      await voter.getByText(v('poll.turnout.one', { count: 1 })).waitFor({ timeout: 30_000 });
      await waitForAnimations(voter);
      await checkPage(voter, 'de', 'poll page, receipt');
    } finally {
      await visitor.context.close();
    }

    // Roll and sealed ballot: one row each, the code on the roll, nothing of the choice readable.
    const [roll] = await query<{ voters: string; with_code: string; sealed: string; ballots: string; results: string }>(
      `SELECT (SELECT count(*) FROM poll_voters WHERE poll_id = $1) AS voters,
              (SELECT count(*) FROM poll_voters WHERE poll_id = $1 AND code_id IS NOT NULL) AS with_code,
              (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1) AS sealed,
              (SELECT count(*) FROM poll_ballots WHERE poll_id = $1) AS ballots,
              (SELECT count(*) FROM poll_results WHERE poll_id = $1) AS results`,
      [pollId],
    );
    expect(roll).toEqual({ voters: '1', with_code: '1', sealed: '1', ballots: '0', results: '0' });
  });

  it('refuses a well-formed code that does not belong to the poll', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const voter = visitor.page;
      await open(voter, url(`/votes/${SLUG}?code=ABCD-EFGH-JKMN`), 'de', QUESTION_DE);
      const first = voter.getByRole('radio', { name: exactly(OPTION_1) });
      await tabTo(voter, first, 'the first option');
      await voter.keyboard.press('Space');
      await press(voter, button(voter, 'ballot.toReview'), 'the review button');
      await waitForFocus(voter.getByRole('heading', { level: 2, name: exactly(v('ballot.review.heading')) }), 'the review heading');
      await press(voter, button(voter, 'ballot.review.cast'), 'the cast button');
      await voter.getByRole('alert').filter({ hasText: v('ballot.code.rejected') }).waitFor({ timeout: 30_000 });
      expect(await voter.locator('#receipt-code').count()).toBe(0);
    } finally {
      await visitor.context.close();
    }
  });

  it('refuses the same code a second time with a clear message', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const voter = visitor.page;
      // This time the code is typed, as from the paper letter.
      await open(voter, url(`/votes/${SLUG}`), 'de', QUESTION_DE);
      const codeField = voter.getByRole('textbox', { name: v('ballot.code.label') });
      await codeField.waitFor();
      expect(await codeField.inputValue()).toBe('');
      const first = voter.getByRole('radio', { name: exactly(OPTION_1) });
      await tabTo(voter, first, 'the first option');
      await voter.keyboard.press('Space');
      expect(await first.isChecked()).toBe(true);
      await typeInto(voter, codeField, codes[0].toLowerCase());
      await press(voter, button(voter, 'ballot.toReview'), 'the review button');
      await waitForFocus(voter.getByRole('heading', { level: 2, name: exactly(v('ballot.review.heading')) }), 'the review heading');
      await press(voter, button(voter, 'ballot.review.cast'), 'the cast button');
      await voter.getByRole('alert').filter({ hasText: v('ballot.code.used') }).waitFor({ timeout: 30_000 });
      expect(await voter.locator('#receipt-code').count()).toBe(0);
      await waitForAnimations(voter);
      await checkPage(voter, 'de', 'poll page, code already used');
    } finally {
      await visitor.context.close();
    }
    const [count] = await query<{ voters: string; sealed: string }>(
      `SELECT (SELECT count(*) FROM poll_voters WHERE poll_id = $1) AS voters,
              (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1) AS sealed`,
      [pollId],
    );
    expect(count).toEqual({ voters: '1', sealed: '1' });
  });

  it('shows turnout 1 and one used code to the project group, and no results before the close', async () => {
    const noResults = async (where: string) => {
      const shown = [
        ...['results.heading', 'results.votesHeading', 'results.firstPreferencesHeading', 'receipts.heading'].map((key) =>
          page.getByRole('heading', { name: exactly(v(key)) }),
        ),
        page.getByRole('table', { name: v('results.table.caption', { question: QUESTION_DE }) }),
        page.getByText(v('results.download')),
        page.getByText(v('receipts.download')),
        page.locator('mr-poll-results, mr-poll-receipts, canvas'),
      ];
      for (const locator of shown) {
        if ((await locator.count()) > 0) throw new Error(`${where} shows results before the close: ${String(locator)}`);
      }
      // No option label with a vote count beside it either: the options appear only as form fields.
      expect(await visibleText(page)).not.toMatch(new RegExp(`${OPTION_3}\\s*\\d`));
    };

    await open(page, url(`/manage/polls/${pollId}`), 'de', v('editor.headingEdit'));
    await page.getByText(v('manage.turnout', { count: 1 })).waitFor();
    await page.getByText(v('manage.status.OPEN')).waitFor();
    await noResults('the poll editor');
    await checkPage(page, 'de', 'poll editor, one vote');

    await press(page, page.getByRole('link', { name: exactly(v('manage.codes')) }), 'the voting-codes link');
    await arrive(page, 'de', v('codes.heading'));
    const stat = (key: string) => page.locator('.mr-pc-stats > div').filter({ has: page.getByRole('term').getByText(exactly(v(`codes.${key}`))) }).getByRole('definition');
    await stat('used').filter({ hasText: exactly('1') }).waitFor();
    expect((await stat('generated').innerText()).trim()).toBe('3');
    expect((await stat('batches').innerText()).trim()).toBe('1');
    // The codes were shown once; after leaving the page they are gone.
    expect(await page.getByText(codes[0]).count()).toBe(0);
    await noResults('the codes page');
    await checkPage(page, 'de', 'voting codes, one used');

    await open(page, url('/manage/polls'), 'de', v('manage.heading'));
    const row = page.getByRole('row').filter({ hasText: QUESTION_DE });
    await row.getByText(v('manage.turnout', { count: 1 })).waitFor();
    await row.getByText(v('manage.status.OPEN')).waitFor();
    await noResults('the poll list');
    await checkPage(page, 'de', 'manage polls, one vote');
  });

  it('turns a resident away from /manage/polls and sends an anonymous visitor to the login', async () => {
    const resident = await newVisitor(session.browser());
    try {
      const residentPage = resident.page;
      await logIn(residentPage, url(''), 'de', DEMO_RESIDENT);
      await open(residentPage, url('/manage/polls'), 'de', t('de', 'notFound.heading'));
      // "Not found" at the same address: the page does not exist for this role.
      expect(new URL(residentPage.url()).pathname).toBe('/manage/polls');
      expect(await residentPage.getByRole('heading', { name: exactly(v('manage.heading')) }).count()).toBe(0);
      await checkPage(residentPage, 'de', 'manage polls as a resident (not found)');
      await open(residentPage, url(`/manage/polls/${pollId}/codes`), 'de', t('de', 'notFound.heading'));
    } finally {
      await resident.context.close();
    }

    const anonymous = await newVisitor(session.browser());
    try {
      await open(anonymous.page, url('/manage/polls'), 'de', t('de', 'identity.login.heading'));
      expect(new URL(anonymous.page.url()).searchParams.get('returnUrl')).toBe('/manage/polls');
    } finally {
      await anonymous.context.close();
    }
  });
});
