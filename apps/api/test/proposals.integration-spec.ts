import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { logInAs } from './support/identity-helpers';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import {
  CREATE,
  FIXTURE_PASSWORD,
  PROPOSAL,
  UPDATE,
  WITHDRAW,
  createProcesses,
  createUsers,
} from './support/proposals-fixtures';
import type { GqlProposal, ProposalFixture } from './support/proposals-fixtures';

type Create = { createProposal: GqlProposal };
type Update = {
  updateProposal: GqlProposal & {
    revisions: { revision: number; title: string; body: string; editedBy: { id: string } | null }[];
  };
};
type Withdraw = { withdrawProposal: GqlProposal };
type Read = {
  proposal:
    | (GqlProposal & { revisions: { revision: number; title: string; editedBy: { id: string } | null }[] })
    | null;
};

describe('proposals: create, edit, withdraw', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let author: GraphqlClient;
  let other: GraphqlClient;
  let moderator: GraphqlClient;
  let admin: GraphqlClient;
  let authorId: string;

  const input = (overrides: Record<string, unknown> = {}) => ({
    processId: fixture.processId,
    actionFieldId: fixture.fieldIds[0],
    forumId: fixture.openForumId,
    kind: 'GOAL',
    title: 'Mehr Sprachkurse für Erwachsene',
    body: 'Abends und **am Wochenende**.',
    language: 'de',
    ...overrides,
  });

  const create = async (
    client: GraphqlClient,
    overrides: Record<string, unknown> = {},
  ): Promise<GqlProposal> => {
    const response = await client.request<Create>(CREATE, { input: input(overrides) });
    if (!response.data?.createProposal) throw new Error(JSON.stringify(response.errors));
    return response.data.createProposal;
  };

  const loggedIn = async (email: string): Promise<GraphqlClient> => {
    const client = api.client();
    await logInAs(client, email, FIXTURE_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const [authorUser] = await createUsers(dataSource, 'author', 1);
    const [otherUser] = await createUsers(dataSource, 'other', 1);
    const [moderatorUser] = await createUsers(dataSource, 'moderator', 1, 'moderator');
    const [adminUser] = await createUsers(dataSource, 'admin', 1, 'admin');
    authorId = authorUser.id;
    [author, other, moderator, admin] = await Promise.all(
      [authorUser, otherUser, moderatorUser, adminUser].map((user) => loggedIn(user.email)),
    );
  });
  afterAll(() => api?.close());

  describe('createProposal', () => {
    it('creates an online proposal with its author, revision 1 and the rendered body', async () => {
      const proposal = await create(author);
      expect(proposal).toMatchObject({
        kind: 'GOAL',
        title: 'Mehr Sprachkurse für Erwachsene',
        source: 'ONLINE',
        state: 'PUBLISHED',
        language: 'de',
        author: { id: authorId, displayName: 'Author 1' },
        enteredBy: null,
        actionField: { id: fixture.fieldIds[0], title: 'Bildung und Sprache' },
        forum: {
          id: fixture.openForumId,
          title: 'Forum Bildung',
          actionField: { title: 'Bildung und Sprache' },
        },
        supportCount: 0,
        supportedByMe: false,
        canEdit: true,
        canWithdraw: true,
        revisionCount: 1,
      });
      expect(proposal.bodyHtml).toBe('<p>Abends und <strong>am Wochenende</strong>.</p>\n');
      // Counted after the transaction, when the new proposal is committed.
      expect(proposal.actionField.proposalCount).toBe(1);
      const revisions = await dataSource.query(
        `SELECT revision, title, edited_by_id FROM proposal_revisions WHERE proposal_id = $1`,
        [proposal.id],
      );
      expect(revisions).toEqual([
        { revision: 1, title: 'Mehr Sprachkurse für Erwachsene', edited_by_id: authorId },
      ]);
    });

    it('answers in the requested language and shows other people the proposal without edit rights', async () => {
      const proposal = await create(author);
      const response = await other.request<Read>(PROPOSAL, { id: proposal.id }, { 'accept-language': 'en' });
      expect(response.data?.proposal).toMatchObject({
        actionField: { title: 'Education and language' },
        canEdit: false,
        canWithdraw: false,
      });
      const anonymous = await api.client().request<Read>(PROPOSAL, { id: proposal.id });
      expect(anonymous.data?.proposal).toMatchObject({
        canEdit: false,
        supportedByMe: false,
        followedByMe: false,
      });
    });

    it('links a measure to a published goal of the same process and shows the goal title', async () => {
      const goal = await create(author, { title: 'Ein Ziel' });
      const measure = await create(other, { kind: 'MEASURE', goalId: goal.id, title: 'Eine Maßnahme' });
      expect(measure).toMatchObject({ kind: 'MEASURE', goalId: goal.id, goalTitle: 'Ein Ziel' });
    });

    it('refuses anonymous callers', async () => {
      const response = await api.client().request(CREATE, { input: input() });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });

    it('refuses while the forums phase of the process is not running', async () => {
      const response = await author.request(CREATE, {
        input: input({
          processId: fixture.otherProcessId,
          actionFieldId: fixture.otherProcessFieldId,
          forumId: fixture.otherProcessForumId,
        }),
      });
      expect(errorCode(response)).toBe('PHASE_CLOSED');
    });

    it('refuses a forum that takes no more input', async () => {
      const response = await author.request(CREATE, { input: input({ forumId: fixture.closedForumId }) });
      expect(errorCode(response)).toBe('FORUM_CLOSED');
    });

    it('refuses an action field, forum or goal from another process, naming the fields', async () => {
      const response = await author.request(CREATE, {
        input: input({ actionFieldId: fixture.otherProcessFieldId, forumId: fixture.otherProcessForumId }),
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({
        actionFieldId: ['unknownActionField'],
        forumId: ['unknownForum'],
      });
    });

    it('refuses a goal for a goal, a measure as goal and a withdrawn goal', async () => {
      const goal = await create(author, { title: 'Noch ein Ziel' });
      const measure = await create(author, { kind: 'MEASURE', title: 'Maßnahme' });
      expect(
        (await author.request(CREATE, { input: input({ goalId: goal.id }) })).errors?.[0].extensions?.fields,
      ).toEqual({ goalId: ['onlyMeasures'] });
      expect(
        (await author.request(CREATE, { input: input({ kind: 'MEASURE', goalId: measure.id }) })).errors?.[0]
          .extensions?.fields,
      ).toEqual({
        goalId: ['unknownGoal'],
      });
      await author.request(WITHDRAW, { id: goal.id, reason: 'Doppelt' });
      expect(
        (await author.request(CREATE, { input: input({ kind: 'MEASURE', goalId: goal.id }) })).errors?.[0]
          .extensions?.fields,
      ).toEqual({
        goalId: ['unknownGoal'],
      });
    });

    it('refuses 1 MB titles and bodies with field errors and writes nothing', async () => {
      const before = await proposalCount();
      const huge = 'A'.repeat(1024 * 1024);
      const response = await author.request(CREATE, { input: input({ title: huge, body: huge }) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({ title: ['isLength'], body: ['maxLength'] });
      expect(await proposalCount()).toBe(before);
    });

    it('accepts exactly 200 title and 20 000 body characters', async () => {
      const proposal = await create(author, { title: 'ä'.repeat(200), body: 'b'.repeat(20_000) });
      expect(proposal.title).toHaveLength(200);
    });

    it.each([
      ['a right-to-left override', 'Sprachkurse\u202Eexe.'],
      ['a first-strong isolate', '\u2068Admin'],
      ['a newline', 'Zeile\nZwei'],
    ])('refuses a title with %s', async (_what, title) => {
      const response = await author.request(CREATE, { input: input({ title }) });
      expect(response.errors?.[0].extensions?.fields).toEqual({ title: ['noControlCharacters'] });
    });

    it('keeps line breaks in the body but refuses bidi overrides there', async () => {
      expect((await create(author, { body: 'Zeile 1\nZeile 2' })).body).toBe('Zeile 1\nZeile 2');
      const response = await author.request(CREATE, { input: input({ body: 'gut \u202Etlecnac' }) });
      expect(response.errors?.[0].extensions?.fields).toEqual({ body: ['forbiddenCharacters'] });
    });

    it('refuses a blank title, an unknown language tag and a malformed id', async () => {
      const response = await author.request(CREATE, {
        input: input({ title: '   ', language: 'deutsch', actionFieldId: 'x' }),
      });
      expect(response.errors?.[0].extensions?.fields).toEqual({
        title: ['isLength'],
        language: ['matches'],
        actionFieldId: ['isUuid'],
      });
    });

    it('stores markup verbatim and renders it inert', async () => {
      const body =
        '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(2)> ![p](https://t.example/p.gif)';
      const proposal = await create(author, { title: '<b>Titel</b>', body });
      expect(proposal.title).toBe('<b>Titel</b>');
      expect(proposal.body).toBe(body);
      expect(proposal.bodyHtml).not.toMatch(/<(script|img|b)\b/i);
      expect(proposal.bodyHtml).not.toMatch(/href="(?!https?:)/i);
      expect(proposal.bodyHtml).toContain('&lt;script&gt;');
    });
  });

  describe('updateProposal', () => {
    it('keeps every wording as a revision; the same text again adds none', async () => {
      const proposal = await create(author);
      const first = await author.request<Update>(UPDATE, {
        id: proposal.id,
        input: { title: 'Neuer Titel', body: 'Neuer Text' },
      });
      expect(first.data?.updateProposal).toMatchObject({
        title: 'Neuer Titel',
        bodyHtml: '<p>Neuer Text</p>\n',
        revisionCount: 2,
      });
      expect(
        first.data?.updateProposal.revisions.map((revision) => [
          revision.revision,
          revision.title,
          revision.editedBy?.id,
        ]),
      ).toEqual([
        [1, 'Mehr Sprachkurse für Erwachsene', authorId],
        [2, 'Neuer Titel', authorId],
      ]);
      const again = await author.request<Update>(UPDATE, {
        id: proposal.id,
        input: { title: ' Neuer Titel ', body: 'Neuer Text' },
      });
      expect(again.data?.updateProposal.revisionCount).toBe(2);
    });

    it('lets nobody but the author edit, moderators and admins included', async () => {
      const proposal = await create(author);
      for (const client of [other, moderator, admin]) {
        const response = await client.request(UPDATE, {
          id: proposal.id,
          input: { title: 'Gekapert', body: '' },
        });
        expect(errorCode(response)).toBe('FORBIDDEN');
      }
      expect(
        errorCode(
          await api.client().request(UPDATE, { id: proposal.id, input: { title: 'Gekapert', body: '' } }),
        ),
      ).toBe('UNAUTHENTICATED');
      const [{ title }] = await dataSource.query(`SELECT title FROM proposals WHERE id = $1`, [proposal.id]);
      expect(title).toBe('Mehr Sprachkurse für Erwachsene');
    });

    it('refuses after the forums phase ended', async () => {
      const proposal = await create(author);
      await inOtherPhase(async () => {
        expect(
          errorCode(await author.request(UPDATE, { id: proposal.id, input: { title: 'Zu spät', body: '' } })),
        ).toBe('PHASE_CLOSED');
        const read = await author.request<Read>(PROPOSAL, { id: proposal.id });
        expect(read.data?.proposal).toMatchObject({ canEdit: false, canWithdraw: false });
      });
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      expect(
        errorCode(
          await author.request(UPDATE, {
            id: '00000000-0000-4000-8000-000000000000',
            input: { title: 'x', body: '' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await author.request(UPDATE, { id: 'nope', input: { title: 'x', body: '' } }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('withdrawProposal', () => {
    it('withdraws with a reason that is shown; no more edits after that', async () => {
      const proposal = await create(author);
      const response = await author.request<Withdraw>(WITHDRAW, {
        id: proposal.id,
        reason: '  Hat sich erledigt.  ',
      });
      expect(response.data?.withdrawProposal).toMatchObject({
        state: 'WITHDRAWN',
        withdrawalReason: 'Hat sich erledigt.',
        canEdit: false,
        canWithdraw: false,
      });
      expect(
        errorCode(await author.request(UPDATE, { id: proposal.id, input: { title: 'x', body: '' } })),
      ).toBe('PROPOSAL_WITHDRAWN');
      expect(errorCode(await author.request(WITHDRAW, { id: proposal.id, reason: 'Nochmal' }))).toBe(
        'PROPOSAL_WITHDRAWN',
      );
    });

    it('requires a reason of at most 2000 characters without bidi overrides', async () => {
      const proposal = await create(author);
      for (const [reason, rule] of [
        ['   ', 'isLength'],
        ['x'.repeat(2001), 'isLength'],
        ['x'.repeat(1024 * 1024), 'isLength'],
        ['weil \u202Egnuleg', 'forbiddenCharacters'],
      ]) {
        const result = await author.request(WITHDRAW, { id: proposal.id, reason });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions?.fields).toEqual({ reason: [rule] });
      }
    });

    it('lets nobody but the author withdraw', async () => {
      const proposal = await create(author);
      for (const client of [other, moderator, admin]) {
        expect(errorCode(await client.request(WITHDRAW, { id: proposal.id, reason: 'Weg damit' }))).toBe(
          'FORBIDDEN',
        );
      }
      expect(errorCode(await api.client().request(WITHDRAW, { id: proposal.id, reason: 'Weg damit' }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses after the forums phase ended', async () => {
      const proposal = await create(author);
      await inOtherPhase(async () => {
        expect(errorCode(await author.request(WITHDRAW, { id: proposal.id, reason: 'Zu spät' }))).toBe(
          'PHASE_CLOSED',
        );
      });
    });
  });

  describe('proposal query', () => {
    it('returns null for unknown and malformed ids', async () => {
      expect(
        (await api.client().request<Read>(PROPOSAL, { id: '00000000-0000-4000-8000-000000000000' })).data
          ?.proposal,
      ).toBeNull();
      expect((await api.client().request<Read>(PROPOSAL, { id: "1' OR '1'='1" })).data?.proposal).toBeNull();
    });
  });

  /** Moves the running forums phase into the past for the duration of `work`. */
  async function inOtherPhase(work: () => Promise<void>): Promise<void> {
    await dataSource.query(
      `UPDATE phases SET ends_at = now() - interval '1 day' WHERE process_id = $1 AND kind = 'forums'`,
      [fixture.processId],
    );
    try {
      await work();
    } finally {
      await dataSource.query(
        `UPDATE phases SET ends_at = now() + interval '42 days' WHERE process_id = $1 AND kind = 'forums'`,
        [fixture.processId],
      );
    }
  }

  async function proposalCount(): Promise<number> {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM proposals`);
    return count;
  }
});
