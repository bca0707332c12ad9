import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CREATE, createProcesses, createUsers, sessionClient } from './support/proposals-fixtures';
import type { GqlProposal, ProposalFixture } from './support/proposals-fixtures';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';
import { countQueries } from './support/query-counter';

const ANSWER_FIELDS = `id proposalId proposalNumber proposalTitle status outcome text textLocale textTranslations { locale text }
  draftedBy { id displayName } approvedBy { id displayName } approvedAt publishedAt updatedAt canApprove canPublish canEdit`;
const DRAFT = `mutation Draft($input: DraftOfficialAnswerInput!) { draftOfficialAnswer(input: $input) { ${ANSWER_FIELDS} } }`;
const APPROVE = `mutation Approve($id: ID!) { approveOfficialAnswer(id: $id) { ${ANSWER_FIELDS} } }`;
const PUBLISH = `mutation Publish($id: ID!) { publishOfficialAnswer(id: $id) { ${ANSWER_FIELDS} } }`;
const ANSWER = `query Answer($proposalId: ID!) { officialAnswer(proposalId: $proposalId) { ${ANSWER_FIELDS} } }`;
const ANSWERS = `query Answers($status: AnswerStatus) { officialAnswers(status: $status) { ${ANSWER_FIELDS} } }`;

interface Answer {
  id: string;
  proposalId: string;
  status: 'DRAFT' | 'APPROVED' | 'PUBLISHED';
  outcome: string;
  text: string;
  textTranslations: { locale: string; text: string }[];
  draftedBy: { id: string; displayName: string } | null;
  approvedBy: { id: string; displayName: string } | null;
  approvedAt: string | null;
  publishedAt: string | null;
  canApprove: boolean;
  canPublish: boolean;
  canEdit: boolean;
}

interface OutboxRow {
  recipient_email: string;
  recipient_user_id: string;
  locale: string;
  payload: { displayName: string; proposalTitle: string; outcome: string; answerText: string; link: string };
}

const GERMAN = 'Wir richten ab Frühjahr Abendkurse in drei Stadtteilen ein.';
const ENGLISH = 'From spring on we will offer evening courses in three districts.';
const ARABIC = 'سنقدم دورات مسائية في ثلاثة أحياء اعتبارًا من الربيع.';

