import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { countQueries } from './support/query-counter';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { SUPPORT, UPDATE, createProcesses, createUsers, sessionClient } from './support/proposals-fixtures';
import type { ProposalFixture } from './support/proposals-fixtures';

const MERGE = `mutation Merge($input: MergeProposalsInput!) {
  mergeProposals(input: $input) {
    id number title state source supportCount mergedIntoId lineageCount author { id } enteredBy { id }
    revisions { revision title editorial note }
  }
}`;
const SPLIT = `mutation Split($input: SplitProposalInput!) {
  splitProposal(input: $input) { id title state source supportCount }
}`;
const LINEAGE = `query Lineage($id: ID!) {
  proposalLineage(id: $id) {
    proposalId
    parents { id } children { id }
    ancestors { id number title state supportCount hidden } descendants { id state supportCount hidden }
    edges { parentId childId kind }
  }
}`;
const PREVIEW = `query Preview($ids: [ID!]!) { mergePreview(sourceIds: $ids) }`;
const PROPOSAL_STATE = `query P($id: ID!) { proposal(id: $id) { id state mergedIntoId supportCount canEdit } }`;
const ADD_COMMENT = `mutation C($input: AddCommentInput!) { addComment(input: $input) { id } }`;

interface MergedView {
  id: string;
  number: number;
  title: string;
  state: string;
  source: string;
  supportCount: number;
  mergedIntoId: string | null;
  lineageCount: number;
  author: { id: string } | null;
  enteredBy: { id: string } | null;
  revisions: { revision: number; title: string; editorial: boolean; note: string | null }[];
}
interface Node {
  id: string;
  supportCount: number;
  hidden: boolean;
}
interface Lineage {
  proposalId: string;
  parents: { id: string }[];
  children: { id: string }[];
  ancestors: Node[];
  descendants: Node[];
  edges: { parentId: string; childId: string; kind: 'MERGE' | 'SPLIT' }[];
}

