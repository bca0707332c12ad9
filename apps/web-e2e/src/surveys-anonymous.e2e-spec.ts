import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { DEMO_RESIDENT, logIn } from './support/accounts';
import { newVisitor } from './support/browser';
import { exactly, t } from './support/i18n';
import type { Lang } from './support/i18n';
import { chooseOption, isFocused, press, tabTo, waitForFocus } from './support/keyboard';
import { arrive, checkPage, open, switchLanguage } from './support/pages';
import { useE2eSession } from './support/session';

const PROJECT_GROUP = { email: 'projectgroup@mitreden.test', displayName: 'Paul Projektgruppe' } as const;
const STAMP = Date.now().toString(36);

const ANON = {
  slug: `vereinsumfrage-${STAMP}`,
  title: { de: 'Umfrage unter Vereinen 2026', en: 'Survey of associations 2026', ar: 'استطلاع الجمعيات 2026' },
  thanks: 'Vielen Dank – Ihre Stimme zählt!',
  pages: ['Über Ihre Organisation', 'Zufriedenheit', 'Prioritäten'],
} as const;
const PUBLIC = {
  slug: `stadtteilfest-${STAMP}`,
  title: 'Stadtteilfest Linden: Ihre Meinung',
  question: 'Sollen wir das Fest wiederholen?',
} as const;

type Translation = { locale: string; text: string };
const tr = (de: string, en?: string, ar?: string): Translation[] => [
  { locale: 'de', text: de },
  ...(en ? [{ locale: 'en', text: en }] : []),
  ...(ar ? [{ locale: 'ar', text: ar }] : []),
];
const option = (key: string, de: string, en?: string, isOther = false) => ({ key, label: tr(de, en), isOther });
const question = (fields: Record<string, unknown> & { key: string; kind: string; title: Translation[] }) => ({
  required: false,
  ...fields,
});

/** Three pages with every control the anonymous form is answered with by keyboard. */
const ANON_SECTIONS = [
  {
    key: 's1',
    title: tr(ANON.pages[0], 'About your organisation'),
    questions: [
      question({
        key: 'typ',
        kind: 'SINGLE_CHOICE',
        required: true,
        title: tr('Welche Art Organisation sind Sie?', 'What kind of organisation are you?'),
        options: [option('verein', 'Verein', 'Association'), option('bildung', 'Bildungsträger', 'Education provider'), option('andere', 'Andere Organisation', 'Other organisation')],
      }),
      question({
        key: 'themen',
        kind: 'MULTIPLE_CHOICE',
        required: true,
        minChoices: 1,
        maxChoices: 3,
        title: tr('Zu welchen Themen arbeiten Sie?', 'Which topics do you work on?'),
        options: [
          option('sprache', 'Sprachkurse', 'Language courses'),
          option('arbeit', 'Arbeit', 'Work'),
          option('wohnen', 'Wohnen', 'Housing'),
          option('sonst', 'Sonstiges', 'Other', true),
        ],
      }),
    ],
  },
  {
    key: 's2',
    title: tr(ANON.pages[1], 'Satisfaction'),
    questions: [
      question({
        key: 'zufrieden',
        kind: 'SCALE',
        required: true,
        minValue: 1,
        maxValue: 5,
        minLabel: tr('gar nicht zufrieden', 'not at all satisfied'),
        maxLabel: tr('sehr zufrieden', 'very satisfied'),
        title: tr('Wie zufrieden sind Sie mit der Zusammenarbeit?', 'How satisfied are you with the cooperation?'),
      }),
      question({
        key: 'angebote',
        kind: 'MATRIX',
        required: true,
        title: tr('Wie bewerten Sie diese Angebote?', 'How do you rate these services?'),
        rows: [option('beratung', 'Beratung', 'Counselling'), option('kurse', 'Kurse', 'Courses')],
        options: [option('gut', 'gut', 'good'), option('mittel', 'mittel', 'fair'), option('schlecht', 'schlecht', 'poor')],
      }),
    ],
  },
  {
    key: 's3',
    title: tr(ANON.pages[2], 'Priorities'),
    questions: [
      question({
        key: 'prio',
        kind: 'RANKING',
        required: true,
        title: tr('Was ist am dringendsten?', 'What is most urgent?'),
        options: [option('kita', 'Kita-Plätze', 'Childcare places'), option('foerderung', 'Sprachförderung', 'Language support'), option('wohnraum', 'Wohnraum', 'Housing space')],
      }),
      question({ key: 'hinweise', kind: 'LONG_TEXT', title: tr('Weitere Hinweise', 'Further remarks') }),
    ],
  },
];

