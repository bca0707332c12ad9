import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import type { AnswerMap } from '@mitreden/shared/surveys';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';
import { countQueries } from './support/query-counter';

const RESULTS = `query Results($surveyId: ID!, $segment: String, $completeOnly: Boolean) {
  surveyResults(surveyId: $surveyId, segment: $segment, completeOnly: $completeOnly) {
    respondents complete segmentTitle segments { key label respondents }
    questions { questionKey kind title sectionTitle answered textCount average
      options { key label count share } distribution { value count }
      matrix { key label answered cells { key label count share } }
      ranking { key label averageRank firstPlaces } }
  }
}`;
const TEXTS = `query Texts($surveyId: ID!, $questionKey: String!, $search: String, $segment: String, $offset: Int, $limit: Int) {
  surveyTextAnswers(surveyId: $surveyId, questionKey: $questionKey, search: $search, segment: $segment, offset: $offset, limit: $limit) { total items }
}`;
const RATES = `query Rates($surveyId: ID!) {
  surveyResponseRates(surveyId: $surveyId) {
    overall { type invited opened started complete openedShare startedShare completeShare }
    byType { type invited opened started complete openedShare startedShare completeShare }
    codes { issued started complete } started complete
  }
}`;
const EXPORT = `mutation Export($surveyId: ID!, $format: ExportFormat!) {
  requestSurveyExport(surveyId: $surveyId, format: $format) { id kind format status total processed fileName downloadUrl }
}`;
const JOB = `query Job($id: ID!) { exportJob(id: $id) { id status processed total fileName byteSize downloadUrl } }`;

interface QuestionSpec {
  key: string;
  kind: string;
  options?: string[];
  other?: boolean;
  rows?: string[];
  min?: number;
  max?: number;
}
interface SectionSpec {
  key: string;
  condition?: { question: string; operator: string; value: string };
  questions: QuestionSpec[];
}
interface SurveySpec {
  processId: string;
  slug: string;
  audience: 'public' | 'anonymous' | 'invited';
  anonymous: boolean;
  segmentQuestionKey?: string;
  sections: SectionSpec[];
}

/** Inserts a published survey with its structure; returns its id and the question ids by key. */
async function seedSurvey(db: DataSource, spec: SurveySpec): Promise<{ id: string; questions: Record<string, string> }> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at, segment_question_key)
     VALUES ($1, $2, $3, $4, $5, 'published', now(), $6) RETURNING id`,
    [spec.processId, spec.slug, { de: `Umfrage ${spec.slug}`, en: `Survey ${spec.slug}` }, spec.audience, spec.anonymous, spec.segmentQuestionKey ?? null],
  );
  const questions: Record<string, string> = {};
  for (const [s, section] of spec.sections.entries()) {
    const [{ id: sectionId }]: { id: string }[] = await db.query(
      `INSERT INTO survey_sections (survey_id, key, position, title, condition) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, section.key, s + 1, { de: `Teil ${section.key}`, en: `Part ${section.key}` }, section.condition ?? null],
    );
    for (const [q, question] of section.questions.entries()) {
      const [{ id: questionId }]: { id: string }[] = await db.query(
        `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, title, min_value, max_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [id, sectionId, question.key, q + 1, question.kind, { de: `Frage ${question.key}`, en: `Question ${question.key}` }, question.min ?? null, question.max ?? null],
      );
      questions[question.key] = questionId;
      const options = [...(question.options ?? []), ...(question.other ? ['other'] : [])];
      for (const [o, key] of options.entries())
        await db.query(
          `INSERT INTO survey_options (question_id, role, key, position, label, is_other) VALUES ($1, 'choice', $2, $3, $4, $5)`,
          [questionId, key, o + 1, { de: `Option ${key}`, en: `Option ${key} (en)` }, key === 'other' && !!question.other],
        );
      for (const [o, key] of (question.rows ?? []).entries())
        await db.query(
          `INSERT INTO survey_options (question_id, role, key, position, label) VALUES ($1, 'row', $2, $3, $4)`,
          [questionId, key, o + 1, { de: `Zeile ${key}` }],
        );
    }
  }
  return { id, questions };
}

async function seedOrganisation(db: DataSource, name: string, type: string): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO organisations (name, email, type) VALUES ($1, $2, $3) RETURNING id`,
    [name, `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.org`, type],
  );
  return id;
}

