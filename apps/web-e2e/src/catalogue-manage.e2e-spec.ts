import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { Client } from 'pg';
import type { Download, Locator, Page } from 'playwright-core';
import { logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import { press as pressKey, tabTo as tabToKey, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const PROJECT_LEAD = { email: 'projectlead@mitreden.test', displayName: 'Petra Projektleitung' } as const;
const EXPERT = { email: 'expert@mitreden.test', displayName: 'Elif Fachbereich' } as const;
const PROCESS_SLUG = 'wir-sind-hannover';

/** From the seeded annex (version 1): field 1 and two of its measures. */
const FIELD_1 = 'Partizipation und Teilhabe';
const FIELD_2 = 'Willkommenskultur';
const MEASURE_1_2 = 'Dezentrale Informationsveranstaltungen zur politischen Bildung anbieten';
const MEASURE_1_4 = 'Regionskommunen die Gründung eines Integrationsbeirats empfehlen';
const MEASURE_1_5_START = 'Bürgerbeteiligung zu Fragen von Migration, Integration und Asyl erreichen.';
const MEASURE_1_2_REWORDED = 'Informationsabende zur politischen Bildung in allen Regionskommunen anbieten';
/** Field 1 has 18 measures: deleting 1.5 moves 1.6 … 1.18 up by one. */
const RENUMBERED_AFTER_DELETE = 13;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

const IMPORT_OK = [
  {
    actionField: FIELD_1,
    goals: [
      {
        goal: 'Teilhabe in allen Gremien sichern',
        measures: [
          { number: 1, text: 'Gremien mehrsprachig einladen' },
          { number: 2, text: 'Sitzungsunterlagen in Leichter Sprache bereitstellen' },
        ],
      },
    ],
  },
  {
    actionField: FIELD_2,
    goals: [{ goal: 'Neu Zugezogene persönlich begrüßen', measures: [{ number: 1, text: 'Willkommenspakete in den Rathäusern ausgeben' }] }],
  },
];
const IMPORT_UNKNOWN_FIELD = [
  {
    actionField: 'Raumfahrt und Astronomie',
    goals: [{ goal: 'Sterne beobachten', measures: [{ number: 1, text: 'Eine Sternwarte bauen' }] }],
  },
];

const c = (key: string, params: Record<string, string | number> = {}) => t('de', `catalogue.${key}`, params);

/**
 * press/tabTo from support/keyboard, but failing fast when the target is missing: otherwise every
 * one of the 40 Tab steps waits the full default timeout for it.
 */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  await tabToKey(page, target, what);
}
async function press(page: Page, target: Locator, what: string, key = 'Enter'): Promise<void> {
  await target.waitFor();
  await pressKey(page, target, what, key);
}

/**
 * Picks an option of a Material select with the keyboard: Space opens it, arrows move up or down to
 * the option (support/keyboard's chooseOption only moves down), Enter takes it.
 */
async function chooseOption(page: Page, select: Locator, label: RegExp, what: string): Promise<void> {
  await press(page, select, what, 'Space');
  const options = page.getByRole('listbox').getByRole('option');
  const target = options.filter({ hasText: label }).first();
  await target.waitFor();
  await waitForAnimations(page);
  const ids = await options.evaluateAll((elements) => elements.map((element) => element.id));
  const targetId = await target.getAttribute('id');
  for (let step = 0; step < ids.length; step += 1) {
    const active = await select.getAttribute('aria-activedescendant');
    if (active === targetId) break;
    const key = ids.indexOf(active ?? '') > ids.indexOf(targetId ?? '') ? 'ArrowUp' : 'ArrowDown';
    await page.keyboard.press(key);
    await page.waitForFunction(
      ({ element, previous }) => element?.getAttribute('aria-activedescendant') !== previous,
      { element: await select.elementHandle(), previous: active },
    );
  }
  const active = await select.getAttribute('aria-activedescendant');
  if (active !== targetId) throw new Error(`${what}: option ${String(label)} (${targetId}) never became active (${active})`);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await waitForAnimations(page);
}

/** A button named "<action>: <hidden context>"; Chromium may put spaces around the colon. */
function withContext(action: string, context: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${escape(action)}\\s*:\\s*${escape(context)}\\s*$`);
}

async function workbookOf(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function rowValues(sheet: { getRow(n: number): { values: unknown } }, n: number): string[] {
  const values = sheet.getRow(n).values as unknown[];
  // exceljs rows are 1-based: index 0 is always empty.
  return values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value)));
}

/** Every text part of an OOXML (zip) file, for "nothing of this is in the file" checks. */
async function allXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir && /\.(xml|rels)$/.test(entry.name))
      .map((entry) => entry.async('string')),
  );
  return parts.join('\n');
}

/**
 * Catalogue management beyond building a catalogue: the project group exports the adopted version
 * as DOCX (by keyboard) and XLSX and the process's proposals as XLSX, reads the files back; the
 * download link is refused to another project group member and to anonymous visitors; a new draft
 * gets a reworded and a deleted measure and the compare page lists both plus the renumbered ones;
 * the draft is deleted, a small annex JSON is imported, a file with an unknown action field is
 * refused with its rule; the page is checked in Arabic (RTL); a department expert is turned away.
 * axe on every page state.
 */
describe('catalogue management: exports, compare, import', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let docxDownloadUrl = '';

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const notice = () => page.locator('.mr-mc__notice');
  const versionRow = (version: number) => page.locator('li.mr-mc__version').filter({ has: page.locator(`#mc-version-${version}`) });
  const proposalsExport = () => page.locator('mr-catalogue-export').filter({ has: page.locator('#mc-proposals-export-request') });

  /** Waits for the finished export's link and downloads it with the keyboard. */
  const downloadFrom = async (scope: Locator, fileName: string | RegExp, request: Locator): Promise<{ download: Download; href: string }> => {
    const status = scope.getByRole('status');
    // Between request and file the status region says it is queued or running (or already done).
    const progress = [
      c('manage.export.queued'),
      c('manage.export.running', { processed: '\\d+', total: '\\d+' }),
      c('manage.export.done'),
    ].join('|');
    await status.filter({ hasText: new RegExp(progress) }).waitFor();
    // The link names the file and its size: "massnahmenkatalog-v1.docx herunterladen (22 kB)".
    const linkName = c('manage.export.download', { file: '\u0000' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\u0000', typeof fileName === 'string' ? fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : fileName.source);
    const link = scope.getByRole('link', { name: new RegExp(`^\\s*${linkName}(\\s*\\([^)]*\\))?\\s*$`) });
    // Usually a second or two; the worker's minute sweep is the fallback when the queued job ran
    // before the request's transaction had committed and used up its retries.
    await link.waitFor({ timeout: 90_000 }).catch(async (error: unknown) => {
      const jobs = await query(`SELECT kind, format, status, processed, total, error, created_at, finished_at FROM export_jobs ORDER BY created_at`);
      throw new Error(`${String(error)}\nexport jobs: ${JSON.stringify(jobs)}\nstatus: ${await status.innerText()}`);
    });
    await status.getByText(c('manage.export.done')).waitFor();
    expect(await request.isEnabled()).toBe(true);
    const href = (await link.getAttribute('href')) ?? '';
    const downloading = page.waitForEvent('download');
    await tabTo(page, link, 'the download link');
    await page.keyboard.press('Enter');
    return { download: await downloading, href };
  };

  beforeAll(() => {
    page = session.page();
  });

  it('exports adopted version 1 as DOCX by keyboard and as XLSX, and keeps the file to its requester', async () => {
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    await open(page, url('/manage/catalogue'), 'de', c('manage.heading'));
    await page.locator('#mc-version-1').waitFor();
    await versionRow(1).getByText(c('manage.versions.counts', { goals: 37, measures: 144 })).waitFor();
    await checkPage(page, 'de', 'manage catalogue');

    // Open the disclosure by keyboard; the format select follows it in tab order.
    const summary = page.locator('summary').filter({ hasText: exactly(c('manage.export.heading', { number: 1 })) });
    await page.locator('#mc-open-1').focus();
    await press(page, summary, 'the export disclosure of version 1');
    await page.locator('#mc-export-1-format').waitFor({ state: 'visible' });
    await checkPage(page, 'de', 'manage catalogue, export of version 1 open');

    const format = page.locator('#mc-export-1-format');
    await chooseOption(page, format, exactly(c('manage.export.formats.DOCX')), 'the export format');
    await format.filter({ hasText: c('manage.export.formats.DOCX') }).waitFor();
    const request = page.locator('#mc-export-1-request');
    await press(page, request, 'the export request button');

    const docx = await downloadFrom(versionRow(1), 'massnahmenkatalog-v1.docx', request);
    expect(docx.download.suggestedFilename()).toBe('massnahmenkatalog-v1.docx');
    docxDownloadUrl = docx.href;
    expect(docxDownloadUrl).toMatch(/^\/api\/exports\/[0-9a-f-]{36}\/file$/);
    const docxFile = await docx.download.path();
    // A DOCX is a zip ("PK") with the text in word/document.xml.
    expect(readFileSync(docxFile).subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(readFileSync(docxFile));
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toBeDefined();
    expect(documentXml).toContain(FIELD_1);
    expect(documentXml).toContain(MEASURE_1_4);
    await checkPage(page, 'de', 'manage catalogue, DOCX export done');

    await format.focus();
    await chooseOption(page, format, exactly(c('manage.export.formats.XLSX')), 'the export format');
    await press(page, request, 'the export request button');
    const xlsx = await downloadFrom(versionRow(1), 'massnahmenkatalog-v1.xlsx', request);
    expect(xlsx.download.suggestedFilename()).toBe('massnahmenkatalog-v1.xlsx');
    const workbook = await workbookOf(await xlsx.download.path());
    expect(workbook.worksheets).toHaveLength(8);
    const first = workbook.worksheets[0];
    // Row 1: the field's title; row 2: the header the importer looks for.
    expect(rowValues(first, 1)[0]).toBe(FIELD_1);
    expect(rowValues(first, 2).slice(0, 3)).toEqual(['Ziel', 'Nr.', 'Maßnahme']);
    for (const sheet of workbook.worksheets) expect(rowValues(sheet, 2).slice(0, 3)).toEqual(['Ziel', 'Nr.', 'Maßnahme']);
    expect(rowValues(first, 4).slice(1, 3)).toEqual(['2', MEASURE_1_2]);
    const measureRows = workbook.worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount - 2, 0);
    expect(measureRows).toBe(144);

    // The requester can fetch the file; another project group member and a stranger cannot.
    expect((await page.context().request.get(url(docxDownloadUrl))).status()).toBe(200);
    const lead = await newVisitor(session.browser());
    try {
      await logIn(lead.page, url(''), 'de', PROJECT_LEAD);
      const response = await lead.context.request.get(url(docxDownloadUrl));
      expect(response.status()).toBe(404);
    } finally {
      await lead.context.close();
    }
    const anonymous = await fetch(url(docxDownloadUrl), { redirect: 'manual' });
    expect([401, 404]).toContain(anonymous.status);
  });

  it('exports all proposals of the process as XLSX without any e-mail address', async () => {
    const request = page.locator('#mc-proposals-export-request');
    await press(page, request, 'the proposals export button');
    const { download } = await downloadFrom(proposalsExport(), new RegExp(`vorschlaege-${PROCESS_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.xlsx`), request);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^vorschlaege-${PROCESS_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const file = await download.path();
    const workbook = await workbookOf(file);
    const sheet = workbook.getWorksheet('Vorschläge');
    if (!sheet) throw new Error(`No sheet "Vorschläge" in ${workbook.worksheets.map((each) => each.name).join(', ')}`);
    // The documented columns (docs/proposals-export-columns.md), left to right.
    expect(rowValues(sheet, 1)).toEqual([
      'Nr.',
      'Titel',
      'Art',
      'Handlungsfeld',
      'Forum',
      'Quelle',
      'Eingegangen am',
      'Zustand',
      'Autor:in',
      'Teilnehmende',
      'Unterstützungen',
      'Kommentare',
      'Moderation',
      'Offene Meldungen',
      'Einschätzung',
      'Machbarkeit',
      'Offizielle Antwort',
      'Antwortstatus',
      'Zusammengeführt in',
      'Hervorgegangen aus',
      'Teile',
      'In Maßnahmen',
    ]);
    // Every proposal of the process, whatever its state (published, merged, split, withdrawn, hidden).
    const [{ total }] = await query<{ total: number }>(
      `SELECT count(*)::int AS total FROM proposals p JOIN processes pr ON pr.id = p.process_id WHERE pr.slug = $1`,
      [PROCESS_SLUG],
    );
    expect(sheet.actualRowCount - 1).toBe(total);
    const authors = sheet.getColumn(9).values.slice(2).filter((value) => value !== null && value !== undefined && value !== '');
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(String(author)).toMatch(/^Person \d+$/);
    const xml = await allXml(file);
    expect(xml).not.toMatch(EMAIL);
    expect(xml).not.toContain('mitreden.test');
    await checkPage(page, 'de', 'manage catalogue, proposals export done');
  });

  it('starts draft 2, rewords one measure and deletes another, and compares it with version 1', async () => {
    await open(page, url('/manage/catalogue'), 'de', c('manage.heading'));
    await press(page, page.locator('#catalogue-start-draft'), 'the start-draft button');
    await page.waitForURL(/\/manage\/catalogue\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: new RegExp(`^\\s*${c('editor.versionHeading', { number: 2 })}`) }).waitFor();
    await page.getByRole('heading', { level: 3, name: exactly(c('editor.measureCode', { code: '1.18' })) }).waitFor();
    await checkPage(page, 'de', 'catalogue editor, draft 2');

    // Reword 1.2 in its dialog.
    const edit = page.getByRole('button', { name: withContext(c('editor.editMeasure'), c('editor.measureCode', { code: '1.2' })) });
    await edit.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: c('editor.editMeasureTitle', { code: '1.2' }) });
    await dialog.waitFor();
    const text = dialog.locator('#measure-text-de');
    await waitForFocus(text, 'the German measure text');
    expect(await text.inputValue()).toBe(MEASURE_1_2);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'catalogue editor, measure dialog');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(MEASURE_1_2_REWORDED);
    await press(page, dialog.getByRole('button', { name: exactly(c('editor.saveMeasure')) }), 'the save-measure button');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('#editor-status').getByText(c('editor.measureSaved', { code: '1.2' })).waitFor();
    await page.getByText(MEASURE_1_2_REWORDED).waitFor();

    // Delete 1.5 after the confirmation.
    const remove = page.getByRole('button', { name: withContext(c('editor.deleteMeasure'), c('editor.measureCode', { code: '1.5' })) });
    await remove.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: c('editor.deleteMeasureTitle', { code: '1.5' }) });
    await confirm.waitFor();
    await waitForAnimations(page);
    await checkPage(page, 'de', 'catalogue editor, delete-measure confirmation');
    await press(page, confirm.getByRole('button', { name: exactly(c('editor.deleteMeasure')) }), 'the confirm button');
    await confirm.waitFor({ state: 'detached' });
    await page.locator('#editor-status').getByText(c('editor.measureDeleted', { code: '1.5' })).waitFor();
    await page.getByRole('heading', { level: 3, name: exactly(c('editor.measureCode', { code: '1.18' })) }).waitFor({ state: 'detached' });
    expect(await page.getByText(MEASURE_1_5_START).count()).toBe(0);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'catalogue editor, after edit and delete');

    // The back link sits above 17 measures' buttons: focus it directly rather than tab backwards.
    await page.getByRole('link', { name: exactly(c('editor.back')) }).focus();
    await page.keyboard.press('Enter');
    await arrive(page, 'de', c('manage.heading'));
    const compare = page.locator('#mc-compare-2');
    await compare.waitFor();
    expect((await compare.innerText()).trim()).toBe(c('manage.versions.compare', { from: 1, to: 2 }));
    await press(page, compare, 'the compare link');
    await arrive(page, 'de', c('compare.title', { from: 1, to: 2 }));

    const section = (kind: string, count: number) =>
      page.getByRole('region', { name: exactly(c(`compare.sections.${kind}`, { count })) });
    const reworded = section('reworded', 1);
    await reworded.waitFor();
    await reworded.locator('del').getByText(MEASURE_1_2, { exact: true }).waitFor();
    await reworded.locator('ins').getByText(MEASURE_1_2_REWORDED, { exact: true }).waitFor();
    await reworded.getByText(c('compare.before')).waitFor();
    await reworded.getByText(c('compare.after')).waitFor();
    const removed = section('removed', 1);
    await removed.getByText(MEASURE_1_5_START).waitFor();
    await removed.getByText('1.5', { exact: true }).waitFor();
    const renumbered = section('renumbered', RENUMBERED_AFTER_DELETE);
    await renumbered.getByText('1.6 → 1.5', { exact: true }).waitFor();
    await renumbered.getByText('1.18 → 1.17', { exact: true }).waitFor();
    expect(await renumbered.getByRole('listitem').count()).toBe(RENUMBERED_AFTER_DELETE);
    await section('added', 0).getByText(c('compare.none')).waitFor();
    await page.getByText(c('compare.summary', { count: 1 + 1 + RENUMBERED_AFTER_DELETE })).waitFor();
    await checkPage(page, 'de', 'compare versions 1 and 2');
  });

  it('deletes the draft, imports an annex file and refuses one with an unknown action field', async () => {
    const deleteDraft = async () => {
      await press(page, page.locator('#mc-delete-2'), 'the delete-draft button');
      const confirm = page.getByRole('alertdialog', { name: c('manage.deleteDraft.title', { number: 2 }) });
      await confirm.waitFor();
      await waitForAnimations(page);
      return confirm;
    };

    await open(page, url('/manage/catalogue'), 'de', c('manage.heading'));
    await page.locator('#mc-version-2').waitFor();
    const confirm = await deleteDraft();
    await checkPage(page, 'de', 'manage catalogue, delete-draft confirmation');
    await press(page, confirm.getByRole('button', { name: exactly(c('manage.deleteDraft.confirm')) }), 'the confirm button');
    await confirm.waitFor({ state: 'detached' });
    await notice().getByText(c('manage.deleteDraft.done', { number: 2 })).waitFor();
    await page.locator('#mc-version-2').waitFor({ state: 'detached' });
    expect(await query(`SELECT 1 FROM catalogue_versions WHERE number = 2`)).toHaveLength(0);

    const fileInput = page.locator('#catalogue-import-file');
    await fileInput.setInputFiles({ name: 'anlage.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(IMPORT_OK)) });
    await press(page, page.locator('#catalogue-import'), 'the import button');
    await notice().getByText(c('manage.import.done', { number: 2, fields: 2, goals: 2, measures: 3 })).waitFor({ timeout: 30_000 });
    await page.locator('#mc-version-2').waitFor();
    await versionRow(2).getByText(c('manage.versions.counts', { goals: 2, measures: 3 })).waitFor();
    await checkPage(page, 'de', 'manage catalogue, imported');
    const imported = await query<{ field: string; number: number; text: string }>(
      `SELECT f.title->>'de' AS field, m.number, m.text->>'de' AS text
         FROM catalogue_measures m JOIN catalogue_versions v ON v.id = m.version_id
         JOIN action_fields f ON f.id = m.action_field_id
        WHERE v.number = 2 AND v.status = 'draft' ORDER BY f.position, m.number`,
    );
    expect(imported).toEqual([
      { field: FIELD_1, number: 1, text: 'Gremien mehrsprachig einladen' },
      { field: FIELD_1, number: 2, text: 'Sitzungsunterlagen in Leichter Sprache bereitstellen' },
      { field: FIELD_2, number: 1, text: 'Willkommenspakete in den Rathäusern ausgeben' },
    ]);

    const again = await deleteDraft();
    await press(page, again.getByRole('button', { name: exactly(c('manage.deleteDraft.confirm')) }), 'the confirm button');
    await again.waitFor({ state: 'detached' });
    await notice().getByText(c('manage.deleteDraft.done', { number: 2 })).waitFor();

    await fileInput.setInputFiles({
      name: 'falsch.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(IMPORT_UNKNOWN_FIELD)),
    });
    await press(page, page.locator('#catalogue-import'), 'the import button');
    await notice().locator('.mr-notice--error').getByText(c('manage.rules.unknownActionField')).waitFor({ timeout: 30_000 });
    expect(await page.locator('#mc-version-2').count()).toBe(0);
    expect(await query(`SELECT 1 FROM catalogue_versions WHERE number = 2`)).toHaveLength(0);
    await checkPage(page, 'de', 'manage catalogue, import refused');
  });

  it('shows the management page right to left in Arabic', async () => {
    await switchLanguage(page, 'de', 'ar');
    await arrive(page, 'ar', t('ar', 'catalogue.manage.heading'));
    await page.locator('#mc-version-1').waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(t('ar', 'catalogue.manage.import.heading')) }).waitFor();
    await checkPage(page, 'ar', 'manage catalogue');
    await switchLanguage(page, 'ar', 'de');
  });

  it('turns a department expert away from /manage/catalogue', async () => {
    const expert = await newVisitor(session.browser());
    try {
      await logIn(expert.page, url(''), 'de', EXPERT);
      await open(expert.page, url('/manage/catalogue'), 'de', t('de', 'notFound.heading'));
      expect(new URL(expert.page.url()).pathname).toBe('/manage/catalogue');
      expect(await expert.page.getByRole('heading', { name: exactly(c('manage.heading')) }).count()).toBe(0);
      await checkPage(expert.page, 'de', 'manage catalogue as a department expert (not found)');
    } finally {
      await expert.context.close();
    }
  });
});