const PUBLIC_SECTIONS = [
  {
    key: 's1',
    questions: [
      question({
        key: 'wiederholen',
        kind: 'SINGLE_CHOICE',
        required: true,
        title: tr(PUBLIC.question),
        options: [option('ja', 'Ja'), option('nein', 'Nein')],
      }),
    ],
  },
];

interface Created {
  id: string;
  version: number;
}

/** GraphQL from inside the page: same origin, the page's session cookie, the CSRF header the app sends. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Creates, fills and publishes a survey through the API; the builder UI has its own spec. */
async function publishSurvey(
  page: Page,
  processId: string,
  survey: { slug: string; title: Translation[]; audience: 'ANONYMOUS' | 'PUBLIC'; thanks?: Translation[]; sections: unknown[] },
): Promise<string> {
  const { createSurvey } = await gql<{ createSurvey: Created }>(
    page,
    `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id version } }`,
    { input: { processId, slug: survey.slug, title: survey.title, audience: survey.audience, anonymous: survey.audience === 'ANONYMOUS' } },
  );
  const closesAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  await gql(page, `mutation ($input: SaveSurveyInput!) { saveSurvey(input: $input) { id } }`, {
    input: {
      id: createSurvey.id,
      version: createSurvey.version,
      slug: survey.slug,
      title: survey.title,
      thanks: survey.thanks ?? null,
      audience: survey.audience,
      anonymous: survey.audience === 'ANONYMOUS',
      closesAt,
      segmentQuestionKey: survey.audience === 'ANONYMOUS' ? 'typ' : null,
      sections: survey.sections,
    },
  });
  await gql(page, `mutation ($id: ID!) { publishSurvey(id: $id) { id } }`, { id: createSurvey.id });
  return createSurvey.id;
}

const scoped = (page: Page, key: string): Locator => page.locator(`#q-${key}`);

/** From the focused radio, arrows until `target` is checked (Material radio groups and native ones alike). */
async function arrowUntilChecked(page: Page, target: Locator, what: string): Promise<void> {
  for (let step = 0; step < 6 && !(await target.isChecked()); step += 1) await page.keyboard.press('ArrowDown');
  if (!(await target.isChecked())) throw new Error(`${what} could not be chosen with the keyboard`);
}

async function expectProgress(page: Page, lang: Lang, current: number, total: number): Promise<void> {
  const text = t(lang, 'surveys.answer.progress', { page: current, total });
  await page.getByText(exactly(text)).waitFor();
  const bar = page.getByRole('progressbar');
  expect(await bar.getAttribute('aria-valuenow')).toBe(String(Math.round((current / total) * 100)));
  expect(await bar.getAttribute('aria-valuetext')).toBe(text);
}

/**
 * Surveys without an account: the project group hands out one-time access codes, a visitor answers a
 * three-page form with the keyboard only, and the database keeps the answers without any link to
 * the code. Also a PUBLIC survey answered by a resident and its results, the preview, a phone-sized
 * screen, English and Arabic (right to left). axe on every page state.
 */
