import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { logInAs } from './support/identity-helpers';
import { countQueries } from './support/query-counter';
import {
  ADMIN,
  MODERATOR,
  RESIDENT_A,
  RESIDENT_B,
  RESIDENT_C,
  closeForumsPhase,
  createParticipationFixture,
  reopenForumsPhase,
} from './comments-fixtures';
import type { ParticipationFixture } from './comments-fixtures';

const FIELDS = `id proposalId parentId depth author { id displayName } body deleted createdAt editedAt upvotes downvotes myVote canEdit canDelete canReply editableUntil`;
const THREAD = `query Thread($proposalId: ID!) { comments(proposalId: $proposalId) { ${FIELDS} } }`;
const ADD = `mutation Add($input: AddCommentInput!) { addComment(input: $input) { ${FIELDS} } }`;
const EDIT = `mutation Edit($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${FIELDS} } }`;
const DELETE = `mutation Delete($id: ID!) { deleteComment(id: $id) { ${FIELDS} } }`;
const VOTE = `mutation Vote($id: ID!, $vote: CommentVote!) { voteComment(id: $id, vote: $vote) { ${FIELDS} } }`;

interface CommentResult {
  id: string;
  proposalId: string;
  parentId: string | null;
  depth: number;
  author: { id: string; displayName: string } | null;
  body: string;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  upvotes: number;
  downvotes: number;
  myVote: 'UP' | 'DOWN' | 'NONE';
  canEdit: boolean;
  canDelete: boolean;
  canReply: boolean;
  editableUntil: string | null;
}

