import { DataSource } from 'typeorm';
import { seedDemoAssessments } from '@mitreden/api/assessments';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { createParticipationFixture } from './comments-fixtures';
import type { ParticipationFixture } from './comments-fixtures';
import { logInAs } from './support/identity-helpers';
import { createUsers, sessionClient } from './support/proposals-fixtures';
import { countQueries } from './support/query-counter';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const SOZIALES = 'Fachbereich Soziales';
const BILDUNG = 'Fachbereich Bildung';

const FIELDS = `id department dueOn overdue status feasibility responsibility costNote publicComment internalComment canRecord
  assignedBy { displayName } assessedBy { displayName } proposal { id number title actionFieldTitle }`;
const ASSIGN = `mutation Assign($input: AssignAssessmentInput!) { assignAssessment(input: $input) { ${FIELDS} } }`;
const UNASSIGN = `mutation Unassign($id: ID!) { unassignAssessment(id: $id) }`;
const RECORD = `mutation Record($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ${FIELDS} } }`;
const GET = `query Get($id: ID!) { assessment(id: $id) { ${FIELDS} } }`;
const LIST = `query List($filter: AssessmentFilter) { assessments(filter: $filter) { ${FIELDS} } }`;
const OVERVIEW = `{ assessmentOverview { department assigned inProgress submitted overdue dueSoon } }`;
const DEPARTMENTS = `{ departments }`;
const PUBLIC = `query Public($id: ID!) { publicAssessments(proposalId: $id) { department feasibility responsibility publicComment assessedAt } }`;

interface Assessment {
  id: string;
  department: string;
  dueOn: string;
  overdue: boolean;
  status: string;
  feasibility: string | null;
  responsibility: string | null;
  publicComment: string;
  internalComment: string;
  canRecord: boolean;
  assessedBy: { displayName: string } | null;
}