describe('official answers', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let author: GraphqlClient;
  let authorId: string;
  let resident: GraphqlClient;
  let staff: Record<RoleName, StaffSession>;
  /** The second project group member (four eyes). */
  let secondGroup: StaffSession;
  let supporters: { id: string; email: string }[];

  const newProposal = async (title: string): Promise<string> => {
    const response = await author.request<{ createProposal: GqlProposal }>(CREATE, {
      input: {
        processId: fixture.processId,
        actionFieldId: fixture.fieldIds[0],
        kind: 'MEASURE',
        title,
        body: 'Text',
        language: 'de',
      },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createProposal.id;
  };

  const draft = (
    client: GraphqlClient,
    proposalId: string,
    text: { locale: string; text: string }[],
    outcome = 'ACCEPTED',
  ) => client.request<{ draftOfficialAnswer: Answer }>(DRAFT, { input: { proposalId, outcome, text } });
  const approve = (client: GraphqlClient, id: string) =>
    client.request<{ approveOfficialAnswer: Answer }>(APPROVE, { id });
  const publish = (client: GraphqlClient, id: string) =>
    client.request<{ publishOfficialAnswer: Answer }>(PUBLISH, { id });
  const read = (client: GraphqlClient, proposalId: string, language = 'de') =>
    client.request<{ officialAnswer: Answer | null }>(
      ANSWER,
      { proposalId },
      { 'accept-language': language },
    );

  const ok = <T>(response: GraphqlResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const auditActions = async (
    answerId: string,
  ): Promise<{ action: string; actor_id: string; before: unknown; after: unknown }[]> =>
    dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [answerId],
    );
  const answerMails = (proposalId: string): Promise<OutboxRow[]> =>
    dataSource.query(
      `SELECT recipient_email, recipient_user_id, locale, payload FROM outbox_messages
        WHERE template = 'official_answer_published' AND payload->>'link' LIKE '%' || $1 ORDER BY recipient_email`,
      [proposalId],
    );

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const [authorUser, residentUser] = await createUsers(dataSource, 'answerauthor', 2);
    authorId = authorUser.id;
    await dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [authorId]);
    author = await sessionClient(api, dataSource, authorId);
    resident = await sessionClient(api, dataSource, residentUser.id);
    staff = await staffSessions(api, dataSource, 'answers');
    secondGroup = (await staffSessions(api, dataSource, 'answers2')).project_group;
    supporters = await createUsers(dataSource, 'answersupporter', 4);
    // An Arabic reader, a Ukrainian one (no Ukrainian answer: German), a German one, and one who never confirmed.
    await dataSource.query(`UPDATE users SET locale = 'ar' WHERE id = $1`, [supporters[0].id]);
    await dataSource.query(`UPDATE users SET locale = 'uk' WHERE id = $1`, [supporters[1].id]);
    await dataSource.query(`UPDATE users SET email_confirmed_at = NULL WHERE id = $1`, [supporters[3].id]);
  });
  afterAll(() => api?.close());

  it('drafts, refuses self-approval, approves with four eyes, publishes and notifies author and supporters once each', async () => {
    const proposalId = await newProposal('Deutschkurse am Abend');
    // The author supports their own proposal too: still one mail.
    await dataSource.query(`INSERT INTO supports (proposal_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      proposalId,
      [authorId, ...supporters.map((s) => s.id)],
    ]);
    const group = staff.project_group;

    const drafted = ok(
      await draft(group.client, proposalId, [
        { locale: 'de', text: `  ${GERMAN}  ` },
        { locale: 'en', text: ENGLISH },
        { locale: 'ar', text: ARABIC },
      ]),
    ).draftOfficialAnswer;
    expect(drafted).toMatchObject({
      status: 'DRAFT',
      outcome: 'ACCEPTED',
      text: GERMAN,
      draftedBy: { id: group.id, displayName: group.displayName },
      approvedBy: null,
      canApprove: false,
      canPublish: false,
      canEdit: true,
    });
    expect(drafted.textTranslations.map((entry) => entry.locale)).toEqual(['de', 'en', 'ar']);

    // Drafts are for staff only.
    expect(ok(await read(api.client(), proposalId)).officialAnswer).toBeNull();
    expect(ok(await read(resident, proposalId)).officialAnswer).toBeNull();
    expect(ok(await read(staff.moderator.client, proposalId)).officialAnswer).toBeNull();
    expect(ok(await read(secondGroup.client, proposalId)).officialAnswer).toMatchObject({
      status: 'DRAFT',
      canApprove: true,
    });

    expect(errorCode(await approve(group.client, drafted.id))).toBe('FOUR_EYES');
    expect(errorCode(await publish(group.client, drafted.id))).toBe('CONFLICT');

    const approved = ok(await approve(secondGroup.client, drafted.id)).approveOfficialAnswer;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      approvedBy: { id: secondGroup.id },
      canApprove: false,
      canPublish: true,
    });
    expect(approved.approvedAt).not.toBeNull();
    expect(errorCode(await approve(staff.admin.client, drafted.id))).toBe('CONFLICT');

    // Saving the same content keeps the approval; a real edit returns the answer to DRAFT and the editor becomes its drafter.
    const unchanged = ok(
      await draft(secondGroup.client, proposalId, [
        { locale: 'de', text: GERMAN },
        { locale: 'en', text: ENGLISH },
        { locale: 'ar', text: ARABIC },
      ]),
    ).draftOfficialAnswer;
    expect(unchanged.status).toBe('APPROVED');
    const edited = ok(
      await draft(
        secondGroup.client,
        proposalId,
        [
          { locale: 'de', text: GERMAN },
          { locale: 'en', text: ENGLISH },
          { locale: 'ar', text: ARABIC },
          { locale: 'uk', text: '' },
        ],
        'UNDER_EVALUATION',
      ),
    ).draftOfficialAnswer;
    expect(edited).toMatchObject({
      status: 'DRAFT',
      outcome: 'UNDER_EVALUATION',
      approvedBy: null,
      approvedAt: null,
      draftedBy: { id: secondGroup.id },
    });
    expect(errorCode(await approve(secondGroup.client, drafted.id))).toBe('FOUR_EYES');
    ok(await approve(group.client, drafted.id));

    const published = ok(await publish(group.client, drafted.id)).publishOfficialAnswer;
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      canEdit: false,
      canPublish: false,
      canApprove: false,
    });
    expect(published.publishedAt).not.toBeNull();
    expect(errorCode(await publish(group.client, drafted.id))).toBe('CONFLICT');
    expect(errorCode(await draft(group.client, proposalId, [{ locale: 'de', text: 'Neu' }]))).toBe(
      'CONFLICT',
    );

    // The public sees the published answer in its language, without staff-only fields.
    const publicAnswer = ok(await read(api.client(), proposalId, 'en')).officialAnswer;
    expect(publicAnswer).toMatchObject({
      status: 'PUBLISHED',
      outcome: 'UNDER_EVALUATION',
      text: ENGLISH,
      textLocale: 'en',
      textTranslations: [],
      draftedBy: null,
      approvedBy: null,
      canEdit: false,
      canApprove: false,
      canPublish: false,
    });
    expect(ok(await read(resident, proposalId, 'tr')).officialAnswer).toMatchObject({
      text: GERMAN,
      textLocale: 'de',
    });

    // One mail per confirmed person, in their language; the unconfirmed supporter gets none.
    const mails = await answerMails(proposalId);
    const byUser = new Map(mails.map((mail) => [mail.recipient_user_id, mail]));
    expect(mails).toHaveLength(4);
    expect(byUser.size).toBe(4);
    expect(byUser.get(authorId)).toMatchObject({
      locale: 'en',
      payload: {
        proposalTitle: 'Deutschkurse am Abend',
        outcome: 'under_evaluation',
        answerText: ENGLISH,
        link: `http://mitreden.test/proposals/${proposalId}`,
      },
    });
    expect(byUser.get(supporters[0].id)).toMatchObject({ locale: 'ar', payload: { answerText: ARABIC } });
    expect(byUser.get(supporters[1].id)).toMatchObject({ locale: 'uk', payload: { answerText: GERMAN } });
    expect(byUser.get(supporters[2].id)).toMatchObject({ locale: 'de', payload: { answerText: GERMAN } });
    expect(byUser.has(supporters[3].id)).toBe(false);

    const audit = await auditActions(drafted.id);
    expect(audit.map((entry) => [entry.action, entry.actor_id])).toEqual([
      ['answer.draft', group.id],
      ['answer.approve', secondGroup.id],
      ['answer.draft', secondGroup.id],
      ['answer.approve', group.id],
      ['answer.publish', group.id],
    ]);
    expect(audit[2]).toMatchObject({
      before: { status: 'approved', outcome: 'accepted' },
      after: { status: 'draft', outcome: 'under_evaluation', languages: ['ar', 'de', 'en'] },
    });
    expect(audit[4].after).toEqual({ status: 'published', outcome: 'under_evaluation', notified: 4 });
  });

  it('lets only one of two concurrent approvals win', async () => {
    const proposalId = await newProposal('Mehr Bänke');
    const { id } = ok(
      await draft(staff.project_group.client, proposalId, [{ locale: 'de', text: 'Ja.' }]),
    ).draftOfficialAnswer;

    const results = await Promise.all([approve(secondGroup.client, id), approve(staff.admin.client, id)]);
    const codes = results.map((result) => errorCode(result) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [row] = await dataSource.query(
      `SELECT status, approved_by_id FROM official_answers WHERE id = $1`,
      [id],
    );
    expect(row.status).toBe('approved');
    expect([secondGroup.id, staff.admin.id]).toContain(row.approved_by_id);
    const approvals = (await auditActions(id)).filter((entry) => entry.action === 'answer.approve');
    expect(approvals).toHaveLength(1);
  });

  it('lets only one of two concurrent first drafts create the answer', async () => {
    const proposalId = await newProposal('Gleichzeitig');
    const results = await Promise.all([
      draft(staff.project_group.client, proposalId, [{ locale: 'de', text: 'Erste' }]),
      draft(secondGroup.client, proposalId, [{ locale: 'de', text: 'Zweite' }]),
    ]);
    for (const result of results) expect(result.errors).toBeUndefined();
    const rows = await dataSource.query(`SELECT id FROM official_answers WHERE proposal_id = $1`, [
      proposalId,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('has the database refuse a self-approval even past the service (CHECK official_answers_four_eyes)', async () => {
    const proposalId = await newProposal('Backstop');
    const { id } = ok(
      await draft(staff.project_group.client, proposalId, [{ locale: 'de', text: 'Text' }]),
    ).draftOfficialAnswer;
    await expect(
      dataSource.query(
        `UPDATE official_answers SET status = 'approved', approved_at = now(), approved_by_id = drafted_by_id WHERE id = $1`,
        [id],
      ),
    ).rejects.toThrow(/official_answers_four_eyes/);
  });

  it('hides a published answer of a hidden proposal from the public but not from staff', async () => {
    const proposalId = await newProposal('Versteckt');
    const { id } = ok(
      await draft(staff.project_group.client, proposalId, [{ locale: 'de', text: 'Text' }]),
    ).draftOfficialAnswer;
    ok(await approve(secondGroup.client, id));
    ok(await publish(staff.admin.client, id));
    expect(ok(await read(api.client(), proposalId)).officialAnswer?.status).toBe('PUBLISHED');

    await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [proposalId]);
    expect(ok(await read(api.client(), proposalId)).officialAnswer).toBeNull();
    expect(ok(await read(resident, proposalId)).officialAnswer).toBeNull();
    expect(ok(await read(staff.project_group.client, proposalId)).officialAnswer?.status).toBe('PUBLISHED');
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['resident', 'FORBIDDEN'],
    ['moderator', 'FORBIDDEN'],
    ['department_expert', 'FORBIDDEN'],
  ] as const)('refuses every answer mutation and the work list to %s', async (caller, code) => {
    const proposalId = await newProposal(`Rollen ${caller}`);
    const { id } = ok(
      await draft(staff.project_group.client, proposalId, [{ locale: 'de', text: 'Text' }]),
    ).draftOfficialAnswer;
    const client =
      caller === 'anonymous' ? api.client() : caller === 'resident' ? resident : staff[caller].client;

    expect(errorCode(await draft(client, proposalId, [{ locale: 'de', text: 'Meins' }]))).toBe(code);
    expect(errorCode(await approve(client, id))).toBe(code);
    expect(errorCode(await publish(client, id))).toBe(code);
    expect(errorCode(await client.request(ANSWERS, {}))).toBe(code);
    const [row] = await dataSource.query(`SELECT status, body FROM official_answers WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'draft', body: { de: 'Text' } });
  });

  it('refuses hostile and invalid texts with field codes and keeps HTML inert', async () => {
    const proposalId = await newProposal('Feindselig');
    const group = staff.project_group.client;
    const fields = async (text: { locale: string; text: string }[]) => {
      const response = await draft(group, proposalId, text);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      return response.errors?.[0]?.extensions?.fields ?? {};
    };

    expect(await fields([{ locale: 'en', text: 'Only English' }])).toMatchObject({
      text: expect.arrayContaining(['germanRequired']),
    });
    expect(await fields([{ locale: 'de', text: '   ' }])).toMatchObject({
      text: expect.arrayContaining(['germanRequired']),
    });
    expect(await fields([{ locale: 'de', text: 'x'.repeat(10_001) }])).toMatchObject({
      text: expect.arrayContaining(['maxLength']),
    });
    expect(await fields([{ locale: 'de', text: 'Ja \u202Egnalhcs' }])).toMatchObject({
      text: expect.arrayContaining(['noControlCharacters']),
    });
    expect(
      await fields([
        { locale: 'de', text: 'a' },
        { locale: 'de', text: 'b' },
      ]),
    ).toMatchObject({
      text: expect.arrayContaining(['duplicateLocale']),
    });
    const huge = await draft(group, proposalId, [{ locale: 'de', text: 'x'.repeat(1_000_000) }]);
    expect(huge.data?.draftOfficialAnswer ?? null).toBeNull();
    expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(errorCode(huge) ?? `HTTP ${huge.status}`);
    expect(errorCode(await draft(group, proposalId, [{ locale: 'xx', text: 'a' }]))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await draft(group, '00000000-0000-4000-8000-000000000000', [{ locale: 'de', text: 'a' }])),
    ).toBe('NOT_FOUND');
    expect(errorCode(await approve(group, 'not-a-uuid'))).toBe('NOT_FOUND');

    const html = '<script>alert(1)</script><img src=x onerror=alert(2)>\nZweite Zeile';
    const stored = ok(await draft(group, proposalId, [{ locale: 'de', text: html }])).draftOfficialAnswer;
    expect(stored.text).toBe(html);
    expect(
      await dataSource.query(`SELECT count(*)::int AS n FROM official_answers WHERE proposal_id = $1`, [
        proposalId,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('lists the work list by status in a constant number of statements', async () => {
    const group = staff.project_group.client;
    const all = ok(await group.request<{ officialAnswers: Answer[] }>(ANSWERS, {})).officialAnswers;
    expect(all.length).toBeGreaterThan(3);
    const drafts = ok(
      await group.request<{ officialAnswers: Answer[] }>(ANSWERS, { status: 'DRAFT' }),
    ).officialAnswers;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((answer) => answer.status === 'DRAFT')).toBe(true);
    const published = ok(
      await group.request<{ officialAnswers: Answer[] }>(ANSWERS, { status: 'PUBLISHED' }),
    ).officialAnswers;
    expect(published.every((answer) => answer.status === 'PUBLISHED' && answer.draftedBy !== null)).toBe(
      true,
    );

    const { queries } = await countQueries(dataSource, () => group.request(ANSWERS, {}));
    const few = queries.filter((sql) => /official_answers/.test(sql));
    expect(few).toHaveLength(1);
  });
});
