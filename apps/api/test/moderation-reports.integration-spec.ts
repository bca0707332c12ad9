import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { logInAs, outboxRows } from './support/identity-helpers';
import { countQueries } from './support/query-counter';
import { ADMIN, MODERATOR, RESIDENT_A, RESIDENT_B, RESIDENT_C, createParticipationFixture } from './comments-fixtures';
import type { ParticipationFixture } from './comments-fixtures';

const REPORT = `mutation Report($input: ReportInput!) { report(input: $input) }`;
const DISMISS = `mutation Dismiss($targetType: ReportTargetType!, $targetId: ID!) { dismissReports(targetType: $targetType, targetId: $targetId) }`;
const THRESHOLD = `query Threshold($processId: ID!) { autoHideThreshold(processId: $processId) }`;
const SET_THRESHOLD = `mutation SetThreshold($processId: ID!, $threshold: Int) { setAutoHideThreshold(processId: $processId, threshold: $threshold) }`;
const QUEUE = `query Queue($filter: ModerationQueueFilter, $first: Int, $offset: Int) {
  moderationQueue(filter: $filter, first: $first, offset: $offset) {
    totalCount
    counts { reported reviewRequests hidden }
    cases {
      targetType targetId openReportCount lastReportedAt
      reasons { reason count }
      reports { id reason details reporter { id displayName } createdAt }
      hiding { id automatic reason templateKey hiddenBy { displayName } }
      proposal { id number title hidden author { displayName } }
      comment { id body proposalId proposalNumber proposalTitle parentBody hidden deleted author { displayName } }
      user { id displayName role proposalCount commentCount canBlock blockedAt }
    }
  }
}`;

interface QueueCase {
  targetType: string;
  targetId: string;
  openReportCount: number;
  reasons: { reason: string; count: number }[];
  reports: { id: string; reason: string; details: string; reporter: { id: string; displayName: string } }[];
  hiding: { id: string; automatic: boolean; reason: string; templateKey: string | null } | null;
  proposal: { id: string; title: string; hidden: boolean } | null;
  comment: { id: string; body: string; proposalTitle: string; parentBody: string | null; hidden: boolean } | null;
  user: { id: string; displayName: string; proposalCount: number; commentCount: number; canBlock: boolean } | null;
}
interface QueueResult {
  moderationQueue: {
    totalCount: number;
    counts: { reported: number; reviewRequests: number; hidden: number };
    cases: QueueCase[];
  };
}

