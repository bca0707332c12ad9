import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CREATE, createProcesses, createUsers, sessionClient } from './support/proposals-fixtures';
import type { GqlProposal, ProposalFixture } from './support/proposals-fixtures';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';
import type { RoleName } from '@mitreden/shared/contracts';

const REVISE = `mutation Revise($input: ReviseProposalInput!) {
  reviseProposal(input: $input) {
    id title body bodyHtml revisionCount
    revisions { revision title body editorial note editedBy { id displayName } createdAt }
  }
}`;

interface Revised {
  reviseProposal: {
    id: string;
    title: string;
    body: string;
    bodyHtml: string;
    revisionCount: number;
    revisions: {
      revision: number;
      title: string;
      body: string;
      editorial: boolean;
      note: string | null;
      editedBy: { id: string; displayName: string } | null;
    }[];
  };
}

interface AuditRow {
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  target_type: string;
  target_id: string;
  target_label: string;
  process_id: string;
  reason: string;
  before: { title: string; body: string };
  after: { title: string; body: string };
}

describe('revised wording (reviseProposal)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let fixture: ProposalFixture;
  let author: GraphqlClient;
  let authorId: string;
  let staff: Record<RoleName, StaffSession>;

  const newProposal = async (title = 'Sprachkurse am Abend', body = 'Kurse *nach* der Arbeit.'): Promise<string> => {
    const response = await author.request<{ createProposal: GqlProposal }>(CREATE, {
      input: { processId: fixture.processId, actionFieldId: fixture.fieldIds[0], kind: 'MEASURE', title, body, language: 'de' },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createProposal.id;
  };

  const revise = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<Revised>(REVISE, { input });

  const auditRows = (proposalId: string): Promise<AuditRow[]> =>
    dataSource.query(`SELECT * FROM audit_log WHERE target_id = $1 AND action = 'proposal.revise' ORDER BY id`, [
      proposalId,
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    fixture = await createProcesses(dataSource);
    const [authorUser] = await createUsers(dataSource, 'author', 1);
    authorId = authorUser.id;
    author = await sessionClient(api, dataSource, authorUser.id);
    staff = await staffSessions(api, dataSource, 'revise');
  });
  afterAll(() => api?.close());

  it('keeps the original as revision 1 and adds an editorial revision with note, editor and audit entry', async () => {
    const id = await newProposal();
    const response = await revise(staff.moderator.client, {
      proposalId: id,
      title: '  Abendkurse für Deutsch  ',
      body: 'Deutschkurse nach Feierabend.',
      note: 'Titel präzisiert',
    });
    expect(response.errors).toBeUndefined();
    const revised = response.data?.reviseProposal;
    expect(revised).toMatchObject({ title: 'Abendkurse für Deutsch', body: 'Deutschkurse nach Feierabend.', revisionCount: 2 });
    expect(revised?.revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        title: 'Sprachkurse am Abend',
        editorial: false,
        note: null,
        editedBy: expect.objectContaining({ id: authorId }),
      }),
      expect.objectContaining({
        revision: 2,
        title: 'Abendkurse für Deutsch',
        editorial: true,
        note: 'Titel präzisiert',
        editedBy: { id: staff.moderator.id, displayName: staff.moderator.displayName },
      }),
    ]);

    const [entry, ...more] = await auditRows(id);
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({
      actor_id: staff.moderator.id,
      actor_name: staff.moderator.displayName,
      actor_role: 'moderator',
      target_type: 'proposal',
      process_id: fixture.processId,
      reason: 'Titel präzisiert',
      before: { title: 'Sprachkurse am Abend', body: 'Kurse *nach* der Arbeit.' },
      after: { title: 'Abendkurse für Deutsch', body: 'Deutschkurse nach Feierabend.' },
    });
    expect(entry.target_label).toMatch(/^#\d+ Abendkurse für Deutsch$/);
  });

  it('adds nothing when the same wording is sent again', async () => {
    const id = await newProposal();
    const input = { proposalId: id, title: 'Neuer Titel', body: 'Neuer Text', note: 'Erste Fassung' };
    await revise(staff.project_group.client, input);
    const again = await revise(staff.project_group.client, { ...input, note: 'Nochmal' });
    expect(again.data?.reviseProposal.revisionCount).toBe(2);
    expect(await auditRows(id)).toHaveLength(1);
  });

  it('is allowed in any phase, also after the forums closed', async () => {
    const id = await newProposal();
    await dataSource.query(`UPDATE phases SET ends_at = now() - interval '1 day' WHERE process_id = $1 AND kind = 'forums'`, [
      fixture.processId,
    ]);
    try {
      const response = await revise(staff.admin.client, { proposalId: id, title: 'Nach der Phase', body: 'Text', note: 'Redaktion' });
      expect(response.errors).toBeUndefined();
      expect(response.data?.reviseProposal.title).toBe('Nach der Phase');
    } finally {
      await dataSource.query(`UPDATE phases SET ends_at = now() + interval '42 days' WHERE process_id = $1 AND kind = 'forums'`, [
        fixture.processId,
      ]);
    }
  });

  it.each(['merged', 'split'])('refuses a %s proposal as PROPOSAL_READ_ONLY', async (state) => {
    const id = await newProposal();
    await dataSource.query(`UPDATE proposals SET state = $2 WHERE id = $1`, [id, state]);
    const response = await revise(staff.moderator.client, { proposalId: id, title: 'X', body: 'Y', note: 'Z' });
    expect(errorCode(response)).toBe('PROPOSAL_READ_ONLY');
    expect(await auditRows(id)).toHaveLength(0);
  });

  it('refuses a withdrawn proposal, an unknown one, the author and residents', async () => {
    const id = await newProposal();
    const input = { proposalId: id, title: 'Anders', body: 'Text', note: 'Grund' };
    expect(errorCode(await revise(author, input))).toBe('FORBIDDEN');
    expect(errorCode(await revise(staff.resident.client, input))).toBe('FORBIDDEN');
    expect(errorCode(await revise(staff.department_expert.client, input))).toBe('FORBIDDEN');
    expect(
      errorCode(await revise(staff.moderator.client, { ...input, proposalId: '00000000-0000-4000-8000-00000000abcd' })),
    ).toBe('NOT_FOUND');
    await dataSource.query(`UPDATE proposals SET state = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'x' WHERE id = $1`, [
      id,
    ]);
    expect(errorCode(await revise(staff.moderator.client, input))).toBe('PROPOSAL_WITHDRAWN');
  });

  it.each([
    ['a missing note', { note: '' }, 'note'],
    ['a blank note', { note: '   ' }, 'note'],
    ['a note over 1000 characters', { note: 'x'.repeat(1001) }, 'note'],
    ['bidi controls in the note', { note: 'ok \u202e evil' }, 'note'],
    ['an empty title', { title: '  ' }, 'title'],
    ['control characters in the title', { title: 'Titel\u0007' }, 'title'],
    ['bidi controls in the title', { title: 'Titel \u202e' }, 'title'],
    ['a 1 MB body', { body: 'x'.repeat(1_000_000) }, 'body'],
    ['bidi controls in the body', { body: 'Text \u2066 mehr' }, 'body'],
  ])('rejects %s with BAD_USER_INPUT', async (_label, change, field) => {
    const id = await newProposal();
    const response = await revise(staff.moderator.client, { proposalId: id, title: 'Gut', body: 'Gut', note: 'Gut', ...change });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.['fields']).toHaveProperty(field);
    expect(await auditRows(id)).toHaveLength(0);
  });

  it('stores HTML as text and renders it inert', async () => {
    const id = await newProposal();
    const response = await revise(staff.moderator.client, {
      proposalId: id,
      title: '<img src=x onerror=alert(1)>',
      body: '<script>alert(1)</script> **fett**',
      note: '<b>Notiz</b>',
    });
    const revised = response.data?.reviseProposal;
    expect(revised?.title).toBe('<img src=x onerror=alert(1)>');
    expect(revised?.bodyHtml).not.toMatch(/<script/i);
    expect(revised?.revisions.at(-1)?.note).toBe('<b>Notiz</b>');
  });

  it('numbers parallel revisions one after another', async () => {
    const id = await newProposal();
    const responses = await Promise.all(
      ['Eins', 'Zwei', 'Drei'].map((title) =>
        revise(staff.moderator.client, { proposalId: id, title, body: 'Text', note: `Fassung ${title}` }),
      ),
    );
    expect(responses.map(errorCode)).toEqual([undefined, undefined, undefined]);
    const rows: { revision: number }[] = await dataSource.query(
      `SELECT revision FROM proposal_revisions WHERE proposal_id = $1 ORDER BY revision`,
      [id],
    );
    expect(rows.map((row) => row.revision)).toEqual([1, 2, 3, 4]);
    expect(await auditRows(id)).toHaveLength(3);
  });
});
