import { DataSource } from 'typeorm';
import { errorCode, GraphqlClient } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';

/**
 * THE AUTHORISATION MATRIX: every moderation and curation operation × every role. Each operation
 * names the roles allowed; anonymous callers must get UNAUTHENTICATED, other roles FORBIDDEN, and
 * allowed roles anything but those two or a crash (dummy ids make them fail with NOT_FOUND,
 * BAD_USER_INPUT or CONFLICT, which proves the role check let them through).
 */
const UNKNOWN = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const MODERATORS: RoleName[] = ['moderator', 'project_group', 'admin'];
const PROJECT_GROUP: RoleName[] = ['project_group', 'admin'];
const ASSESSORS: RoleName[] = ['department_expert', 'project_group', 'admin'];
const LOGGED_IN: RoleName[] = ['resident', 'moderator', 'department_expert', 'project_group', 'admin'];

const de = (text: string) => `[{ locale: "de", text: "${text}" }]`;

const OPERATIONS: { name: string; allowed: RoleName[]; document: string }[] = [
  // Mutations
  {
    name: 'report',
    allowed: LOGGED_IN,
    document: `mutation { report(input: { targetType: PROPOSAL, targetId: "${UNKNOWN}", reason: SPAM }) }`,
  },
  {
    name: 'dismissReports',
    allowed: MODERATORS,
    document: `mutation { dismissReports(targetType: PROPOSAL, targetId: "${UNKNOWN}") }`,
  },
  {
    name: 'hideContent',
    allowed: MODERATORS,
    document: `mutation { hideContent(input: { targetType: PROPOSAL, targetId: "${UNKNOWN}", note: "Beleidigend" }) { id } }`,
  },
  {
    name: 'unhideContent',
    allowed: MODERATORS,
    document: `mutation { unhideContent(targetType: PROPOSAL, targetId: "${UNKNOWN}") }`,
  },
  {
    name: 'requestHidingReview',
    allowed: LOGGED_IN,
    document: `mutation { requestHidingReview(hidingId: "${UNKNOWN}", text: "Bitte prüfen") { id } }`,
  },
  {
    name: 'decideHidingReview',
    allowed: MODERATORS,
    document: `mutation { decideHidingReview(input: { hidingId: "${UNKNOWN}", outcome: UPHELD }) { id } }`,
  },
  {
    name: 'blockUser',
    allowed: MODERATORS,
    document: `mutation { blockUser(input: { userId: "${UNKNOWN}", reason: "Spam" }) { id } }`,
  },
  { name: 'unblockUser', allowed: MODERATORS, document: `mutation { unblockUser(userId: "${UNKNOWN}") { id } }` },
  {
    name: 'createNetiquetteTemplate',
    allowed: PROJECT_GROUP,
    document: `mutation { createNetiquetteTemplate(input: { key: "matrix_probe", position: 90, title: ${de('Probe')}, body: ${de('Probe')} }) { id } }`,
  },
  {
    name: 'updateNetiquetteTemplate',
    allowed: PROJECT_GROUP,
    document: `mutation { updateNetiquetteTemplate(id: "${UNKNOWN}", input: { key: "matrix_probe_2", position: 91, title: ${de('P')}, body: ${de('P')} }) { id } }`,
  },
  {
    name: 'setAutoHideThreshold',
    allowed: PROJECT_GROUP,
    document: `mutation { setAutoHideThreshold(processId: "${UNKNOWN}", threshold: 5) }`,
  },
  {
    name: 'mergeProposals',
    allowed: MODERATORS,
    document: `mutation { mergeProposals(input: { sourceIds: ["${UNKNOWN}", "${OTHER}"], title: "Zusammen", body: "Text" }) { id } }`,
  },
  {
    name: 'splitProposal',
    allowed: MODERATORS,
    document: `mutation { splitProposal(input: { proposalId: "${UNKNOWN}", parts: [{ title: "A", body: "a" }, { title: "B", body: "b" }] }) { id } }`,
  },
  {
    name: 'reviseProposal',
    allowed: MODERATORS,
    document: `mutation { reviseProposal(input: { proposalId: "${UNKNOWN}", title: "Neu", body: "Text", note: "Klarer" }) { id } }`,
  },
  {
    name: 'assignAssessment',
    allowed: PROJECT_GROUP,
    document: `mutation { assignAssessment(input: { proposalId: "${UNKNOWN}", department: "Fachbereich Soziales", dueOn: "2030-01-31" }) { id } }`,
  },
  {
    name: 'unassignAssessment',
    allowed: PROJECT_GROUP,
    document: `mutation { unassignAssessment(id: "${UNKNOWN}") }`,
  },
  {
    name: 'recordAssessment',
    allowed: ['department_expert'],
    document: `mutation { recordAssessment(input: { assessmentId: "${UNKNOWN}", submit: false }) { id } }`,
  },
  {
    name: 'draftOfficialAnswer',
    allowed: PROJECT_GROUP,
    document: `mutation { draftOfficialAnswer(input: { proposalId: "${UNKNOWN}", outcome: ACCEPTED, text: ${de('Antwort')} }) { id } }`,
  },
  {
    name: 'approveOfficialAnswer',
    allowed: PROJECT_GROUP,
    document: `mutation { approveOfficialAnswer(id: "${UNKNOWN}") { id } }`,
  },
  {
    name: 'publishOfficialAnswer',
    allowed: PROJECT_GROUP,
    document: `mutation { publishOfficialAnswer(id: "${UNKNOWN}") { id } }`,
  },
  // Staff queries
  { name: 'moderationQueue', allowed: MODERATORS, document: `{ moderationQueue { totalCount } }` },
  { name: 'netiquetteTemplates', allowed: MODERATORS, document: `{ netiquetteTemplates { id } }` },
  {
    name: 'autoHideThreshold',
    allowed: MODERATORS,
    document: `{ autoHideThreshold(processId: "${UNKNOWN}") }`,
  },
  { name: 'assessments', allowed: ASSESSORS, document: `{ assessments { id } }` },
  { name: 'assessmentOverview', allowed: ASSESSORS, document: `{ assessmentOverview { department } }` },
  { name: 'departments', allowed: PROJECT_GROUP, document: `{ departments }` },
  { name: 'officialAnswers', allowed: PROJECT_GROUP, document: `{ officialAnswers { id } }` },
  { name: 'auditLog', allowed: PROJECT_GROUP, document: `{ auditLog { totalCount } }` },
  { name: 'auditActions', allowed: PROJECT_GROUP, document: `{ auditActions }` },
];

