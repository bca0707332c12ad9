import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { seedDemoModeration } from '@mitreden/api/moderation';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { LOGIN, ME, logInAs, outboxRows } from './support/identity-helpers';
import {
  ADMIN,
  MODERATOR,
  RESIDENT_A,
  RESIDENT_B,
  RESIDENT_C,
  createParticipationFixture,
} from './comments-fixtures';
import type { ParticipationFixture } from './comments-fixtures';
import { DEMO_PASSWORD } from '@mitreden/api/identity';

const PROJECT_GROUP = 'projectgroup@mitreden.test';

const HIDING_FIELDS = `id targetType targetId reason templateKey automatic hiddenBy { id displayName } hiddenAt liftedAt
  reviewRequestedAt reviewRequest reviewDecidedAt reviewOutcome canRequestReview`;
const HIDE = `mutation Hide($input: HideContentInput!) { hideContent(input: $input) { ${HIDING_FIELDS} } }`;
const UNHIDE = `mutation Unhide($type: HideTargetType!, $id: ID!, $note: String) { unhideContent(targetType: $type, targetId: $id, note: $note) }`;
const HIDING = `query Hiding($type: HideTargetType!, $id: ID!) { hiding(targetType: $type, targetId: $id) { ${HIDING_FIELDS} } }`;
const REQUEST_REVIEW = `mutation Request($id: ID!, $text: String!) { requestHidingReview(hidingId: $id, text: $text) { ${HIDING_FIELDS} } }`;
const DECIDE = `mutation Decide($input: DecideReviewInput!) { decideHidingReview(input: $input) { ${HIDING_FIELDS} } }`;
const BLOCK = `mutation Block($input: BlockUserInput!) { blockUser(input: $input) { id role blockedAt blockReason canBlock proposalCount commentCount } }`;
const UNBLOCK = `mutation Unblock($id: ID!) { unblockUser(userId: $id) { id blockedAt blockReason } }`;
const TEMPLATES = `query Templates($all: Boolean!) { netiquetteTemplates(includeInactive: $all) { id key title body position active titleTranslations { locale text } } }`;
const CREATE_TEMPLATE = `mutation Create($input: NetiquetteTemplateInput!) { createNetiquetteTemplate(input: $input) { id key title body active } }`;
const UPDATE_TEMPLATE = `mutation Update($id: ID!, $input: NetiquetteTemplateInput!) { updateNetiquetteTemplate(id: $id, input: $input) { id key title active } }`;
const PROPOSAL = `query Proposal($id: ID!) { proposal(id: $id) { id hidden } }`;
const LISTING = `query List($filter: ProposalFilter!) { proposals(filter: $filter, first: 50) { totalCount nodes { id hidden } facets { kind { value count } } } }`;
const THREAD = `query Thread($id: ID!) { comments(proposalId: $id) { id body hidden author { id } } }`;
const ADD_COMMENT = `mutation Add($input: AddCommentInput!) { addComment(input: $input) { id } }`;

interface Hiding {
  id: string;
  reason: string;
  templateKey: string | null;
  hiddenBy: { id: string } | null;
  liftedAt: string | null;
  reviewRequestedAt: string | null;
  reviewOutcome: string | null;
  canRequestReview: boolean;
}
interface ThreadComment {
  id: string;
  body: string;
  hidden: boolean;
  author: { id: string } | null;
}

