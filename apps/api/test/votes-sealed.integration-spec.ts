import { DataSource } from 'typeorm';
import { countPoll } from '@mitreden/api/votes';
import type { RoleName } from '@mitreden/shared/contracts';
import { GraphqlClient, errorCode } from '@mitreden/testing';
import type { GraphqlResponse } from '@mitreden/testing';
import { CALLERS, sessionCookie, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { insertAccounts, insertPoll } from './votes-fixtures';

/**
 * Sealed results: while a poll is open, and after the close until the count, nothing any role
 * can ask for — every field of the public and the managed poll (listed by introspection, so new
 * fields are covered), receipts, the CSV exports, the option image — reveals a count per option.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface SchemaField {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  fields: SchemaField[] | null;
}
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { types { name kind fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

/** Every field reachable from `typeName` without arguments that must be given, as a selection set. */
function selectionOf(types: Map<string, SchemaType>, typeName: string, path: string[] = []): string {
  const type = types.get(typeName);
  if (!type?.fields) throw new Error(`No object type ${typeName}`);
  const parts: string[] = [];
  for (const field of type.fields) {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null)) continue;
    const target = named(field.type);
    if (target.kind === 'OBJECT' || target.kind === 'INTERFACE') {
      if (path.includes(target.name ?? '') || path.length > 5) continue;
      parts.push(`${field.name} { ${selectionOf(types, target.name ?? '', [...path, typeName])} }`);
    } else if (target.kind === 'UNION') {
      continue;
    } else {
      parts.push(field.name);
    }
  }
  return parts.join(' ');
}

/** Paths of every number in the data whose field name is not in `allowed`. */
function countsIn(value: unknown, allowed: ReadonlySet<string>, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => countsIn(item, allowed, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'number' ? (allowed.has(key) ? [] : [`${path}.${key}`]) : countsIn(item, allowed, `${path}.${key}`),
    );
  return [];
}

/** Numbers a sealed poll may show: ballot-paper positions, the limit, the roll, code stats, the version. */
const PUBLIC_NUMBERS = new Set(['turnout', 'position', 'maxChoices']);
const MANAGED_NUMBERS = new Set([...PUBLIC_NUMBERS, 'version', 'generated', 'used', 'batches']);

const ok = <T>(response: GraphqlResponse<T>): T => {
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
};