describe('comments', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let world: ParticipationFixture;
  let anonymous: GraphqlClient;
  let alice: GraphqlClient;
  let bob: GraphqlClient;
  let cem: GraphqlClient;
  let moderator: GraphqlClient;
  let admin: GraphqlClient;
  let aliceId: string;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    world = await createParticipationFixture(dataSource);
    anonymous = api.client();
    [alice, bob, cem, moderator, admin] = [api.client(), api.client(), api.client(), api.client(), api.client()];
    aliceId = (await logInAs(alice, RESIDENT_A)).id;
    await logInAs(bob, RESIDENT_B);
    await logInAs(cem, RESIDENT_C);
    await logInAs(moderator, MODERATOR);
    await logInAs(admin, ADMIN);
  });
  afterAll(() => api?.close());

  async function add(client: GraphqlClient, body: string, parentId?: string, proposalId = world.proposalId): Promise<CommentResult> {
    const response = await client.request<{ addComment: CommentResult }>(ADD, { input: { proposalId, parentId, body } });
    if (!response.data?.addComment) throw new Error(`addComment failed: ${JSON.stringify(response.errors)}`);
    return response.data.addComment;
  }

  async function thread(client: GraphqlClient, proposalId = world.proposalId): Promise<CommentResult[]> {
    const response = await client.request<{ comments: CommentResult[] }>(THREAD, { proposalId });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.comments;
  }

  async function commentCount(proposalId = world.proposalId): Promise<number> {
    const [{ comment_count }] = await dataSource.query(`SELECT comment_count FROM proposals WHERE id = $1`, [proposalId]);
    return comment_count;
  }

  it('refuses anonymous writers but shows them the thread', async () => {
    const mine = await add(alice, 'Für alle lesbar');
    const added = await anonymous.request(ADD, { input: { proposalId: world.proposalId, body: 'anonym' } });
    expect(errorCode(added)).toBe('UNAUTHENTICATED');
    for (const [query, variables] of [
      [EDIT, { id: mine.id, body: 'x' }],
      [DELETE, { id: mine.id }],
      [VOTE, { id: mine.id, vote: 'UP' }],
    ] as const) {
      expect(errorCode(await anonymous.request(query, variables))).toBe('UNAUTHENTICATED');
    }
    const seen = (await thread(anonymous)).find((comment) => comment.id === mine.id);
    expect(seen).toMatchObject({ body: 'Für alle lesbar', myVote: 'NONE', canEdit: false, canDelete: false, editableUntil: null });
    expect(seen?.author?.displayName).toBe('Rana Einwohnerin');
    await dataSource.query(`DELETE FROM comments`);
  });

  it('builds a thread of several levels, depth-first and oldest first on each level, in one statement', async () => {
    const root1 = await add(alice, 'Erster Kommentar');
    const reply1 = await add(bob, 'Antwort von Berta', root1.id);
    const root2 = await add(cem, 'Zweiter Kommentar');
    const reply11 = await add(alice, 'Antwort auf die Antwort', reply1.id);
    const reply2 = await add(cem, 'Zweite Antwort auf den ersten', root1.id);
    const reply111 = await add(bob, 'Vierte Ebene', reply11.id);
    expect([root1.depth, reply1.depth, reply11.depth, reply111.depth]).toEqual([0, 1, 2, 3]);
    expect(reply11).toMatchObject({ parentId: reply1.id, proposalId: world.proposalId, canEdit: true, canDelete: true, canReply: true });

    const { result, queries } = await countQueries(dataSource, () => thread(bob));
    expect(result.map((comment) => comment.id)).toEqual([root1.id, reply1.id, reply11.id, reply111.id, reply2.id, root2.id]);
    // The other statement is the session's user lookup, which every logged-in request makes.
    expect(queries.filter((query) => !query.includes('FROM "users" "User"'))).toHaveLength(1);
    expect(queries).toHaveLength(2);
    // Bob sees his own rights on his comments only.
    expect(result.filter((comment) => comment.canEdit).map((comment) => comment.id)).toEqual([reply1.id, reply111.id]);
    expect(await commentCount()).toBe(6);
    await dataSource.query(`DELETE FROM comments`);
  });

  it('stops at the depth limit with a clear error', async () => {
    let parent = await add(alice, 'Ebene 0');
    for (let depth = 1; depth <= 5; depth++) parent = await add(depth % 2 ? bob : alice, `Ebene ${depth}`, parent.id);
    expect(parent).toMatchObject({ depth: 5, canReply: false });
    const tooDeep = await alice.request(ADD, { input: { proposalId: world.proposalId, parentId: parent.id, body: 'Ebene 6' } });
    expect(errorCode(tooDeep)).toBe('BAD_USER_INPUT');
    expect(tooDeep.errors?.[0].extensions?.fields).toEqual({ parentId: ['maxDepth'] });
    await dataSource.query(`DELETE FROM comments`);
  });

  it('refuses a parent from another proposal, unknown proposals and withdrawn proposals', async () => {
    const elsewhere = await add(alice, 'Anderswo', undefined, world.otherProposalId);
    const crossed = await bob.request(ADD, { input: { proposalId: world.proposalId, parentId: elsewhere.id, body: 'quer' } });
    expect(errorCode(crossed)).toBe('BAD_USER_INPUT');
    expect(crossed.errors?.[0].extensions?.fields).toEqual({ parentId: ['sameProposal'] });

    const unknown = await bob.request(ADD, { input: { proposalId: '00000000-0000-4000-8000-000000000000', body: 'wohin?' } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');

    const withdrawn = await bob.request(ADD, { input: { proposalId: world.withdrawnProposalId, body: 'zu spät' } });
    expect(errorCode(withdrawn)).toBe('PROPOSAL_WITHDRAWN');
    expect(await commentCount(world.withdrawnProposalId)).toBe(0);
    await dataSource.query(`DELETE FROM comments`);
  });

  it('only takes comments, edits, deletions and votes while the forums phase runs', async () => {
    const mine = await add(alice, 'Noch offen');
    const bobs = await add(bob, 'Auch offen');
    await closeForumsPhase(dataSource, world.processId);
    try {
      expect(errorCode(await alice.request(ADD, { input: { proposalId: world.proposalId, body: 'zu' } }))).toBe('PHASE_CLOSED');
      expect(errorCode(await alice.request(EDIT, { id: mine.id, body: 'geändert' }))).toBe('PHASE_CLOSED');
      expect(errorCode(await alice.request(DELETE, { id: mine.id }))).toBe('PHASE_CLOSED');
      expect(errorCode(await alice.request(VOTE, { id: bobs.id, vote: 'UP' }))).toBe('PHASE_CLOSED');
    } finally {
      await reopenForumsPhase(dataSource, world.processId);
    }
    expect((await thread(alice)).map((comment) => comment.body)).toEqual(['Noch offen', 'Auch offen']);
    await dataSource.query(`DELETE FROM comments`);
  });

  it('lets nobody edit or delete another person’s comment, moderators and admins included', async () => {
    const mine = await add(alice, 'Meins');
    for (const other of [bob, moderator, admin]) {
      expect(errorCode(await other.request(EDIT, { id: mine.id, body: 'Übernommen' }))).toBe('FORBIDDEN');
      expect(errorCode(await other.request(DELETE, { id: mine.id }))).toBe('FORBIDDEN');
    }
    const [stored] = await dataSource.query(`SELECT body, deleted_at, edited_at FROM comments WHERE id = $1`, [mine.id]);
    expect(stored).toEqual({ body: 'Meins', deleted_at: null, edited_at: null });
    expect(errorCode(await bob.request(EDIT, { id: '00000000-0000-4000-8000-000000000000', body: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await bob.request(DELETE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    await dataSource.query(`DELETE FROM comments`);
  });

  it('edits within the 15-minute window and refuses afterwards', async () => {
    const mine = await add(alice, 'Tippfeler');
    const created = new Date(mine.createdAt).getTime();
    expect(new Date(mine.editableUntil ?? 0).getTime() - created).toBe(15 * 60_000);

    const edited = await alice.request<{ editComment: CommentResult }>(EDIT, { id: mine.id, body: '  Tippfehler  ' });
    expect(edited.data?.editComment).toMatchObject({ body: 'Tippfehler', canEdit: true });
    expect(edited.data?.editComment.editedAt).not.toBeNull();

    await dataSource.query(`UPDATE comments SET created_at = now() - interval '15 minutes 1 second' WHERE id = $1`, [mine.id]);
    const late = await alice.request(EDIT, { id: mine.id, body: 'Zu spät' });
    expect(errorCode(late)).toBe('EDIT_WINDOW_CLOSED');
    const seen = (await thread(alice))[0];
    expect(seen).toMatchObject({ body: 'Tippfehler', canEdit: false, canDelete: true });
    await dataSource.query(`DELETE FROM comments`);
  });

  it('deletes to a tombstone that keeps the replies, hides the author and stops counting', async () => {
    const root = await add(alice, 'Wird gelöscht');
    const reply = await add(bob, 'Bleibt stehen', root.id);
    const replyToReply = await add(alice, 'Bleibt auch', reply.id);
    expect(await commentCount()).toBe(3);

    const deleted = await alice.request<{ deleteComment: CommentResult }>(DELETE, { id: root.id });
    expect(deleted.data?.deleteComment).toMatchObject({ deleted: true, body: '', author: null, canEdit: false, canDelete: false, canReply: false });
    expect(await commentCount()).toBe(2);
    // Deleting again changes nothing (and does not count down twice).
    expect(errorCode(await alice.request(DELETE, { id: root.id }))).toBeUndefined();
    expect(await commentCount()).toBe(2);

    const seen = await thread(bob);
    expect(seen.map((comment) => [comment.id, comment.deleted, comment.body])).toEqual([
      [root.id, true, ''],
      [reply.id, false, 'Bleibt stehen'],
      [replyToReply.id, false, 'Bleibt auch'],
    ]);
    expect(seen[0].author).toBeNull();
    const [stored] = await dataSource.query(`SELECT body, deleted_at IS NOT NULL AS deleted, author_id FROM comments WHERE id = $1`, [root.id]);
    expect(stored).toEqual({ body: '', deleted: true, author_id: aliceId });

    // A tombstone takes no replies, edits or votes.
    const replyToTombstone = await bob.request(ADD, { input: { proposalId: world.proposalId, parentId: root.id, body: 'Hallo?' } });
    expect(replyToTombstone.errors?.[0].extensions?.fields).toEqual({ parentId: ['parentDeleted'] });
    expect(errorCode(await alice.request(EDIT, { id: root.id, body: 'wieder da' }))).toBe('NOT_FOUND');
    expect(errorCode(await bob.request(VOTE, { id: root.id, vote: 'UP' }))).toBe('NOT_FOUND');
    await dataSource.query(`DELETE FROM comments`);
    expect(await commentCount()).toBe(0);
  });

  it('counts up and down votes, one per person, taken back with NONE, never on one’s own comment', async () => {
    const mine = await add(alice, 'Abstimmen bitte');
    const vote = async (client: GraphqlClient, value: string) =>
      (await client.request<{ voteComment: CommentResult }>(VOTE, { id: mine.id, vote: value })).data?.voteComment;

    expect(await vote(bob, 'UP')).toMatchObject({ upvotes: 1, downvotes: 0, myVote: 'UP' });
    expect(await vote(bob, 'UP')).toMatchObject({ upvotes: 1, downvotes: 0, myVote: 'UP' });
    expect(await vote(cem, 'DOWN')).toMatchObject({ upvotes: 1, downvotes: 1, myVote: 'DOWN' });
    expect(await vote(bob, 'DOWN')).toMatchObject({ upvotes: 0, downvotes: 2, myVote: 'DOWN' });
    expect(await vote(cem, 'NONE')).toMatchObject({ upvotes: 0, downvotes: 1, myVote: 'NONE' });
    expect(await vote(moderator, 'UP')).toMatchObject({ upvotes: 1, downvotes: 1 });

    expect(errorCode(await alice.request(VOTE, { id: mine.id, vote: 'UP' }))).toBe('FORBIDDEN');
    expect(errorCode(await bob.request(VOTE, { id: mine.id, vote: 'SIDEWAYS' }))).toBe('BAD_USER_INPUT');

    const seenByBob = (await thread(bob))[0];
    expect(seenByBob).toMatchObject({ myVote: 'DOWN', upvotes: 1, downvotes: 1 });
    expect((await thread(anonymous))[0].myVote).toBe('NONE');
    await dataSource.query(`DELETE FROM comments`);
  });

  it('keeps one vote row and exact counters when one person votes 40 times at once', async () => {
    const mine = await add(alice, 'Viel Verkehr');
    const values = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? 'DOWN' : 'UP'));
    const responses = await Promise.all(values.map((value) => bob.request(VOTE, { id: mine.id, vote: value })));
    expect(responses.map((response) => errorCode(response)).filter(Boolean)).toEqual([]);

    const rows: { value: number }[] = await dataSource.query(`SELECT value FROM comment_votes WHERE comment_id = $1`, [mine.id]);
    expect(rows).toHaveLength(1);
    const [counters] = await dataSource.query(`SELECT upvotes, downvotes FROM comments WHERE id = $1`, [mine.id]);
    expect(counters).toEqual(rows[0].value === 1 ? { upvotes: 1, downvotes: 0 } : { upvotes: 0, downvotes: 1 });

    // Mixed with taking it back: whatever order they ran in, counters match the rows.
    await Promise.all(['NONE', 'UP', 'NONE', 'DOWN', 'UP', 'NONE'].map((value) => bob.request(VOTE, { id: mine.id, vote: value })));
    const after: { value: number }[] = await dataSource.query(`SELECT value FROM comment_votes WHERE comment_id = $1`, [mine.id]);
    const [afterCounters] = await dataSource.query(`SELECT upvotes, downvotes FROM comments WHERE id = $1`, [mine.id]);
    expect(afterCounters).toEqual({
      upvotes: after.filter((row) => row.value === 1).length,
      downvotes: after.filter((row) => row.value === -1).length,
    });
    await dataSource.query(`DELETE FROM comments`);
  });

  it('keeps comment_count right when many people comment on one proposal at once', async () => {
    const clients = [alice, bob, cem, moderator, admin];
    await Promise.all(Array.from({ length: 25 }, (_, index) => add(clients[index % clients.length], `Parallel ${index}`)));
    expect(await commentCount()).toBe(25);
    await dataSource.query(`DELETE FROM comments`);
  });

  describe('hostile input', () => {
    const invalid = async (body: string, rule: string) => {
      const response = await alice.request(ADD, { input: { proposalId: world.proposalId, body } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual({ body: [rule] });
    };

    it('refuses empty, too long and direction-overriding bodies, on add and on edit', async () => {
      await invalid('   \n  ', 'isNotEmpty');
      await invalid('x'.repeat(5001), 'maxLength');
      await invalid('harmlos \u202Egnp.exe', 'noControlCharacters');
      await invalid('isoliert \u2066x\u2069', 'noControlCharacters');
      await invalid('Null\u0000Byte', 'noControlCharacters');

      const mine = await add(alice, 'x'.repeat(5000));
      expect(mine.body).toHaveLength(5000);
      for (const [body, rule] of [
        ['', 'isNotEmpty'],
        ['y'.repeat(5001), 'maxLength'],
        ['\u202Bumgedreht', 'noControlCharacters'],
      ]) {
        const response = await alice.request(EDIT, { id: mine.id, body });
        expect(response.errors?.[0].extensions?.fields).toEqual({ body: [rule] });
      }
      await dataSource.query(`DELETE FROM comments`);
    });

    it('stores HTML and Markdown as plain text, keeps line breaks and non-Latin scripts', async () => {
      const text = '<script>alert(1)</script>\r\n<img src=x onerror=alert(2)> **fett**\nمرحبا 👋';
      const mine = await add(alice, text);
      expect(mine.body).toBe('<script>alert(1)</script>\n<img src=x onerror=alert(2)> **fett**\nمرحبا 👋');
      expect((await thread(anonymous))[0].body).toBe(mine.body);
      await dataSource.query(`DELETE FROM comments`);
    });

    it('refuses unknown input fields and malformed ids', async () => {
      const extra = await alice.request(ADD, { input: { proposalId: world.proposalId, body: 'x', authorId: aliceId } });
      expect(errorCode(extra)).toBe('BAD_USER_INPUT');
      const badId = await alice.request(ADD, { input: { proposalId: 'nope', body: 'x' } });
      expect(badId.errors?.[0].extensions?.fields).toEqual({ proposalId: ['isUuid'] });
      expect(await thread(anonymous, 'nope')).toEqual([]);
    });
  });
});
