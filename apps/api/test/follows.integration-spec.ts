import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { logInAs } from './support/identity-helpers';
import { countQueries } from './support/query-counter';
import { RESIDENT_A, RESIDENT_B, createParticipationFixture } from './comments-fixtures';
import type { ParticipationFixture } from './comments-fixtures';

const FOLLOW = `mutation Follow($target: FollowTarget!, $id: ID!) { follow(target: $target, id: $id) }`;
const UNFOLLOW = `mutation Unfollow($target: FollowTarget!, $id: ID!) { unfollow(target: $target, id: $id) }`;
const MY_FOLLOWS = `{ myFollows { target targetId title processSlug createdAt } }`;

interface FollowResult {
  target: string;
  targetId: string;
  title: string;
  processSlug: string | null;
  createdAt: string;
}

describe('follows', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let world: ParticipationFixture;
  let alice: GraphqlClient;
  let bob: GraphqlClient;
  let aliceId: string;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    world = await createParticipationFixture(dataSource);
    alice = api.client();
    bob = api.client();
    aliceId = (await logInAs(alice, RESIDENT_A)).id;
    await logInAs(bob, RESIDENT_B);
  });
  afterAll(() => api?.close());

  const rowsOf = (userId: string): Promise<{ target_type: string; target_id: string }[]> =>
    dataSource.query(`SELECT target_type, target_id FROM follows WHERE user_id = $1 ORDER BY created_at`, [userId]);

  it('refuses anonymous callers', async () => {
    const anonymous = api.client();
    expect(errorCode(await anonymous.request(FOLLOW, { target: 'PROPOSAL', id: world.proposalId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(UNFOLLOW, { target: 'PROPOSAL', id: world.proposalId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(MY_FOLLOWS))).toBe('UNAUTHENTICATED');
  });

  it('follows and unfollows proposals, forums and action fields idempotently', async () => {
    for (const [target, id] of [
      ['PROPOSAL', world.proposalId],
      ['FORUM', world.forumId],
      ['ACTION_FIELD', world.actionFieldId],
    ]) {
      expect((await alice.request(FOLLOW, { target, id })).data).toEqual({ follow: true });
      expect((await alice.request(FOLLOW, { target, id })).data).toEqual({ follow: true });
    }
    expect(await rowsOf(aliceId)).toEqual([
      { target_type: 'proposal', target_id: world.proposalId },
      { target_type: 'forum', target_id: world.forumId },
      { target_type: 'action_field', target_id: world.actionFieldId },
    ]);
    expect((await alice.request(UNFOLLOW, { target: 'FORUM', id: world.forumId })).data).toEqual({ unfollow: false });
    expect((await alice.request(UNFOLLOW, { target: 'FORUM', id: world.forumId })).data).toEqual({ unfollow: false });
    // The same id under another target kind is something else: nothing to unfollow there.
    expect((await alice.request(UNFOLLOW, { target: 'FORUM', id: world.proposalId })).data).toEqual({ unfollow: false });
    expect((await rowsOf(aliceId)).map((row) => row.target_type)).toEqual(['proposal', 'action_field']);
    await dataSource.query(`DELETE FROM follows`);
  });

  it('answers NOT_FOUND for targets that do not exist (or are of another kind)', async () => {
    for (const [target, id] of [
      ['PROPOSAL', '00000000-0000-4000-8000-000000000000'],
      ['FORUM', world.proposalId],
      ['ACTION_FIELD', world.forumId],
      ['PROPOSAL', 'not-a-uuid'],
    ]) {
      expect(errorCode(await alice.request(FOLLOW, { target, id }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await alice.request(FOLLOW, { target: 'PROCESS', id: world.proposalId }))).toBe('BAD_USER_INPUT');
    expect(await rowsOf(aliceId)).toEqual([]);
  });

  it('keeps one row when one person follows the same proposal 50 times at once', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => alice.request(FOLLOW, { target: 'PROPOSAL', id: world.proposalId })));
    expect(responses.every((response) => response.data?.follow === true)).toBe(true);
    expect(await rowsOf(aliceId)).toHaveLength(1);
    // Another person's follow is their own row.
    await bob.request(FOLLOW, { target: 'PROPOSAL', id: world.proposalId });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM follows WHERE proposal_id = $1`, [world.proposalId]);
    expect(count).toBe(2);
    await dataSource.query(`DELETE FROM follows`);
  });

  it('lists one’s own follows newest first with titles in the requested language, in one statement', async () => {
    await alice.request(FOLLOW, { target: 'ACTION_FIELD', id: world.actionFieldId });
    await alice.request(FOLLOW, { target: 'FORUM', id: world.forumId });
    await alice.request(FOLLOW, { target: 'PROPOSAL', id: world.proposalId });
    await alice.request(FOLLOW, { target: 'PROPOSAL', id: world.otherProposalId });
    await bob.request(FOLLOW, { target: 'PROPOSAL', id: world.withdrawnProposalId });

    const german = await alice.request<{ myFollows: FollowResult[] }>(MY_FOLLOWS);
    expect(german.data?.myFollows.map((follow) => [follow.target, follow.title, follow.processSlug])).toEqual([
      ['PROPOSAL', 'Kita-Plätze für alle', 'test-process'],
      ['PROPOSAL', 'Mehr Sprachkurse am Abend', 'test-process'],
      ['FORUM', 'Forum Bildung', 'test-process'],
      ['ACTION_FIELD', 'Bildung und Sprache', 'test-process'],
    ]);
    const english = await alice.request<{ myFollows: FollowResult[] }>(MY_FOLLOWS, {}, { 'accept-language': 'en' });
    expect(english.data?.myFollows.map((follow) => follow.title).slice(2)).toEqual(['Education forum', 'Education and language']);
    const arabic = await alice.request<{ myFollows: FollowResult[] }>(MY_FOLLOWS, {}, { 'accept-language': 'ar' });
    expect(arabic.data?.myFollows.map((follow) => follow.title).slice(2)).toEqual(['Forum Bildung', 'Bildung und Sprache']);

    const few = await countQueries(dataSource, () => alice.request(MY_FOLLOWS));
    const many = await countQueries(dataSource, () => bob.request(MY_FOLLOWS));
    expect(few.queries.length).toBe(many.queries.length);
    expect(few.queries.filter((query) => query.includes('FROM follows'))).toHaveLength(1);
    await dataSource.query(`DELETE FROM follows`);
  });
});