describe('sealed results: nothing reveals a per-option count before the count (API)', () => {
  let api: TestApi;
  let db: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let anonymous: GraphqlClient;
  let poll: { id: string; optionIds: string[] };
  let pollQuery: string;
  let pollsQuery: string;
  let managedQuery: string;
  let managedListQuery: string;
  const image = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001', 'hex');
  const slug = 'versiegelt';
  const VOTES = [0, 0, 0, 0, 1, 1]; // option index per voter: A 4, B 2, C 0
  const clientOf = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? anonymous : staff[caller].client);
  const cookieOf = (caller: Caller): Record<string, string> => (caller === 'anonymous' ? {} : { cookie: staff[caller].cookie });
  const isStaff = (caller: Caller) => caller === 'project_group' || caller === 'admin';

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    staff = await staffSessions(api, db, 'sealed');
    anonymous = api.client();
    const [{ id: processId }]: { id: string }[] = await db.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('versiegelt', '{"de": "Versiegelt"}', true) RETURNING id`,
    );
    poll = await insertPoll(db, { processId, slug, options: ['A', 'B', 'C'], opensIn: -1, closesIn: 24 });
    await db.query(
      `UPDATE poll_options SET image = $2, image_content_type = 'image/png', image_alt = '{"de": "Bild A"}' WHERE id = $1`,
      [poll.optionIds[0], image],
    );

    // Votes through the API, as residents cast them.
    const voters = await insertAccounts(db, 'sealed-voter', VOTES.length);
    for (const [index, voter] of voters.entries()) {
      const client = new GraphqlClient(api.url, { cookie: await sessionCookie(api, db, voter) });
      ok(
        await client.request(`mutation Cast($input: CastVoteInput!) { castVote(input: $input) { receipt } }`, {
          input: { pollId: poll.id, choices: [poll.optionIds[VOTES[index]]] },
        }),
      );
    }

    const schema = ok(await anonymous.request<{ __schema: { types: SchemaType[] } }>(INTROSPECTION)).__schema;
    const types = new Map(schema.types.map((type) => [type.name, type]));
    const pollFields = selectionOf(types, 'PollView');
    const managedFields = selectionOf(types, 'ManagedPollView');
    pollQuery = `query Poll($slug: String!) { poll(slug: $slug) { ${pollFields} } }`;
    pollsQuery = `query Polls($processSlug: String) { polls(processSlug: $processSlug) { ${pollFields} } }`;
    managedQuery = `query Managed($id: ID!) { managedPoll(id: $id) { ${managedFields} } }`;
    managedListQuery = `{ managedPolls { ${managedFields} } }`;
    // The selection really is "every field": results and the viewer state are in it.
    expect(pollFields).toMatch(/\bresults \{/);
    expect(pollFields).toMatch(/\bviewer \{/);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function expectSealed(status: 'OPEN' | 'COUNTING'): Promise<void> {
    const [{ sealed, voters }]: { sealed: number; voters: number }[] = await db.query(
      `SELECT (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1)::int AS sealed,
              (SELECT count(*) FROM poll_voters WHERE poll_id = $1)::int AS voters`,
      [poll.id],
    );
    expect({ sealed, voters }).toEqual({ sealed: VOTES.length, voters: VOTES.length });

    for (const caller of CALLERS) {
      const client = clientOf(caller);
      const one = ok(await client.request<{ poll: Record<string, unknown> }>(pollQuery, { slug })).poll;
      expect([caller, one['status'], one['results'], one['turnout']]).toEqual([caller, status, null, VOTES.length]);
      expect([caller, countsIn(one, PUBLIC_NUMBERS)]).toEqual([caller, []]);

      const listed = ok(await client.request<{ polls: Record<string, unknown>[] }>(pollsQuery, { processSlug: 'versiegelt' })).polls;
      expect(listed).toHaveLength(1);
      expect([caller, listed[0]['results'], countsIn(listed, PUBLIC_NUMBERS)]).toEqual([caller, null, []]);

      expect([caller, errorCode(await client.request(`query R($pollId: ID!) { pollReceipts(pollId: $pollId) { total receipts } }`, { pollId: poll.id }))]).toEqual([
        caller,
        'RESULTS_SEALED',
      ]);

      const managed = await client.request<{ managedPoll: Record<string, unknown> }>(managedQuery, { id: poll.id });
      const managedList = await client.request<{ managedPolls: Record<string, unknown>[] }>(managedListQuery);
      if (isStaff(caller)) {
        const view = ok(managed).managedPoll;
        expect([caller, view['status'], view['turnout'], countsIn(view, MANAGED_NUMBERS)]).toEqual([caller, status, VOTES.length, []]);
        expect([caller, countsIn(ok(managedList).managedPolls, MANAGED_NUMBERS)]).toEqual([caller, []]);
      } else {
        expect([caller, managed.data?.managedPoll ?? null, managedList.data?.managedPolls ?? null]).toEqual([caller, null, null]);
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(managed));
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(managedList));
      }

      for (const file of ['tally.csv', 'receipts.csv']) {
        const response = await fetch(`${api.url}/api/polls/${slug}/${file}`, { headers: cookieOf(caller) });
        const body = await response.text();
        expect([caller, file, response.status]).toEqual([caller, file, 403]);
        expect([caller, file, (JSON.parse(body) as { code: string }).code]).toEqual([caller, file, 'RESULTS_SEALED']);
      }

      // The image is just the image: same bytes for everyone, nothing else in the response.
      const picture = await fetch(`${api.url}/api/polls/${poll.id}/options/${poll.optionIds[0]}/image`, { headers: cookieOf(caller) });
      expect([caller, picture.status]).toEqual([caller, 200]);
      expect(Buffer.from(await picture.arrayBuffer()).equals(image)).toBe(true);
      const headerNames: string[] = [];
      picture.headers.forEach((_value, name) => headerNames.push(name));
      expect(headerNames.filter((name) => /count|vote|tally|result/i.test(name))).toEqual([]);
    }
  }

  it('reveals no count per option while the poll is open, to any role', async () => {
    await expectSealed('OPEN');
  });

  it('reveals no count per option after the close until the count (COUNTING), to any role', async () => {
    await db.query(`UPDATE polls SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`, [poll.id]);
    await expectSealed('COUNTING');
  });

  it('after the count the same queries do show the counts (so the checks above can see them)', async () => {
    expect(await countPoll(db, api.config.ballotSecret, poll.id)).toBe('counted');
    const one = ok(await anonymous.request<{ poll: Record<string, unknown> }>(pollQuery, { slug })).poll;
    expect(one['status']).toBe('CLOSED');
    expect(countsIn(one, PUBLIC_NUMBERS)).toEqual(expect.arrayContaining(['.results.options[0].votes', '.results.ballots']));
    const results = one['results'] as { options: { votes: number }[] };
    expect(results.options.map((option) => option.votes)).toEqual([4, 2, 0]);
    const tally = await fetch(`${api.url}/api/polls/${slug}/tally.csv`);
    expect(tally.status).toBe(200);
    expect(errorCode(await anonymous.request(`query R($pollId: ID!) { pollReceipts(pollId: $pollId) { total } }`, { pollId: poll.id }))).toBeUndefined();
  });
});