const PROJECT_GROUP = 'projectgroup@mitreden.test';
const EXPERT = 'expert@mitreden.test';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('moderation: reports, queue and auto-hide', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let world: ParticipationFixture;
  let residentA: GraphqlClient;
  let residentB: GraphqlClient;
  let residentC: GraphqlClient;
  let expert: GraphqlClient;
  let moderator: GraphqlClient;
  let projectGroup: GraphqlClient;
  let admin: GraphqlClient;
  let residentAId: string;
  let moderatorId: string;
  let commentId: string;
  let replyId: string;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    world = await createParticipationFixture(dataSource);
    [residentA, residentB, residentC, expert, moderator, projectGroup, admin] = Array.from({ length: 7 }, () => api.client());
    residentAId = (await logInAs(residentA, RESIDENT_A)).id;
    await logInAs(residentB, RESIDENT_B);
    await logInAs(residentC, RESIDENT_C);
    await logInAs(expert, EXPERT);
    moderatorId = (await logInAs(moderator, MODERATOR)).id;
    await logInAs(projectGroup, PROJECT_GROUP);
    await logInAs(admin, ADMIN);
    const [comment]: { id: string }[] = await dataSource.query(
      `INSERT INTO comments (proposal_id, author_id, body) VALUES ($1, $2, 'Das ist doch Unsinn, ihr Idioten') RETURNING id`,
      [world.proposalId, world.residentC],
    );
    commentId = comment.id;
    const [reply]: { id: string }[] = await dataSource.query(
      `INSERT INTO comments (proposal_id, parent_id, depth, author_id, body) VALUES ($1, $2, 1, $3, 'Antwort mit Werbung: billig-kaufen.example') RETURNING id`,
      [world.proposalId, commentId, world.residentB],
    );
    replyId = reply.id;
  });
  afterAll(() => api?.close());

  afterEach(async () => {
    await dataSource.query(`DELETE FROM reports`);
    await dataSource.query(`DELETE FROM hidings`);
    // Deleting hidings leaves the trigger-set markers behind; clear them as lifting would.
    await dataSource.query(`UPDATE proposals SET hidden_at = NULL`);
    await dataSource.query(`UPDATE comments SET hidden_at = NULL`);
    await dataSource.query(`UPDATE processes SET auto_hide_threshold = NULL`);
  });

  const report = (client: GraphqlClient, input: Record<string, unknown>): Promise<GraphqlResponse<{ report: boolean }>> =>
    client.request<{ report: boolean }>(REPORT, { input });
  const reportComment = (client: GraphqlClient, id = commentId, reason = 'OFFENSIVE', details?: string) =>
    report(client, { targetType: 'COMMENT', targetId: id, reason, ...(details === undefined ? {} : { details }) });
  const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors?.[0].extensions?.['fields'];
  const openReports = async (targetId: string): Promise<number> =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM reports WHERE target_id = $1 AND resolved_at IS NULL`, [targetId])
    )[0].n;
  // The audit log is append-only, so each test reads only what was logged since it began.
  let auditSince = 0;
  beforeEach(async () => {
    auditSince = (await dataSource.query(`SELECT COALESCE(max(id), 0)::int AS id FROM audit_log`))[0].id;
  });
  const auditActions = async (targetId: string): Promise<{ action: string; actor_id: string | null }[]> =>
    dataSource.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND id > $2 ORDER BY id`, [targetId, auditSince]);
  const queue = async (client: GraphqlClient, variables: Record<string, unknown> = {}) => {
    const response = await client.request<QueueResult>(QUEUE, variables);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.moderationQueue;
  };

  describe('reporting', () => {
    it('refuses anonymous callers and lets every logged-in role report', async () => {
      expect(errorCode(await reportComment(api.client()))).toBe('UNAUTHENTICATED');
      for (const client of [residentA, expert, moderator, projectGroup, admin])
        expect((await reportComment(client, commentId, 'SPAM')).data).toEqual({ report: true });
      expect(await openReports(commentId)).toBe(5);
    });

    it('stores proposal, comment and account reports with reason and details, and audits each', async () => {
      expect((await report(residentA, { targetType: 'PROPOSAL', targetId: world.proposalId, reason: 'OFF_TOPIC' })).data).toEqual({ report: true });
      expect((await reportComment(residentA, replyId, 'SPAM', '  Werbelink  ')).data).toEqual({ report: true });
      expect(
        (await report(residentA, { targetType: 'USER', targetId: world.residentB, reason: 'OTHER', details: '<script>alert(1)</script> schreibt Werbung' })).data,
      ).toEqual({ report: true });
      const rows: { target_type: string; target_id: string; reason: string; details: string }[] = await dataSource.query(
        `SELECT target_type, target_id, reason, details FROM reports WHERE reporter_id = $1 ORDER BY created_at`,
        [residentAId],
      );
      expect(rows).toEqual([
        { target_type: 'proposal', target_id: world.proposalId, reason: 'off_topic', details: '' },
        { target_type: 'comment', target_id: replyId, reason: 'spam', details: 'Werbelink' },
        // Stored as typed; every client renders it as text.
        { target_type: 'user', target_id: world.residentB, reason: 'other', details: '<script>alert(1)</script> schreibt Werbung' },
      ]);
      expect(await auditActions(world.proposalId)).toEqual([{ action: 'report.create', actor_id: residentAId }]);
      expect(await auditActions(world.residentB)).toEqual([{ action: 'report.create', actor_id: residentAId }]);
    });

    it('refuses bad input with field codes', async () => {
      expect(fieldsOf(await reportComment(residentA, commentId, 'OTHER'))).toEqual({ details: ['isNotEmpty'] });
      expect(fieldsOf(await reportComment(residentA, commentId, 'OTHER', '   '))).toEqual({ details: ['isNotEmpty'] });
      expect(fieldsOf(await reportComment(residentA, commentId, 'SPAM', 'x'.repeat(2001)))).toEqual({ details: ['maxLength'] });
      expect(errorCode(await reportComment(residentA, commentId, 'SPAM', 'x'.repeat(1_000_000)))).toBe('BAD_USER_INPUT');
      expect(fieldsOf(await reportComment(residentA, commentId, 'SPAM', 'harmlos \u202e txe.exe'))).toEqual({ details: ['forbiddenCharacters'] });
      expect(errorCode(await report(residentA, { targetType: 'COMMENT', targetId: commentId, reason: 'RUDE' }))).toBe('BAD_USER_INPUT');
      expect(fieldsOf(await report(residentA, { targetType: 'USER', targetId: residentAId, reason: 'SPAM' }))).toEqual({ targetId: ['notYourself'] });
      expect((await reportComment(residentA, commentId, 'SPAM', 'x'.repeat(2000))).data).toEqual({ report: true });
      expect(await openReports(commentId)).toBe(1);
      expect(await openReports(residentAId)).toBe(0);
    });

    it('answers NOT_FOUND alike for unknown, hidden, deleted and mismatched targets', async () => {
      const [deleted]: { id: string }[] = await dataSource.query(
        `INSERT INTO comments (proposal_id, author_id, body, deleted_at) VALUES ($1, $2, '', now()) RETURNING id`,
        [world.proposalId, world.residentB],
      );
      await dataSource.query(`INSERT INTO hidings (target_type, proposal_id, reason) VALUES ('proposal', $1, 'Beleidigung')`, [world.otherProposalId]);
      try {
        for (const [targetType, targetId] of [
          ['PROPOSAL', UNKNOWN],
          ['COMMENT', UNKNOWN],
          ['USER', UNKNOWN],
          ['PROPOSAL', world.otherProposalId],
          ['COMMENT', deleted.id],
          ['PROPOSAL', commentId],
          ['USER', world.proposalId],
        ])
          expect(errorCode(await report(residentA, { targetType, targetId, reason: 'SPAM' }))).toBe('NOT_FOUND');
        // A comment on a hidden proposal is out of sight too.
        await dataSource.query(`UPDATE hidings SET lifted_at = now() WHERE proposal_id = $1`, [world.otherProposalId]);
        await dataSource.query(`INSERT INTO hidings (target_type, proposal_id, reason) VALUES ('proposal', $1, 'Beleidigung')`, [world.proposalId]);
        expect(errorCode(await reportComment(residentA))).toBe('NOT_FOUND');
        expect(await dataSource.query(`SELECT 1 FROM reports`)).toEqual([]);
      } finally {
        await dataSource.query(`DELETE FROM comments WHERE id = $1`, [deleted.id]);
      }
    });

    it('counts repeated and concurrent identical reports of one person once', async () => {
      const responses = await Promise.all(Array.from({ length: 8 }, () => reportComment(residentA)));
      expect(responses.map((response) => response.data)).toEqual(Array.from({ length: 8 }, () => ({ report: true })));
      expect((await reportComment(residentA, commentId, 'SPAM')).data).toEqual({ report: true });
      expect(await openReports(commentId)).toBe(1);
      expect((await auditActions(commentId)).filter((entry) => entry.action === 'report.create')).toHaveLength(1);
      // Once dismissed, the same person may report the item again.
      expect((await moderator.request(DISMISS, { targetType: 'COMMENT', targetId: commentId })).data).toEqual({ dismissReports: 1 });
      expect((await reportComment(residentA)).data).toEqual({ report: true });
      expect(await openReports(commentId)).toBe(1);
    });
  });

  describe('auto-hide', () => {
    const hidings = (targetId: string): Promise<{ automatic: boolean; reason: string; lifted: boolean }[]> =>
      dataSource.query(`SELECT automatic, reason, lifted_at IS NOT NULL AS lifted FROM hidings WHERE target_id = $1 ORDER BY hidden_at`, [targetId]);
    const commentHidden = async (): Promise<boolean> =>
      (await dataSource.query(`SELECT hidden_at IS NOT NULL AS hidden FROM comments WHERE id = $1`, [commentId]))[0].hidden;

    it('is off by default however many people report', async () => {
      expect((await residentA.request(THRESHOLD, { processId: world.processId })).data).toEqual({ autoHideThreshold: null });
      for (const client of [residentA, residentB, expert, projectGroup, admin]) await reportComment(client);
      expect(await openReports(commentId)).toBe(5);
      expect(await commentHidden()).toBe(false);
    });

    it('is set by the project group within 2…100 and audited', async () => {
      expect(errorCode(await moderator.request(SET_THRESHOLD, { processId: world.processId, threshold: 3 }))).toBe('FORBIDDEN');
      expect(errorCode(await residentA.request(THRESHOLD, { processId: world.processId }))).toBe('FORBIDDEN');
      for (const threshold of [1, 101, -5])
        expect(fieldsOf(await projectGroup.request(SET_THRESHOLD, { processId: world.processId, threshold }))).toEqual({ threshold: ['range'] });
      expect(errorCode(await projectGroup.request(SET_THRESHOLD, { processId: UNKNOWN, threshold: 3 }))).toBe('NOT_FOUND');
      expect((await projectGroup.request(SET_THRESHOLD, { processId: world.processId, threshold: 3 })).data).toEqual({ setAutoHideThreshold: 3 });
      expect((await moderator.request(THRESHOLD, { processId: world.processId })).data).toEqual({ autoHideThreshold: 3 });
      expect((await admin.request(SET_THRESHOLD, { processId: world.processId, threshold: null })).data).toEqual({ setAutoHideThreshold: null });
      const entries: { action: string; before: unknown; after: unknown }[] = await dataSource.query(
        `SELECT action, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [world.processId],
      );
      expect(entries).toEqual([
        { action: 'process.auto_hide', before: { autoHideThreshold: null }, after: { autoHideThreshold: 3 } },
        { action: 'process.auto_hide', before: { autoHideThreshold: 3 }, after: { autoHideThreshold: null } },
      ]);
    });

    it('hides an item once distinct people reach the threshold, tells the author, and lifts it when the reports are dismissed', async () => {
      await dataSource.query(`UPDATE processes SET auto_hide_threshold = 3 WHERE id = $1`, [world.processId]);
      await reportComment(residentA);
      await reportComment(residentA, commentId, 'SPAM'); // the same person again: still one
      await reportComment(residentB);
      expect(await commentHidden()).toBe(false);
      // The last two arrive together: the first hides the comment, the second then finds nothing to report.
      const together = await Promise.all([reportComment(expert), reportComment(projectGroup)]);
      expect(together.map((response) => response.data?.report ?? errorCode(response)).sort()).toEqual(['NOT_FOUND', true]);
      expect(await commentHidden()).toBe(true);
      const [hiding] = await hidings(commentId);
      expect(await hidings(commentId)).toHaveLength(1);
      expect(hiding).toMatchObject({ automatic: true, lifted: false });
      expect(hiding.reason).toMatch(/automatisch/);
      const audit = await auditActions(commentId);
      expect(audit.filter((entry) => entry.action === 'comment.hide')).toEqual([{ action: 'comment.hide', actor_id: null }]);
      const mails = await outboxRows(dataSource, RESIDENT_C, 'content_hidden');
      expect(mails).toHaveLength(1);
      expect(mails[0].payload).toMatchObject({ contentKind: 'comment', contentTitle: 'Das ist doch Unsinn, ihr Idioten' });
      // Now hidden, it cannot be reported any more — and the reports stay open for the moderators.
      expect(errorCode(await reportComment(admin))).toBe('NOT_FOUND');
      expect(await openReports(commentId)).toBe(3);

      expect((await moderator.request(DISMISS, { targetType: 'COMMENT', targetId: commentId })).data).toEqual({ dismissReports: 3 });
      expect(await commentHidden()).toBe(false);
      expect((await hidings(commentId))[0].lifted).toBe(true);
      const resolved: { resolution: string; resolved_by_id: string }[] = await dataSource.query(
        `SELECT DISTINCT resolution, resolved_by_id FROM reports WHERE target_id = $1`,
        [commentId],
      );
      expect(resolved).toEqual([{ resolution: 'dismissed', resolved_by_id: moderatorId }]);
      expect((await auditActions(commentId)).slice(-2).map((entry) => entry.action)).toEqual(['reports.dismiss', 'content.unhide']);
      await dataSource.query(`DELETE FROM outbox_messages`);
    });

    it('never hides accounts', async () => {
      await dataSource.query(`UPDATE processes SET auto_hide_threshold = 2`);
      for (const client of [residentA, residentC, expert]) await report(client, { targetType: 'USER', targetId: world.residentB, reason: 'SPAM' });
      expect(await openReports(world.residentB)).toBe(3);
      expect(await dataSource.query(`SELECT 1 FROM hidings`)).toEqual([]);
    });
  });

  describe('dismissing', () => {
    it('is for moderators, the project group and admins; a second dismissal finds nothing', async () => {
      await reportComment(residentA);
      for (const client of [residentA, expert])
        expect(errorCode(await client.request(DISMISS, { targetType: 'COMMENT', targetId: commentId }))).toBe('FORBIDDEN');
      expect(errorCode(await api.client().request(DISMISS, { targetType: 'COMMENT', targetId: commentId }))).toBe('UNAUTHENTICATED');
      expect((await projectGroup.request(DISMISS, { targetType: 'COMMENT', targetId: commentId })).data).toEqual({ dismissReports: 1 });
      expect((await admin.request(DISMISS, { targetType: 'COMMENT', targetId: commentId })).data).toEqual({ dismissReports: 0 });
      expect((await auditActions(commentId)).filter((entry) => entry.action === 'reports.dismiss')).toHaveLength(1);
    });
  });

  describe('queue', () => {
    it('is for moderators, the project group and admins', async () => {
      expect(errorCode(await api.client().request(QUEUE))).toBe('UNAUTHENTICATED');
      for (const client of [residentA, expert]) expect(errorCode(await client.request(QUEUE))).toBe('FORBIDDEN');
      for (const client of [moderator, projectGroup, admin]) expect((await queue(client)).totalCount).toBe(0);
    });

    it('groups open reports per item with distinct reporters, reasons and the content in context', async () => {
      await reportComment(residentA, replyId, 'SPAM');
      await reportComment(expert, replyId, 'OTHER', 'Werbung für einen Shop');
      await reportComment(projectGroup, replyId, 'SPAM');
      await report(residentA, { targetType: 'PROPOSAL', targetId: world.proposalId, reason: 'OFF_TOPIC' });
      await report(residentA, { targetType: 'USER', targetId: world.residentB, reason: 'SPAM' });
      await dataSource.query(`INSERT INTO hidings (target_type, proposal_id, reason) VALUES ('proposal', $1, 'Beleidigung')`, [world.otherProposalId]);

      const all = await queue(moderator);
      expect(all.counts).toEqual({ reported: 3, reviewRequests: 0, hidden: 1 });
      expect(all.totalCount).toBe(3);
      // Newest report first.
      expect(all.cases.map((entry) => entry.targetType)).toEqual(['USER', 'PROPOSAL', 'COMMENT']);
      const [userCase, proposalCase, commentCase] = all.cases;
      expect(commentCase).toMatchObject({
        targetId: replyId,
        openReportCount: 3,
        reasons: [
          { reason: 'SPAM', count: 2 },
          { reason: 'OTHER', count: 1 },
        ],
        hiding: null,
        comment: {
          id: replyId,
          body: 'Antwort mit Werbung: billig-kaufen.example',
          proposalTitle: 'Mehr Sprachkurse am Abend',
          parentBody: 'Das ist doch Unsinn, ihr Idioten',
          hidden: false,
        },
        proposal: null,
        user: null,
      });
      expect(commentCase.reports.map((entry) => entry.reporter.displayName)).toHaveLength(3);
      expect(commentCase.reports.find((entry) => entry.reason === 'OTHER')?.details).toBe('Werbung für einen Shop');
      expect(proposalCase).toMatchObject({ openReportCount: 1, proposal: { id: world.proposalId, title: 'Mehr Sprachkurse am Abend', hidden: false } });
      expect(userCase).toMatchObject({
        openReportCount: 1,
        user: { id: world.residentB, displayName: 'Berta Zweite', proposalCount: 0, commentCount: 1, canBlock: true },
      });

      expect((await queue(moderator, { filter: { kind: 'REPORTS', targetType: 'COMMENT' } })).cases.map((entry) => entry.targetId)).toEqual([replyId]);
      expect((await queue(moderator, { filter: { kind: 'REPORTS', reason: 'OFF_TOPIC' } })).cases.map((entry) => entry.targetId)).toEqual([world.proposalId]);
      const inProcess = await queue(moderator, { filter: { kind: 'REPORTS', processId: world.processId } });
      expect(inProcess.cases.map((entry) => entry.targetType)).toEqual(['PROPOSAL', 'COMMENT']);
      expect((await queue(moderator, { filter: { kind: 'REPORTS', processId: UNKNOWN } })).totalCount).toBe(0);
      const paged = await queue(moderator, { first: 2, offset: 2 });
      expect({ total: paged.totalCount, ids: paged.cases.map((entry) => entry.targetId) }).toEqual({ total: 3, ids: [replyId] });
      expect((await queue(moderator, { first: 2, offset: 9 })).totalCount).toBe(3);
      expect(errorCode(await moderator.request(QUEUE, { first: 500 }))).toBe('BAD_USER_INPUT');

      const hidden = await queue(moderator, { filter: { kind: 'HIDDEN' } });
      expect(hidden.cases).toHaveLength(1);
      expect(hidden.cases[0]).toMatchObject({
        targetType: 'PROPOSAL',
        openReportCount: 0,
        hiding: { automatic: false, reason: 'Beleidigung' },
        proposal: { id: world.otherProposalId, hidden: true },
      });
      expect((await queue(moderator, { filter: { kind: 'REVIEW_REQUESTS' } })).cases).toEqual([]);
      await dataSource.query(`UPDATE hidings SET review_requested_at = now(), review_request = 'Bitte nochmal ansehen'`);
      const reviews = await queue(moderator, { filter: { kind: 'REVIEW_REQUESTS' } });
      expect(reviews.counts.reviewRequests).toBe(1);
      expect(reviews.cases.map((entry) => entry.targetId)).toEqual([world.otherProposalId]);
    });

    it('reads any page in a constant number of statements', async () => {
      const statementsFor = async (): Promise<number> => {
        const { queries } = await countQueries(dataSource, () => queue(moderator, { first: 50 }));
        return queries.length;
      };
      await reportComment(residentA, replyId, 'SPAM');
      await report(residentA, { targetType: 'PROPOSAL', targetId: world.proposalId, reason: 'SPAM' });
      await report(residentA, { targetType: 'USER', targetId: world.residentB, reason: 'SPAM' });
      const few = await statementsFor();

      const [extra]: { ids: string[] }[] = await dataSource.query(
        `WITH made AS (
           INSERT INTO comments (proposal_id, author_id, body)
           SELECT $1, $2, 'Kommentar ' || n FROM generate_series(1, 20) n RETURNING id)
         SELECT array_agg(id) AS ids FROM made`,
        [world.otherProposalId, world.residentC],
      );
      await dataSource.query(
        `INSERT INTO reports (reporter_id, target_type, comment_id, reason)
         SELECT u.id, 'comment', c, 'spam' FROM unnest($1::uuid[]) c CROSS JOIN (SELECT id FROM users WHERE email IN ($2, $3)) u`,
        [extra.ids, RESIDENT_A, RESIDENT_B],
      );
      await report(residentB, { targetType: 'PROPOSAL', targetId: world.otherProposalId, reason: 'SPAM' });
      await report(residentA, { targetType: 'USER', targetId: world.residentC, reason: 'SPAM' });
      const many = await statementsFor();
      expect((await queue(moderator, { first: 50 })).cases).toHaveLength(25);
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(12);
      await dataSource.query(`DELETE FROM comments WHERE id = ANY($1::uuid[])`, [extra.ids]);
    });
  });
});