describe('surveys: anonymous access codes, public survey, preview, phone and languages', () => {
  const session = useE2eSession();
  const url = session.url;
  let page: Page;
  let anonId = '';
  let publicId = '';
  let codes: string[] = [];

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
    await logIn(page, url(''), 'de', PROJECT_GROUP);
    const { processes } = await gql<{ processes: { id: string; isCurrent: boolean }[] }>(
      page,
      `query { processes { id isCurrent } }`,
      {},
    );
    const processId = (processes.find((process) => process.isCurrent) ?? processes[0])?.id;
    if (!processId) throw new Error('The seed has no process');
    anonId = await publishSurvey(page, processId, {
      slug: ANON.slug,
      title: tr(ANON.title.de, ANON.title.en, ANON.title.ar),
      thanks: tr(ANON.thanks),
      audience: 'ANONYMOUS',
      sections: ANON_SECTIONS,
    });
    publicId = await publishSurvey(page, processId, {
      slug: PUBLIC.slug,
      title: tr(PUBLIC.title),
      audience: 'PUBLIC',
      sections: PUBLIC_SECTIONS,
    });
  });

  it('generates three access codes on the invitations page and shows them once', async () => {
    await open(page, url(`/manage/surveys/${anonId}/invitations`), 'de', t('de', 'surveys.invitations.heading'));
    await page.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.invitations.codes.heading')) }).waitFor();
    await checkPage(page, 'de', 'invitations of an anonymous survey');

    const count = page.getByLabel(t('de', 'surveys.invitations.codes.count'));
    await tabTo(page, count, 'the code count');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.invitations.codes.create')) }), 'the create button');
    await page.getByRole('status').filter({ hasText: t('de', 'surveys.invitations.codes.created', { count: 3 }) }).waitFor();
    await page.getByRole('heading', { level: 3, name: exactly(t('de', 'surveys.invitations.codes.listHeading', { count: 3 })) }).waitFor();
    await waitForFocus(page.locator('#survey-codes-heading'), 'the codes heading');

    const table = page.getByRole('table', { name: t('de', 'surveys.invitations.codes.tableCaption') });
    codes = (await table.locator('tbody tr td:first-child code').allTextContents()).map((code) => code.trim());
    expect(codes).toHaveLength(3);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) await table.getByText(url(`/surveys/answer/${code}`)).waitFor();
    await checkPage(page, 'de', 'invitations with new access codes');

    // Only fingerprints are stored.
    const stored = await query<{ code_hash: string; status: string }>(
      `SELECT code_hash, status FROM survey_access_codes WHERE survey_id = $1`,
      [anonId],
    );
    expect(stored.map((row) => row.status)).toEqual(['unused', 'unused', 'unused']);
    for (const row of stored) for (const code of codes) expect(row.code_hash).not.toContain(code);
  });

  it('lets a visitor without an account answer with a code, keyboard only, once', async () => {
    const visitor = await newVisitor(session.browser());
    const vpage = visitor.page;
    try {
      // Found in the list of open surveys, with its landing page.
      await open(vpage, url('/surveys'), 'de', t('de', 'surveys.public.list.heading'));
      const link = vpage.getByRole('link', { name: exactly(ANON.title.de) });
      await link.waitFor();
      await vpage.getByRole('link', { name: exactly(PUBLIC.title) }).waitFor();
      await checkPage(vpage, 'de', 'open surveys');
      await press(vpage, link, 'the survey link');
      await arrive(vpage, 'de', ANON.title.de);
      await vpage.getByText(t('de', 'surveys.public.landing.anonymousNote')).waitFor();
      await checkPage(vpage, 'de', 'anonymous survey landing page');

      // Typed as from paper: lowercase and with blanks.
      const codeField = vpage.getByLabel(t('de', 'surveys.public.landing.codeLabel'));
      await tabTo(vpage, codeField, 'the code field');
      await vpage.keyboard.type(` ${codes[0].toLowerCase()} `);
      await vpage.keyboard.press('Enter');

      // Page 1: required questions are checked before moving on.
      await arrive(vpage, 'de', ANON.title.de);
      await vpage.getByRole('heading', { level: 2, name: exactly(ANON.pages[0]) }).waitFor();
      await vpage.getByText(t('de', 'surveys.answer.anonymousNote')).waitFor();
      await expectProgress(vpage, 'de', 1, 3);
      await checkPage(vpage, 'de', 'answering, page 1');
      await press(vpage, vpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.next')) }), 'the next button');
      const summary = vpage.getByRole('alert').filter({ hasText: t('de', 'surveys.answer.summary', { count: 2 }) });
      await summary.waitFor();
      await waitForFocus(vpage.locator('.mr-answer__summary'), 'the error summary');
      await scoped(vpage, 'typ').getByText(t('de', 'surveys.answer.errors.required')).waitFor();
      await checkPage(vpage, 'de', 'answering, page 1 with errors');

      // Radio group: Tab into it, Space picks, arrows move the choice.
      const verein = scoped(vpage, 'typ').getByRole('radio', { name: exactly('Verein') });
      await tabTo(vpage, verein, 'the first type');
      await vpage.keyboard.press('Space');
      await arrowUntilChecked(vpage, scoped(vpage, 'typ').getByRole('radio', { name: exactly('Bildungsträger') }), 'Bildungsträger');
      // Checkboxes with "other" and its text.
      const themen = scoped(vpage, 'themen');
      await themen.getByText(t('de', 'surveys.answer.hint.between', { min: 1, max: 3 })).waitFor();
      await press(vpage, themen.getByRole('checkbox', { name: exactly('Sprachkurse') }), 'Sprachkurse', 'Space');
      await press(vpage, themen.getByRole('checkbox', { name: exactly('Sonstiges') }), 'Sonstiges', 'Space');
      const other = vpage.getByLabel(t('de', 'surveys.answer.question.otherLabel', { option: 'Sonstiges' }));
      await tabTo(vpage, other, 'the other text');
      await vpage.keyboard.type('Nachbarschaftscafé');
      await summary.waitFor({ state: 'detached' });
      await checkPage(vpage, 'de', 'answering, page 1 filled in');
      await press(vpage, vpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.next')) }), 'the next button');

      // Page 2: scale and matrix.
      const page2 = vpage.getByRole('heading', { level: 2, name: exactly(ANON.pages[1]) });
      await page2.waitFor();
      await waitForFocus(page2, 'the page 2 heading');
      await expectProgress(vpage, 'de', 2, 3);
      await scoped(vpage, 'zufrieden').getByText('gar nicht zufrieden').waitFor();
      await checkPage(vpage, 'de', 'answering, page 2');
      const scale = scoped(vpage, 'zufrieden');
      await tabTo(vpage, scale.getByRole('radio', { name: exactly('1') }), 'the scale');
      await vpage.keyboard.press('Space');
      await arrowUntilChecked(vpage, scale.getByRole('radio', { name: exactly('4') }), 'scale step 4');
      const matrix = scoped(vpage, 'angebote');
      await press(vpage, matrix.getByRole('radio', { name: 'Beratung gut' }), 'Beratung / gut', 'Space');
      await tabTo(vpage, matrix.getByRole('radio', { name: 'Kurse gut' }), 'the Kurse row');
      await vpage.keyboard.press('Space');
      await arrowUntilChecked(vpage, matrix.getByRole('radio', { name: 'Kurse mittel' }), 'Kurse / mittel');
      expect(await matrix.getByRole('radio', { name: 'Beratung gut' }).isChecked()).toBe(true);
      await press(vpage, vpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.next')) }), 'the next button');

      // Page 3: ranking with the move buttons, then a free text.
      const page3 = vpage.getByRole('heading', { level: 2, name: exactly(ANON.pages[2]) });
      await waitForFocus(page3, 'the page 3 heading');
      await expectProgress(vpage, 'de', 3, 3);
      await checkPage(vpage, 'de', 'answering, page 3');
      const up = (label: string) =>
        scoped(vpage, 'prio').getByRole('button', { name: exactly(t('de', 'surveys.answer.ranking.up', { option: label })) });
      await press(vpage, up('Wohnraum'), 'Wohnraum up');
      await vpage.getByText(t('de', 'surveys.answer.ranking.moved', { option: 'Wohnraum', position: 2 })).waitFor();
      await press(vpage, up('Wohnraum'), 'Wohnraum up', 'Enter', { backwards: !(await isFocused(up('Wohnraum'))) });
      await vpage.getByText(t('de', 'surveys.answer.ranking.moved', { option: 'Wohnraum', position: 1 })).waitFor();
      expect((await scoped(vpage, 'prio').locator('.mr-q__rank-label').allTextContents()).map((text) => text.trim())).toEqual([
        '1. Wohnraum',
        '2. Kita-Plätze',
        '3. Sprachförderung',
      ]);
      await tabTo(vpage, scoped(vpage, 'hinweise').getByRole('textbox'), 'the remarks');
      await vpage.keyboard.type('Mehr Beratung auf Arabisch, bitte.');
      await checkPage(vpage, 'de', 'answering, page 3 filled in');
      await press(vpage, vpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.submit')) }), 'the submit button');

      await vpage.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.answer.complete.heading')) }).waitFor();
      await vpage.getByText(ANON.thanks).waitFor();
      await checkPage(vpage, 'de', 'answering, thanks');

      // The same code again: already submitted, nothing to change.
      await open(vpage, url(`/surveys/answer/${codes[0]}`), 'de', ANON.title.de);
      await vpage.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.answer.complete.earlierHeading')) }).waitFor();
      expect(await vpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.submit')) }).count()).toBe(0);
      await checkPage(vpage, 'de', 'answering, already submitted');

      // A wrong code, typed on the landing page: the invalid-link page.
      await open(vpage, url(`/surveys/${ANON.slug}`), 'de', ANON.title.de);
      await tabTo(vpage, vpage.getByLabel(t('de', 'surveys.public.landing.codeLabel')), 'the code field');
      await vpage.keyboard.type('ZZZZ-ZZZZ-ZZZZ');
      await vpage.keyboard.press('Enter');
      await arrive(vpage, 'de', t('de', 'surveys.answer.failure.INVALID_TOKEN.heading'));
      await vpage.getByRole('alert').filter({ hasText: t('de', 'surveys.answer.failure.INVALID_TOKEN.text') }).waitFor();
      await vpage.getByRole('link', { name: exactly(t('de', 'surveys.answer.failure.toList')) }).waitFor();
      await checkPage(vpage, 'de', 'answering, invalid code');
    } finally {
      await visitor.context.close();
    }

    // The database: one complete response, no timestamps, no account, invitation or resume link.
    const responses = await query<Record<string, unknown>>(`SELECT * FROM survey_responses WHERE survey_id = $1`, [anonId]);
    expect(responses).toHaveLength(1);
    const [response] = responses;
    expect(response).toMatchObject({
      anonymous: true,
      complete: true,
      account_id: null,
      invitation_id: null,
      resume_hash: null,
      started_at: null,
      updated_at: null,
      completed_at: null,
      segment: 'bildung',
    });
    const answers = await query<{ key: string; value: unknown }>(
      `SELECT q.key, a.value FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE a.response_id = $1 ORDER BY q.key`,
      [response['id']],
    );
    expect(Object.fromEntries(answers.map((answer) => [answer.key, answer.value]))).toEqual({
      angebote: { rows: { beratung: 'gut', kurse: 'mittel' } },
      hinweise: { text: 'Mehr Beratung auf Arabisch, bitte.' },
      prio: { ranking: ['wohnraum', 'kita', 'foerderung'] },
      themen: { choices: ['sprache', 'sonst'], other: 'Nachbarschaftscafé' },
      typ: { choice: 'bildung' },
      zufrieden: { number: 4 },
    });
    const statuses = await query<{ status: string; count: number }>(
      `SELECT status, count(*)::int AS count FROM survey_access_codes WHERE survey_id = $1 GROUP BY status ORDER BY status`,
      [anonId],
    );
    expect(statuses).toEqual([
      { status: 'complete', count: 1 },
      { status: 'unused', count: 2 },
    ]);
    // Nothing in the response or its answers equals any code's id or hash.
    const codeRows = await query<{ id: string; code_hash: string }>(`SELECT id, code_hash FROM survey_access_codes WHERE survey_id = $1`, [anonId]);
    const stored = JSON.stringify({ response, answers });
    for (const row of codeRows) {
      expect(stored).not.toContain(row.id);
      expect(stored).not.toContain(row.code_hash);
    }
  });

  it('works on a phone-sized screen, in English and, right to left, in Arabic', async () => {
    const phone = await session.browser().newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const ppage = await phone.newPage();
      ppage.setDefaultTimeout(15_000);
      await open(ppage, url(`/surveys/${ANON.slug}`), 'de', ANON.title.de);
      await checkPage(ppage, 'de', 'anonymous survey landing page, phone');
      await open(ppage, url(`/surveys/answer/${codes[1]}`), 'de', ANON.title.de);
      await ppage.getByRole('heading', { level: 2, name: exactly(ANON.pages[0]) }).waitFor();
      // Nothing wider than the screen.
      expect(await ppage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await checkPage(ppage, 'de', 'answering, page 1, phone');
    } finally {
      await phone.close();
    }

    const visitor = await newVisitor(session.browser());
    const vpage = visitor.page;
    try {
      await open(vpage, url(`/surveys/answer/${codes[2]}`), 'de', ANON.title.de);
      await vpage.getByRole('heading', { level: 2, name: exactly(ANON.pages[0]) }).waitFor();
      await switchLanguage(vpage, 'de', 'en');
      await arrive(vpage, 'en', ANON.title.en);
      await vpage.getByRole('heading', { level: 2, name: exactly('About your organisation') }).waitFor();
      await scoped(vpage, 'typ').getByRole('radio', { name: exactly('Association') }).waitFor();
      await expectProgress(vpage, 'en', 1, 3);
      await checkPage(vpage, 'en', 'answering, page 1');

      await switchLanguage(vpage, 'en', 'ar');
      await arrive(vpage, 'ar', ANON.title.ar);
      expect(await vpage.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expectProgress(vpage, 'ar', 1, 3);
      await vpage.getByText(t('ar', 'surveys.answer.anonymousNote')).waitFor();
      await checkPage(vpage, 'ar', 'answering, page 1');
    } finally {
      await visitor.context.close();
    }
    // Looking is not answering: still exactly one response.
    const [{ count }] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM survey_responses WHERE survey_id = $1`, [anonId]);
    expect(count).toBe(1);
  });

  it('previews a survey from the builder tab bar and stores nothing', async () => {
    await page.goto(url(`/manage/surveys/${publicId}`));
    const nav = page.getByRole('navigation', { name: t('de', 'surveys.common.nav.label') });
    const previewTab = nav.getByRole('link', { name: exactly(t('de', 'surveys.common.nav.preview')) });
    await previewTab.waitFor();
    await press(page, previewTab, 'the preview tab');
    await arrive(page, 'de', PUBLIC.title);
    expect(await previewTab.getAttribute('aria-current')).toBe('page');
    await page.getByRole('note').filter({ hasText: t('de', 'surveys.answer.preview.banner') }).waitFor();
    expect(await page.getByRole('button', { name: exactly(t('de', 'surveys.answer.later')) }).count()).toBe(0);
    await checkPage(page, 'de', 'preview');

    await tabTo(page, scoped(page, 'wiederholen').getByRole('radio', { name: exactly('Ja') }), 'Ja');
    await page.keyboard.press('Space');
    await press(page, page.getByRole('button', { name: exactly(t('de', 'surveys.answer.submit')) }), 'the submit button');
    await page.getByText(t('de', 'surveys.answer.preview.nothingStored')).waitFor();
    await page.getByRole('button', { name: exactly(t('de', 'surveys.answer.preview.again')) }).waitFor();
    await checkPage(page, 'de', 'preview, submitted');

    const [{ count }] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM survey_responses WHERE survey_id = $1`, [publicId]);
    expect(count).toBe(0);
  });

  it('lets a resident answer the public survey once, and the project group sees the results', async () => {
    const resident = await newVisitor(session.browser());
    const rpage = resident.page;
    try {
      await logIn(rpage, url(''), 'de', DEMO_RESIDENT);
      await open(rpage, url(`/surveys/${PUBLIC.slug}`), 'de', PUBLIC.title);
      await rpage.getByText(t('de', 'surveys.public.landing.accountNote')).waitFor();
      await checkPage(rpage, 'de', 'public survey landing page, logged in');
      await press(rpage, rpage.getByRole('link', { name: exactly(t('de', 'surveys.public.landing.start')) }), 'the start link');
      await arrive(rpage, 'de', PUBLIC.title);
      await expectProgress(rpage, 'de', 1, 1);
      await checkPage(rpage, 'de', 'answering a public survey');
      await tabTo(rpage, scoped(rpage, 'wiederholen').getByRole('radio', { name: exactly('Ja') }), 'Ja');
      await rpage.keyboard.press('Space');
      await press(rpage, rpage.getByRole('button', { name: exactly(t('de', 'surveys.answer.submit')) }), 'the submit button');
      await rpage.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.answer.complete.heading')) }).waitFor();
      await rpage.getByText(t('de', 'surveys.answer.complete.thanks')).waitFor();
      await checkPage(rpage, 'de', 'public survey, thanks');

      // One response per account: opening it again says so.
      await open(rpage, url(`/surveys/${PUBLIC.slug}/answer`), 'de', PUBLIC.title);
      await rpage.getByRole('heading', { level: 2, name: exactly(t('de', 'surveys.answer.complete.earlierHeading')) }).waitFor();
    } finally {
      await resident.context.close();
    }
    const rows = await query<{ account_id: string | null; complete: boolean; completed_at: Date | null }>(
      `SELECT account_id, complete, completed_at FROM survey_responses WHERE survey_id = $1`,
      [publicId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].complete).toBe(true);
    expect(rows[0].account_id).not.toBeNull();
    expect(rows[0].completed_at).not.toBeNull();

    await page.goto(url(`/manage/surveys/${publicId}/results`));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^\\s*${t('de', 'surveys.results.heading')}`) }).waitFor();
    const card = page.getByRole('article', { name: exactly(PUBLIC.question) });
    await card.getByText(t('de', 'surveys.results.answered', { formatted: '1' })).waitFor();
    const toggle = card.getByRole('button', { name: new RegExp(t('de', 'surveys.results.table.show')) });
    await press(page, toggle, 'the table toggle');
    const table = card.getByRole('table', { name: t('de', 'surveys.results.table.caption', { title: PUBLIC.question }) });
    await table.waitFor();
    const yes = table.getByRole('row', { name: /^Ja\b/ });
    expect((await yes.locator('td').allTextContents()).map((text) => text.trim())[0]).toBe('1');
    expect((await table.getByRole('row', { name: /^Nein\b/ }).locator('td').allTextContents()).map((text) => text.trim())[0]).toBe('0');
    await checkPage(page, 'de', 'results with the data table');
  });

  it('shows the anonymous results filtered by the self-declared type, with data tables', async () => {
    await page.goto(url(`/manage/surveys/${anonId}/results`));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^\\s*${t('de', 'surveys.results.heading')}`) }).waitFor();
    await page.getByText(t('de', 'surveys.results.anonymousNote')).waitFor();
    // "Antwortende: 1, davon vollständig: 1 (100 %)." — the share's spacing is the locale's.
    const summaryStart = t('de', 'surveys.results.summary', { respondents: 1, complete: 1, share: '' }).split('(')[0];
    await page.getByText(summaryStart, { exact: false }).waitFor();
    const segment = page.getByRole('combobox', { name: 'Welche Art Organisation sind Sie?' });
    await chooseOption(page, segment, exactly(t('de', 'surveys.results.filter.option', { label: 'Bildungsträger', count: 1 })), 'the type filter');
    await page.getByText(t('de', 'surveys.results.filteredBy', { label: 'Bildungsträger' })).waitFor();

    const card = page.getByRole('article', { name: exactly('Was ist am dringendsten?') });
    await press(page, card.getByRole('button', { name: new RegExp(t('de', 'surveys.results.table.show')) }), 'the ranking table toggle');
    const table = card.getByRole('table', { name: t('de', 'surveys.results.table.caption', { title: 'Was ist am dringendsten?' }) });
    await table.waitFor();
    const cells = async (label: string) => {
      const row = table.getByRole('row', { name: new RegExp(`^${label}`) });
      await row.waitFor();
      return (await row.locator('td').allTextContents()).map((text) => text.trim());
    };
    expect(await cells('Wohnraum')).toEqual(['1,0', '1']);
    expect(await cells('Sprachförderung')).toEqual(['3,0', '0']);
    await checkPage(page, 'de', 'anonymous results filtered by type');
  });
});