/** A response with its answers by question key (invited: via a new invitation of `organisationId`). */
async function seedResponse(
  db: DataSource,
  survey: { id: string; questions: Record<string, string> },
  { organisationId, complete, segment = '', answers }: { organisationId?: string; complete: boolean; segment?: string; answers: AnswerMap },
): Promise<string> {
  let invitationId: string | null = null;
  if (organisationId) {
    [{ id: invitationId }] = await db.query(
      `INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at) VALUES ($1, $2, $3, now()) RETURNING id`,
      [survey.id, organisationId, complete ? 'complete' : 'partial'],
    );
  }
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO survey_responses (survey_id, anonymous, invitation_id, segment, complete, started_at, completed_at)
     SELECT $1, s.anonymous, $2, $3, $4, CASE WHEN NOT s.anonymous THEN now() END, CASE WHEN $4 AND NOT s.anonymous THEN now() END
       FROM surveys s WHERE s.id = $1 RETURNING id`,
    [survey.id, invitationId, segment, complete],
  );
  for (const [key, value] of Object.entries(answers))
    await db.query(`INSERT INTO survey_answers (survey_id, response_id, question_id, value) VALUES ($1, $2, $3, $4)`, [
      survey.id,
      id,
      survey.questions[key],
      value,
    ]);
  return id;
}

interface OptionCount { key: string; label: string; count: number; share: number }
interface QuestionResult {
  questionKey: string;
  kind: string;
  title: string;
  sectionTitle: string;
  answered: number;
  textCount: number;
  average: number | null;
  options: OptionCount[];
  distribution: { value: number; count: number }[];
  matrix: { key: string; label: string; answered: number; cells: OptionCount[] }[];
  ranking: { key: string; label: string; averageRank: number | null; firstPlaces: number }[];
}
interface Results {
  respondents: number;
  complete: number;
  segmentTitle: string;
  segments: { key: string; label: string; respondents: number }[];
  questions: QuestionResult[];
}
interface RateRow {
  type: string | null;
  invited: number;
  opened: number;
  started: number;
  complete: number;
  openedShare: number;
  startedShare: number;
  completeShare: number;
}

const ok = <T>(response: GraphqlResponse<T>): T => {
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
};

const STRUCTURE: SectionSpec[] = [
  {
    key: 's1',
    questions: [
      { key: 'kind', kind: 'single_choice', options: ['a', 'b'], other: true },
      { key: 'topics', kind: 'multiple_choice', options: ['x', 'y', 'z'] },
      { key: 'grid', kind: 'matrix', options: ['yes', 'no'], rows: ['r1', 'r2'] },
      { key: 'rank', kind: 'ranking', options: ['p', 'q', 'r'] },
    ],
  },
  {
    key: 's2',
    condition: { question: 'kind', operator: 'equals', value: 'a' },
    questions: [
      { key: 'mood', kind: 'scale', min: 1, max: 5 },
      { key: 'staff', kind: 'number', min: 0, max: 1000 },
      { key: 'wish', kind: 'long_text' },
      { key: 'since', kind: 'date' },
    ],
  },
];

describe('survey results, response rates and exports (API)', () => {
  let api: TestApi;
  let db: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let otherGroup: StaffSession;
  let anonymousClient: GraphqlClient;
  let processId: string;
  let survey: { id: string; questions: Record<string, string> };
  let bigSurvey: { id: string; questions: Record<string, string> };
  let ratesSurveyId: string;
  let codesSurveyId: string;

  const clientOf = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? anonymousClient : staff[caller].client);
  const results = (variables: Record<string, unknown>, client = staff.project_group.client, language = 'de') =>
    client.request<{ surveyResults: Results }>(RESULTS, variables, { 'accept-language': language });
  const question = (data: Results, key: string): QuestionResult => {
    const found = data.questions.find((q) => q.questionKey === key);
    if (!found) throw new Error(`no ${key}`);
    return found;
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    staff = await staffSessions(api, db, 'results');
    otherGroup = (await staffSessions(api, db, 'results2')).project_group;
    anonymousClient = api.client();
    [{ id: processId }] = await db.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('umfragen', '{"de": "Umfragen"}', true) RETURNING id`,
    );

    // Hand-computed expectations below refer to these four responses.
    survey = await seedSurvey(db, { processId, slug: 'ergebnisse', audience: 'invited', anonymous: false, sections: STRUCTURE });
    const orgs = {
      o1: await seedOrganisation(db, 'Schule Eins', 'education'),
      o2: await seedOrganisation(db, 'Schule Zwei', 'education'),
      o3: await seedOrganisation(db, 'Beratung Drei', 'counselling'),
      o4: await seedOrganisation(db, 'Beratung Vier', 'counselling'),
      o5: await seedOrganisation(db, 'Wohlfahrt Fünf', 'welfare'),
    };
    await seedResponse(db, survey, {
      organisationId: orgs.o1, complete: true, segment: 'education',
      answers: {
        kind: { choice: 'a' }, topics: { choices: ['x', 'y'] }, grid: { rows: { r1: 'yes', r2: 'no' } },
        rank: { ranking: ['p', 'q', 'r'] }, mood: { number: 4 }, staff: { number: 10 },
        wish: { text: 'Mehr Sprachkurse 100%' }, since: { date: '2026-01-15' },
      },
    });
    await seedResponse(db, survey, {
      organisationId: orgs.o2, complete: false, segment: 'education',
      answers: {
        kind: { choice: 'other', other: 'Sportverein' }, topics: { choices: ['y'] }, grid: { rows: { r1: 'yes' } },
        rank: { ranking: ['q', 'p', 'r'] },
      },
    });
    await seedResponse(db, survey, {
      organisationId: orgs.o3, complete: true, segment: 'counselling',
      answers: { kind: { choice: 'a' }, topics: { choices: ['x'] }, mood: { number: 2 }, staff: { number: 30 }, wish: { text: 'Beratung_stelle ausbauen' } },
    });
    await seedResponse(db, survey, {
      organisationId: orgs.o4, complete: false, segment: 'counselling',
      answers: { kind: { choice: 'a' }, mood: { number: 5 } },
    });
    await db.query(`INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at) VALUES ($1, $2, 'invited', now())`, [
      survey.id,
      orgs.o5,
    ]);
    await db.query(`SELECT survey_recount($1)`, [survey.id]);

    // The same structure with 60 responses: the statement count must not grow with it.
    bigSurvey = await seedSurvey(db, { processId, slug: 'gross', audience: 'anonymous', anonymous: true, segmentQuestionKey: 'kind', sections: STRUCTURE });
    for (let i = 0; i < 60; i++)
      await seedResponse(db, bigSurvey, {
        complete: i % 2 === 0,
        segment: i % 3 === 0 ? 'a' : 'b',
        answers: { kind: { choice: i % 3 === 0 ? 'a' : 'b' }, topics: { choices: ['z'] }, wish: { text: `Text ${i}` } },
      });
    await db.query(`SELECT survey_recount($1)`, [bigSurvey.id]);

    // Response rates like Region Hannover's: 713 invited, 154 started, 110 complete (+ 5 never mailed).
    [{ id: ratesSurveyId }] = await db.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at)
       VALUES ($1, 'quote', '{"de": "Quote"}', 'invited', true, 'published', now()) RETURNING id`,
      [processId],
    );
    await db.query(
      `WITH types AS (
         SELECT ARRAY['migrant_organisation', 'municipal_contact', 'education', 'counselling', 'integration_council',
                      'religious_community', 'integration_guide', 'welfare', 'other'] AS t
       ), orgs AS (
         INSERT INTO organisations (name, email, type)
         SELECT 'Org ' || i, 'org' || i || '@rates.example.org', (SELECT t[1 + i % 9] FROM types) FROM generate_series(1, 718) i
         RETURNING id, (substring(email FROM 4 FOR position('@' IN email) - 4))::int AS i
       )
       INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at)
       SELECT $1, id,
              CASE WHEN i <= 110 THEN 'complete' WHEN i <= 154 THEN 'partial' WHEN i <= 300 THEN 'opened'
                   WHEN i <= 713 THEN 'invited' ELSE 'pending' END,
              CASE WHEN i <= 713 THEN now() END
         FROM orgs`,
      [ratesSurveyId],
    );

    [{ id: codesSurveyId }] = await db.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at)
       VALUES ($1, 'codes', '{"de": "Codes"}', 'anonymous', true, 'published', now()) RETURNING id`,
      [processId],
    );
    await db.query(
      `INSERT INTO survey_access_codes (survey_id, code_hash, status)
       SELECT $1, 'hash-' || i, CASE WHEN i <= 2 THEN 'complete' WHEN i <= 5 THEN 'started' ELSE 'unused' END FROM generate_series(1, 10) i`,
      [codesSurveyId],
    );
    await db.query(
      `INSERT INTO survey_responses (survey_id, anonymous, complete) VALUES ($1, true, true), ($1, true, true), ($1, true, false)`,
      [codesSurveyId],
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('computes every figure from the tallies as counted by hand', async () => {
    const data = ok(await results({ surveyId: survey.id })).surveyResults;
    expect(data.respondents).toBe(4);
    expect(data.complete).toBe(2);

    const kind = question(data, 'kind');
    expect(kind).toMatchObject({ kind: 'SINGLE_CHOICE', title: 'Frage kind', sectionTitle: 'Teil s1', answered: 4, textCount: 1 });
    expect(kind.options).toEqual([
      { key: 'a', label: 'Option a', count: 3, share: 0.75 },
      { key: 'b', label: 'Option b', count: 0, share: 0 },
      { key: 'other', label: 'Option other', count: 1, share: 0.25 },
    ]);
    const topics = question(data, 'topics');
    expect(topics.answered).toBe(3);
    expect(topics.options.map((o) => [o.key, o.count])).toEqual([['x', 2], ['y', 2], ['z', 0]]);
    expect(topics.options[0].share).toBeCloseTo(2 / 3, 10);

    expect(question(data, 'grid').matrix).toEqual([
      { key: 'r1', label: 'Zeile r1', answered: 2, cells: [
        { key: 'yes', label: 'Option yes', count: 2, share: 1 },
        { key: 'no', label: 'Option no', count: 0, share: 0 },
      ] },
      { key: 'r2', label: 'Zeile r2', answered: 1, cells: [
        { key: 'yes', label: 'Option yes', count: 0, share: 0 },
        { key: 'no', label: 'Option no', count: 1, share: 1 },
      ] },
    ]);
    expect(question(data, 'rank').ranking).toEqual([
      { key: 'p', label: 'Option p', averageRank: 1.5, firstPlaces: 1 },
      { key: 'q', label: 'Option q', averageRank: 1.5, firstPlaces: 1 },
      { key: 'r', label: 'Option r', averageRank: 3, firstPlaces: 0 },
    ]);

    const mood = question(data, 'mood');
    expect(mood.answered).toBe(3);
    expect(mood.average).toBeCloseTo(11 / 3, 10);
    expect(mood.distribution).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, count: [0, 1, 0, 1, 1][value - 1] })));
    const staffCount = question(data, 'staff');
    expect(staffCount.average).toBe(20);
    expect(staffCount.distribution).toEqual([{ value: 10, count: 1 }, { value: 30, count: 1 }]);
    expect(question(data, 'wish')).toMatchObject({ answered: 2, textCount: 2 });
    expect(question(data, 'since')).toMatchObject({ answered: 1, textCount: 1 });

    expect(data.segmentTitle).toBe('Art der Organisation');
    expect(data.segments).toEqual([
      { key: 'education', label: 'Bildung', respondents: 2 },
      { key: 'counselling', label: 'Beratung', respondents: 2 },
    ]);
  });

  it('answers in the requested language', async () => {
    const data = ok(await results({ surveyId: survey.id }, staff.admin.client, 'en')).surveyResults;
    expect(data.segmentTitle).toBe('Type of organisation');
    expect(data.segments[0].label).toBe('Education');
    expect(question(data, 'kind').options[0].label).toBe('Option a (en)');
  });

  it('filters by segment and by completeness', async () => {
    const education = ok(await results({ surveyId: survey.id, segment: 'education' })).surveyResults;
    expect([education.respondents, education.complete]).toEqual([2, 1]);
    expect(question(education, 'kind').options.map((o) => o.count)).toEqual([1, 0, 1]);
    expect(question(education, 'mood')).toMatchObject({ answered: 1, average: 4 });
    expect(question(education, 'wish').textCount).toBe(1);

    const complete = ok(await results({ surveyId: survey.id, completeOnly: true })).surveyResults;
    expect([complete.respondents, complete.complete]).toEqual([2, 2]);
    expect(question(complete, 'kind').options.map((o) => o.count)).toEqual([2, 0, 0]);
    expect(question(complete, 'mood').average).toBe(3);
    expect(complete.segments.map((s) => s.respondents)).toEqual([1, 1]);

    const both = ok(await results({ surveyId: survey.id, segment: 'counselling', completeOnly: true })).surveyResults;
    expect(both.respondents).toBe(1);
    expect(question(both, 'staff').average).toBe(30);

    const nobody = ok(await results({ surveyId: survey.id, segment: 'welfare' })).surveyResults;
    expect(nobody.respondents).toBe(0);
    expect(question(nobody, 'kind')).toMatchObject({ answered: 0, options: [{ count: 0, share: 0 }, { count: 0 }, { count: 0 }] });
  });

  it('segments anonymous surveys by the self-declared answer', async () => {
    const data = ok(await results({ surveyId: bigSurvey.id })).surveyResults;
    expect(data.segmentTitle).toBe('Frage kind');
    expect(data.segments).toEqual([
      { key: 'a', label: 'Option a', respondents: 20 },
      { key: 'b', label: 'Option b', respondents: 40 },
      { key: 'other', label: 'Option other', respondents: 0 },
    ]);
    const a = ok(await results({ surveyId: bigSurvey.id, segment: 'a' })).surveyResults;
    expect(question(a, 'kind').options.map((o) => o.count)).toEqual([20, 0, 0]);
  });

  it('runs a fixed number of statements however many responses there are', async () => {
    const small = await countQueries(db, () => results({ surveyId: survey.id }));
    const big = await countQueries(db, () => results({ surveyId: bigSurvey.id }));
    ok(small.result);
    ok(big.result);
    expect(big.queries.length).toBe(small.queries.length);
    expect(small.queries.length).toBeLessThanOrEqual(8);
    // Read from the tallies, never by scanning answers for the figures.
    expect(small.queries.some((q) => /FROM survey_tallies/.test(q))).toBe(true);
  });

  it('lists free texts paged, searchable with literal wildcards, and by segment', async () => {
    const texts = (variables: Record<string, unknown>) =>
      staff.project_group.client.request<{ surveyTextAnswers: { total: number; items: string[] } }>(TEXTS, { surveyId: survey.id, ...variables });
    expect(ok(await texts({ questionKey: 'wish' })).surveyTextAnswers).toEqual({
      total: 2,
      items: ['Beratung_stelle ausbauen', 'Mehr Sprachkurse 100%'],
    });
    expect(ok(await texts({ questionKey: 'kind' })).surveyTextAnswers).toEqual({ total: 1, items: ['Sportverein'] });
    expect(ok(await texts({ questionKey: 'since' })).surveyTextAnswers.items).toEqual(['2026-01-15']);
    // % and _ are searched literally, not as wildcards.
    expect(ok(await texts({ questionKey: 'wish', search: '0%' })).surveyTextAnswers.items).toEqual(['Mehr Sprachkurse 100%']);
    expect(ok(await texts({ questionKey: 'wish', search: 'r_S' })).surveyTextAnswers.total).toBe(0); // as a wildcard it would match "Mehr S…"
    expect(ok(await texts({ questionKey: 'wish', search: 'G_STELLE' })).surveyTextAnswers.total).toBe(1);
    expect(ok(await texts({ questionKey: 'wish', search: "'; DROP TABLE survey_answers; --" })).surveyTextAnswers.total).toBe(0);
    expect(ok(await texts({ questionKey: 'wish', segment: 'counselling' })).surveyTextAnswers.items).toEqual(['Beratung_stelle ausbauen']);

    const page = ok(
      await staff.project_group.client.request<{ surveyTextAnswers: { total: number; items: string[] } }>(TEXTS, {
        surveyId: bigSurvey.id, questionKey: 'wish', offset: 10, limit: 5,
      }),
    ).surveyTextAnswers;
    expect(page.total).toBe(60);
    expect(page.items).toHaveLength(5);
    const everything = ok(
      await staff.project_group.client.request<{ surveyTextAnswers: { items: string[] } }>(TEXTS, {
        surveyId: bigSurvey.id, questionKey: 'wish', limit: 100,
      }),
    ).surveyTextAnswers.items;
    expect(page.items).toEqual(everything.slice(10, 15));

    expect(errorCode(await texts({ questionKey: 'wish', limit: 1000 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await texts({ questionKey: 'wish', offset: -1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await texts({ questionKey: 'wish', search: 'x'.repeat(300) }))).toBe('BAD_USER_INPUT');
  });

  it('refuses hostile or unknown arguments clearly', async () => {
    expect(errorCode(await results({ surveyId: survey.id, segment: 'x'.repeat(1_000_000) }))).toBeDefined();
    expect(errorCode(await results({ surveyId: survey.id, segment: 'x'.repeat(100) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await results({ surveyId: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(errorCode(await results({ surveyId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    // An injected segment is a value, not SQL: it matches nothing.
    const injected = ok(await results({ surveyId: survey.id, segment: "' OR 1=1 --" })).surveyResults;
    expect(injected.respondents).toBe(0);
  });

  it('reports response rates overall and per organisation type (713 / 154 / 110)', async () => {
    const rates = ok(await staff.project_group.client.request<{ surveyResponseRates: {
      overall: RateRow; byType: RateRow[]; codes: unknown; started: number; complete: number;
    } }>(RATES, { surveyId: ratesSurveyId })).surveyResponseRates;
    expect(rates.overall).toMatchObject({ type: null, invited: 713, opened: 300, started: 154, complete: 110 });
    expect(Math.round(rates.overall.startedShare * 1000) / 10).toBe(21.6);
    expect(Math.round(rates.overall.completeShare * 1000) / 10).toBe(15.4);
    expect(rates.overall.openedShare).toBeCloseTo(300 / 713, 10);
    expect(rates.codes).toBeNull();

    // Expected per type, counted here the way the seed assigned them (type = i mod 9).
    const types = ['migrant_organisation', 'municipal_contact', 'education', 'counselling', 'integration_council',
      'religious_community', 'integration_guide', 'welfare', 'other'];
    const expected = new Map<string, { invited: number; opened: number; started: number; complete: number }>();
    for (let i = 1; i <= 713; i++) {
      const row = expected.get(types[i % 9]) ?? { invited: 0, opened: 0, started: 0, complete: 0 };
      row.invited++;
      if (i <= 300) row.opened++;
      if (i <= 154) row.started++;
      if (i <= 110) row.complete++;
      expected.set(types[i % 9], row);
    }
    expect(rates.byType.map((row) => row.type)).toEqual(types.map((t) => t.toUpperCase()));
    for (const row of rates.byType) {
      const want = expected.get(row.type?.toLowerCase() ?? '');
      expect(row).toMatchObject(want ?? {});
      expect(row.completeShare).toBeCloseTo((want?.complete ?? 0) / (want?.invited ?? 1), 10);
    }
    expect(rates.byType.reduce((sum, row) => sum + row.invited, 0)).toBe(713);

    const named = ok(await staff.admin.client.request<{ surveyResponseRates: { overall: RateRow; started: number; complete: number } }>(
      RATES, { surveyId: survey.id },
    )).surveyResponseRates;
    expect(named.overall).toMatchObject({ invited: 5, opened: 4, started: 4, complete: 2, startedShare: 0.8, completeShare: 0.4 });
    expect([named.started, named.complete]).toEqual([4, 2]);
  });

  it('reports access code figures for anonymous surveys and zero shares without invitations', async () => {
    const rates = ok(await staff.project_group.client.request<{ surveyResponseRates: {
      overall: RateRow; byType: RateRow[]; codes: { issued: number; started: number; complete: number }; started: number; complete: number;
    } }>(RATES, { surveyId: codesSurveyId })).surveyResponseRates;
    expect(rates.codes).toEqual({ issued: 10, started: 5, complete: 2 });
    expect(rates.overall).toMatchObject({ invited: 0, startedShare: 0, completeShare: 0 });
    expect(rates.byType).toEqual([]);
    expect([rates.started, rates.complete]).toEqual([3, 2]);
  });

  it('allows results, texts, rates and exports to the project group and admins only', async () => {
    const operations: [string, string, Record<string, unknown>][] = [
      ['surveyResults', RESULTS, { surveyId: survey.id }],
      ['surveyTextAnswers', TEXTS, { surveyId: survey.id, questionKey: 'wish' }],
      ['surveyResponseRates', RATES, { surveyId: survey.id }],
      ['requestSurveyExport', EXPORT, { surveyId: survey.id, format: 'CSV' }],
    ];
    for (const [name, query, variables] of operations)
      for (const caller of CALLERS) {
        const response = await clientOf(caller).request(query, variables);
        const expectedCode = caller === 'anonymous' ? 'UNAUTHENTICATED' : ['project_group', 'admin'].includes(caller) ? undefined : 'FORBIDDEN';
        expect({ name, caller, code: errorCode(response) }).toEqual({ name, caller, code: expectedCode });
      }
  });

  it('queues an export job that only its requester (and admins) can follow and download', async () => {
    const job = ok(await staff.project_group.client.request<{ requestSurveyExport: { id: string; kind: string; format: string; status: string; downloadUrl: string | null } }>(
      EXPORT, { surveyId: survey.id, format: 'XLSX' },
    )).requestSurveyExport;
    expect(job).toMatchObject({ kind: 'survey_responses', format: 'XLSX', status: 'QUEUED', downloadUrl: null });
    const [row] = await db.query(`SELECT kind, format, params, requested_by_id, status FROM export_jobs WHERE id = $1`, [job.id]);
    expect(row).toEqual({ kind: 'survey_responses', format: 'xlsx', params: { surveyId: survey.id }, requested_by_id: staff.project_group.id, status: 'queued' });
    expect(errorCode(await staff.project_group.client.request(EXPORT, { surveyId: '00000000-0000-4000-8000-000000000000', format: 'CSV' }))).toBe('NOT_FOUND');

    const follow = (client: GraphqlClient) => client.request<{ exportJob: { id: string; status: string; downloadUrl: string | null } | null }>(JOB, { id: job.id });
    expect(ok(await follow(staff.project_group.client)).exportJob?.id).toBe(job.id);
    expect(ok(await follow(staff.admin.client)).exportJob?.id).toBe(job.id);
    expect(ok(await follow(otherGroup.client)).exportJob).toBeNull();
    expect(ok(await follow(staff.resident.client)).exportJob).toBeNull();
    expect(errorCode(await follow(anonymousClient))).toBe('UNAUTHENTICATED');

    // What the worker stores when done (the worker test builds real files).
    const fileName = 'umfrage-ergebnisse-2026-03-01 "ä"\r\nX-Evil: 1.xlsx';
    await db.query(
      `UPDATE export_jobs SET status = 'done', file_name = $2, content_type = 'text/csv; charset=utf-8', content = $3, byte_size = 5,
              finished_at = now() WHERE id = $1`,
      [job.id, fileName, Buffer.from('a,b\n1')],
    );
    const done = ok(await follow(staff.project_group.client)).exportJob;
    expect(done).toMatchObject({ status: 'DONE', downloadUrl: `/api/exports/${job.id}/file` });

    const download = (cookie?: string) => fetch(`${api.url}/api/exports/${job.id}/file`, { headers: cookie ? { cookie } : {} });
    const mine = await download(staff.project_group.cookie);
    expect(mine.status).toBe(200);
    expect(await mine.text()).toBe('a,b\n1');
    const disposition = mine.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"\r\n]+"; filename\*=UTF-8''/);
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(mine.headers.get('x-evil')).toBeNull();
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect((await download(staff.admin.cookie)).status).toBe(200);
    expect((await download(otherGroup.cookie)).status).toBe(404);
    expect((await download(staff.resident.cookie)).status).toBe(404);
    expect((await download()).status).toBe(401);
    expect((await fetch(`${api.url}/api/exports/not-a-uuid/file`, { headers: { cookie: staff.admin.cookie } })).status).toBe(404);
  });
});