/** YYYY-MM-DD in Europe/Berlin, `days` from today. */
function berlinDay(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function fieldsOf(response: GraphqlResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['fields'];
}

describe('department assessments', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let world: ParticipationFixture;
  let projectGroup: GraphqlClient;
  let expert: GraphqlClient;
  let otherExpert: GraphqlClient;
  let resident: GraphqlClient;
  let otherExpertId: string;
  /** Fresh proposals, so each test has its own assignments. */
  const newProposal = async (title: string): Promise<string> => {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source, author_id)
       VALUES ($1, $2, 'measure', $3, 'Text', 'online', $4) RETURNING id`,
      [world.processId, world.actionFieldId, title, world.residentC],
    );
    return row.id;
  };
  const assign = async (proposalId: string, department = SOZIALES, dueOn = berlinDay(7)): Promise<Assessment> => {
    const response = await projectGroup.request<{ assignAssessment: Assessment }>(ASSIGN, {
      input: { proposalId, department, dueOn },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as { assignAssessment: Assessment }).assignAssessment;
  };

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    world = await createParticipationFixture(dataSource);
    const [bildung] = await createUsers(dataSource, 'bildung', 1);
    const [blocked] = await createUsers(dataSource, 'gesperrt', 1);
    await dataSource.query(`UPDATE users SET role = 'department_expert', department = $2, locale = 'en' WHERE id = $1`, [bildung.id, BILDUNG]);
    await dataSource.query(`UPDATE users SET role = 'department_expert', department = 'Fachbereich Gesperrt', blocked_at = now() WHERE id = $1`, [
      blocked.id,
    ]);
    otherExpertId = bildung.id;
    projectGroup = api.client();
    expert = api.client();
    resident = api.client();
    await logInAs(projectGroup, 'projectgroup@mitreden.test');
    await logInAs(expert, 'expert@mitreden.test');
    await logInAs(resident, 'resident@mitreden.test');
    otherExpert = await sessionClient(api, dataSource, otherExpertId);
  });
  afterAll(() => api?.close());

  describe('assigning', () => {
    it('lists the departments with an unblocked expert, for the project group only', async () => {
      expect((await projectGroup.request(DEPARTMENTS)).data).toEqual({ departments: [BILDUNG, SOZIALES] });
      expect(errorCode(await expert.request(DEPARTMENTS))).toBe('FORBIDDEN');
      expect(errorCode(await api.client().request(DEPARTMENTS))).toBe('UNAUTHENTICATED');
    });

    it('assigns a proposal to a department with a due date today or later, with an audit entry', async () => {
      const proposalId = await newProposal('Beratung für Familien');
      const created = await assign(proposalId, SOZIALES, berlinDay(0));
      expect(created).toMatchObject({
        department: SOZIALES,
        dueOn: berlinDay(0),
        overdue: false,
        status: 'ASSIGNED',
        canRecord: false,
        proposal: { id: proposalId, title: 'Beratung für Familien', actionFieldTitle: 'Bildung und Sprache' },
      });
      const audit: { action: string; actor_role: string; after: { department: string } }[] = await dataSource.query(
        `SELECT action, actor_role, after FROM audit_log WHERE target_id = $1`,
        [created.id],
      );
      expect(audit).toEqual([{ action: 'assessment.assign', actor_role: 'project_group', after: expect.objectContaining({ department: SOZIALES }) }]);
    });

    it('refuses unknown or blocked-only departments, past due dates and unknown proposals', async () => {
      const proposalId = await newProposal('Sprachcafé');
      const attempt = (input: Record<string, string>) =>
        projectGroup.request(ASSIGN, { input: { proposalId, department: SOZIALES, dueOn: berlinDay(3), ...input } });
      for (const department of ['Fachbereich Nirgendwo', 'Fachbereich Gesperrt']) {
        const response = await attempt({ department });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(response)).toEqual({ department: ['unknownDepartment'] });
      }
      const past = await attempt({ dueOn: berlinDay(-1) });
      expect(fieldsOf(past)).toEqual({ dueOn: ['dueInPast'] });
      expect(errorCode(await attempt({ dueOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await attempt({ department: `Fach\u202ebereich` }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await attempt({ department: 'x'.repeat(1_000_000) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await attempt({ proposalId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(await dataSource.query(`SELECT 1 FROM assessments WHERE proposal_id = $1`, [proposalId])).toEqual([]);
    });

    it('lets only the project group and admins assign and unassign', async () => {
      const proposalId = await newProposal('Nachbarschaftshilfe');
      const input = { proposalId, department: SOZIALES, dueOn: berlinDay(3) };
      expect(errorCode(await api.client().request(ASSIGN, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await resident.request(ASSIGN, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await expert.request(ASSIGN, { input }))).toBe('FORBIDDEN');
      const created = await assign(proposalId);
      expect(errorCode(await expert.request(UNASSIGN, { id: created.id }))).toBe('FORBIDDEN');
      expect((await projectGroup.request(UNASSIGN, { id: created.id })).data).toEqual({ unassignAssessment: true });
      expect(errorCode(await projectGroup.request(UNASSIGN, { id: created.id }))).toBe('NOT_FOUND');
      const actions: { action: string }[] = await dataSource.query(
        `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [created.id],
      );
      expect(actions.map((row) => row.action)).toEqual(['assessment.assign', 'assessment.unassign']);
    });

    it('keeps one assessment per proposal and department under concurrent assignments', async () => {
      const proposalId = await newProposal('Gleichzeitig zugewiesen');
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          projectGroup.request(ASSIGN, { input: { proposalId, department: SOZIALES, dueOn: berlinDay(5) } }),
        ),
      );
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      expect(responses.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(5);
      const rows = await dataSource.query(`SELECT id FROM assessments WHERE proposal_id = $1`, [proposalId]);
      expect(rows).toHaveLength(1);
      // Another department may still assess the same proposal.
      await assign(proposalId, BILDUNG);
    });
  });

  describe('recording', () => {
    let assessmentId: string;
    let proposalId: string;

    beforeAll(async () => {
      proposalId = await newProposal('Mehr Sozialarbeit an Schulen');
      assessmentId = (await assign(proposalId)).id;
    });

    it('keeps other departments out without revealing the assessment exists', async () => {
      expect(errorCode(await otherExpert.request(GET, { id: assessmentId }))).toBe('NOT_FOUND');
      expect(
        errorCode(
          await otherExpert.request(RECORD, {
            input: { assessmentId, feasibility: 'FEASIBLE', responsibility: 'LAND', submit: true },
          }),
        ),
      ).toBe('NOT_FOUND');
      const mine = await otherExpert.request<{ assessments: Assessment[] }>(LIST, { filter: { department: SOZIALES } });
      expect(mine.data?.assessments).toEqual([]);
      const overview = await otherExpert.request<{ assessmentOverview: { department: string }[] }>(OVERVIEW);
      expect(overview.data?.assessmentOverview.map((row) => row.department)).toEqual([BILDUNG]);
      // The project group may read but not record.
      expect((await projectGroup.request(GET, { id: assessmentId })).errors).toBeUndefined();
      expect(
        errorCode(await projectGroup.request(RECORD, { input: { assessmentId, submit: false } })),
      ).toBe('FORBIDDEN');
      expect(errorCode(await resident.request(GET, { id: assessmentId }))).toBe('FORBIDDEN');
    });

    it('saves a draft, refuses hostile text, and needs feasibility and responsibility to submit', async () => {
      const own = await expert.request<{ assessment: Assessment }>(GET, { id: assessmentId });
      expect(own.data?.assessment.canRecord).toBe(true);

      const draft = await expert.request<{ recordAssessment: Assessment }>(RECORD, {
        input: { assessmentId, feasibility: 'PARTLY_FEASIBLE', internalComment: '  Rücksprache mit Kämmerei  ', submit: false },
      });
      expect(draft.errors).toBeUndefined();
      expect(draft.data?.recordAssessment).toMatchObject({
        status: 'IN_PROGRESS',
        feasibility: 'PARTLY_FEASIBLE',
        responsibility: null,
        internalComment: 'Rücksprache mit Kämmerei',
        assessedBy: { displayName: expect.any(String) },
      });

      const incomplete = await expert.request(RECORD, { input: { assessmentId, feasibility: 'FEASIBLE', submit: true } });
      expect(fieldsOf(incomplete)).toEqual({ responsibility: ['required'] });
      const nothing = await expert.request(RECORD, { input: { assessmentId, submit: true } });
      expect(fieldsOf(nothing)).toEqual({ feasibility: ['required'], responsibility: ['required'] });

      const hostile = [
        { publicComment: 'a'.repeat(5001) },
        { internalComment: 'x'.repeat(1_000_000) },
        { costNote: 'Kosten \u202e000.01 €' },
        { publicComment: 'Null\u0000byte' },
      ];
      for (const texts of hostile) {
        const response = await expert.request(RECORD, { input: { assessmentId, submit: false, ...texts } });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      }
      const stored: { status: string; internal_comment: string }[] = await dataSource.query(
        `SELECT status, internal_comment FROM assessments WHERE id = $1`,
        [assessmentId],
      );
      expect(stored).toEqual([{ status: 'in_progress', internal_comment: 'Rücksprache mit Kämmerei' }]);
    });

    it('submits; the public sees the public part of visible proposals only', async () => {
      const html = '<script>alert(1)</script> Zuständig ist das Land.\nZweite Zeile';
      const submitted = await expert.request<{ recordAssessment: Assessment }>(RECORD, {
        input: {
          assessmentId,
          feasibility: 'PARTLY_FEASIBLE',
          responsibility: 'LAND',
          costNote: 'ca. 40.000 € jährlich',
          publicComment: html,
          internalComment: 'Nur intern: Haushaltssperre beachten',
          submit: true,
        },
      });
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data?.recordAssessment).toMatchObject({ status: 'SUBMITTED', overdue: false, publicComment: html });

      const anonymous = api.client();
      const visible = await anonymous.request<{ publicAssessments: Record<string, unknown>[] }>(PUBLIC, { id: proposalId });
      expect(visible.data?.publicAssessments).toEqual([
        {
          department: SOZIALES,
          feasibility: 'PARTLY_FEASIBLE',
          responsibility: 'LAND',
          publicComment: html,
          assessedAt: expect.any(String),
        },
      ]);
      expect(JSON.stringify(visible)).not.toContain('Haushaltssperre');
      // The type has no internal comment at all.
      const asking = await anonymous.request(
        `query { publicAssessments(proposalId: "${proposalId}") { internalComment } }`,
      );
      expect(asking.errors).toBeDefined();

      await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [proposalId]);
      expect((await anonymous.request(PUBLIC, { id: proposalId })).data).toEqual({ publicAssessments: [] });
      await dataSource.query(`UPDATE proposals SET hidden_at = NULL WHERE id = $1`, [proposalId]);
      expect((await anonymous.request(PUBLIC, { id: 'not-a-uuid' })).data).toEqual({ publicAssessments: [] });
    });

    it('corrects a submitted assessment but neither turns it back into a draft nor unassigns it', async () => {
      const corrected = await expert.request<{ recordAssessment: Assessment }>(RECORD, {
        input: { assessmentId, feasibility: 'FEASIBLE', responsibility: 'MUNICIPALITY', publicComment: 'Korrigiert', submit: true },
      });
      expect(corrected.data?.recordAssessment).toMatchObject({ status: 'SUBMITTED', feasibility: 'FEASIBLE' });
      const back = await expert.request(RECORD, { input: { assessmentId, submit: false } });
      expect(fieldsOf(back)).toEqual({ submit: ['alreadySubmitted'] });
      expect(errorCode(await projectGroup.request(UNASSIGN, { id: assessmentId }))).toBe('CONFLICT');
      const actions: { action: string }[] = await dataSource.query(
        `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [assessmentId],
      );
      expect(actions.map((row) => row.action)).toEqual([
        'assessment.assign',
        'assessment.record',
        'assessment.record',
        'assessment.record',
      ]);
    });
  });

  describe('overview and lists', () => {
    beforeAll(async () => {
      await dataSource.query(`DELETE FROM assessments`);
      // Written directly: the API refuses past due dates, but time makes assessments overdue.
      const rows: [string, number, string][] = [
        [SOZIALES, -2, 'assigned'],
        [SOZIALES, 0, 'in_progress'],
        [SOZIALES, 3, 'assigned'],
        [SOZIALES, 4, 'assigned'],
        [SOZIALES, -5, 'submitted'],
        [BILDUNG, 1, 'assigned'],
      ];
      for (const [index, [department, days, status]] of rows.entries()) {
        const proposalId = await newProposal(`Übersicht ${index}`);
        await dataSource.query(
          `INSERT INTO assessments (proposal_id, department, due_on, status, feasibility, responsibility, assessed_at, internal_comment)
           VALUES ($1, $2, $3::date, $4, CASE WHEN $4 = 'submitted' THEN 'feasible' END,
                   CASE WHEN $4 = 'submitted' THEN 'bund' END, CASE WHEN $4 = 'submitted' THEN now() END, 'intern')`,
          [proposalId, department, berlinDay(days), status],
        );
      }
    });

    it('counts per department and status, with overdue and due within 3 days (Berlin dates)', async () => {
      const response = await projectGroup.request<{ assessmentOverview: unknown[] }>(OVERVIEW);
      expect(response.data?.assessmentOverview).toEqual([
        { department: BILDUNG, assigned: 1, inProgress: 0, submitted: 0, overdue: 0, dueSoon: 1 },
        { department: SOZIALES, assigned: 3, inProgress: 1, submitted: 1, overdue: 1, dueSoon: 2 },
      ]);
      const mine = await expert.request<{ assessmentOverview: unknown[] }>(OVERVIEW);
      expect(mine.data?.assessmentOverview).toEqual([
        { department: SOZIALES, assigned: 3, inProgress: 1, submitted: 1, overdue: 1, dueSoon: 2 },
      ]);
    });

    it('lists due date first with filters, experts their own department, in a constant number of statements', async () => {
      const all = await projectGroup.request<{ assessments: Assessment[] }>(LIST);
      expect(all.data?.assessments.map((row) => row.dueOn)).toEqual(
        [-5, -2, 0, 1, 3, 4].map((days) => berlinDay(days)),
      );
      const overdue = await projectGroup.request<{ assessments: Assessment[] }>(LIST, { filter: { overdueOnly: true } });
      expect(overdue.data?.assessments.map((row) => [row.department, row.dueOn, row.overdue])).toEqual([
        [SOZIALES, berlinDay(-2), true],
      ]);
      const submitted = await projectGroup.request<{ assessments: Assessment[] }>(LIST, {
        filter: { status: 'SUBMITTED', department: SOZIALES },
      });
      expect(submitted.data?.assessments).toHaveLength(1);
      const mine = await expert.request<{ assessments: Assessment[] }>(LIST);
      expect(new Set(mine.data?.assessments.map((row) => row.department))).toEqual(new Set([SOZIALES]));
      expect(mine.data?.assessments.every((row) => row.canRecord)).toBe(true);

      const { queries } = await countQueries(dataSource, () => projectGroup.request(LIST));
      const data = queries.filter((query) => /assessments/i.test(query));
      expect(data).toHaveLength(1);
    });
  });

  describe('demo content', () => {
    it('seeds four assignments for Fachbereich Soziales idempotently', async () => {
      await dataSource.query(`DELETE FROM assessments`);
      await dataSource.transaction((manager) => seedDemoAssessments(manager));
      await dataSource.transaction((manager) => seedDemoAssessments(manager));
      const rows: { status: string; overdue: boolean }[] = await dataSource.query(
        `SELECT status, due_on < (now() AT TIME ZONE 'Europe/Berlin')::date AS overdue FROM assessments WHERE department = $1`,
        [SOZIALES],
      );
      expect(rows).toHaveLength(4);
      expect(rows.filter((row) => row.status === 'submitted')).toHaveLength(1);
      expect(rows.filter((row) => row.overdue)).toHaveLength(1);
    });
  });
});