describe('curation: merge, split and lineage', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let moderator: GraphqlClient;
  let secondModerator: GraphqlClient;
  let moderatorId: string;
  let residents: { id: string; email: string }[];
  let residentClients: GraphqlClient[];
  let counter = 0;

  /** A published proposal written straight to the database, with revision 1 and its supporters. */
  const proposal = async (authorId: string | null, supporterIds: string[], title?: string): Promise<string> => {
    counter += 1;
    const [{ id }] = await dataSource.query(
      `INSERT INTO proposals (process_id, action_field_id, kind, title, body, language, source, author_id)
       VALUES ($1, $2, 'measure', $3, 'Text', 'de', 'online', $4) RETURNING id`,
      [fixture.processId, fixture.fieldIds[0], title ?? `Vorschlag ${counter}`, authorId],
    );
    await dataSource.query(
      `INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id) SELECT id, 1, title, body, author_id FROM proposals WHERE id = $1`,
      [id],
    );
    if (supporterIds.length)
      await dataSource.query(
        `INSERT INTO supports (proposal_id, user_id) SELECT $1, unnest($2::uuid[])`,
        [id, supporterIds],
      );
    return id;
  };

  const supporters = async (proposalId: string): Promise<string[]> =>
    (
      await dataSource.query(`SELECT user_id FROM supports WHERE proposal_id = $1 ORDER BY user_id`, [proposalId])
    ).map((row: { user_id: string }) => row.user_id);

  const counterMatches = async (proposalId: string): Promise<void> => {
    const [{ rows, count }] = await dataSource.query(
      `SELECT (SELECT count(DISTINCT user_id)::int FROM supports WHERE proposal_id = $1) AS rows, support_count AS count FROM proposals WHERE id = $1`,
      [proposalId],
    );
    expect(count).toBe(rows);
  };

  const merge = async (
    client: GraphqlClient,
    sourceIds: string[],
    extra: Record<string, unknown> = {},
  ): Promise<MergedView> => {
    const response = await client.request<{ mergeProposals: MergedView }>(MERGE, {
      input: { sourceIds, title: 'Zusammengeführt', body: 'Gemeinsamer Text', ...extra },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.mergeProposals;
  };

  const lineage = async (id: string, client: GraphqlClient = api.client()): Promise<Lineage> => {
    const response = await client.request<{ proposalLineage: Lineage }>(LINEAGE, { id });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.proposalLineage;
  };

  const ids = (nodes: { id: string }[]): string[] => nodes.map((node) => node.id).sort();

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const moderators = await createUsers(dataSource, 'moderator', 2, 'moderator');
    moderatorId = moderators[0].id;
    moderator = await sessionClient(api, dataSource, moderators[0].id);
    secondModerator = await sessionClient(api, dataSource, moderators[1].id);
    residents = await createUsers(dataSource, 'resident', 8);
    residentClients = await Promise.all(residents.map((user) => sessionClient(api, dataSource, user.id)));
  });
  afterAll(() => api?.close());

  it('follows merge A+B→C, split C→D+E, merge D+F→G both ways, counting every supporter once', async () => {
    const [u1, u2, u3, u4, u5, authorA] = residents.map((user) => user.id);
    await dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [u3]);
    const a = await proposal(authorA, [u1, u2, u3], 'Sprachcafé A');
    const b = await proposal(u4, [u2, u3, u4], 'Sprachcafé B');
    const f = await proposal(null, [u4, u5], 'Sprachcafé F');

    expect((await moderator.request<{ mergePreview: number }>(PREVIEW, { ids: [a, b] })).data?.mergePreview).toBe(4);
    const c = await merge(moderator, [a, b], { note: 'Doppelt eingereicht' });
    expect(c).toMatchObject({
      state: 'PUBLISHED',
      source: 'CURATED',
      supportCount: 4,
      author: null,
      enteredBy: { id: moderatorId },
      lineageCount: 2,
    });
    expect(c.revisions).toEqual([
      { revision: 1, title: 'Zusammengeführt', editorial: true, note: 'Doppelt eingereicht' },
    ]);
    for (const original of [a, b]) {
      const view = await api.client().request<{ proposal: { state: string; mergedIntoId: string } }>(
        PROPOSAL_STATE,
        { id: original },
      );
      expect(view.data?.proposal).toMatchObject({ state: 'MERGED', mergedIntoId: c.id });
    }

    const split = await moderator.request<{ splitProposal: { id: string; supportCount: number; source: string }[] }>(
      SPLIT,
      { input: { proposalId: c.id, parts: [{ title: 'Teil D', body: '' }, { title: 'Teil E', body: 'E' }] } },
    );
    const [d, e] = split.data?.splitProposal ?? [];
    expect(split.data?.splitProposal.map((part) => [part.supportCount, part.source])).toEqual([
      [4, 'CURATED'],
      [4, 'CURATED'],
    ]);

    const g = await merge(secondModerator, [d.id, f]);
    expect(g.supportCount).toBe(5);
    expect(await supporters(g.id)).toEqual([u1, u2, u3, u4, u5].sort());
    for (const id of [a, b, c.id, d.id, e.id, f, g.id]) await counterMatches(id);

    const expected: Record<string, { parents: string[]; children: string[]; ancestors: string[]; descendants: string[] }> = {
      [a]: { parents: [], children: [c.id], ancestors: [], descendants: [c.id, d.id, e.id, g.id] },
      [b]: { parents: [], children: [c.id], ancestors: [], descendants: [c.id, d.id, e.id, g.id] },
      [c.id]: { parents: [a, b], children: [d.id, e.id], ancestors: [a, b], descendants: [d.id, e.id, g.id] },
      [d.id]: { parents: [c.id], children: [g.id], ancestors: [c.id, a, b], descendants: [g.id] },
      [e.id]: { parents: [c.id], children: [], ancestors: [c.id, a, b], descendants: [] },
      [f]: { parents: [], children: [g.id], ancestors: [], descendants: [g.id] },
      [g.id]: { parents: [d.id, f], children: [], ancestors: [d.id, f, c.id, a, b], descendants: [] },
    };
    for (const [id, want] of Object.entries(expected)) {
      const got = await lineage(id);
      expect({
        parents: ids(got.parents),
        children: ids(got.children),
        ancestors: ids(got.ancestors),
        descendants: ids(got.descendants),
      }).toEqual({
        parents: [...want.parents].sort(),
        children: [...want.children].sort(),
        ancestors: [...want.ancestors].sort(),
        descendants: [...want.descendants].sort(),
      });
    }
    // Nearest first, and the edges of the whole ancestry.
    const ofG = await lineage(g.id);
    expect(ofG.ancestors.slice(-2).map((node) => node.id).sort()).toEqual([a, b].sort());
    expect(ofG.ancestors.find((node) => node.id === c.id)?.supportCount).toBe(4);
    expect(
      ofG.edges.map((edge) => `${edge.parentId}>${edge.childId}:${edge.kind}`).sort(),
    ).toEqual(
      [`${a}>${c.id}:MERGE`, `${b}>${c.id}:MERGE`, `${c.id}>${d.id}:SPLIT`, `${d.id}>${g.id}:MERGE`, `${f}>${g.id}:MERGE`].sort(),
    );

    // One proposals_merged mail per person for A+B (u2 and u3 supported both, u4 wrote B and supported it).
    const mails: { recipient_user_id: string; locale: string; payload: { originalTitles: string[]; mergedTitle: string; link: string } }[] =
      await dataSource.query(
        `SELECT recipient_user_id, locale, payload FROM outbox_messages
         WHERE template = 'proposals_merged' AND payload->>'link' LIKE '%' || $1`,
        [c.id],
      );
    expect(mails.map((mail) => mail.recipient_user_id).sort()).toEqual([u1, u2, u3, u4, authorA].sort());
    expect(mails.find((mail) => mail.recipient_user_id === u2)?.payload.originalTitles).toEqual([
      'Sprachcafé A',
      'Sprachcafé B',
    ]);
    expect(mails.find((mail) => mail.recipient_user_id === u3)?.locale).toBe('en');
    expect(mails[0].payload.link).toBe(`http://mitreden.test/proposals/${c.id}`);
    const splitMails: { recipient_user_id: string; payload: { partTitles: string[] } }[] = await dataSource.query(
      `SELECT recipient_user_id, payload FROM outbox_messages WHERE template = 'proposal_split' AND payload->>'link' LIKE '%' || $1`,
      [c.id],
    );
    expect(splitMails.map((mail) => mail.recipient_user_id).sort()).toEqual([u1, u2, u3, u4].sort());
    expect(splitMails[0].payload.partTitles).toEqual(['Teil D', 'Teil E']);

    const audit: { action: string; target_id: string; actor_id: string; reason: string | null }[] = await dataSource.query(
      `SELECT action, target_id, actor_id, reason FROM audit_log WHERE target_id = ANY($1::uuid[]) ORDER BY id`,
      [[c.id, g.id]],
    );
    expect(audit.map((entry) => [entry.action, entry.target_id, entry.reason])).toEqual([
      ['proposal.merge', c.id, 'Doppelt eingereicht'],
      ['proposal.split', c.id, null],
      ['proposal.merge', g.id, null],
    ]);
  });

  it('lists the lineage in a constant number of statements', async () => {
    const sources = await Promise.all([1, 2, 3, 4].map(() => proposal(null, [])));
    const result = await merge(moderator, sources);
    const { queries } = await countQueries(dataSource, () => lineage(result.id));
    // Session lookup aside: the nodes and the edges.
    expect(queries.filter((query) => /proposal_lineage/.test(query))).toHaveLength(2);
  });

  it('makes merged and split proposals read-only: no supports, edits, withdrawal of support or comments', async () => {
    const [author, resident] = residentClients;
    const a = await proposal(residents[0].id, []);
    const b = await proposal(null, []);
    await merge(moderator, [a, b]);
    expect(errorCode(await resident.request(SUPPORT, { id: a }))).toBe('PROPOSAL_READ_ONLY');
    expect(
      errorCode(await author.request(UPDATE, { id: a, input: { title: 'Neu', body: 'Neu' } })),
    ).toBe('PROPOSAL_READ_ONLY');
    expect(
      errorCode(await resident.request(ADD_COMMENT, { input: { proposalId: a, body: 'Noch ein Gedanke' } })),
    ).toBe('PROPOSAL_READ_ONLY');
    // The trigger holds whoever writes.
    await expect(
      dataSource.query(`INSERT INTO supports (proposal_id, user_id) VALUES ($1, $2)`, [a, residents[3].id]),
    ).rejects.toMatchObject({ driverError: { constraint: 'supports_proposal_published' } });
    // Already merged: a second merge of the same proposal is refused.
    const c = await proposal(null, []);
    expect(errorCode(await moderator.request(MERGE, { input: { sourceIds: [a, c], title: 'X', body: '' } }))).toBe(
      'PROPOSAL_READ_ONLY',
    );
    const view = await resident.request<{ proposal: { canEdit: boolean } }>(PROPOSAL_STATE, { id: a });
    expect(view.data?.proposal.canEdit).toBe(false);
  });

  it('merges into one of the sources as the target, keeping its history', async () => {
    const [u1, u2, u3] = residents.map((user) => user.id);
    const target = await proposal(u1, [u1, u2], 'Original');
    const other = await proposal(null, [u2, u3]);
    const result = await merge(moderator, [other, target], { targetId: target, title: 'Neu formuliert', note: 'Dubletten' });
    expect(result).toMatchObject({ id: target, state: 'PUBLISHED', supportCount: 3, author: { id: u1 } });
    expect(result.revisions.map((revision) => [revision.revision, revision.title, revision.editorial])).toEqual([
      [1, 'Original', false],
      [2, 'Neu formuliert', true],
    ]);
    expect((await lineage(target)).parents.map((node) => node.id)).toEqual([other]);
  });

  it('refuses bad input, other processes, hidden sources and residents', async () => {
    const a = await proposal(null, []);
    const b = await proposal(null, []);
    const bad = await moderator.request(MERGE, {
      input: { sourceIds: [a, b], title: ' ', body: 'x\u202Ey' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual({ title: ['isLength'], body: ['forbiddenCharacters'] });
    const huge = await moderator.request(MERGE, {
      input: { sourceIds: [a, b], title: 'T', body: 'x'.repeat(1_000_000) },
    });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    const [{ id: elsewhere }] = await dataSource.query(
      `INSERT INTO proposals (process_id, action_field_id, kind, title, body, language, source)
       VALUES ($1, $2, 'goal', 'Anderswo', '', 'de', 'online') RETURNING id`,
      [fixture.otherProcessId, fixture.otherProcessFieldId],
    );
    expect(errorCode(await moderator.request(MERGE, { input: { sourceIds: [a, elsewhere], title: 'T', body: '' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await moderator.request(MERGE, { input: { sourceIds: [a, b], targetId: elsewhere, title: 'T', body: '' } })),
    ).toBe('BAD_USER_INPUT');
    await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [b]);
    expect(errorCode(await moderator.request(MERGE, { input: { sourceIds: [a, b], title: 'T', body: '' } }))).toBe(
      'BAD_USER_INPUT',
    );
    await dataSource.query(`UPDATE proposals SET hidden_at = NULL WHERE id = $1`, [b]);
    expect(errorCode(await residentClients[0].request(MERGE, { input: { sourceIds: [a, b], title: 'T', body: '' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await residentClients[0].request(SPLIT, {
          input: { proposalId: a, parts: [{ title: 'x', body: '' }, { title: 'y', body: '' }] },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await api.client().request(PREVIEW, { ids: [a, b] }))).toBe('UNAUTHENTICATED');
    expect(await dataSource.query(`SELECT state FROM proposals WHERE id = ANY($1::uuid[]) AND state <> 'published'`, [[a, b]])).toEqual([]);
  });

  it('shows hidden lineage nodes to moderators only', async () => {
    const a = await proposal(null, []);
    const b = await proposal(null, []);
    const result = await merge(moderator, [a, b]);
    await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [a]);
    expect(ids((await lineage(result.id)).parents)).toEqual([b]);
    const forModerator = await lineage(result.id, moderator);
    expect(ids(forModerator.parents)).toEqual([a, b].sort());
    expect(forModerator.parents.length).toBe(2);
    expect(errorCode(await api.client().request(LINEAGE, { id: a }))).toBe('NOT_FOUND');
    expect(errorCode(await api.client().request(LINEAGE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('never merges a proposal into two targets and loses no supports when moderators race', async () => {
    const rounds = 12;
    for (let round = 0; round < rounds; round += 1) {
      const [u1, u2, u3, u4, u5, u6] = residents.map((user) => user.id);
      const p1 = await proposal(null, [u1, u2]);
      const p2 = await proposal(null, [u2, u3]);
      const p3 = await proposal(null, [u3, u4]);
      // Two moderators merge overlapping sets while residents keep supporting the shared proposal.
      const [first, second, ...supportResults] = await Promise.all([
        moderator.request<{ mergeProposals: { id: string } }>(MERGE, {
          input: { sourceIds: [p1, p2], title: `Runde ${round} A`, body: '' },
        }),
        secondModerator.request<{ mergeProposals: { id: string } }>(MERGE, {
          input: round % 2 ? { sourceIds: [p3, p2], title: `Runde ${round} B`, body: '' } : { sourceIds: [p2, p3], targetId: p3, title: `Runde ${round} B`, body: '' },
        }),
        residentClients[4].request(SUPPORT, { id: p2 }),
        residentClients[5].request(SUPPORT, { id: p2 }),
      ]);
      const winners = [first, second].filter((response) => response.data);
      expect(winners).toHaveLength(1);
      const loser = [first, second].find((response) => !response.data);
      if (!loser) throw new Error('Both merges succeeded');
      expect(['PROPOSAL_READ_ONLY', 'CONFLICT']).toContain(errorCode(loser));
      const edges: { child_id: string }[] = await dataSource.query(
        `SELECT child_id FROM proposal_lineage WHERE parent_id = $1 AND kind = 'merge'`,
        [p2],
      );
      expect(edges).toHaveLength(1);
      const resultId = edges[0].child_id;
      // Every support given to p2 before the merge reached the result; later ones were refused.
      const supportedP2 = new Set(await supporters(p2));
      for (const [index, response] of supportResults.entries()) {
        const userId = [u5, u6][index];
        if (response.data) expect(supportedP2.has(userId)).toBe(true);
        else expect(errorCode(response)).toBe('PROPOSAL_READ_ONLY');
      }
      const sourceIds: string[] = (
        await dataSource.query(`SELECT parent_id FROM proposal_lineage WHERE child_id = $1`, [resultId])
      ).map((row: { parent_id: string }) => row.parent_id);
      const [{ union }] = await dataSource.query(
        `SELECT array_agg(DISTINCT user_id ORDER BY user_id) AS union FROM supports WHERE proposal_id = ANY($1::uuid[]) OR proposal_id = $2`,
        [sourceIds, resultId],
      );
      expect(await supporters(resultId)).toEqual(union);
      await counterMatches(resultId);
      // The losing set's other proposal is untouched.
      const untouched = resultId === p3 || sourceIds.includes(p3) ? p1 : p3;
      const [{ state }] = await dataSource.query(`SELECT state FROM proposals WHERE id = $1`, [untouched]);
      expect(state).toBe('published');
    }
  });
});
