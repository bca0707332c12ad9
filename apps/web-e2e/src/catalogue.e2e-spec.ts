import { Client } from 'pg';
import { linkFrom } from '@mitreden/testing';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { press as pressKey, tabTo as tabToKey, waitForFocus } from './support/keyboard';
import { waitForAnimations } from './support/motion';
import { arrive, checkPage, open, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const MODERATOR_EMAIL = 'moderator@mitreden.test';
/** The seeded "Sprachcafé" duplicates in action field 4, by two residents with accounts; no measure uses them yet. */
const ORIGINAL_KEYS = ['demo:curation:sprachcafe-1', 'demo:curation:sprachcafe-2'];
const MERGED_TITLE = 'Sprachcafé im Stadtteil – abends und mit Kinderecke';
const GOAL_TITLE = 'Sprachcafés als Orte des Sprachenlernens stärken';
const MEASURE_TEXT = 'Sprachcafés in den Stadtteilzentren auch abends öffnen und mit einer Kinderecke ausstatten.';
const COUNCIL_REFERENCE = 'Drucksache 2555/2026';
const PROCESS_SLUG = 'wir-sind-hannover';

/** Strings of the catalogue scope (libs/web/catalogue/src/i18n). */
const c = (key: string, params: Record<string, string | number> = {}, lang: Lang = 'de') => t(lang, `catalogue.${key}`, params);
/** Plural keys of the public pages: one entry per CLDR category, chosen as the page does. */
const plural = (key: string, count: number, lang: Lang = 'de') =>
  c(`${key}.${new Intl.PluralRules(lang).select(count)}`, { count }, lang);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Mail bodies are wrapped; words count, not line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Original {
  id: string;
  number: number;
  title: string;
  author_email: string;
  author_locale: string;
  field_position: number;
  field_title: string;
}

/**
 * Issue 7's main journey in the browser: the project group starts version 2 of the seeded
 * catalogue, adds a goal and, under an existing goal, a measure made from a merged proposal; moves
 * it up with the keyboard (preview of the new numbers, renumbered on saving) and adopts the version.
 * Both authors of the merged originals get one closing-the-loop mail each in their language; the
 * public field page shows the measure's provenance back to the originals (also right to left), and
 * an original's page names the measure it became part of.
 * Adopted versions refuse edits; residents cannot open the management page. axe on every page.
 */
describe('catalogue: build, reorder and adopt a version; close the loop', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let originals: Original[];
  let merged: { id: string; number: number };
  let fieldPosition: number;
  let fieldTitle: string;
  /** The last goal of the field, where the new measure goes first. */
  let lastGoalTitle: string;
  let measuresBefore: number;
  let versionId = '';
  let measureId = '';
  let finalCode = '';

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: session.running().database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  /** A GraphQL request with the page's cookies, as the web app sends it. */
  const graphql = async <T>(on: Page, document: string, variables: Record<string, unknown> = {}) => {
    const response = await on.request.post(url('/graphql'), {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  };

  /** Fails fast when the target is missing instead of waiting out every one of the Tab presses. */
  const tabTo = async (target: Locator, what: string, options: { backwards?: boolean } = {}) => {
    await target.waitFor();
    await tabToKey(page, target, what, options);
  };
  const press = async (target: Locator, what: string, key = 'Enter', options: { backwards?: boolean } = {}) => {
    await target.waitFor();
    await pressKey(page, target, what, key, options);
  };
  const editorStatus = (text: string) => page.locator('#editor-status').getByText(text);
  /** The editor's h1 names the version and, in a badge, its status. */
  const versionHeading = (number: number) =>
    page.getByRole('heading', { level: 1, name: new RegExp(`^\\s*${escapeRegExp(c('editor.versionHeading', { number }))}`) });
  const measureHeading = (code: string) => page.getByRole('heading', { level: 3, name: exactly(c('editor.measureCode', { code })) });

  beforeAll(async () => {
    page = session.page();
    originals = await query<Original>(
      `SELECT p.id, p.number, p.title, u.email AS author_email, u.locale AS author_locale,
              f.position AS field_position, f.title->>'de' AS field_title
         FROM proposals p JOIN users u ON u.id = p.author_id JOIN action_fields f ON f.id = p.action_field_id
        WHERE p.import_fingerprint = ANY($1::text[]) ORDER BY p.import_fingerprint`,
      [ORIGINAL_KEYS],
    );
    if (originals.length !== 2) throw new Error('The seed has no Sprachcafé duplicates with authors');
    [{ field_position: fieldPosition, field_title: fieldTitle }] = originals;
    // One author reads English, so the mail's language is visible; the other keeps Turkish, which
    // has no mail templates and falls back to German.
    await query(`UPDATE users SET locale = 'en' WHERE email = $1`, [originals[1].author_email]);
    originals[1].author_locale = 'en';

    const [field] = await query<{ last_goal: string; measures: number }>(
      `SELECT (SELECT g.title->>'de' FROM catalogue_goals g WHERE g.version_id = v.id AND g.action_field_id = f.id
                ORDER BY g.position DESC LIMIT 1) AS last_goal,
              (SELECT count(*)::int FROM catalogue_measures m WHERE m.version_id = v.id AND m.action_field_id = f.id) AS measures
         FROM catalogue_versions v JOIN processes pr ON pr.id = v.process_id
         JOIN action_fields f ON f.process_id = pr.id AND f.position = $2
        WHERE pr.slug = $1 AND v.number = 1 AND v.status = 'adopted'`,
      [PROCESS_SLUG, fieldPosition],
    );
    if (!field) throw new Error('The seed has no adopted catalogue version 1');
    lastGoalTitle = field.last_goal;
    measuresBefore = field.measures;

    // Setup, not the point here (curation.e2e-spec merges in the browser): a moderator merges the
    // two originals into a new curated proposal through the API.
    const moderator = await newVisitor(session.browser());
    try {
      const login = await graphql<{ login: { id: string } }>(
        moderator.page,
        'mutation Login($input: LoginInput!) { login(input: $input) { id } }',
        { input: { email: MODERATOR_EMAIL, password: DEMO_PASSWORD } },
      );
      if (!login.data?.login) throw new Error(`Moderator login failed: ${JSON.stringify(login.errors)}`);
      const result = await graphql<{ mergeProposals: { id: string; number: number } }>(
        moderator.page,
        'mutation Merge($input: MergeProposalsInput!) { mergeProposals(input: $input) { id number } }',
        {
          input: {
            sourceIds: originals.map((original) => original.id),
            title: MERGED_TITLE,
            body: 'Ein Sprachcafé im Stadtteilzentrum, abends geöffnet, mit einer Ecke für Kinder.',
            note: 'Zwei Vorschläge zum selben Sprachcafé',
          },
        },
      );
      if (!result.data?.mergeProposals) throw new Error(`Merge failed: ${JSON.stringify(result.errors)}`);
      merged = result.data.mergeProposals;
    } finally {
      await moderator.context.close();
    }
  });

  it('starts version 2 as a copy of the adopted version 1 and opens the editor', async () => {
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    await open(page, url('/manage/catalogue'), 'de', c('manage.heading'));
    const startDraft = page.locator('#catalogue-start-draft');
    await startDraft.filter({ hasText: c('manage.versions.startDraftFrom', { number: 1 }) }).waitFor();
    await page.locator('#mc-open-1').waitFor();
    await checkPage(page, 'de', 'manage catalogue, version 1 adopted');

    await press(startDraft, 'the start-draft button');
    await page.waitForURL(/\/manage\/catalogue\/[0-9a-f-]{36}$/);
    versionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const heading = versionHeading(2);
    await heading.waitFor();
    await heading.getByText(c('editor.versionStatus.DRAFT')).waitFor();
    await page.getByText(c('editor.basedOn', { number: 1 })).waitFor();
    await page.locator('#add-goal').waitFor();
    await checkPage(page, 'de', 'catalogue editor, draft version 2');

    const [copied] = await query<{ status: string; number: number; measures: number; goals: number }>(
      `SELECT status, number, (SELECT count(*)::int FROM catalogue_measures WHERE version_id = $1) AS measures,
              (SELECT count(*)::int FROM catalogue_goals WHERE version_id = $1) AS goals
         FROM catalogue_versions WHERE id = $1`,
      [versionId],
    );
    expect(copied).toEqual({ status: 'draft', number: 2, measures: 144, goals: 37 });
  });

  it('adds a goal and a measure from the merged proposal in the action field of the originals', async () => {
    // The field tabs are one tab stop; arrow keys move between them (Material's tab navigation).
    const tabs = page.getByRole('tab');
    await tabs.first().focus();
    const fieldTab = page.getByRole('tab', { name: new RegExp(`^\\s*${fieldPosition}\\. ${escapeRegExp(fieldTitle)}`) });
    for (let step = 1; step < fieldPosition; step += 1) await page.keyboard.press('ArrowRight');
    await waitForFocus(fieldTab, `the tab of action field ${fieldPosition}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`[?&]field=${fieldPosition}$`));
    await page
      .locator('.mr-ce-field-title')
      .filter({ hasText: c('editor.measureCount', { count: measuresBefore }) })
      .filter({ hasText: fieldTitle })
      .waitFor();

    // A goal written new.
    await press(page.locator('#add-goal'), 'the add-goal button');
    const goalDialog = page.getByRole('dialog', { name: c('editor.addGoalTitle') });
    await goalDialog.waitFor();
    await waitForFocus(page.locator('#goal-title-de'), 'the German goal title');
    await page.keyboard.type(GOAL_TITLE);
    await press(goalDialog.getByRole('button', { name: exactly(c('editor.saveGoal')) }), 'the save-goal button');
    await goalDialog.waitFor({ state: 'detached' });
    await editorStatus(c('editor.goalAdded', { title: GOAL_TITLE })).waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(GOAL_TITLE) }).waitFor();

    // A measure under the field's last goal, from the merged proposal found by its title.
    const goalSection = page
      .locator('section.mr-ce-goal')
      .filter({ has: page.getByRole('heading', { level: 2, name: exactly(lastGoalTitle) }) });
    const addMeasure = goalSection.getByRole('button', { name: new RegExp(`^\\s*${escapeRegExp(c('editor.addMeasure'))}`) });
    await addMeasure.focus();
    await page.keyboard.press('Enter');
    const measureDialog = page.getByRole('dialog', { name: c('editor.addMeasureTitle') });
    await measureDialog.waitFor();
    await waitForFocus(page.locator('#measure-text-de'), 'the German measure text');
    await page.keyboard.type(MEASURE_TEXT);

    const search = page.locator('#measure-sources-search');
    await search.focus();
    await page.keyboard.type('Sprachcafé');
    const pick = measureDialog.getByRole('checkbox', { name: `#${merged.number} ${MERGED_TITLE}` });
    await pick.waitFor();
    // The merged originals are not offered: the merge result stands for them.
    for (const original of originals) {
      expect(await measureDialog.getByRole('checkbox', { name: new RegExp(`#${original.number} `) }).count()).toBe(0);
    }
    await press(pick, 'the merged proposal in the picker', 'Space');
    await measureDialog
      .getByRole('list', { name: c('editor.chosenSources') })
      .getByText(`#${merged.number} ${MERGED_TITLE}`)
      .waitFor();
    expect(await pick.isChecked()).toBe(true);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'catalogue editor, measure dialog with a chosen proposal');

    await press(measureDialog.getByRole('button', { name: exactly(c('editor.saveMeasure')) }), 'the save-measure button');
    await measureDialog.waitFor({ state: 'detached' });
    const newCode = `${fieldPosition}.${measuresBefore + 1}`;
    await editorStatus(c('editor.measureAdded', { code: newCode })).waitFor();
    const heading = measureHeading(newCode);
    await waitForFocus(heading, 'the new measure');
    measureId = ((await heading.getAttribute('id')) ?? '').replace(/^measure-/, '');
    await page.locator(`article[aria-labelledby="measure-${measureId}"]`).getByText(MEASURE_TEXT).waitFor();
    await checkPage(page, 'de', 'catalogue editor with the new goal and measure');

    const sources = await query<{ proposal_id: string }>(`SELECT proposal_id FROM catalogue_measure_sources WHERE measure_id = $1`, [measureId]);
    expect(sources).toEqual([{ proposal_id: merged.id }]);
  });

  it('moves the new measure up twice with the keyboard, previews the new numbers and renumbers on saving', async () => {
    const lastCode = `${fieldPosition}.${measuresBefore + 1}`;
    const code = (n: number) => `${fieldPosition}.${n}`;
    const neighbours = await query<{ id: string; number: number }>(
      `SELECT id, number FROM catalogue_measures WHERE version_id = $1 AND action_field_id =
         (SELECT action_field_id FROM catalogue_measures WHERE id = $2) AND number IN ($3, $4) ORDER BY number`,
      [versionId, measureId, measuresBefore - 1, measuresBefore],
    );
    expect(neighbours).toHaveLength(2);

    await press(page.locator('#start-reorder'), 'the reorder button');
    await waitForFocus(page.locator('#reorder-heading'), 'the reorder heading');
    const summary = page.locator('.mr-ce-summary');
    await summary.getByText(c('editor.reorderUnchanged')).waitFor();

    const moveUp = page.locator(`#reorder-measure-${measureId}-up`);
    const row = page.locator('li.mr-ce-reorder-measure').filter({ has: moveUp });
    // From the save button backwards: the new measure is the last of its goal.
    await page.locator('#save-reorder').focus();
    await press(moveUp, 'the move-up button of the new measure', 'Enter', { backwards: true });
    await row.getByText(c('editor.codeChange', { from: lastCode, to: code(measuresBefore) })).waitFor();
    await summary.getByText(c('editor.reorderSummary', { count: 2 })).waitFor();
    await waitForFocus(moveUp, 'the move-up button at its new place');

    await page.keyboard.press('Space');
    const target = code(measuresBefore - 1);
    await row.getByText(c('editor.codeChange', { from: lastCode, to: target })).waitFor();
    await summary.getByText(c('editor.reorderSummary', { count: 3 })).waitFor();
    // Seen as "4.21 → 4.19"; the neighbours move down one each.
    expect(flat(await row.locator('.mr-ce-code [aria-hidden="true"]').innerText()).trim()).toBe(`${lastCode} → ${target}`);
    for (const neighbour of neighbours) {
      const neighbourRow = page.locator('li.mr-ce-reorder-measure').filter({ has: page.locator(`#reorder-measure-${neighbour.id}-up`) });
      await neighbourRow.getByText(c('editor.codeChange', { from: code(neighbour.number), to: code(neighbour.number + 1) })).waitFor();
    }
    await waitForFocus(moveUp, 'the move-up button after the second move');
    await waitForAnimations(page);
    await checkPage(page, 'de', 'catalogue editor, reorder preview');

    await press(page.locator('#save-reorder'), 'the save-order button');
    await editorStatus(c('editor.reorderSaved', { count: 3 })).waitFor();
    await waitForFocus(page.locator('#start-reorder'), 'the reorder button after saving');
    finalCode = target;
    await page.locator(`article[aria-labelledby="measure-${measureId}"]`).getByRole('heading', { name: exactly(c('editor.measureCode', { code: target })) }).waitFor();
    const [lower, higher] = neighbours;
    await page.locator(`article[aria-labelledby="measure-${lower.id}"]`).getByRole('heading', { name: exactly(c('editor.measureCode', { code: code(lower.number + 1) })) }).waitFor();
    await page.locator(`article[aria-labelledby="measure-${higher.id}"]`).getByRole('heading', { name: exactly(c('editor.measureCode', { code: lastCode })) }).waitFor();
    await checkPage(page, 'de', 'catalogue editor after reordering');

    // Numbers stay 1..N per field, without gaps, in every field of the version.
    const fields = await query<{ position: number; count: number; numbers: number[] }>(
      `SELECT f.position, count(*)::int AS count, array_agg(m.number ORDER BY m.number) AS numbers
         FROM catalogue_measures m JOIN action_fields f ON f.id = m.action_field_id
        WHERE m.version_id = $1 GROUP BY f.position ORDER BY f.position`,
      [versionId],
    );
    expect(fields).toHaveLength(8);
    for (const field of fields) expect(field.numbers).toEqual(Array.from({ length: field.count }, (_, i) => i + 1));
    const [moved] = await query<{ number: number }>(`SELECT number FROM catalogue_measures WHERE id = $1`, [measureId]);
    expect(moved.number).toBe(measuresBefore - 1);
  });

  it('adopts version 2; the adopted version shows a banner and refuses edits', async () => {
    await press(page.getByRole('link', { name: exactly(c('editor.back')) }), 'the back link', 'Enter', { backwards: true });
    await arrive(page, 'de', c('manage.heading'));
    const adopt = page.locator('#mc-adopt-2');
    await press(adopt, 'the adopt button of version 2');
    const dialog = page.getByRole('alertdialog', { name: c('manage.adopt.title', { number: 2 }) });
    await dialog.waitFor();
    await waitForAnimations(page);
    const date = page.locator('#adopt-date');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(await date.inputValue()).toBe(today);
    await tabTo(page.locator('#adopt-reference'), 'the council reference');
    await page.keyboard.type(COUNCIL_REFERENCE);
    await checkPage(page, 'de', 'adopt dialog, filled in');
    await press(page.locator('#adopt-confirm'), 'the confirm button');
    await dialog.waitFor({ state: 'detached' });
    // The confirmation names how many authors are told; the database says how many should be.
    const doneText = new RegExp(escapeRegExp(c('manage.adopt.done', { number: 2, count: 'COUNT' })).replace('COUNT', '(\\d+)'));
    const done = page.locator('.mr-mc__notice').getByText(doneText);
    await done.waitFor({ timeout: 30_000 });

    const [{ notified }] = await query<{ notified: number }>(
      `SELECT count(*)::int AS notified FROM catalogue_notices WHERE version_id = $1`,
      [versionId],
    );
    expect(notified).toBeGreaterThanOrEqual(2);
    expect(Number(doneText.exec(flat(await done.innerText()))?.[1])).toBe(notified);
    const version2 = page.locator('li.mr-mc__version').filter({ has: page.locator('#mc-version-2') });
    await version2.getByText(c('manage.versions.status.ADOPTED'), { exact: true }).waitFor();
    await version2.getByText(COUNCIL_REFERENCE, { exact: false }).waitFor();
    expect(await page.locator('#mc-adopt-2').count()).toBe(0);
    await waitForAnimations(page);
    await checkPage(page, 'de', 'manage catalogue, version 2 adopted');

    // The editor of the adopted version: a banner, no way to add or reorder.
    await press(
      page.locator('#mc-open-2').filter({ hasText: c('manage.versions.statusUpdates') }),
      'the link to version 2',
      'Enter',
      { backwards: true },
    );
    const heading = versionHeading(2);
    await heading.waitFor();
    await heading.getByText(c('editor.versionStatus.ADOPTED')).waitFor();
    await page.getByRole('region', { name: c('editor.adoptedBannerTitle') }).waitFor();
    await page.getByRole('tab', { name: new RegExp(`^\\s*${fieldPosition}\\. `) }).click();
    await page.waitForURL(new RegExp(`[?&]field=${fieldPosition}$`));
    await measureHeading(finalCode).waitFor();
    expect(await page.locator('#add-goal').count()).toBe(0);
    expect(await page.locator('#start-reorder').count()).toBe(0);
    expect(await page.getByRole('button', { name: new RegExp(`^\\s*${escapeRegExp(c('editor.addMeasure'))}`) }).count()).toBe(0);
    await checkPage(page, 'de', 'catalogue editor, adopted version');

    // The API refuses edits of the adopted version, whatever the page offers.
    const [measure] = await query<{ goal_id: string }>(`SELECT goal_id FROM catalogue_measures WHERE id = $1`, [measureId]);
    const refused = await graphql<unknown>(
      page,
      'mutation Save($input: CatalogueMeasureInput!) { saveCatalogueMeasure(input: $input) { id } }',
      {
        input: {
          versionId,
          measureId,
          goalId: measure.goal_id,
          text: [{ locale: 'de', text: 'Nachträglich geändert' }],
          responsibility: '',
          department: '',
          costNote: '',
          priority: null,
          sourceProposalIds: [],
          milestones: [],
        },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CATALOGUE_ADOPTED');
    const [stored] = await query<{ text: string }>(`SELECT text->>'de' AS text FROM catalogue_measures WHERE id = $1`, [measureId]);
    expect(stored.text).toBe(MEASURE_TEXT);
  });

  it('tells each author of the merged originals once, in their language, which measure their proposal became', async () => {
    const smtp = session.running().smtp;
    const subjects: Record<string, string> = {
      en: 'Your proposal has become part of the catalogue of measures',
      de: 'Ihr Vorschlag ist in den Maßnahmenkatalog eingeflossen',
    };
    const lines: Record<string, (original: Original) => string> = {
      en: (original) => `Your proposal No. ${original.number} “${original.title}” has been incorporated into measure ${finalCode}.`,
      de: (original) => `Ihr Vorschlag Nr. ${original.number} „${original.title}“ ist in Maßnahme ${finalCode} eingeflossen.`,
    };
    for (const original of originals) {
      const language = original.author_locale === 'en' ? 'en' : 'de';
      const isCatalogueMail = (mail: { to: string[]; subject: string }) =>
        mail.to.includes(original.author_email) && mail.subject === subjects[language];
      const mail = await smtp.waitForMail(isCatalogueMail, 30_000);
      expect(flat(mail.text)).toContain(lines[language](original));
      expect(mail.text).toContain(COUNCIL_REFERENCE);
      // The link leads to the action field page when every measure named is in one field, else to the overview.
      const link = linkFrom(mail.text, '/catalogue');
      const withoutLinks = flat(mail.text).replace(/https?:\/\/\S+/g, '');
      const namedFields = new Set([...withoutLinks.matchAll(/(?<!\d|\d\.)(\d+)\.\d+(?!\d|\.\d)/g)].map((match) => match[1]));
      expect(namedFields).toContain(String(fieldPosition));
      expect(link).toBe(namedFields.size === 1 ? url(`/catalogue/${fieldPosition}`) : url('/catalogue'));
      expect(smtp.mails.filter(isCatalogueMail)).toHaveLength(1);
      const [{ count }] = await query<{ count: number }>(
        `SELECT count(*)::int AS count FROM outbox_messages WHERE template = 'catalogue_adopted' AND recipient_email = $1`,
        [original.author_email],
      );
      expect(count).toBe(1);
    }
  });

  it('shows the new measure publicly with its provenance back to the originals, also right to left', async () => {
    const visitor = await newVisitor(session.browser());
    try {
      const anonymous = visitor.page;
      await open(anonymous, url('/catalogue'), 'de', c('public.heading'));
      await anonymous.getByTestId('version-line').getByText(COUNCIL_REFERENCE).waitFor();
      await checkPage(anonymous, 'de', 'public catalogue, version 2');

      await anonymous.getByRole('link', { name: new RegExp(escapeRegExp(fieldTitle)) }).first().click();
      await arrive(anonymous, 'de', fieldTitle);
      const anchor = `measure-${finalCode.replace('.', '-')}`;
      const article = anonymous.locator(`#${anchor}`);
      await article.getByText(MEASURE_TEXT).waitFor();
      const counts = article.locator('.mr-provenance__counts');
      await counts.getByText(plural('public.provenance.proposals', 2), { exact: false }).waitFor();
      await counts.getByText(plural('public.provenance.contributors', 2), { exact: false }).waitFor();
      // The merge result and both originals, each linking to its proposal page.
      const summary = article.locator('summary').filter({ hasText: plural('public.provenance.show', 3) });
      await summary.focus();
      await anonymous.keyboard.press('Enter');
      for (const proposal of [...originals, { id: merged.id, number: merged.number, title: MERGED_TITLE }]) {
        const link = article.getByRole('link', { name: `${c('public.proposal.number', { number: proposal.number })} ${proposal.title}` });
        expect(await link.getAttribute('href')).toBe(`/proposals/${proposal.id}`);
      }
      await checkPage(anonymous, 'de', 'public action field page with provenance');

      // Following the provenance to an original: its page tells what became of it, and links back.
      const [original] = originals;
      await article
        .getByRole('link', { name: `${c('public.proposal.number', { number: original.number })} ${original.title}` })
        .click();
      await arrive(anonymous, 'de', original.title);
      const outcome = anonymous.getByRole('region', { name: c('public.inCatalogue.heading') });
      const back = outcome.getByRole('link', { name: exactly(c('public.inCatalogue.measure', { code: finalCode })) });
      expect(await back.getAttribute('href')).toBe(`/catalogue/${fieldPosition}#${anchor}`);
      await outcome.getByText(COUNCIL_REFERENCE, { exact: false }).waitFor();
      await checkPage(anonymous, 'de', 'merged original with its place in the catalogue');

      // Right to left: the field page in Arabic.
      await anonymous.goBack();
      await arrive(anonymous, 'de', fieldTitle);
      await article.getByText(MEASURE_TEXT).waitFor();
      await switchLanguage(anonymous, 'de', 'ar');
      await anonymous.getByRole('link', { name: exactly(c('public.field.toCatalogue', {}, 'ar')) }).waitFor();
      await article.locator('.mr-provenance__counts').waitFor();
      // Only German was written: the Arabic page shows it marked as German, for screen readers' pronunciation.
      await article.locator('.mr-measure__text[lang="de"]', { hasText: MEASURE_TEXT }).waitFor();
      await checkPage(anonymous, 'ar', 'public action field page with provenance');
    } finally {
      await visitor.context.close();
    }
  });

  it('turns a resident away from /manage/catalogue', async () => {
    const resident = await newVisitor(session.browser());
    try {
      const residentPage = resident.page;
      await logIn(residentPage, url(''), 'de', DEMO_RESIDENT);
      await open(residentPage, url('/manage/catalogue'), 'de', t('de', 'notFound.heading'));
      expect(new URL(residentPage.url()).pathname).toBe('/manage/catalogue');
      expect(await residentPage.getByRole('heading', { name: exactly(c('manage.heading')) }).count()).toBe(0);
      await checkPage(residentPage, 'de', 'manage catalogue as a resident (not found)');
    } finally {
      await resident.context.close();
    }
  });
});
