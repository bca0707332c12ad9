import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { countQueries } from './support/query-counter';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import {
  CREATE,
  SUPPORT,
  UNSUPPORT,
  WITHDRAW,
  createProcesses,
  createUsers,
  sessionClient,
} from './support/proposals-fixtures';
import type { GqlProposal, ProposalFixture } from './support/proposals-fixtures';

type Supported = { supportProposal: { id: string; supportCount: number; supportedByMe: boolean } };
type Unsupported = { withdrawSupport: { id: string; supportCount: number; supportedByMe: boolean } };

describe('supports', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let author: GraphqlClient;
  let resident: GraphqlClient;

  const newProposal = async (title = 'Mehr Bänke am Maschsee'): Promise<string> => {
    const response = await author.request<{ createProposal: GqlProposal }>(CREATE, {
      input: {
        processId: fixture.processId,
        actionFieldId: fixture.fieldIds[0],
        kind: 'GOAL',
        title,
        body: '',
        language: 'de',
      },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createProposal.id;
  };

  const supportRows = async (proposalId: string): Promise<{ rows: number; counter: number }> => {
    const [{ rows, counter }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM supports WHERE proposal_id = $1) AS rows, support_count AS counter FROM proposals WHERE id = $1`,
      [proposalId],
    );
    return { rows, counter };
  };

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const [authorUser, residentUser] = await createUsers(dataSource, 'resident', 2);
    author = await sessionClient(api, dataSource, authorUser.id);
    resident = await sessionClient(api, dataSource, residentUser.id);
  });
  afterAll(() => api?.close());

  it('counts a support once however often it is given, and takes it back', async () => {
    const id = await newProposal();
    const first = await resident.request<Supported>(SUPPORT, { id });
    expect(first.data?.supportProposal).toEqual({ id, supportCount: 1, supportedByMe: true });
    const again = await resident.request<Supported>(SUPPORT, { id });
    expect(again.data?.supportProposal).toEqual({ id, supportCount: 1, supportedByMe: true });
    const withdrawn = await resident.request<Unsupported>(UNSUPPORT, { id });
    expect(withdrawn.data?.withdrawSupport).toEqual({ id, supportCount: 0, supportedByMe: false });
    const withdrawnAgain = await resident.request<Unsupported>(UNSUPPORT, { id });
    expect(withdrawnAgain.data?.withdrawSupport.supportCount).toBe(0);
    expect(await supportRows(id)).toEqual({ rows: 0, counter: 0 });
  });

  it('refuses anonymous callers', async () => {
    const id = await newProposal();
    expect(errorCode(await api.client().request(SUPPORT, { id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.client().request(UNSUPPORT, { id }))).toBe('UNAUTHENTICATED');
    expect(await supportRows(id)).toEqual({ rows: 0, counter: 0 });
  });

  it('refuses supports for a withdrawn proposal but lets a support be taken back', async () => {
    const id = await newProposal();
    await resident.request(SUPPORT, { id });
    await author.request(WITHDRAW, { id, reason: 'Erledigt' });
    expect(errorCode(await author.request(SUPPORT, { id }))).toBe('PROPOSAL_WITHDRAWN');
    const taken = await resident.request<Unsupported>(UNSUPPORT, { id });
    expect(taken.data?.withdrawSupport.supportCount).toBe(0);
  });

  it('refuses adding and withdrawing while the forums phase is not running', async () => {
    const id = await newProposal();
    await resident.request(SUPPORT, { id });
    await dataSource.query(
      `UPDATE phases SET ends_at = now() - interval '1 day' WHERE process_id = $1 AND kind = 'forums'`,
      [fixture.processId],
    );
    try {
      expect(errorCode(await author.request(SUPPORT, { id }))).toBe('PHASE_CLOSED');
      expect(errorCode(await resident.request(UNSUPPORT, { id }))).toBe('PHASE_CLOSED');
    } finally {
      await dataSource.query(
        `UPDATE phases SET ends_at = now() + interval '42 days' WHERE process_id = $1 AND kind = 'forums'`,
        [fixture.processId],
      );
    }
    expect(await supportRows(id)).toEqual({ rows: 1, counter: 1 });
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    expect(errorCode(await resident.request(SUPPORT, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await resident.request(SUPPORT, { id: "'; DELETE FROM supports; --" }))).toBe(
      'NOT_FOUND',
    );
  });

  it('supports in a handful of statements and counts the field’s proposals only when asked', async () => {
    const id = await newProposal('Gezählt');
    const fieldCount = /GROUP BY action_field_id/;
    const plain = await countQueries(dataSource, () => resident.request(SUPPORT, { id }));
    expect(plain.queries.filter((query) => fieldCount.test(query))).toEqual([]);
    // The account, the phase, the proposal, the insert, the view and its action field.
    expect(plain.queries.length).toBeLessThanOrEqual(6);
    const asked = await countQueries(dataSource, () =>
      resident.request<{ withdrawSupport: { actionField: { proposalCount: number } } }>(
        `mutation($id: ID!) { withdrawSupport(id: $id) { actionField { proposalCount } } }`,
        { id },
      ),
    );
    expect(asked.result.data?.withdrawSupport.actionField.proposalCount).toBeGreaterThan(0);
    expect(asked.queries.filter((query) => fieldCount.test(query))).toHaveLength(1);
  });

  it('keeps exactly one support when one person sends 200 requests at once', async () => {
    const id = await newProposal('Gleichzeitig unterstützt');
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => resident.request<Supported>(SUPPORT, { id })),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(responses.every((response) => response.data?.supportProposal.supportedByMe)).toBe(true);
    expect(await supportRows(id)).toEqual({ rows: 1, counter: 1 });
  });

  it('counts 200 supports from 200 people sending at once', async () => {
    const id = await newProposal('Von vielen unterstützt');
    const users = await createUsers(dataSource, 'crowd', 200);
    const clients = await Promise.all(users.map((user) => sessionClient(api, dataSource, user.id)));
    const responses = await Promise.all(clients.map((client) => client.request<Supported>(SUPPORT, { id })));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(await supportRows(id)).toEqual({ rows: 200, counter: 200 });
    // Each answer counted its own support with those committed before it: never more than 200.
    const counts = responses.map((response) => response.data?.supportProposal.supportCount ?? 0);
    expect(Math.max(...counts)).toBe(200);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });
});
