import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { countQueries } from './support/query-counter';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { createProcesses, createUsers, sessionClient } from './support/proposals-fixtures';
import type { ProposalFixture } from './support/proposals-fixtures';

const LIST = `query List($filter: ProposalFilter!, $sort: ProposalSort, $seed: String, $first: Int, $after: String) {
  proposals(filter: $filter, sort: $sort, seed: $seed, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    facets { actionField { value count } forum { value count } kind { value count } state { value count } source { value count } language { value count } }
    nodes {
      id title kind source state language supportCount commentCount supportedByMe followedByMe canEdit revisionCount goalTitle
      author { id displayName } enteredBy { id displayName }
      actionField { id title proposalCount followedByMe }
      forum { id title actionField { id title } }
    }
  }
}`;

const SIMILAR = `query Similar($processId: ID!, $title: String!, $body: String) {
  similarProposals(processId: $processId, title: $title, body: $body) { similarity proposal { id title } }
}`;

interface Node {
  id: string;
  title: string;
  kind: string;
  source: string;
  state: string;
  language: string;
  supportCount: number;
  commentCount: number;
  supportedByMe: boolean;
  author: { id: string; displayName: string } | null;
  actionField: { id: string; title: string; proposalCount: number };
  forum: { id: string; title: string } | null;
}
type Facet = { value: string; count: number }[];
interface Connection {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  facets: Record<'actionField' | 'forum' | 'kind' | 'state' | 'source' | 'language', Facet>;
  nodes: Node[];
}
type List = { proposals: Connection };
type Similar = { similarProposals: { similarity: number; proposal: { id: string; title: string } }[] };

