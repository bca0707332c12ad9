import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { createProcesses } from './support/proposals-fixtures';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';
import { countQueries } from './support/query-counter';

const TR = `{ locale text }`;
const OPTION = `key label labelTranslations ${TR} isOther`;
const SURVEY_FIELDS = `id processId slug title titleTranslations ${TR} intro thanks audience anonymous status opensAt closesAt
  publishedAt isOpen segmentQuestionKey version responseCount completeCount
  sections { id key title condition { questionKey operator value }
    questions { id key kind required title titleTranslations ${TR} help minChoices maxChoices minValue maxValue minLabel maxLabel
      options { ${OPTION} } rows { ${OPTION} } condition { questionKey operator value } } }`;
const CREATE = `mutation Create($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const SAVE = `mutation Save($input: SaveSurveyInput!) { saveSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const PUBLISH = `mutation Publish($id: ID!) { publishSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
const CLOSE = `mutation Close($id: ID!) { closeSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
const DELETE = `mutation Delete($id: ID!) { deleteSurvey(id: $id) }`;
const SURVEYS = `query Surveys($processId: ID) { surveys(processId: $processId) { ${SURVEY_FIELDS} } }`;
const SURVEY = `query Survey($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
const OPEN = `query Open { openSurveys { ${SURVEY_FIELDS} } }`;
const BY_SLUG = `query BySlug($slug: String!) { surveyBySlug(slug: $slug) { ${SURVEY_FIELDS} } }`;

interface Option {
  key: string;
  label: string;
  isOther: boolean;
}
interface Question {
  id: string;
  key: string;
  kind: string;
  required: boolean;
  title: string;
  options: Option[];
  rows: Option[];
  minValue: number | null;
  maxValue: number | null;
  condition: { questionKey: string; operator: string; value: string } | null;
}
interface Survey {
  id: string;
  slug: string;
  title: string;
  audience: string;
  anonymous: boolean;
  status: string;
  isOpen: boolean;
  version: number;
  responseCount: number;
  segmentQuestionKey: string | null;
  sections: { id: string; key: string; title: string; questions: Question[] }[];
}

const de = (text: string) => [{ locale: 'de', text }];
const option = (key: string, label = key.toUpperCase(), isOther = false) => ({ key, label: de(label), isOther });

/** A document in the shape of SaveSurveyInput, covering every kind and a condition. */
function fullDocument(id: string, version: number, slug: string) {
  return {
    id,
    version,
    slug,
    title: [...de('Befragung der Organisationen'), { locale: 'en', text: 'Survey of organisations' }],
    intro: de('Ihre Erfahrungen zählen.'),
    thanks: de('Danke!'),
    audience: 'PUBLIC',
    anonymous: false,
    opensAt: null,
    closesAt: null,
    segmentQuestionKey: 'type',
    sections: [
      {
        key: 's1',
        title: de('Über Sie'),
        questions: [
          { key: 'type', kind: 'SINGLE_CHOICE', required: true, title: de('Art der Organisation'), options: [option('mo'), option('edu'), option('other', 'Andere', true)] },
          { key: 'topics', kind: 'MULTIPLE_CHOICE', required: false, title: de('Themen'), minChoices: 1, maxChoices: 2, options: [option('a'), option('b'), option('c')] },
          { key: 'staff', kind: 'NUMBER', required: false, title: de('Mitarbeitende'), minValue: 0, maxValue: 10000 },
          { key: 'since', kind: 'DATE', required: false, title: de('Seit wann?') },
        ],
      },
      {
        key: 's2',
        title: de('Zufriedenheit'),
        condition: { questionKey: 'type', operator: 'EQUALS', value: 'mo' },
        questions: [
          { key: 'satisfaction', kind: 'SCALE', required: true, title: de('Zufriedenheit'), minValue: 1, maxValue: 5, minLabel: de('gar nicht'), maxLabel: de('sehr') },
          { key: 'grid', kind: 'MATRIX', required: false, title: de('Angebote'), options: [option('good'), option('bad')], rows: [option('r1'), option('r2')] },
          { key: 'rank', kind: 'RANKING', required: false, title: de('Wichtigkeit'), options: [option('x'), option('y')] },
          { key: 'why', kind: 'LONG_TEXT', required: false, title: de('Warum?'), condition: { questionKey: 'satisfaction', operator: 'AT_LEAST', value: '4' } },
          { key: 'name', kind: 'SHORT_TEXT', required: false, title: de('Name') },
        ],
      },
    ],
  };
}
type Document = ReturnType<typeof fullDocument>;

describe('surveys: builder', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let processId: string;
  let staff: Record<RoleName, StaffSession>;
  let group: GraphqlClient;
  let slugCounter = 0;

  const ok = <T>(response: GraphqlResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const fields = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.fields as Record<string, string[]> | undefined;
  const nextSlug = () => `umfrage-${++slugCounter}`;
  const create = async (audience = 'PUBLIC', anonymous = false, client = group): Promise<Survey> =>
    ok(await client.request<{ createSurvey: Survey }>(CREATE, { input: { processId, slug: nextSlug(), title: de('Umfrage'), audience, anonymous } }))
      .createSurvey;
  const save = (input: unknown, client = group) => client.request<{ saveSurvey: Survey }>(SAVE, { input });
  /** A published PUBLIC survey with the full document. */
  const published = async (): Promise<{ survey: Survey; doc: Document }> => {
    const created = await create();
    const doc = fullDocument(created.id, created.version, created.slug);
    const saved = ok(await save(doc)).saveSurvey;
    const survey = ok(await group.request<{ publishSurvey: Survey }>(PUBLISH, { id: saved.id })).publishSurvey;
    return { survey, doc: { ...doc, version: survey.version } };
  };
  const addResponse = async (surveyId: string, anonymous = false): Promise<void> => {
    const [{ id }] = await dataSource.query(
      anonymous
        ? `INSERT INTO survey_responses (survey_id, anonymous) VALUES ($1, true) RETURNING id`
        : `INSERT INTO survey_responses (survey_id, anonymous, account_id, started_at) VALUES ($1, false, $2, now()) RETURNING id`,
      anonymous ? [surveyId] : [surveyId, staff.resident.id],
    );
    await dataSource.query(
      `INSERT INTO survey_answers (survey_id, response_id, question_id, value)
       SELECT $1, $2, id, '{"choice": "mo"}'::jsonb FROM survey_questions WHERE survey_id = $1 AND key = 'type'`,
      [surveyId, id],
    );
    await dataSource.query(`SELECT survey_apply_response($1, 1)`, [id]);
  };

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    ({ processId } = await createProcesses(dataSource));
    staff = await staffSessions(api, dataSource, 'builder');
    group = staff.project_group.client;
  });
  afterAll(() => api?.close());

  it('creates a draft with one empty section, saves every question kind, publishes and closes', async () => {
    const created = await create();
    expect(created).toMatchObject({ status: 'DRAFT', audience: 'PUBLIC', anonymous: false, version: 1, isOpen: false });
    expect(created.sections).toEqual([expect.objectContaining({ key: 's1', questions: [] })]);

    const doc = fullDocument(created.id, created.version, created.slug);
    const saved = ok(await save(doc)).saveSurvey;
    expect(saved.version).toBe(2);
    expect(saved.segmentQuestionKey).toBe('type');
    expect(saved.sections.map((s) => s.key)).toEqual(['s1', 's2']);
    expect(saved.sections[1].questions.map((q) => [q.key, q.kind])).toEqual([
      ['satisfaction', 'SCALE'],
      ['grid', 'MATRIX'],
      ['rank', 'RANKING'],
      ['why', 'LONG_TEXT'],
      ['name', 'SHORT_TEXT'],
    ]);
    const type = saved.sections[0].questions[0];
    expect(type.options).toEqual([
      expect.objectContaining({ key: 'mo', isOther: false }),
      expect.objectContaining({ key: 'edu', isOther: false }),
      expect.objectContaining({ key: 'other', label: 'Andere', isOther: true }),
    ]);
    const grid = saved.sections[1].questions[1];
    expect(grid.rows.map((r) => r.key)).toEqual(['r1', 'r2']);
    expect(saved.sections[1].questions[3].condition).toEqual({ questionKey: 'satisfaction', operator: 'AT_LEAST', value: '4' });
    const [stored] = await dataSource.query(`SELECT condition FROM survey_sections WHERE survey_id = $1 AND key = 's2'`, [created.id]);
    expect(stored.condition).toEqual({ question: 'type', operator: 'equals', value: 'mo' });

    const english = ok(await group.request<{ survey: Survey }>(SURVEY, { id: created.id }, { 'accept-language': 'en' })).survey;
    expect(english.title).toBe('Survey of organisations');
    expect(english.sections[0].questions[0].title).toBe('Art der Organisation');

    // Not public while a draft.
    const anonymousClient = api.client();
    expect(ok(await anonymousClient.request<{ surveyBySlug: Survey | null }>(BY_SLUG, { slug: created.slug })).surveyBySlug).toBeNull();

    const publishedSurvey = ok(await group.request<{ publishSurvey: Survey }>(PUBLISH, { id: created.id })).publishSurvey;
    expect(publishedSurvey).toMatchObject({ status: 'PUBLISHED', isOpen: true });
    // Publishing twice changes nothing.
    expect(ok(await group.request<{ publishSurvey: Survey }>(PUBLISH, { id: created.id })).publishSurvey.status).toBe('PUBLISHED');
    const open = ok(await anonymousClient.request<{ openSurveys: Survey[] }>(OPEN)).openSurveys;
    expect(open.map((s) => s.id)).toContain(created.id);
    expect(ok(await anonymousClient.request<{ surveyBySlug: Survey | null }>(BY_SLUG, { slug: created.slug })).surveyBySlug?.id).toBe(created.id);

    const closed = ok(await group.request<{ closeSurvey: Survey }>(CLOSE, { id: created.id })).closeSurvey;
    expect(closed).toMatchObject({ status: 'CLOSED', isOpen: false });
    expect(ok(await anonymousClient.request<{ openSurveys: Survey[] }>(OPEN)).openSurveys.map((s) => s.id)).not.toContain(created.id);
    // A closed survey still shows its landing page, and can reopen.
    expect(ok(await anonymousClient.request<{ surveyBySlug: Survey | null }>(BY_SLUG, { slug: created.slug })).surveyBySlug?.status).toBe('CLOSED');
    expect(ok(await group.request<{ publishSurvey: Survey }>(PUBLISH, { id: created.id })).publishSurvey.status).toBe('PUBLISHED');
  });

  it('keeps question and option ids when keys are kept, reorders, and moves questions out of removed sections', async () => {
    const created = await create();
    const doc = fullDocument(created.id, created.version, created.slug);
    const first = ok(await save(doc)).saveSurvey;
    const ids = new Map(first.sections.flatMap((s) => s.questions.map((q) => [q.key, q.id] as const)));
    const [{ id: optionId }] = await dataSource.query(
      `SELECT o.id FROM survey_options o JOIN survey_questions q ON q.id = o.question_id WHERE q.survey_id = $1 AND q.key = 'type' AND o.key = 'edu'`,
      [created.id],
    );

    // Everything into one section, reversed; the "other" flag moves from one option to another; s2 disappears.
    const questions = [...doc.sections[1].questions, ...doc.sections[0].questions].reverse().map((q) => ({ ...q, condition: undefined }));
    const type = questions.find((q) => q.key === 'type');
    if (!type) throw new Error('type missing');
    type.options = [option('edu', 'Bildung', true), option('mo'), option('other', 'Sonstiges')];
    const second = ok(
      await save({ ...doc, version: first.version, sections: [{ key: 'all', title: de('Alles'), questions }] }),
    ).saveSurvey;
    expect(second.sections.map((s) => s.key)).toEqual(['all']);
    expect(second.sections[0].questions.map((q) => q.key)).toEqual(questions.map((q) => q.key));
    for (const question of second.sections[0].questions) expect(question.id).toBe(ids.get(question.key));
    const reordered = second.sections[0].questions.find((q) => q.key === 'type');
    expect(reordered?.options.map((o) => [o.key, o.isOther])).toEqual([
      ['edu', true],
      ['mo', false],
      ['other', false],
    ]);
    const [{ id: sameOptionId }] = await dataSource.query(
      `SELECT o.id FROM survey_options o JOIN survey_questions q ON q.id = o.question_id WHERE q.survey_id = $1 AND q.key = 'type' AND o.key = 'edu'`,
      [created.id],
    );
    expect(sameOptionId).toBe(optionId);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM survey_sections WHERE survey_id = $1`, [created.id]);
    expect(count).toBe(1);
  });

  it('refuses a stale version with CONFLICT and leaves the survey unchanged', async () => {
    const created = await create();
    const doc = fullDocument(created.id, created.version, created.slug);
    ok(await save(doc));
    const stale = await save({ ...doc, title: de('Überschrieben') });
    expect(errorCode(stale)).toBe('CONFLICT');
    const current = ok(await group.request<{ survey: Survey }>(SURVEY, { id: created.id })).survey;
    expect(current.title).toBe('Befragung der Organisationen');
    expect(current.version).toBe(2);

    // Two editors at once with the same version: exactly one wins.
    const results = await Promise.all([
      save({ ...doc, version: 2, title: de('Erste') }),
      save({ ...doc, version: 2, title: de('Zweite') }, staff.admin.client),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined].sort());
  });

  it('reports structural errors by field path', async () => {
    const created = await create();
    const base = fullDocument(created.id, created.version, created.slug);
    const broken = {
      ...base,
      segmentQuestionKey: 'text',
      opensAt: new Date('2030-02-01T00:00:00Z').toISOString(),
      closesAt: new Date('2030-01-01T00:00:00Z').toISOString(),
      sections: [
        {
          key: 's1',
          condition: { questionKey: 'type', operator: 'EQUALS', value: 'mo' },
          questions: [
            { key: 'type', kind: 'SINGLE_CHOICE', required: true, title: de('Art'), options: [option('mo'), option('o1', 'A', true), option('o2', 'B', true)] },
            { key: 'type', kind: 'SHORT_TEXT', required: false, title: de('Doppelt') },
            { key: 'one', kind: 'MULTIPLE_CHOICE', required: false, title: de('Eine'), options: [option('a')], minChoices: 2, maxChoices: 1 },
            { key: 'scale', kind: 'SCALE', required: false, title: de('Skala'), minValue: 1.5, maxValue: 1 },
            { key: 'grid', kind: 'MATRIX', required: false, title: de('Matrix'), options: [option('a'), option('a')], rows: [] },
            { key: 'later', kind: 'SHORT_TEXT', required: false, title: de('Später'), condition: { questionKey: 'last', operator: 'EQUALS', value: 'x' } },
            { key: 'cond', kind: 'SHORT_TEXT', required: false, title: de('Bedingt'), condition: { questionKey: 'type', operator: 'EQUALS', value: 'nope' } },
            { key: 'cond2', kind: 'SHORT_TEXT', required: false, title: de('Bedingt'), condition: { questionKey: 'type', operator: 'AT_LEAST', value: '3' } },
            { key: 'cond3', kind: 'SHORT_TEXT', required: false, title: de('Bedingt'), condition: { questionKey: 'ghost', operator: 'EQUALS', value: 'x' } },
            { key: 'text', kind: 'SHORT_TEXT', required: false, title: de('Text'), options: [option('a'), option('b')] },
            { key: 'last', kind: 'SHORT_TEXT', required: false, title: de('Letzte') },
          ],
        },
        { key: 's1', questions: [] },
      ],
    };
    const response = await save(broken);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fields(response)).toEqual({
      closesAt: ['endsBeforeStart'],
      'sections.0.condition.questionKey': ['notEarlier'],
      'sections.0.questions.0.options': ['multipleOther'],
      'sections.0.questions.1.key': ['duplicateKey'],
      'sections.0.questions.2.options': ['tooFewOptions'],
      'sections.0.questions.2.maxChoices': ['belowMinimum'],
      'sections.0.questions.2.minChoices': ['moreThanOptions'],
      'sections.0.questions.3.maxValue': ['notAboveMinimum'],
      'sections.0.questions.3.minValue': ['notInteger'],
      'sections.0.questions.4.options.1.key': ['duplicateKey'],
      'sections.0.questions.4.rows': ['rowsRequired'],
      'sections.0.questions.5.condition.questionKey': ['notEarlier'],
      'sections.0.questions.6.condition.value': ['unknownOption'],
      'sections.0.questions.7.condition.operator': ['notApplicable'],
      'sections.0.questions.8.condition.questionKey': ['unknownQuestion'],
      'sections.0.questions.9.options': ['notAllowed'],
      'sections.1.key': ['duplicateKey'],
      segmentQuestionKey: ['notSingleChoice'],
    });
    // Nothing was written.
    const current = ok(await group.request<{ survey: Survey }>(SURVEY, { id: created.id })).survey;
    expect(current.version).toBe(1);
    expect(current.sections[0].questions).toEqual([]);

    // Decorator-level rules: keys, kinds, translations.
    const badKey = await save({ ...base, sections: [{ key: 'S 1', questions: [] }] });
    expect(fields(badKey)?.['sections.0.key']).toEqual(['matches']);
    const noGerman = await save({ ...base, title: [{ locale: 'en', text: 'Only English' }] });
    expect(fields(noGerman)?.['title']).toContain('germanRequired');

    // Slugs are unique.
    const other = await create();
    const taken = await save({ ...base, slug: other.slug });
    expect(fields(taken)).toEqual({ slug: ['slugTaken'] });

    // Publishing needs a question.
    expect(fields(await group.request(PUBLISH, { id: other.id }))).toEqual({ sections: ['noQuestions'] });
  });

  it('locks keys, kinds and option meanings once responses exist, but allows texts, order and additions', async () => {
    const { survey, doc } = await published();
    await addResponse(survey.id);
    const withResponses = ok(await group.request<{ survey: Survey }>(SURVEY, { id: survey.id })).survey;
    expect(withResponses.responseCount).toBe(1);
    const questionId = withResponses.sections[0].questions[0].id;

    const s1 = doc.sections[0];
    const s2 = doc.sections[1];
    const removedQuestion = await save({ ...doc, sections: [{ ...s1, questions: s1.questions.slice(0, 3) }, s2] });
    expect(errorCode(removedQuestion)).toBe('SURVEY_LOCKED');
    expect(fields(removedQuestion)).toEqual({ 'questions.since': ['removed'] });

    const typeQuestion = s1.questions[0];
    const removedOption = await save({
      ...doc,
      sections: [{ ...s1, questions: [{ ...typeQuestion, options: [option('mo'), option('other', 'Andere', true)] }, ...s1.questions.slice(1)] }, s2],
    });
    expect(errorCode(removedOption)).toBe('SURVEY_LOCKED');
    expect(fields(removedOption)).toEqual({ 'questions.type.choice.edu': ['removed'] });

    const changedKind = await save({
      ...doc,
      sections: [{ ...s1, questions: [...s1.questions.slice(0, 3), { key: 'since', kind: 'SHORT_TEXT', required: false, title: de('Seit') }] }, s2],
    });
    expect(fields(changedKind)).toEqual({ 'sections.0.questions.3.kind': ['locked'] });

    const scale = s2.questions[0];
    const changedScale = await save({ ...doc, sections: [s1, { ...s2, questions: [{ ...scale, maxValue: 10 }, ...s2.questions.slice(1)] }] });
    expect(fields(changedScale)).toEqual({ 'sections.1.questions.0.maxValue': ['locked'] });

    const otherMoved = await save({
      ...doc,
      sections: [{ ...s1, questions: [{ ...typeQuestion, options: [option('mo', 'MO', true), option('edu'), option('other')] }, ...s1.questions.slice(1)] }, s2],
    });
    expect(errorCode(otherMoved)).toBe('SURVEY_LOCKED');

    const audience = await save({ ...doc, audience: 'INVITED' });
    expect(errorCode(audience)).toBe('SURVEY_LOCKED');
    expect(fields(audience)).toEqual({ audience: ['locked'] });

    // Allowed: corrected texts, required flag, reorder, a new option and a new question.
    const allowed = ok(
      await save({
        ...doc,
        sections: [
          {
            ...s1,
            questions: [
              s1.questions[1],
              { ...typeQuestion, title: de('Art Ihrer Organisation'), required: false, options: [option('edu'), option('mo', 'Migrantenorganisation'), option('other', 'Andere', true), option('rel')] },
              ...s1.questions.slice(2),
              { key: 'added', kind: 'SHORT_TEXT', required: false, title: de('Neu') },
            ],
          },
          s2,
        ],
      }),
    ).saveSurvey;
    const type = allowed.sections[0].questions[1];
    expect(type).toMatchObject({ id: questionId, key: 'type', title: 'Art Ihrer Organisation', required: false });
    expect(type.options.map((o) => o.key)).toEqual(['edu', 'mo', 'other', 'rel']);
    expect(allowed.sections[0].questions.map((q) => q.key)).toContain('added');
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM survey_answers WHERE survey_id = $1`, [survey.id]);
    expect(count).toBe(1);

    // Drafts with responses cannot be deleted either; a published survey never.
    expect(errorCode(await group.request(DELETE, { id: survey.id }))).toBe('CONFLICT');
  });

  it('recomputes segments and tallies when the self-declared type question changes after responses', async () => {
    const created = await create('ANONYMOUS');
    const doc = { ...fullDocument(created.id, created.version, created.slug), audience: 'ANONYMOUS', anonymous: true };
    const saved = ok(await save({ ...doc, segmentQuestionKey: null })).saveSurvey;
    await group.request(PUBLISH, { id: saved.id });
    await addResponse(saved.id, true);
    const segments = () =>
      dataSource.query(`SELECT DISTINCT segment FROM survey_tallies WHERE survey_id = $1 AND n > 0`, [saved.id]) as Promise<{ segment: string }[]>;
    expect(await segments()).toEqual([{ segment: '' }]);
    ok(await save({ ...doc, version: saved.version }));
    expect(await segments()).toEqual([{ segment: 'mo' }]);
    const [{ segment }] = await dataSource.query(`SELECT segment FROM survey_responses WHERE survey_id = $1`, [saved.id]);
    expect(segment).toBe('mo');
  });

  it('derives anonymity from the audience and stores hostile input inert or refuses it', async () => {
    const anonymousSurvey = await create('ANONYMOUS', false);
    expect(anonymousSurvey.anonymous).toBe(true);
    const publicSurvey = await create('PUBLIC', true);
    expect(publicSurvey.anonymous).toBe(false);
    const invited = await create('INVITED', true);
    expect(invited.anonymous).toBe(true);

    const script = '<script>alert(1)</script>';
    const sql = `'); DROP TABLE surveys; --`;
    const doc = fullDocument(publicSurvey.id, publicSurvey.version, publicSurvey.slug);
    const saved = ok(
      await save({ ...doc, title: de(script), sections: [{ ...doc.sections[0], title: de(sql) }, doc.sections[1]] }),
    ).saveSurvey;
    expect(saved.title).toBe(script);
    expect(saved.sections[0].title).toBe(sql);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM surveys`);
    expect(count).toBeGreaterThan(0);

    const huge = await save({ ...doc, version: saved.version, title: de('x'.repeat(1_000_000)) });
    expect(huge.data?.saveSurvey ?? null).toBeNull();
    expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(errorCode(huge) ?? `HTTP ${huge.status}`);
    const bidi = await save({ ...doc, version: saved.version, title: de('Umfrage \u202Egnuhcsälf') });
    expect(fields(bidi)?.['title']).toContain('noControlCharacters');
    const slugInjection = await save({ ...doc, version: saved.version, slug: `x' OR '1'='1` });
    expect(fields(slugInjection)?.['slug']).toEqual(['matches']);
    const keyInjection = await save({ ...doc, version: saved.version, sections: [{ key: 's1; DROP', questions: [] }] });
    expect(fields(keyInjection)?.['sections.0.key']).toEqual(['matches']);
    const unknownField = await save({ ...doc, version: saved.version, status: 'PUBLISHED' });
    expect(errorCode(unknownField)).toBeDefined();
    const unchanged = ok(await group.request<{ survey: Survey }>(SURVEY, { id: publicSurvey.id })).survey;
    expect(unchanged).toMatchObject({ version: saved.version, status: 'DRAFT', title: script });
  });

  it('lists surveys with a fixed number of statements and deletes drafts', async () => {
    const before = ok(await group.request<{ surveys: Survey[] }>(SURVEYS, { processId })).surveys.length;
    const extra = await create();
    ok(await save(fullDocument(extra.id, extra.version, extra.slug)));
    const counted = async () => {
      const { queries, result } = await countQueries(dataSource, () => group.request<{ surveys: Survey[] }>(SURVEYS, { processId }));
      return { surveys: ok(result).surveys, statements: queries.filter((q) => /survey/i.test(q)).length };
    };
    const first = await counted();
    expect(first.surveys.length).toBe(before + 1);
    expect(first.surveys[0].id).toBe(extra.id);
    expect(first.surveys[0].sections[1].questions.length).toBe(5);
    for (let i = 0; i < 3; i++) await create();
    const second = await counted();
    expect(second.surveys.length).toBe(before + 4);
    expect(second.statements).toBe(first.statements);
    expect(second.statements).toBeLessThanOrEqual(4);
    expect(ok(await group.request<{ surveys: Survey[] }>(SURVEYS, { processId: '00000000-0000-0000-0000-000000000000' })).surveys).toEqual([]);

    expect(ok(await group.request<{ deleteSurvey: boolean }>(DELETE, { id: extra.id })).deleteSurvey).toBe(true);
    expect(ok(await group.request<{ survey: Survey | null }>(SURVEY, { id: extra.id })).survey).toBeNull();
    expect(errorCode(await group.request(DELETE, { id: extra.id }))).toBe('NOT_FOUND');
    expect(errorCode(await group.request(CLOSE, { id: (await create()).id }))).toBe('CONFLICT');
  });

  it('hides invited surveys from the public and refuses unknown processes', async () => {
    const invited = await create('INVITED', false);
    const doc = { ...fullDocument(invited.id, invited.version, invited.slug), audience: 'INVITED' };
    ok(await save(doc));
    ok(await group.request(PUBLISH, { id: invited.id }));
    const client = api.client();
    expect(ok(await client.request<{ surveyBySlug: Survey | null }>(BY_SLUG, { slug: invited.slug })).surveyBySlug).toBeNull();
    expect(ok(await client.request<{ openSurveys: Survey[] }>(OPEN)).openSurveys.map((s) => s.id)).not.toContain(invited.id);

    const unknown = await group.request(CREATE, {
      input: { processId: '00000000-0000-0000-0000-000000000000', slug: nextSlug(), title: de('X'), audience: 'PUBLIC', anonymous: false },
    });
    expect(fields(unknown)).toEqual({ processId: ['notFound'] });
  });

  describe('role matrix', () => {
    let target: Survey;
    let targetDoc: Document;
    beforeAll(async () => {
      target = await create();
      targetDoc = fullDocument(target.id, target.version, target.slug);
      ok(await save(targetDoc));
    });
    const client = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? api.client() : staff[caller].client);
    const expected = (caller: Caller): string | undefined =>
      caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'project_group' || caller === 'admin' ? undefined : 'FORBIDDEN';

    it.each(CALLERS)('staff operations for %s', async (caller) => {
      const c = client(caller);
      const outcome = expected(caller);
      const surveysResponse = await c.request(SURVEYS, {});
      const surveyResponse = await c.request(SURVEY, { id: target.id });
      expect(errorCode(surveysResponse)).toBe(outcome);
      expect(errorCode(surveyResponse)).toBe(outcome);
      if (outcome) {
        expect(surveysResponse.data?.surveys ?? null).toBeNull();
        expect(surveyResponse.data?.survey ?? null).toBeNull();
      }

      const created = await c.request<{ createSurvey: Survey }>(CREATE, {
        input: { processId, slug: nextSlug(), title: de('Rolle'), audience: 'PUBLIC', anonymous: false },
      });
      expect(errorCode(created)).toBe(outcome);
      const current = ok(await group.request<{ survey: Survey }>(SURVEY, { id: target.id })).survey;
      const saved = await save({ ...targetDoc, version: current.version }, c);
      expect(errorCode(saved)).toBe(outcome);
      expect(errorCode(await c.request(PUBLISH, { id: target.id }))).toBe(outcome);
      expect(errorCode(await c.request(CLOSE, { id: target.id }))).toBe(outcome);
      const throwaway = await create();
      expect(errorCode(await c.request(DELETE, { id: throwaway.id }))).toBe(outcome);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM surveys WHERE id = $1`, [throwaway.id]);
      expect(count).toBe(outcome ? 1 : 0);
      // Reopen for the next caller.
      ok(await group.request(PUBLISH, { id: target.id }));
    });

    it.each(CALLERS)('public queries for %s', async (caller) => {
      const c = client(caller);
      expect(errorCode(await c.request(OPEN))).toBeUndefined();
      expect(errorCode(await c.request(BY_SLUG, { slug: target.slug }))).toBeUndefined();
    });
  });
});