function expectedFor(caller: Caller, allowed: RoleName[]): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'allowed' {
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  return allowed.includes(caller) ? 'allowed' : 'FORBIDDEN';
}

describe('moderation and curation authorisation matrix', () => {
  let api: TestApi;
  let sessions: Record<RoleName, StaffSession>;
  let anonymous: GraphqlClient;

  const clientOf = (caller: Caller): GraphqlClient =>
    caller === 'anonymous' ? anonymous : sessions[caller].client;

  beforeAll(async () => {
    api = await startTestApi();
    const dataSource = api.app.get(DataSource);
    sessions = await staffSessions(api, dataSource, 'matrix');
    anonymous = api.client();
  });
  afterAll(() => api?.close());

  const cases = OPERATIONS.flatMap(({ name, allowed, document }) =>
    CALLERS.map((caller) => ({ name, caller, document, expected: expectedFor(caller, allowed) })),
  );

  it.each(cases)('$name as $caller → $expected', async ({ caller, document, expected }) => {
    const response = await clientOf(caller).request(document);
    const code = errorCode(response);
    // Allowed callers reach the domain: success or a domain error, never a role refusal or a crash.
    if (expected === 'allowed') expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']).not.toContain(code);
    else expect(code).toBe(expected);
  });

  it('covers every moderation and curation operation of the schema', () => {
    const names = new Set(OPERATIONS.map((operation) => operation.name));
    expect(names.size).toBe(OPERATIONS.length);
    expect(names.size).toBe(29);
  });

  // The role rule inside blockUser: a moderator cannot block the project group or an admin.
  it.each(['project_group', 'admin'] as const)('a moderator cannot block a %s account', async (role) => {
    const response = await sessions.moderator.client.request(
      `mutation Block($input: BlockUserInput!) { blockUser(input: $input) { id } }`,
      { input: { userId: sessions[role].id, reason: 'Versuch' } },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it.each(CALLERS.map((caller) => ({ caller, expected: expectedFor(caller, PROJECT_GROUP) })))(
    'GET /api/audit-log.csv as $caller → $expected',
    async ({ caller, expected }) => {
      const headers: Record<string, string> = caller === 'anonymous' ? {} : { cookie: sessions[caller].cookie };
      const response = await fetch(`${api.url}/api/audit-log.csv`, { headers });
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, allowed: 200 }[expected];
      expect(response.status).toBe(status);
      if (expected === 'allowed') expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      else expect(await response.json()).toMatchObject({ code: expected });
    },
  );
});