describe('proposals: listing, search, facets, similar', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let viewer: GraphqlClient;
  let viewerId: string;
  let authorId: string;

  const list = async (
    variables: Record<string, unknown>,
    client: GraphqlClient = viewer,
  ): Promise<Connection> => {
    const response = await client.request<List>(LIST, {
      ...variables,
      filter: { processId: fixture.processId, ...(variables['filter'] as object) },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.proposals;
  };

  /** Every page of a listing, following the cursors. */
  const allPages = async (variables: Record<string, unknown>, pageSize: number): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const connection: Connection = await list({ ...variables, first: pageSize, after });
      ids.push(...connection.nodes.map((node) => node.id));
      if (!connection.pageInfo.hasNextPage) return ids;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  };

  /** Inserts proposals directly (with revision 1); all rows of one call share created_at. */
  const insert = async (
    rows: {
      title: string;
      body?: string;
      field?: number;
      forum?: 'open' | 'closed' | null;
      kind?: string;
      source?: string;
      language?: string;
      state?: string;
    }[],
  ): Promise<string[]> => {
    const ids: string[] = [];
    for (const row of rows) {
      const collected = row.source === 'forum' || row.source === 'paper';
      const forumId =
        row.forum === 'closed' ? fixture.closedForumId : row.forum === null ? null : fixture.openForumId;
      const [{ id }] = await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, language, source, author_id, entered_by_id, state, withdrawn_at, withdrawal_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $11 = 'withdrawn' THEN now() END, CASE WHEN $11 = 'withdrawn' THEN 'Grund' END)
         RETURNING id`,
        [
          fixture.processId,
          fixture.fieldIds[row.field ?? 0],
          forumId,
          row.kind ?? 'goal',
          row.title,
          row.body ?? '',
          row.language ?? 'de',
          row.source ?? 'online',
          collected ? null : authorId,
          collected ? authorId : null,
          row.state ?? 'published',
        ],
      );
      await dataSource.query(
        `INSERT INTO proposal_revisions (proposal_id, revision, title, body) SELECT id, 1, title, body FROM proposals WHERE id = $1`,
        [id],
      );
      ids.push(id);
    }
    return ids;
  };

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const [viewerUser, authorUser] = await createUsers(dataSource, 'lister', 2);
    viewerId = viewerUser.id;
    authorId = authorUser.id;
    viewer = await sessionClient(api, dataSource, viewerId);
  });
  afterAll(() => api?.close());

  describe('with a fixed set of proposals', () => {
    let ids: string[];

    beforeAll(async () => {
      ids = await insert([
        {
          title: 'Mehr Sprachkurse für Erwachsene',
          body: 'Abends und am Wochenende, in der Volkshochschule.',
        },
        { title: 'Kostenlose Kita-Plätze', body: 'Für alle Familien.', kind: 'measure' },
        { title: 'Ausbildung für Geflüchtete', field: 1, forum: 'closed', source: 'forum' },
        {
          title: 'Mehrsprachige Beratung',
          body: 'Beratungsstellen sprechen viele Sprachen',
          language: 'en',
          source: 'paper',
          forum: null,
        },
        { title: 'Zurückgezogener Vorschlag über Sprachkurse', state: 'withdrawn' },
        { title: 'Radwege am Maschsee', field: 1, kind: 'measure', forum: null },
      ]);
      await dataSource.query(
        `INSERT INTO supports (proposal_id, user_id) VALUES ($1, $3), ($1, $4), ($2, $3)`,
        [ids[5], ids[1], viewerId, authorId],
      );
      await dataSource.query(
        `INSERT INTO comments (proposal_id, author_id, body) VALUES ($1, $2, 'a'), ($1, $2, 'b'), ($1, $2, 'c'), ($3, $2, 'd')`,
        [ids[2], authorId, ids[3]],
      );
      await dataSource.query(
        `INSERT INTO follows (user_id, target_type, proposal_id) VALUES ($1, 'proposal', $2)`,
        [viewerId, ids[0]],
      );
    });

    it('lists published proposals, newest first, with counts and the viewer’s flags', async () => {
      const connection = await list({});
      expect(connection.totalCount).toBe(5);
      expect(connection.nodes.map((node) => node.title)).toEqual([
        'Radwege am Maschsee',
        'Mehrsprachige Beratung',
        'Ausbildung für Geflüchtete',
        'Kostenlose Kita-Plätze',
        'Mehr Sprachkurse für Erwachsene',
      ]);
      const byTitle = new Map(connection.nodes.map((node) => [node.title, node]));
      expect(byTitle.get('Radwege am Maschsee')).toMatchObject({
        supportCount: 2,
        supportedByMe: true,
        forum: null,
      });
      expect(byTitle.get('Kostenlose Kita-Plätze')).toMatchObject({ supportCount: 1, supportedByMe: true });
      expect(byTitle.get('Ausbildung für Geflüchtete')).toMatchObject({
        commentCount: 3,
        author: null,
        supportedByMe: false,
      });
      expect(byTitle.get('Mehr Sprachkurse für Erwachsene')).toMatchObject({
        followedByMe: true,
        author: { id: authorId },
        actionField: { title: 'Bildung und Sprache', proposalCount: 3 },
        forum: { title: 'Forum Bildung' },
      });
      const anonymous = await list({}, api.client());
      expect(anonymous.nodes.some((node) => node.supportedByMe)).toBe(false);
    });

    it('sorts by supports and by comments, the id breaking ties', async () => {
      const supported = await list({ sort: 'MOST_SUPPORTED' });
      expect(supported.nodes.slice(0, 2).map((node) => node.title)).toEqual([
        'Radwege am Maschsee',
        'Kostenlose Kita-Plätze',
      ]);
      const discussed = await list({ sort: 'MOST_DISCUSSED' });
      expect(discussed.nodes.slice(0, 2).map((node) => [node.title, node.commentCount])).toEqual([
        ['Ausbildung für Geflüchtete', 3],
        ['Mehrsprachige Beratung', 1],
      ]);
      const rest = discussed.nodes.slice(2).map((node) => node.id);
      expect(rest).toEqual([...rest].sort().reverse());
    });

    it('filters by every dimension, withdrawn ones only when asked', async () => {
      const titles = async (filter: Record<string, unknown>) =>
        (await list({ filter })).nodes.map((node) => node.title).sort();
      expect(await titles({ actionFieldId: fixture.fieldIds[1] })).toEqual([
        'Ausbildung für Geflüchtete',
        'Radwege am Maschsee',
      ]);
      expect(await titles({ forumId: fixture.closedForumId })).toEqual(['Ausbildung für Geflüchtete']);
      expect(await titles({ kind: 'MEASURE' })).toEqual(['Kostenlose Kita-Plätze', 'Radwege am Maschsee']);
      expect(await titles({ source: 'PAPER' })).toEqual(['Mehrsprachige Beratung']);
      expect(await titles({ language: 'en' })).toEqual(['Mehrsprachige Beratung']);
      expect(await titles({ state: 'WITHDRAWN' })).toEqual(['Zurückgezogener Vorschlag über Sprachkurse']);
      expect(await titles({ kind: 'MEASURE', actionFieldId: fixture.fieldIds[0] })).toEqual([
        'Kostenlose Kita-Plätze',
      ]);
    });

    it('shows each action field’s published total whatever the filters and search', async () => {
      for (const filter of [{ kind: 'MEASURE' }, { search: 'Kita' }, { state: 'WITHDRAWN' }]) {
        const node = (await list({ filter: { ...filter, actionFieldId: fixture.fieldIds[0] } })).nodes[0];
        expect(node.actionField).toMatchObject({ id: fixture.fieldIds[0], proposalCount: 3 });
      }
    });

    it('counts per filter value, each dimension ignoring its own filter', async () => {
      const connection = await list({ filter: { kind: 'MEASURE' } });
      expect(connection.totalCount).toBe(2);
      const facets = connection.facets;
      // kind ignores the kind filter: both kinds among the published proposals.
      expect(facets.kind).toEqual([
        { value: 'goal', count: 3 },
        { value: 'measure', count: 2 },
      ]);
      // The others count measures only.
      expect(facets.actionField).toEqual(
        [
          { value: fixture.fieldIds[0], count: 1 },
          { value: fixture.fieldIds[1], count: 1 },
        ].sort((a, b) => a.value.localeCompare(b.value)),
      );
      expect(facets.source).toEqual([{ value: 'online', count: 2 }]);
      expect(facets.forum).toEqual([{ value: fixture.openForumId, count: 1 }]);
      expect(facets.state).toEqual([{ value: 'published', count: 2 }]);
      const all = await list({});
      expect(all.facets.state).toEqual([
        { value: 'published', count: 5 },
        { value: 'withdrawn', count: 1 },
      ]);
      expect(all.facets.language).toEqual([
        { value: 'de', count: 4 },
        { value: 'en', count: 1 },
      ]);
    });

    it('searches German text with stemming, in title and body, and the facets follow', async () => {
      const sprachkurs = await list({ filter: { search: 'Sprachkursen' } });
      expect(sprachkurs.nodes.map((node) => node.title)).toEqual(['Mehr Sprachkurse für Erwachsene']);
      expect(sprachkurs.facets.state).toEqual([
        { value: 'published', count: 1 },
        { value: 'withdrawn', count: 1 },
      ]);
      expect(
        (await list({ filter: { search: 'Volkshochschulen' } })).nodes.map((node) => node.title),
      ).toEqual(['Mehr Sprachkurse für Erwachsene']);
      expect((await list({ filter: { search: 'Kita -kostenlos' } })).totalCount).toBe(0);
      expect((await list({ filter: { search: '"Mehr Sprachkurse"' } })).totalCount).toBe(1);
      expect((await list({ filter: { search: '"Sprachkurse mehr"' } })).totalCount).toBe(0);
      expect((await list({ filter: { search: 'Kita OR Radwege' } })).totalCount).toBe(2);
    });

    it.each([
      `'; DROP TABLE proposals; --`,
      `") OR 1=1 --`,
      `\\' || pg_sleep(5) --`,
      `&|!:*()<->`,
      'a'.repeat(200),
    ])('treats %j in the search as text', async (search) => {
      const connection = await list({ filter: { search } });
      expect(connection.totalCount).toBe(0);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM proposals`);
      expect(count).toBeGreaterThanOrEqual(6);
    });

    it('refuses an overlong search, a bad page size, a malformed cursor and malformed ids', async () => {
      const fields = async (variables: Record<string, unknown>) => {
        const response = await viewer.request(LIST, {
          filter: { processId: fixture.processId },
          ...variables,
        });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        return response.errors?.[0].extensions?.fields;
      };
      expect(
        await fields({ filter: { processId: fixture.processId, search: 'x'.repeat(1024 * 1024) } }),
      ).toEqual({ search: ['maxLength'] });
      expect(await fields({ first: 0 })).toEqual({ first: ['min'] });
      expect(await fields({ first: 51 })).toEqual({ first: ['max'] });
      expect(await fields({ after: 'bm90IGEgY3Vyc29y' })).toEqual({ after: ['invalidCursor'] });
      const newest = await list({ first: 1 });
      expect(await fields({ sort: 'RANDOM', after: newest.pageInfo.endCursor })).toEqual({
        after: ['invalidCursor'],
      });
      expect(await fields({ filter: { processId: 'x', forumId: 'y' } })).toEqual({
        processId: ['isUuid'],
        forumId: ['isUuid'],
      });
    });

    it('suggests similar published proposals while typing, best first', async () => {
      const similar = async (title: string, body?: string) => {
        const response = await api
          .client()
          .request<Similar>(SIMILAR, { processId: fixture.processId, title, body });
        if (!response.data) throw new Error(JSON.stringify(response.errors));
        return response.data.similarProposals;
      };
      const typed = await similar('Sprachkurse');
      expect(typed.map((entry) => entry.proposal.title)).toEqual(['Mehr Sprachkurse für Erwachsene']);
      expect(typed[0].similarity).toBeGreaterThan(0.5);
      expect((await similar('Mehr Sprachkurs für Erwachsene')).map((entry) => entry.proposal.title)[0]).toBe(
        'Mehr Sprachkurse für Erwachsene',
      );
      expect((await similar('Radweg am Maschsee bauen')).map((entry) => entry.proposal.title)).toEqual([
        'Radwege am Maschsee',
      ]);
      // Unrelated drafts and drafts too short to mean anything find nothing; withdrawn ones never show.
      expect(await similar('Hundewiese im Stadtpark')).toEqual([]);
      expect(await similar('Mu')).toEqual([]);
      expect((await similar('Zurückgezogener Vorschlag')).map((entry) => entry.proposal.title)).toEqual([]);
      // Other processes, malformed ids and 1 MB drafts are harmless.
      expect(
        (
          await api
            .client()
            .request<Similar>(SIMILAR, { processId: fixture.otherProcessId, title: 'Sprachkurse' })
        ).data?.similarProposals,
      ).toEqual([]);
      expect(
        (await api.client().request<Similar>(SIMILAR, { processId: 'nope', title: 'Sprachkurse' })).data
          ?.similarProposals,
      ).toEqual([]);
      expect(
        (await similar('Sprachkurse '.repeat(90_000), 'x'.repeat(1024 * 512))).length,
      ).toBeLessThanOrEqual(5);
    });
  });

  describe('paging', () => {
    let process: string;

    beforeAll(async () => {
      // A process of its own so the fixed set above stays as it is.
      const [{ id }] = await dataSource.query(
        `INSERT INTO processes (slug, title) VALUES ('seiten', '{"de": "Seiten"}') RETURNING id`,
      );
      process = id;
      const [{ id: field }] = await dataSource.query(
        `INSERT INTO action_fields (process_id, position, title) VALUES ($1, 1, '{"de": "Feld"}') RETURNING id`,
        [process],
      );
      const [{ id: forum }] = await dataSource.query(
        `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format)
         VALUES ($1, $2, '{"de": "Forum"}', now(), 'Laatzen', 'online') RETURNING id`,
        [process, field],
      );
      // 55 proposals in one statement: they share created_at, so only the id orders them.
      await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id)
         SELECT $1, $2, $3, 'goal', 'Vorschlag ' || n, '**fett**', 'online', CASE WHEN n % 2 = 0 THEN $4 ELSE $5 END::uuid
         FROM generate_series(1, 55) AS n`,
        [process, field, forum, authorId, viewerId],
      );
      await dataSource.query(
        `INSERT INTO supports (proposal_id, user_id) SELECT id, $2 FROM proposals WHERE process_id = $1 AND number % 3 = 0`,
        [process, viewerId],
      );
    });

    const pages = (variables: Record<string, unknown>, size: number) =>
      allPages({ ...variables, filter: { processId: process } }, size);
    const listed = async (variables: Record<string, unknown>) => [
      ...(await list({ ...variables, filter: { processId: process }, first: 50 })).nodes.map(
        (node) => node.id,
      ),
      ...(await pages(variables, 50)).slice(50),
    ];

    it.each(['NEWEST', 'MOST_SUPPORTED', 'MOST_DISCUSSED'])(
      'pages through %s without gaps or repeats',
      async (sort) => {
        const all = await listed({ sort });
        expect(all).toHaveLength(55);
        expect(await pages({ sort }, 7)).toEqual(all);
        expect(await pages({ sort }, 1)).toEqual(all);
      },
    );

    it('shuffles by seed: same seed same order, pages never repeat, another seed another order', async () => {
      const first = await listed({ sort: 'RANDOM', seed: 'abc' });
      expect(new Set(first).size).toBe(55);
      expect(await listed({ sort: 'RANDOM', seed: 'abc' })).toEqual(first);
      expect(await pages({ sort: 'RANDOM', seed: 'abc' }, 6)).toEqual(first);
      const other = await listed({ sort: 'RANDOM', seed: 'xyz' });
      expect(other).not.toEqual(first);
      expect([...other].sort()).toEqual([...first].sort());
      expect(first).not.toEqual(await listed({ sort: 'NEWEST' }));
    });

    it('keeps a server-chosen seed in the cursor when the client sends none', async () => {
      const ids = await pages({ sort: 'RANDOM' }, 5);
      expect(new Set(ids).size).toBe(55);
    });

    it('refuses a cursor whose seed differs from the one sent', async () => {
      const page = await list({ sort: 'RANDOM', seed: 'abc', first: 5, filter: { processId: process } });
      const response = await viewer.request(LIST, {
        filter: { processId: process },
        sort: 'RANDOM',
        seed: 'other',
        after: page.pageInfo.endCursor,
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('uses the same number of SQL statements for 50 proposals as for 5', async () => {
      const statements = async (first: number) => {
        const { result, queries } = await countQueries(dataSource, () =>
          viewer.request<List>(LIST, { filter: { processId: process }, first }),
        );
        expect(result.data?.proposals.nodes).toHaveLength(first);
        return queries.length;
      };
      const five = await statements(5);
      const fifty = await statements(50);
      expect(fifty).toBe(five);
      // Session user, page, facets, proposals, forums, action fields.
      expect(five).toBeLessThanOrEqual(6);
    });
  });
});
