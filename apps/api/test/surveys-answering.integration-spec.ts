import { DataSource } from 'typeorm';
import { accessCodeHash, signLinkToken } from '@mitreden/api/surveys';
import { errorCode, GraphqlClient } from '@mitreden/testing';
import type { GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { createProcesses, createUsers, sessionClient } from './support/proposals-fixtures';
import { countQueries } from './support/query-counter';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';

const SESSION_FIELDS = `accessKind organisationName complete reachedSection
  survey { id slug audience anonymous isOpen sections { key questions { key kind } } }
  answers { questionKey choice choices other text number date matrix { row column } ranking }`;
const START = `mutation Start($access: SurveyAccessInput!) { startSurvey(access: $access) { ${SESSION_FIELDS} } }`;
const SAVE = `mutation Save($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { ${SESSION_FIELDS} } }`;
const CODES = `mutation Codes($surveyId: ID!, $count: Int!) { createSurveyAccessCodes(surveyId: $surveyId, count: $count) }`;

interface AnswerOut {
  questionKey: string;
  choice: string | null;
  choices: string[] | null;
  other: string | null;
  text: string | null;
  number: number | null;
  date: string | null;
  matrix: { row: string; column: string }[] | null;
  ranking: string[] | null;
}
interface Session {
  accessKind: string;
  organisationName: string | null;
  complete: boolean;
  reachedSection: number;
  survey: { id: string; slug: string; audience: string; anonymous: boolean; isOpen: boolean };
  answers: AnswerOut[];
}
type AnswerIn = Record<string, unknown> & { questionKey: string };
type Access = { token?: string; slug?: string; preview?: boolean };

/** A complete, valid set of answers for the fixture survey (s2 shown: satisfaction ≥ 3). */
const FULL: AnswerIn[] = [
  { questionKey: 'org_kind', choice: 'education' },
  { questionKey: 'topics', choices: ['language', 'work'] },
  { questionKey: 'staff', number: 12 },
  { questionKey: 'satisfaction', number: 4 },
  { questionKey: 'offers', matrix: [{ row: 'courses', column: 'yes' }, { row: 'advice', column: 'no' }] },
  { questionKey: 'priorities', ranking: ['money', 'rooms', 'people'] },
  { questionKey: 'language_detail', text: 'Abendkurse' },
  { questionKey: 'founded', date: '2001-05-17' },
];

describe('survey answering', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let processId: string;
  let staff: Record<RoleName, StaffSession>;
  let anonymousClient: GraphqlClient;
  let slugCounter = 0;

  const start = (client: GraphqlClient, access: Access) => client.request<{ startSurvey: Session }>(START, { access });
  const save = (client: GraphqlClient, access: Access, answers: AnswerIn[], submit = false, reachedSection = 1) =>
    client.request<{ saveSurveyAnswers: Session }>(SAVE, { input: { access, answers, submit, reachedSection } });
  const ok = <T>(response: GraphqlResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const invitationToken = (id: string) => signLinkToken(api.config.sessionSecret, 'invitation', id);

  /**
   * The fixture survey, written with SQL (the builder is tested on its own). Section s1: single
   * choice with "other" (required, the segment question), multiple choice 1–2, number 0–1000,
   * scale 1–5 (required). Section s2 only when satisfaction ≥ 3: matrix (required), ranking,
   * short text only when topics include "language", date.
   */
  async function seedSurvey(audience: 'public' | 'anonymous' | 'invited', anonymous: boolean, status = 'published', dates = ''): Promise<{ id: string; slug: string }> {
    const slug = `umfrage-${++slugCounter}`;
    const [{ id }] = await dataSource.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at, segment_question_key ${dates ? ', opens_at, closes_at' : ''})
       VALUES ($1, $2, '{"de": "Umfrage", "en": "Survey"}', $3, $4, $5, CASE WHEN $5 = 'draft' THEN NULL ELSE now() END, 'org_kind'
               ${dates ? `, ${dates}` : ''})
       RETURNING id`,
      [processId, slug, audience, anonymous, status],
    );
    const sections: { id: string; key: string }[] = await dataSource.query(
      `INSERT INTO survey_sections (survey_id, key, position, title, condition) VALUES
         ($1, 's1', 1, '{"de": "Über Sie"}', NULL),
         ($1, 's2', 2, '{"de": "Angebote"}', '{"question": "satisfaction", "operator": "at_least", "value": "3"}')
       RETURNING id, key`,
      [id],
    );
    const [s1, s2] = [sections.find((s) => s.key === 's1')?.id, sections.find((s) => s.key === 's2')?.id];
    const questions: { id: string; key: string }[] = await dataSource.query(
      `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, required, title, min_choices, max_choices, min_value, max_value, condition) VALUES
         ($1, $2, 'org_kind', 1, 'single_choice', true, '{"de": "Art"}', NULL, NULL, NULL, NULL, NULL),
         ($1, $2, 'topics', 2, 'multiple_choice', false, '{"de": "Themen"}', 1, 2, NULL, NULL, NULL),
         ($1, $2, 'staff', 3, 'number', false, '{"de": "Mitarbeitende"}', NULL, NULL, 0, 1000, NULL),
         ($1, $2, 'satisfaction', 4, 'scale', true, '{"de": "Zufriedenheit"}', NULL, NULL, 1, 5, NULL),
         ($1, $3, 'offers', 1, 'matrix', true, '{"de": "Angebote"}', NULL, NULL, NULL, NULL, NULL),
         ($1, $3, 'priorities', 2, 'ranking', false, '{"de": "Prioritäten"}', NULL, NULL, NULL, NULL, NULL),
         ($1, $3, 'language_detail', 3, 'short_text', false, '{"de": "Welche Sprachangebote?"}', NULL, NULL, NULL, NULL,
          '{"question": "topics", "operator": "includes", "value": "language"}'),
         ($1, $3, 'founded', 4, 'date', false, '{"de": "Gegründet"}', NULL, NULL, NULL, NULL, NULL)
       RETURNING id, key`,
      [id, s1, s2],
    );
    const q = Object.fromEntries(questions.map((row) => [row.key, row.id]));
    await dataSource.query(
      `INSERT INTO survey_options (question_id, role, key, position, label, is_other) VALUES
         ($1, 'choice', 'migrant', 1, '{"de": "Migrantenorganisation"}', false),
         ($1, 'choice', 'education', 2, '{"de": "Bildung"}', false),
         ($1, 'choice', 'other', 3, '{"de": "Andere"}', true),
         ($2, 'choice', 'language', 1, '{"de": "Sprache"}', false),
         ($2, 'choice', 'work', 2, '{"de": "Arbeit"}', false),
         ($2, 'choice', 'housing', 3, '{"de": "Wohnen"}', false),
         ($3, 'choice', 'yes', 1, '{"de": "Ja"}', false),
         ($3, 'choice', 'no', 2, '{"de": "Nein"}', false),
         ($3, 'row', 'courses', 1, '{"de": "Kurse"}', false),
         ($3, 'row', 'advice', 2, '{"de": "Beratung"}', false),
         ($4, 'choice', 'money', 1, '{"de": "Geld"}', false),
         ($4, 'choice', 'rooms', 2, '{"de": "Räume"}', false),
         ($4, 'choice', 'people', 3, '{"de": "Menschen"}', false)`,
      [q['org_kind'], q['topics'], q['offers'], q['priorities']],
    );
    return { id, slug };
  }

  async function seedInvitations(surveyId: string, count: number, prefix: string, type = 'education'): Promise<{ id: string; organisation_id: string }[]> {
    return dataSource.query(
      `WITH orgs AS (
         INSERT INTO organisations (name, email, type)
         SELECT $2 || ' ' || n, lower($2) || '-' || n || '@example.org', $3 FROM generate_series(1, $4) AS n RETURNING id
       )
       INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at)
       SELECT $1, id, 'invited', now() FROM orgs RETURNING id, organisation_id`,
      [surveyId, prefix, type, count],
    );
  }

  const storedAnswers = async (responseId: string): Promise<Record<string, unknown>> => {
    const rows: { key: string; value: unknown }[] = await dataSource.query(
      `SELECT q.key, a.value FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE a.response_id = $1`,
      [responseId],
    );
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  };

  /** Tallies kept incrementally must equal a recount from the answers. */
  const expectTalliesMatchRecount = async (surveyId: string) => {
    const snapshot = () =>
      dataSource.query(
        `SELECT question_id, segment, complete, option_key, row_key, num::text AS num, n::int AS n FROM survey_tallies
          WHERE survey_id = $1 AND n <> 0 ORDER BY 1, 2, 3, 4, 5, 6`,
        [surveyId],
      );
    const incremental = await snapshot();
    await dataSource.query(`SELECT survey_recount($1)`, [surveyId]);
    const recounted = await snapshot();
    expect(incremental.length).toBeGreaterThan(0);
    expect(incremental).toEqual(recounted);
  };

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    processId = (await createProcesses(dataSource)).processId;
    staff = await staffSessions(api, dataSource, 'answering');
    anonymousClient = api.client();
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('PUBLIC survey (one response per account)', () => {
    let survey: { id: string; slug: string };
    let resident: GraphqlClient;
    let residentId: string;

    beforeAll(async () => {
      survey = await seedSurvey('public', false);
      [{ id: residentId }] = await createUsers(dataSource, 'publicresident', 1);
      resident = await sessionClient(api, dataSource, residentId);
    });

    it('needs a login', async () => {
      expect(errorCode(await start(anonymousClient, { slug: survey.slug }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await save(anonymousClient, { slug: survey.slug }, FULL))).toBe('UNAUTHENTICATED');
    });

    it('starts, saves partially, resumes, submits and refuses changes afterwards', async () => {
      const first = ok(await start(resident, { slug: survey.slug })).startSurvey;
      expect(first).toMatchObject({ accessKind: 'ACCOUNT', complete: false, reachedSection: 1, answers: [] });

      const partial = ok(await save(resident, { slug: survey.slug }, FULL.slice(0, 2), false, 2)).saveSurveyAnswers;
      expect(partial.answers.map((a) => a.questionKey)).toEqual(['org_kind', 'topics']);

      const resumed = ok(await start(resident, { slug: survey.slug })).startSurvey;
      expect(resumed.reachedSection).toBe(2);
      expect(resumed.answers.find((a) => a.questionKey === 'topics')?.choices).toEqual(['language', 'work']);

      const submitted = ok(await save(resident, { slug: survey.slug }, FULL, true, 2)).saveSurveyAnswers;
      expect(submitted.complete).toBe(true);
      expect(submitted.answers.find((a) => a.questionKey === 'offers')?.matrix).toEqual([
        { row: 'courses', column: 'yes' },
        { row: 'advice', column: 'no' },
      ]);

      expect(errorCode(await save(resident, { slug: survey.slug }, FULL.slice(0, 1)))).toBe('SURVEY_COMPLETED');
      const after = ok(await start(resident, { slug: survey.slug })).startSurvey;
      expect(after.complete).toBe(true);
      expect(after.answers).toHaveLength(FULL.length);

      const rows = await dataSource.query(
        `SELECT id, account_id, invitation_id, resume_hash, segment, complete, started_at, completed_at FROM survey_responses WHERE survey_id = $1`,
        [survey.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ account_id: residentId, invitation_id: null, resume_hash: null, segment: 'education', complete: true });
      expect(rows[0].started_at).toBeInstanceOf(Date);
      expect(rows[0].completed_at).toBeInstanceOf(Date);
      expect(await storedAnswers(rows[0].id)).toMatchObject({
        priorities: { ranking: ['money', 'rooms', 'people'] },
        offers: { rows: { courses: 'yes', advice: 'no' } },
        founded: { date: '2001-05-17' },
      });
      await expectTalliesMatchRecount(survey.id);
    });

    it('validates on the server: required, ranges, choices, other text, shapes', async () => {
      const [{ id }] = await createUsers(dataSource, 'validator', 1);
      const client = await sessionClient(api, dataSource, id);
      const access = { slug: survey.slug };

      const missing = await save(client, access, [{ questionKey: 'topics', choices: ['work'] }], true);
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.fields).toEqual({ org_kind: ['required'], satisfaction: ['required'] });

      const broken = await save(client, access, [
        { questionKey: 'org_kind', choice: 'other' },
        { questionKey: 'topics', choices: ['language', 'work', 'housing'] },
        { questionKey: 'staff', number: 5000 },
        { questionKey: 'satisfaction', number: 3.5 },
        { questionKey: 'priorities', ranking: ['money', 'money', 'rooms'] },
        { questionKey: 'founded', date: '2023-02-30' },
        { questionKey: 'offers', matrix: [{ row: 'courses', column: 'maybe' }] },
      ]);
      expect(errorCode(broken)).toBe('BAD_USER_INPUT');
      expect(broken.errors?.[0].extensions?.fields).toEqual({
        org_kind: ['otherTextMissing'],
        topics: ['tooManyChoices'],
        staff: ['aboveMaximum'],
        satisfaction: ['notAWholeStep'],
        offers: ['unknownOption'],
        priorities: ['rankingIncomplete'],
        founded: ['invalidDate'],
      });
      const unknown = await save(client, access, [{ questionKey: 'org_kind', choice: 'nope' }]);
      expect(unknown.errors?.[0].extensions?.fields).toEqual({ org_kind: ['unknownOption'] });
      const tooFew = await save(client, access, [{ questionKey: 'satisfaction', number: 0 }]);
      expect(tooFew.errors?.[0].extensions?.fields).toEqual({ satisfaction: ['belowMinimum'] });
      const rowMissing = await save(
        client,
        access,
        [...FULL.filter((a) => a.questionKey !== 'offers'), { questionKey: 'offers', matrix: [{ row: 'courses', column: 'yes' }] }],
        true,
      );
      expect(rowMissing.errors?.[0].extensions?.fields).toEqual({ offers: ['rowMissing'] });
      // Nothing of the refused saves was stored.
      expect(await dataSource.query(`SELECT 1 FROM survey_responses WHERE account_id = $1`, [id])).toHaveLength(0);
    });

    it('discards answers to hidden questions and sections', async () => {
      const [{ id }] = await createUsers(dataSource, 'hidden', 1);
      const client = await sessionClient(api, dataSource, id);
      // Satisfaction 2 hides section s2; topics without "language" hide language_detail.
      const answers = [
        { questionKey: 'org_kind', choice: 'other', other: '  Sportverein  ' },
        { questionKey: 'topics', choices: ['work'] },
        { questionKey: 'satisfaction', number: 2 },
        { questionKey: 'offers', matrix: [{ row: 'courses', column: 'maybe' }] },
        { questionKey: 'priorities', ranking: ['money'] },
        { questionKey: 'founded', date: '2001-01-01' },
        { questionKey: 'not_a_question', text: 'ignored' },
      ];
      const session = ok(await save(client, { slug: survey.slug }, answers, true)).saveSurveyAnswers;
      expect(session.complete).toBe(true);
      expect(session.answers.map((a) => a.questionKey)).toEqual(['org_kind', 'topics', 'satisfaction']);
      const [{ id: responseId, segment }] = await dataSource.query(`SELECT id, segment FROM survey_responses WHERE account_id = $1`, [id]);
      expect(segment).toBe('other');
      expect(await storedAnswers(responseId)).toEqual({
        org_kind: { choice: 'other', other: 'Sportverein' },
        topics: { choices: ['work'] },
        satisfaction: { number: 2 },
      });
      await expectTalliesMatchRecount(survey.id);
    });

    it('stores hostile text inert and refuses oversized text', async () => {
      const [{ id }] = await createUsers(dataSource, 'hostile', 1);
      const client = await sessionClient(api, dataSource, id);
      const hostile = `<script>alert(1)</script>'; DROP TABLE survey_answers; -- \u202Egnp.exe\u0000`;
      const answers = [
        { questionKey: 'org_kind', choice: 'other', other: hostile },
        { questionKey: 'topics', choices: ['language'] },
        { questionKey: 'satisfaction', number: 5 },
        { questionKey: 'language_detail', text: hostile },
      ];
      const session = ok(await save(client, { slug: survey.slug }, answers)).saveSurveyAnswers;
      const stored = hostile.replace('\u0000', '');
      expect(session.answers.find((a) => a.questionKey === 'language_detail')?.text).toBe(stored);
      expect(session.answers.find((a) => a.questionKey === 'org_kind')?.other).toBe(stored);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM survey_answers`)).toEqual([{ n: expect.any(Number) }]);

      const huge = await save(client, { slug: survey.slug }, [{ questionKey: 'language_detail', text: 'x'.repeat(1_000_000) }]);
      expect(errorCode(huge)).toBe('BAD_USER_INPUT');
      const tooLong = await save(client, { slug: survey.slug }, [
        { questionKey: 'topics', choices: ['language'] },
        { questionKey: 'satisfaction', number: 5 },
        { questionKey: 'language_detail', text: 'x'.repeat(600) },
      ]);
      expect(tooLong.errors?.[0].extensions?.fields).toEqual({ language_detail: ['tooLong'] });
    });

    it('20 parallel saves of one account create one response', async () => {
      const [{ id }] = await createUsers(dataSource, 'parallel', 1);
      const client = await sessionClient(api, dataSource, id);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => save(client, { slug: survey.slug }, [{ questionKey: 'staff', number: i }])),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      const rows = await dataSource.query(`SELECT id FROM survey_responses WHERE survey_id = $1 AND account_id = $2`, [survey.id, id]);
      expect(rows).toHaveLength(1);
      expect(Object.keys(await storedAnswers(rows[0].id))).toEqual(['staff']);
      await expectTalliesMatchRecount(survey.id);
    });

    it('saves with a fixed number of statements however many answers', async () => {
      const users = await createUsers(dataSource, 'counted', 2);
      const [few, many] = await Promise.all(users.map(({ id }) => sessionClient(api, dataSource, id)));
      const count = async (client: GraphqlClient, answers: AnswerIn[]) => {
        ok(await save(client, { slug: survey.slug }, answers)); // first save creates the response
        const { result, queries } = await countQueries(dataSource, () => save(client, { slug: survey.slug }, answers));
        ok(result);
        return queries.length;
      };
      const small = await count(few, FULL.slice(0, 1));
      expect(await count(many, FULL)).toBe(small);
      expect(small).toBeLessThanOrEqual(16);
    });

    it('refuses a closed survey but shows a completed respondent their submission', async () => {
      const closed = await seedSurvey('public', false, 'closed');
      const [{ id }] = await createUsers(dataSource, 'late', 1);
      const client = await sessionClient(api, dataSource, id);
      expect(errorCode(await start(client, { slug: closed.slug }))).toBe('SURVEY_CLOSED');
      expect(errorCode(await save(client, { slug: closed.slug }, FULL, true))).toBe('SURVEY_CLOSED');

      const notYet = await seedSurvey('public', false, 'published', `now() + interval '1 day', now() + interval '2 days'`);
      expect(errorCode(await start(client, { slug: notYet.slug }))).toBe('SURVEY_CLOSED');

      await dataSource.query(`UPDATE surveys SET status = 'closed' WHERE id = $1`, [survey.id]);
      try {
        const done = ok(await start(resident, { slug: survey.slug })).startSurvey;
        expect(done.complete).toBe(true);
        expect(done.survey.isOpen).toBe(false);
      } finally {
        await dataSource.query(`UPDATE surveys SET status = 'published' WHERE id = $1`, [survey.id]);
      }
    });

    it('does not serve a draft, unknown or non-public survey by slug', async () => {
      const draft = await seedSurvey('public', false, 'draft');
      const invited = await seedSurvey('invited', false);
      expect(errorCode(await start(resident, { slug: draft.slug }))).toBe('NOT_FOUND');
      expect(errorCode(await start(resident, { slug: invited.slug }))).toBe('NOT_FOUND');
      expect(errorCode(await start(resident, { slug: 'gibt-es-nicht' }))).toBe('NOT_FOUND');
      expect(errorCode(await start(resident, {}))).toBe('BAD_USER_INPUT');
    });
  });

  describe('preview', () => {
    it('lets the project group and admins try any survey without storing anything', async () => {
      const draft = await seedSurvey('invited', true, 'draft');
      for (const role of ['project_group', 'admin'] as const) {
        const client = staff[role].client;
        const started = ok(await start(client, { slug: draft.slug, preview: true })).startSurvey;
        expect(started).toMatchObject({ accessKind: 'PREVIEW', complete: false });
        const saved = ok(await save(client, { slug: draft.slug, preview: true }, FULL, true)).saveSurveyAnswers;
        expect(saved.complete).toBe(true);
        const invalid = await save(client, { slug: draft.slug, preview: true }, [], true);
        expect(invalid.errors?.[0].extensions?.fields).toEqual({ org_kind: ['required'], satisfaction: ['required'] });
      }
      const [{ n }] = await dataSource.query(
        `SELECT (SELECT count(*) FROM survey_responses WHERE survey_id = $1) + (SELECT count(*) FROM survey_tallies WHERE survey_id = $1) AS n`,
        [draft.id],
      );
      expect(Number(n)).toBe(0);
    });

    it('is refused to everyone else', async () => {
      const survey = await seedSurvey('public', false);
      expect(errorCode(await start(anonymousClient, { slug: survey.slug, preview: true }))).toBe('UNAUTHENTICATED');
      for (const role of ['resident', 'moderator', 'department_expert'] as const) {
        expect(errorCode(await start(staff[role].client, { slug: survey.slug, preview: true }))).toBe('FORBIDDEN');
        expect(errorCode(await save(staff[role].client, { slug: survey.slug, preview: true }, FULL, true))).toBe('FORBIDDEN');
      }
    });
  });

  describe('INVITED survey, named', () => {
    it('opens, saves partially, resumes by the same link, submits; the invitation follows', async () => {
      const survey = await seedSurvey('invited', false);
      const [invitation] = await seedInvitations(survey.id, 1, 'Bildungswerk', 'counselling');
      const token = invitationToken(invitation.id);
      const status = async () =>
        (await dataSource.query(`SELECT status FROM survey_invitations WHERE id = $1`, [invitation.id]))[0].status;

      const opened = ok(await start(anonymousClient, { token })).startSurvey;
      expect(opened).toMatchObject({ accessKind: 'INVITATION', organisationName: 'Bildungswerk 1', complete: false });
      expect(await status()).toBe('opened');

      ok(await save(anonymousClient, { token }, FULL.slice(0, 3), false, 1));
      expect(await status()).toBe('partial');
      ok(await start(anonymousClient, { token })); // opening again never downgrades
      expect(await status()).toBe('partial');
      const resumed = ok(await start(api.client(), { token })).startSurvey;
      expect(resumed.answers.map((a) => a.questionKey)).toEqual(['org_kind', 'topics', 'staff']);

      ok(await save(anonymousClient, { token }, FULL, true, 2));
      expect(await status()).toBe('complete');
      expect(errorCode(await save(anonymousClient, { token }, FULL, true))).toBe('SURVEY_COMPLETED');
      expect(ok(await start(anonymousClient, { token })).startSurvey.complete).toBe(true);

      const [response] = await dataSource.query(
        `SELECT invitation_id, account_id, segment, complete, anonymous, started_at FROM survey_responses WHERE survey_id = $1`,
        [survey.id],
      );
      // Named invitations are segmented by organisation type, not by the self-declared answer.
      expect(response).toMatchObject({ invitation_id: invitation.id, account_id: null, segment: 'counselling', complete: true, anonymous: false });
      // Control for the anonymity probe below: on a named survey it does find the link.
      expect(await linkingPairs(survey.id)).toEqual(
        expect.arrayContaining(['survey_responses.invitation_id = survey_invitations.id', 'survey_responses.xmin = survey_invitations.xmin']),
      );
      await expectTalliesMatchRecount(survey.id);
    });

    it('answers INVALID_TOKEN alike for forged, unknown, misdirected and malformed tokens', async () => {
      const survey = await seedSurvey('invited', false);
      const [invitation] = await seedInvitations(survey.id, 1, 'Echt');
      const real = invitationToken(invitation.id);
      const forged = `${real.slice(0, -4)}${real.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      const unknown = invitationToken('00000000-0000-4000-8000-000000000000');
      const wrongSecret = signLinkToken('another-secret', 'invitation', invitation.id);
      const optOut = signLinkToken(api.config.sessionSecret, 'opt-out', invitation.id);
      for (const token of [forged, unknown, wrongSecret, optOut, 'ABCD-EFGH-JKLM', 'iNOTATOKEN', "' OR 1=1 --"]) {
        expect(errorCode(await start(anonymousClient, { token }))).toBe('INVALID_TOKEN');
        expect(errorCode(await save(anonymousClient, { token }, FULL, true))).toBe('INVALID_TOKEN');
      }
      expect(await dataSource.query(`SELECT status FROM survey_invitations WHERE id = $1`, [invitation.id])).toEqual([{ status: 'invited' }]);
    });
  });

  describe('INVITED survey, anonymous', () => {
    it('keeps invitation statuses while the answers cannot be joined to any invitation, code or account', async () => {
      const survey = await seedSurvey('invited', true);
      const invitations = await seedInvitations(survey.id, 4, 'Anonym', 'religious_community');
      const tokens = invitations.map((invitation) => invitationToken(invitation.id));

      // 0: submits after a partial save and a resume, 1: partial only, 2: opened only, 3: untouched.
      ok(await save(anonymousClient, { token: tokens[0] }, FULL.slice(0, 2)));
      const resumed = ok(await start(api.client(), { token: tokens[0] })).startSurvey;
      expect(resumed.organisationName).toBeNull();
      expect(resumed.answers.map((a) => a.questionKey)).toEqual(['org_kind', 'topics']);
      ok(await save(anonymousClient, { token: tokens[0] }, FULL, true, 2));
      ok(await save(anonymousClient, { token: tokens[1] }, FULL.slice(0, 4), false));
      ok(await start(anonymousClient, { token: tokens[2] }));

      const after = ok(await start(anonymousClient, { token: tokens[0] })).startSurvey;
      expect(after).toMatchObject({ complete: true, answers: [] });
      expect(errorCode(await save(anonymousClient, { token: tokens[0] }, FULL, true))).toBe('SURVEY_COMPLETED');

      const statuses = await dataSource.query(`SELECT id, status FROM survey_invitations WHERE survey_id = $1`, [survey.id]);
      expect(Object.fromEntries(statuses.map((row: { id: string; status: string }) => [row.id, row.status]))).toEqual({
        [invitations[0].id]: 'complete',
        [invitations[1].id]: 'partial',
        [invitations[2].id]: 'opened',
        [invitations[3].id]: 'invited',
      });

      const responses = await dataSource.query(`SELECT * FROM survey_responses WHERE survey_id = $1`, [survey.id]);
      expect(responses).toHaveLength(2);
      for (const response of responses) {
        expect(response).toMatchObject({ anonymous: true, account_id: null, invitation_id: null, started_at: null, updated_at: null, completed_at: null });
      }
      // The submitted response forgot its link; the partial one keeps only a keyed hash of it.
      expect(responses.filter((r: { resume_hash: string | null }) => r.resume_hash === null)).toHaveLength(1);
      // Self-declared segment (the organisation's type would identify it).
      expect(responses.map((r: { segment: string }) => r.segment).sort()).toEqual(['education', 'education']);

      await expectNoLink(survey.id);
      await expectTalliesMatchRecount(survey.id);
    });
  });

  /**
   * The anonymity proof, from the database alone: no value of any response or answer column
   * equals an id, token or timestamp of invitations, organisations, codes or accounts, and an
   * equi-join on every pair of columns (as text) between them finds nothing.
   */
  async function expectNoLink(surveyId: string): Promise<void> {
    expect(await linkingPairs(surveyId)).toEqual([]);
    await expectNoIdsInside(surveyId);
  }

  /** Every (answer column, link column) pair whose values meet for this survey. */
  async function linkingPairs(surveyId: string): Promise<string[]> {
    const columns = async (table: string): Promise<string[]> =>
      (
        await dataSource.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      )
        .map((row: { column_name: string }) => row.column_name)
        // System columns too: the id of the transaction that wrote (xmin) or locked (xmax) a row.
        .concat(['xmin', 'xmax']);
    const answerSide = { survey_responses: await columns('survey_responses'), survey_answers: await columns('survey_answers') };
    const linkSide = {
      survey_invitations: await columns('survey_invitations'),
      organisations: await columns('organisations'),
      survey_access_codes: await columns('survey_access_codes'),
      users: await columns('users'),
    };
    // Organisations and accounts are global; only those of this survey's invitations could be the respondents.
    const linkFilter: Record<string, string> = {
      survey_invitations: 'l.survey_id = $1',
      survey_access_codes: 'l.survey_id = $1',
      organisations: 'l.id IN (SELECT organisation_id FROM survey_invitations WHERE survey_id = $1)',
      users: 'true',
    };
    const pairs: string[] = [];
    for (const [answerTable, answerColumns] of Object.entries(answerSide))
      for (const answerColumn of answerColumns) {
        // The survey id is shared by design; flags, page numbers and the self-declared segment
        // (a category many respondents share, e.g. "education") are values, not identifiers.
        if (['survey_id', 'anonymous', 'complete', 'reached_section', 'segment'].includes(answerColumn)) continue;
        for (const [linkTable, linkColumns] of Object.entries(linkSide))
          for (const linkColumn of linkColumns) {
            if (linkColumn === 'survey_id') continue;
            pairs.push(
              `SELECT '${answerTable}.${answerColumn} = ${linkTable}.${linkColumn}' AS pair FROM ${answerTable} a JOIN ${linkTable} l
                 ON a.${answerColumn}::text = l.${linkColumn}::text
                WHERE a.survey_id = $1 AND ${linkFilter[linkTable]} AND a.${answerColumn} IS NOT NULL
                  AND a.${answerColumn}::text <> '0'`,
            );
          }
      }
    expect(pairs.length).toBeGreaterThan(100);
    const found: { pair: string }[] = await dataSource.query(`SELECT DISTINCT pair FROM (${pairs.join('\nUNION ALL\n')}) AS p`, [surveyId]);
    return found.map((row) => row.pair).sort();
  }

  async function expectNoIdsInside(surveyId: string): Promise<void> {

    // No linking value hides inside the answers' JSON either.
    const ids: { value: string }[] = await dataSource.query(
      `SELECT id::text AS value FROM survey_invitations WHERE survey_id = $1
       UNION SELECT organisation_id::text FROM survey_invitations WHERE survey_id = $1
       UNION SELECT id::text FROM survey_access_codes WHERE survey_id = $1
       UNION SELECT code_hash FROM survey_access_codes WHERE survey_id = $1
       UNION SELECT id::text FROM users`,
      [surveyId],
    );
    const [{ text }] = await dataSource.query(
      `SELECT coalesce(string_agg(a.value::text || r::text, ' '), '') AS text
         FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = $1`,
      [surveyId],
    );
    for (const { value } of ids) expect(text.includes(value)).toBe(false);
    // And no foreign key from an anonymous response leads anywhere but its survey.
    const [{ linked }] = await dataSource.query(
      `SELECT count(*)::int AS linked FROM survey_responses WHERE survey_id = $1 AND (account_id IS NOT NULL OR invitation_id IS NOT NULL)`,
      [surveyId],
    );
    expect(linked).toBe(0);
  }

  describe('ANONYMOUS survey with one-time codes', () => {
    let survey: { id: string; slug: string };

    beforeAll(async () => {
      survey = await seedSurvey('anonymous', true);
    });

    it('creates codes for the project group only, stores only their hashes', async () => {
      expect(errorCode(await anonymousClient.request(CODES, { surveyId: survey.id, count: 2 }))).toBe('UNAUTHENTICATED');
      for (const role of ['resident', 'moderator', 'department_expert'] as const)
        expect(errorCode(await staff[role].client.request(CODES, { surveyId: survey.id, count: 2 }))).toBe('FORBIDDEN');

      const codes = ok(await staff.project_group.client.request<{ createSurveyAccessCodes: string[] }>(CODES, { surveyId: survey.id, count: 25 }))
        .createSurveyAccessCodes;
      expect(codes).toHaveLength(25);
      expect(new Set(codes).size).toBe(25);
      for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      const stored = await dataSource.query(`SELECT code_hash, status FROM survey_access_codes WHERE survey_id = $1`, [survey.id]);
      expect(stored.map((row: { code_hash: string }) => row.code_hash).sort()).toEqual(codes.map(accessCodeHash).sort());
      expect(JSON.stringify(stored)).not.toContain(codes[0].replace(/-/g, '').slice(0, 8));
      expect(ok(await staff.admin.client.request<{ createSurveyAccessCodes: string[] }>(CODES, { surveyId: survey.id, count: 1 })).createSurveyAccessCodes).toHaveLength(1);

      for (const count of [0, 1001, -5]) expect(errorCode(await staff.admin.client.request(CODES, { surveyId: survey.id, count }))).toBe('BAD_USER_INPUT');
      const publicSurvey = await seedSurvey('public', false);
      expect(errorCode(await staff.admin.client.request(CODES, { surveyId: publicSurvey.id, count: 1 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await staff.admin.client.request(CODES, { surveyId: '00000000-0000-4000-8000-000000000000', count: 1 }))).toBe('NOT_FOUND');
    });

    it('answers with a code: typed loosely, resumed, submitted once', async () => {
      const [code] = ok(await staff.project_group.client.request<{ createSurveyAccessCodes: string[] }>(CODES, { surveyId: survey.id, count: 1 }))
        .createSurveyAccessCodes;
      const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
      const codeStatus = async () =>
        (await dataSource.query(`SELECT status FROM survey_access_codes WHERE code_hash = $1`, [accessCodeHash(code)]))[0].status;

      expect(ok(await start(anonymousClient, { token: typed })).startSurvey).toMatchObject({ accessKind: 'CODE', complete: false, answers: [] });
      expect(await codeStatus()).toBe('unused');
      ok(await save(anonymousClient, { token: code }, FULL.slice(0, 4), false, 2));
      expect(await codeStatus()).toBe('started');
      const resumed = ok(await start(api.client(), { token: typed })).startSurvey;
      expect(resumed.reachedSection).toBe(2);
      expect(resumed.answers).toHaveLength(4);
      ok(await save(anonymousClient, { token: code }, FULL, true, 2));
      expect(await codeStatus()).toBe('complete');
      expect(errorCode(await save(anonymousClient, { token: code }, FULL, false))).toBe('SURVEY_COMPLETED');
      expect(ok(await start(anonymousClient, { token: code })).startSurvey.complete).toBe(true);

      // A code of one survey is no link into another audience.
      expect(errorCode(await start(anonymousClient, { token: 'ZZZZ-ZZZZ-ZZZZ' }))).toBe('INVALID_TOKEN');
      await expectNoLink(survey.id);
      await expectTalliesMatchRecount(survey.id);
    });

    it('one code from 50 parallel saves yields exactly one response', async () => {
      const [code, other] = ok(await staff.project_group.client.request<{ createSurveyAccessCodes: string[] }>(CODES, { surveyId: survey.id, count: 2 }))
        .createSurveyAccessCodes;
      const before = Number((await dataSource.query(`SELECT count(*) FROM survey_responses WHERE survey_id = $1`, [survey.id]))[0].count);

      const drafts = await Promise.all(
        Array.from({ length: 50 }, (_, i) => save(api.client(), { token: code }, [...FULL.slice(0, 2), { questionKey: 'staff', number: i }])),
      );
      expect(drafts.filter((r) => r.errors)).toEqual([]);
      const afterDrafts = Number((await dataSource.query(`SELECT count(*) FROM survey_responses WHERE survey_id = $1`, [survey.id]))[0].count);
      expect(afterDrafts).toBe(before + 1);

      // 50 parallel submissions of a second code: one wins, the others learn it is done.
      const submits = await Promise.all(Array.from({ length: 50 }, () => save(api.client(), { token: other }, FULL, true)));
      expect(submits.filter((r) => !r.errors)).toHaveLength(1);
      expect(new Set(submits.filter((r) => r.errors).map(errorCode))).toEqual(new Set(['SURVEY_COMPLETED']));
      const rows = await dataSource.query(`SELECT complete FROM survey_responses WHERE survey_id = $1`, [survey.id]);
      expect(rows).toHaveLength(before + 2);
      await expectTalliesMatchRecount(survey.id);
    });
  });
});