describe('moderation: hiding, review requests, blocking, netiquette', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let world: ParticipationFixture;
  let anonymous: GraphqlClient;
  let alice: GraphqlClient;
  let bob: GraphqlClient;
  let cem: GraphqlClient;
  let moderator: GraphqlClient;
  let projectGroup: GraphqlClient;
  let admin: GraphqlClient;
  let ids: Record<'alice' | 'moderator' | 'projectGroup' | 'admin', string>;
  let templateId: (key: string) => string;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    world = await createParticipationFixture(dataSource);
    // Cem, who wrote the fixture's proposals, reads English: the reason must reach him in English.
    await dataSource.query(`UPDATE users SET locale = 'en' WHERE email = $1`, [RESIDENT_C]);
    await seedDemoModeration(dataSource.manager);
    anonymous = api.client();
    [alice, bob, cem, moderator, projectGroup, admin] = Array.from({ length: 6 }, () => api.client());
    ids = {
      alice: (await logInAs(alice, RESIDENT_A)).id,
      moderator: (await logInAs(moderator, MODERATOR)).id,
      projectGroup: (await logInAs(projectGroup, PROJECT_GROUP)).id,
      admin: (await logInAs(admin, ADMIN)).id,
    };
    await logInAs(bob, RESIDENT_B);
    await logInAs(cem, RESIDENT_C);
    const templates: { id: string; key: string }[] = await dataSource.query(
      `SELECT id, key FROM netiquette_templates`,
    );
    templateId = (key) => {
      const found = templates.find((template) => template.key === key);
      if (!found) throw new Error(`No template ${key}`);
      return found.id;
    };
  });
  afterAll(() => api?.close());

  async function hide(client: GraphqlClient, input: Record<string, unknown>): Promise<Hiding> {
    const response = await client.request<{ hideContent: Hiding }>(HIDE, { input });
    if (!response.data?.hideContent)
      throw new Error(`hideContent failed: ${JSON.stringify(response.errors)}`);
    return response.data.hideContent;
  }

  async function thread(client: GraphqlClient, proposalId = world.proposalId): Promise<ThreadComment[]> {
    const response = await client.request<{ comments: ThreadComment[] }>(THREAD, { id: proposalId });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.comments;
  }

  async function listing(client: GraphqlClient) {
    const response = await client.request<{
      proposals: { totalCount: number; nodes: { id: string; hidden: boolean }[] };
    }>(LISTING, { filter: { processId: world.processId } });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.proposals;
  }

  async function auditActions(targetId: string): Promise<string[]> {
    const rows: { action: string }[] = await dataSource.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [targetId],
    );
    return rows.map((row) => row.action);
  }

  describe('netiquette templates', () => {
    it('seeds six templates in German, English and Arabic, once', async () => {
      await seedDemoModeration(dataSource.manager);
      const response = await moderator.request<{
        netiquetteTemplates: { key: string; titleTranslations: { locale: string }[] }[];
      }>(TEMPLATES, { all: false });
      const templates = response.data?.netiquetteTemplates ?? [];
      expect(templates.map((template) => template.key)).toEqual([
        'insult',
        'discrimination',
        'spam',
        'personal_data',
        'off_topic',
        'auto_hidden',
      ]);
      for (const template of templates)
        expect(template.titleTranslations.map((translation) => translation.locale)).toEqual([
          'de',
          'en',
          'ar',
        ]);
    });

    it('lets the project group create and change templates, with the translation rules and an audit entry', async () => {
      const input = {
        key: 'threat',
        title: [
          { locale: 'de', text: 'Drohung' },
          { locale: 'en', text: 'Threat' },
        ],
        body: [{ locale: 'de', text: 'Drohungen sind nicht erlaubt.' }],
        position: 7,
        active: true,
      };
      expect(errorCode(await moderator.request(CREATE_TEMPLATE, { input }))).toBe('FORBIDDEN');
      const created = await projectGroup.request<{ createNetiquetteTemplate: { id: string; title: string } }>(
        CREATE_TEMPLATE,
        {
          input,
        },
      );
      expect(created.errors).toBeUndefined();
      const id = created.data?.createNetiquetteTemplate.id as string;
      expect(created.data?.createNetiquetteTemplate.title).toBe('Drohung');
      const taken = await projectGroup.request(CREATE_TEMPLATE, { input });
      expect(taken.errors?.[0]?.extensions?.fields).toEqual({ key: ['taken'] });

      const hostile = await admin.request(UPDATE_TEMPLATE, {
        id,
        input: { ...input, title: [{ locale: 'en', text: 'Thr\u202eeat' }] },
      });
      expect(errorCode(hostile)).toBe('BAD_USER_INPUT');
      expect(hostile.errors?.[0]?.extensions?.fields).toEqual({
        title: ['noControlCharacters', 'germanRequired'],
      });

      const updated = await admin.request<{ updateNetiquetteTemplate: { active: boolean } }>(
        UPDATE_TEMPLATE,
        {
          id,
          input: { ...input, active: false },
        },
      );
      expect(updated.data?.updateNetiquetteTemplate.active).toBe(false);
      const active = await moderator.request<{ netiquetteTemplates: { key: string }[] }>(TEMPLATES, {
        all: false,
      });
      expect(active.data?.netiquetteTemplates.map((template) => template.key)).not.toContain('threat');
      expect(await auditActions(id)).toEqual(['netiquette.create', 'netiquette.update']);
      expect(errorCode(await alice.request(TEMPLATES, { all: false }))).toBe('FORBIDDEN');
    });
  });

  describe('a hidden proposal', () => {
    let hiding: Hiding;

    it('refuses a hiding without template or note, and residents', async () => {
      const missing = await moderator.request(HIDE, {
        input: { targetType: 'PROPOSAL', targetId: world.proposalId },
      });
      expect(missing.errors?.[0]?.extensions?.fields).toEqual({ note: ['required'] });
      const resident = await alice.request(HIDE, {
        input: { targetType: 'PROPOSAL', targetId: world.proposalId, note: 'x' },
      });
      expect(errorCode(resident)).toBe('FORBIDDEN');
    });

    it('is hidden with the template in the author’s language plus the note, resolves reports and mails the author', async () => {
      await dataSource.query(
        `INSERT INTO reports (reporter_id, target_type, proposal_id, reason) VALUES ($1, 'proposal', $2, 'offensive')`,
        [ids.alice, world.proposalId],
      );
      hiding = await hide(moderator, {
        targetType: 'PROPOSAL',
        targetId: world.proposalId,
        templateId: templateId('insult'),
        note: 'Bitte den zweiten Absatz umformulieren.',
      });
      expect(hiding.templateKey).toBe('insult');
      expect(hiding.reason).toBe(
        'Your contribution contains insulting or demeaning remarks about other people. Please stay factual and respectful.\n\nBitte den zweiten Absatz umformulieren.',
      );
      expect(hiding.hiddenBy?.id).toBe(ids.moderator);

      const reports: { resolution: string; resolved_by_id: string }[] = await dataSource.query(
        `SELECT resolution, resolved_by_id FROM reports WHERE proposal_id = $1`,
        [world.proposalId],
      );
      expect(reports).toEqual([{ resolution: 'hidden', resolved_by_id: ids.moderator }]);

      const mails = await outboxRows(dataSource, RESIDENT_C, 'content_hidden');
      expect(mails).toHaveLength(1);
      expect(mails[0].locale).toBe('en');
      expect(mails[0].payload).toMatchObject({
        contentKind: 'proposal',
        contentTitle: 'Mehr Sprachkurse am Abend',
        reason: hiding.reason,
        link: `http://mitreden.test/proposals/${world.proposalId}`,
      });
      expect(await auditActions(world.proposalId)).toEqual(['proposal.hide']);
    });

    it('is gone for the public and other residents, visible and marked for its author and moderators', async () => {
      for (const client of [anonymous, alice]) {
        const detail = await client.request<{ proposal: unknown }>(PROPOSAL, { id: world.proposalId });
        expect(detail.data?.proposal).toBeNull();
        const page = await listing(client);
        expect(page.nodes.map((node) => node.id)).toEqual([world.otherProposalId]);
        expect(page.totalCount).toBe(1);
        expect(await thread(client)).toEqual([]);
      }
      for (const client of [cem, moderator, projectGroup, admin]) {
        const detail = await client.request<{ proposal: { hidden: boolean } }>(PROPOSAL, {
          id: world.proposalId,
        });
        expect(detail.data?.proposal.hidden).toBe(true);
        const page = await listing(client);
        expect(page.totalCount).toBe(2);
        expect(page.nodes.find((node) => node.id === world.proposalId)?.hidden).toBe(true);
      }
    });

    it('cannot be hidden twice', async () => {
      const again = await admin.request(HIDE, {
        input: { targetType: 'PROPOSAL', targetId: world.proposalId, templateId: templateId('spam') },
      });
      expect(errorCode(again)).toBe('CONFLICT');
    });

    it('shows its hiding to the author (without who) and moderators only', async () => {
      const own = await cem.request<{ hiding: Hiding }>(HIDING, { type: 'PROPOSAL', id: world.proposalId });
      expect(own.data?.hiding).toMatchObject({
        id: hiding.id,
        reason: hiding.reason,
        hiddenBy: null,
        canRequestReview: true,
      });
      const staff = await moderator.request<{ hiding: Hiding }>(HIDING, {
        type: 'PROPOSAL',
        id: world.proposalId,
      });
      expect(staff.data?.hiding).toMatchObject({ hiddenBy: { id: ids.moderator }, canRequestReview: false });
      const other = await alice.request<{ hiding: Hiding | null }>(HIDING, {
        type: 'PROPOSAL',
        id: world.proposalId,
      });
      expect(other.data?.hiding).toBeNull();
      expect(errorCode(await anonymous.request(HIDING, { type: 'PROPOSAL', id: world.proposalId }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('takes one review request from its author, which lands in the queue data', async () => {
      expect(errorCode(await alice.request(REQUEST_REVIEW, { id: hiding.id, text: 'Bitte prüfen' }))).toBe(
        'FORBIDDEN',
      );
      const blank = await cem.request(REQUEST_REVIEW, { id: hiding.id, text: '   ' });
      expect(blank.errors?.[0]?.extensions?.fields).toEqual({ text: ['required'] });
      const requested = await cem.request<{ requestHidingReview: Hiding }>(REQUEST_REVIEW, {
        id: hiding.id,
        text: 'I only quoted the council.',
      });
      expect(requested.data?.requestHidingReview).toMatchObject({ canRequestReview: false });
      expect(requested.data?.requestHidingReview.reviewRequestedAt).not.toBeNull();
      const twice = await cem.request(REQUEST_REVIEW, { id: hiding.id, text: 'Once more' });
      expect(errorCode(twice)).toBe('REVIEW_ALREADY_REQUESTED');
      const open: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM hidings WHERE review_requested_at IS NOT NULL AND review_decided_at IS NULL`,
      );
      expect(open[0].count).toBe(1);
    });

    it('is lifted by the review decision, which the author is mailed', async () => {
      expect(
        errorCode(await cem.request(DECIDE, { input: { hidingId: hiding.id, outcome: 'LIFTED' } })),
      ).toBe('FORBIDDEN');
      const decided = await moderator.request<{ decideHidingReview: Hiding }>(DECIDE, {
        input: { hidingId: hiding.id, outcome: 'LIFTED', note: 'Quote is fine.' },
      });
      expect(decided.data?.decideHidingReview).toMatchObject({ reviewOutcome: 'LIFTED' });
      expect(decided.data?.decideHidingReview.liftedAt).not.toBeNull();
      const again = await moderator.request(DECIDE, { input: { hidingId: hiding.id, outcome: 'UPHELD' } });
      expect(errorCode(again)).toBe('CONFLICT');

      const detail = await anonymous.request<{ proposal: { hidden: boolean } }>(PROPOSAL, {
        id: world.proposalId,
      });
      expect(detail.data?.proposal.hidden).toBe(false);
      const mails = await outboxRows(dataSource, RESIDENT_C, 'hiding_review_decided');
      expect(mails.map((mail) => mail.payload)).toEqual([
        expect.objectContaining({ outcome: 'lifted', note: 'Quote is fine.', contentKind: 'proposal' }),
      ]);
      expect(await auditActions(world.proposalId)).toEqual([
        'proposal.hide',
        'hiding.review_request',
        'hiding.review_decide',
      ]);
    });

    it('ends with exactly one active hiding when moderators hide it at the same moment', async () => {
      const attempts = await Promise.all(
        [moderator, admin, projectGroup, moderator, admin].map((client) =>
          client.request(HIDE, {
            input: { targetType: 'PROPOSAL', targetId: world.otherProposalId, note: 'Spam link' },
          }),
        ),
      );
      expect(attempts.filter((attempt) => !attempt.errors)).toHaveLength(1);
      expect(attempts.filter((attempt) => errorCode(attempt) === 'CONFLICT')).toHaveLength(4);
      const active: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM hidings WHERE proposal_id = $1 AND lifted_at IS NULL`,
        [world.otherProposalId],
      );
      expect(active[0].count).toBe(1);
      expect((await moderator.request(UNHIDE, { type: 'PROPOSAL', id: world.otherProposalId })).data).toEqual(
        {
          unhideContent: true,
        },
      );
      expect(
        errorCode(await moderator.request(UNHIDE, { type: 'PROPOSAL', id: world.otherProposalId })),
      ).toBe('NOT_FOUND');
      expect(await auditActions(world.otherProposalId)).toEqual(['proposal.hide', 'content.unhide']);
    });
  });

  describe('a hidden comment', () => {
    it('is an empty placeholder for the public, readable and marked for its author and moderators', async () => {
      const added = await alice.request<{ addComment: { id: string } }>(ADD_COMMENT, {
        input: { proposalId: world.proposalId, body: 'Rude words' },
      });
      const commentId = added.data?.addComment.id as string;
      await hide(moderator, {
        targetType: 'COMMENT',
        targetId: commentId,
        templateId: templateId('off_topic'),
      });

      for (const client of [anonymous, bob, cem]) {
        const comment = (await thread(client)).find((entry) => entry.id === commentId);
        expect(comment).toEqual({ id: commentId, body: '', hidden: true, author: null });
      }
      for (const client of [alice, moderator]) {
        const comment = (await thread(client)).find((entry) => entry.id === commentId);
        expect(comment).toEqual({
          id: commentId,
          body: 'Rude words',
          hidden: true,
          author: { id: ids.alice },
        });
      }
      const mails = await outboxRows(dataSource, RESIDENT_A, 'content_hidden');
      expect(mails.at(-1)?.locale).toBe('de');
      expect(mails.at(-1)?.payload).toMatchObject({
        contentKind: 'comment',
        contentTitle: 'Rude words',
        link: `http://mitreden.test/proposals/${world.proposalId}#comment-${commentId}`,
      });
      expect(mails.at(-1)?.payload['reason']).toMatch(/^Ihr Beitrag hat keinen Bezug/);

      await moderator.request(UNHIDE, { type: 'COMMENT', id: commentId, note: 'Misclick' });
      const comment = (await thread(anonymous)).find((entry) => entry.id === commentId);
      expect(comment).toEqual({
        id: commentId,
        body: 'Rude words',
        hidden: false,
        author: { id: ids.alice },
      });
    });
  });

  describe('blocking', () => {
    it('follows the role rules', async () => {
      const block = (client: GraphqlClient, userId: string) =>
        client.request(BLOCK, { input: { userId, reason: 'test', hideContent: false } });
      expect(errorCode(await block(moderator, ids.projectGroup))).toBe('FORBIDDEN');
      expect(errorCode(await block(moderator, ids.admin))).toBe('FORBIDDEN');
      expect(errorCode(await block(projectGroup, ids.admin))).toBe('FORBIDDEN');
      expect(errorCode(await block(admin, ids.admin))).toBe('FORBIDDEN');
      expect(errorCode(await block(moderator, ids.moderator))).toBe('FORBIDDEN');
      expect(errorCode(await block(bob, ids.alice))).toBe('FORBIDDEN');
      const missingReason = await moderator.request(BLOCK, {
        input: { userId: ids.alice, reason: ' ', hideContent: false },
      });
      expect(missingReason.errors?.[0]?.extensions?.fields).toEqual({ reason: ['required'] });
      const blocked: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE blocked_at IS NOT NULL`,
      );
      expect(blocked[0].count).toBe(0);
    });

    it('ends login and sessions at once and hides all content in one go; unblocking lets the person back in', async () => {
      await dataSource.query(
        `INSERT INTO reports (reporter_id, target_type, user_id, reason) VALUES ((SELECT id FROM users WHERE email = $1), 'user', $2, 'spam')`,
        [RESIDENT_B, ids.alice],
      );
      await alice.request(ADD_COMMENT, { input: { proposalId: world.otherProposalId, body: 'Another one' } });
      const sessionsBefore: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM user_sessions WHERE sess -> 'passport' ->> 'user' = $1`,
        [ids.alice],
      );
      expect(sessionsBefore[0].count).toBeGreaterThan(0);

      const response = await moderator.request<{
        blockUser: { blockedAt: string | null; blockReason: string; canBlock: boolean; commentCount: number };
      }>(BLOCK, { input: { userId: ids.alice, reason: 'Repeated insults', hideContent: true } });
      expect(response.data?.blockUser).toMatchObject({
        blockReason: 'Repeated insults',
        canBlock: true,
        commentCount: 2,
      });
      expect(response.data?.blockUser.blockedAt).not.toBeNull();
      expect(
        errorCode(
          await moderator.request(BLOCK, { input: { userId: ids.alice, reason: 'x', hideContent: false } }),
        ),
      ).toBe('CONFLICT');

      const me = await alice.request<{ me: unknown }>(ME);
      expect(me.data?.me ?? null).toBeNull();
      const sessionsAfter: { count: number }[] = await dataSource.query(
        `SELECT count(*)::int AS count FROM user_sessions WHERE sess -> 'passport' ->> 'user' = $1`,
        [ids.alice],
      );
      expect(sessionsAfter[0].count).toBe(0);
      const login = await api
        .client()
        .request(LOGIN, { input: { email: RESIDENT_A, password: DEMO_PASSWORD } });
      expect(errorCode(login)).toBe('ACCOUNT_BLOCKED');

      const comments: { hidden: boolean }[] = await dataSource.query(
        `SELECT hidden_at IS NOT NULL AS hidden FROM comments WHERE author_id = $1 AND deleted_at IS NULL`,
        [ids.alice],
      );
      expect(comments).toHaveLength(2);
      expect(comments.every((comment) => comment.hidden)).toBe(true);
      const reports: { resolution: string }[] = await dataSource.query(
        `SELECT resolution FROM reports WHERE user_id = $1`,
        [ids.alice],
      );
      expect(reports).toEqual([{ resolution: 'blocked' }]);
      expect(await auditActions(ids.alice)).toEqual(['user.block']);

      const unblocked = await moderator.request<{ unblockUser: { blockedAt: string | null } }>(UNBLOCK, {
        id: ids.alice,
      });
      expect(unblocked.data?.unblockUser.blockedAt).toBeNull();
      await logInAs(alice, RESIDENT_A);
      expect(await auditActions(ids.alice)).toEqual(['user.block', 'user.unblock']);
    });
  });
});
