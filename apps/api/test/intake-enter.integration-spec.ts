import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { clientsByRole, createIntakeFixture, ENTER } from './intake-fixtures';
import type { IntakeFixture, RoleClient } from './intake-fixtures';

interface Entered {
  enterProposal: {
    id: string;
    number: number;
    kind: string;
    title: string;
    body: string;
    bodyHtml: string;
    language: string;
    source: string;
    state: string;
    participantCount: number | null;
    goalId: string | null;
    goalTitle: string | null;
    revisionCount: number;
    author: { id: string } | null;
    enteredBy: { id: string; displayName: string } | null;
    forum: { id: string; title: string } | null;
    actionField: { id: string; title: string };
  };
}

describe('enterProposal: forum and paper input entered by a moderator', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: IntakeFixture;
  let clients: Record<RoleClient, GraphqlClient>;

  const input = (over: Record<string, unknown> = {}) => ({
    processId: fixture.processId,
    forumId: fixture.educationForumId,
    kind: 'GOAL',
    title: 'Sprachförderung von Anfang an',
    body: 'Gesammelt am Stand **Bildung**.',
    language: 'de',
    source: 'FORUM',
    participantCount: 12,
    ...over,
  });

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createIntakeFixture(dataSource);
    clients = await clientsByRole(api);
  });
  afterAll(() => api?.close());

  it('refuses anonymous callers, residents and department experts, and writes nothing', async () => {
    const before = await dataSource.query(`SELECT count(*)::int AS count FROM proposals`);
    expect(errorCode(await clients.anonymous.request(ENTER, { input: input() }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await clients.resident.request(ENTER, { input: input() }))).toBe('FORBIDDEN');
    expect(errorCode(await clients.department_expert.request(ENTER, { input: input() }))).toBe('FORBIDDEN');
    expect(await dataSource.query(`SELECT count(*)::int AS count FROM proposals`)).toEqual(before);
  });

  it.each(['moderator', 'project_group', 'admin'] as const)(
    'lets the %s enter input outside the forums phase',
    async (role) => {
      const response = await clients[role].request<Entered>(ENTER, {
        input: input({ title: `Eingabe von ${role}` }),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.enterProposal.title).toBe(`Eingabe von ${role}`);
    },
  );

  it('stores the moderator as "entered by", no author, the forum’s action field and revision 1', async () => {
    const response = await clients.moderator.request<Entered>(ENTER, { input: input() });
    expect(response.errors).toBeUndefined();
    const proposal = response.data?.enterProposal;
    expect(proposal).toMatchObject({
      kind: 'GOAL',
      title: 'Sprachförderung von Anfang an',
      source: 'FORUM',
      state: 'PUBLISHED',
      participantCount: 12,
      author: null,
      enteredBy: { id: fixture.moderatorId, displayName: 'Max Moderation' },
      forum: { id: fixture.educationForumId, title: 'Forum Bildung und Sprache' },
      actionField: { id: fixture.educationFieldId, title: 'Bildung und Sprache' },
      revisionCount: 1,
    });
    expect(proposal?.bodyHtml).toContain('<strong>Bildung</strong>');
    const [row] = await dataSource.query(
      `SELECT author_id, entered_by_id, import_fingerprint, (SELECT count(*)::int FROM proposal_revisions r WHERE r.proposal_id = p.id) AS revisions
       FROM proposals p WHERE id = $1`,
      [proposal?.id],
    );
    expect(row).toEqual({
      author_id: null,
      entered_by_id: fixture.moderatorId,
      import_fingerprint: null,
      revisions: 1,
    });
  });

  it('enters paper input for a closed forum, a measure serving an existing goal, in another action field', async () => {
    const response = await clients.moderator.request<Entered>(ENTER, {
      input: input({
        forumId: fixture.closedForumId,
        actionFieldId: fixture.educationFieldId,
        kind: 'MEASURE',
        goalId: fixture.existingGoalId,
        source: 'PAPER',
        participantCount: null,
        language: 'en',
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.enterProposal).toMatchObject({
      kind: 'MEASURE',
      source: 'PAPER',
      language: 'en',
      participantCount: null,
      goalId: fixture.existingGoalId,
      goalTitle: 'Mehrsprachigkeit als Stärke anerkennen',
      forum: { id: fixture.closedForumId },
      actionField: { id: fixture.educationFieldId },
    });
  });

  it('refuses sources other than forum and paper, and out-of-range participant counts', async () => {
    for (const source of ['ONLINE', 'SURVEY']) {
      const response = await clients.moderator.request(ENTER, { input: input({ source }) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({ source: ['isIn'] });
    }
    for (const participantCount of [0, 100001]) {
      const response = await clients.moderator.request(ENTER, { input: input({ participantCount }) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toEqual(['participantCount']);
    }
  });

  it('validates title and body like any proposal', async () => {
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ title: '   ' }, { title: ['isLength'] }],
      [{ title: 'x'.repeat(201) }, { title: ['isLength'] }],
      [{ title: 'Harmlos\u202Egnp.exe' }, { title: ['noControlCharacters'] }],
      [{ body: 'a'.repeat(20001) }, { body: ['maxLength'] }],
      [{ body: 'Text \u2066versteckt\u2069' }, { body: ['forbiddenCharacters'] }],
      [{ language: 'Deutsch' }, { language: ['matches'] }],
      [{ kind: 'IDEA' }, {}],
    ];
    for (const [over, fields] of cases) {
      const response = await clients.moderator.request(ENTER, { input: input(over) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      if (Object.keys(fields).length) expect(response.errors?.[0].extensions?.fields).toEqual(fields);
    }
  });

  it('requires the forum, action field and goal to belong to the process', async () => {
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ forumId: fixture.otherForumId }, { forumId: ['unknownForum'] }],
      [{ actionFieldId: '00000000-0000-4000-8000-000000000000' }, { actionFieldId: ['unknownActionField'] }],
      [{ kind: 'MEASURE', goalId: '00000000-0000-4000-8000-000000000000' }, { goalId: ['unknownGoal'] }],
      [{ kind: 'GOAL', goalId: fixture.existingGoalId }, { goalId: ['goalOnlyForMeasures'] }],
    ];
    for (const [over, fields] of cases) {
      const response = await clients.moderator.request(ENTER, { input: input(over) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual(fields);
    }
    const unknownProcess = await clients.moderator.request(ENTER, {
      input: input({ processId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(errorCode(unknownProcess)).toBe('NOT_FOUND');
  });

  it('stores hostile text as it is and renders it inert', async () => {
    const response = await clients.moderator.request<Entered>(ENTER, {
      input: input({
        title: '<img src=x onerror=alert(1)>',
        body: '<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK("http://evil")',
      }),
    });
    expect(response.errors).toBeUndefined();
    const proposal = response.data?.enterProposal;
    expect(proposal?.title).toBe('<img src=x onerror=alert(1)>');
    expect(proposal?.body).toContain('<script>');
    expect(proposal?.bodyHtml).not.toMatch(/<script|href="javascript:|<img/i);
  });
});
