import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';

const CATALOGUE_EXPORT = `mutation($input: CatalogueExportInput!) {
  requestCatalogueExport(input: $input) { id kind format status downloadUrl expiresAt }
}`;
const PROPOSALS_EXPORT = `mutation($input: ProposalsExportInput!) {
  requestProposalsExport(input: $input) { id kind format status downloadUrl expiresAt }
}`;
const JOB = `query($id: ID!) { exportJob(id: $id) { id status downloadUrl expiresAt finishedAt } }`;

interface JobView {
  id: string;
  kind: string;
  format: string;
  status: string;
  downloadUrl: string | null;
  expiresAt: string | null;
}

function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

describe('catalogue and proposals exports (API)', () => {
  let api: TestApi;
  let db: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let otherGroup: StaffSession;
  let anonymousClient: GraphqlClient;
  let processId: string;
  let versionId: string;

  const clientOf = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? anonymousClient : staff[caller].client);
  const download = (id: string, cookie?: string) => fetch(`${api.url}/api/exports/${id}/file`, { headers: cookie ? { cookie } : {} });
  const follow = (id: string, client: GraphqlClient) => client.request<{ exportJob: (JobView & { finishedAt: string | null }) | null }>(JOB, { id });
  /** What the worker stores when done (the worker test builds real files). */
  const finish = (id: string, expiresAt: string | null = "now() + interval '1 day'") =>
    db.query(
      `UPDATE export_jobs SET status = 'done', file_name = 'vorschlaege.csv', content_type = 'text/csv; charset=utf-8',
              content = 'a,b'::bytea, byte_size = 3, finished_at = now(), expires_at = ${expiresAt ?? 'NULL'} WHERE id = $1`,
      [id],
    );

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    staff = await staffSessions(api, db, 'catexp');
    otherGroup = (await staffSessions(api, db, 'catexp2')).project_group;
    anonymousClient = api.client();
    [{ id: processId }] = await db.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('katalog', '{"de": "Katalog"}', true) RETURNING id`,
    );
    [{ id: versionId }] = await db.query(`INSERT INTO catalogue_versions (process_id, number) VALUES ($1, 1) RETURNING id`, [processId]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets only the project group and admins request exports', async () => {
    const operations: [string, string, Record<string, unknown>][] = [
      ['requestCatalogueExport', CATALOGUE_EXPORT, { input: { versionId, format: 'XLSX' } }],
      ['requestProposalsExport', PROPOSALS_EXPORT, { input: { processId, format: 'CSV' } }],
    ];
    for (const [name, query, variables] of operations)
      for (const caller of CALLERS) {
        const response = await clientOf(caller).request(query, variables);
        const expected = caller === 'anonymous' ? 'UNAUTHENTICATED' : ['project_group', 'admin'].includes(caller) ? undefined : 'FORBIDDEN';
        expect({ name, caller, code: errorCode(response) }).toEqual({ name, caller, code: expected });
      }
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM export_jobs WHERE requested_by_id NOT IN ($1, $2)`,
      [staff.project_group.id, staff.admin.id],
    );
    expect(count).toBe(0);
  });

  it('stores kind, params, format and allowed roles, audits the request, and refuses unknown versions and processes', async () => {
    const catalogue = ok(
      await staff.project_group.client.request<{ requestCatalogueExport: JobView }>(CATALOGUE_EXPORT, { input: { versionId, format: 'DOCX' } }),
    ).requestCatalogueExport;
    expect(catalogue).toMatchObject({ kind: 'catalogue', format: 'DOCX', status: 'QUEUED', downloadUrl: null, expiresAt: null });
    const json = ok(
      await staff.project_group.client.request<{ requestCatalogueExport: JobView }>(CATALOGUE_EXPORT, { input: { versionId, format: 'JSON', language: 'en' } }),
    ).requestCatalogueExport;
    const proposals = ok(
      await staff.project_group.client.request<{ requestProposalsExport: JobView }>(PROPOSALS_EXPORT, { input: { processId, format: 'XLSX' } }),
    ).requestProposalsExport;
    expect(proposals).toMatchObject({ kind: 'proposals', format: 'XLSX', status: 'QUEUED' });

    const rows = await db.query(
      `SELECT id, kind, format, params, allowed_roles, requested_by_id FROM export_jobs WHERE id = ANY($1) ORDER BY created_at, kind`,
      [[catalogue.id, json.id, proposals.id]],
    );
    const byId = Object.fromEntries(rows.map((row: { id: string }) => [row.id, row]));
    const roles = ['project_group', 'admin'];
    expect(byId[catalogue.id]).toMatchObject({ kind: 'catalogue', format: 'docx', params: { versionId, language: 'de' }, allowed_roles: roles, requested_by_id: staff.project_group.id });
    expect(byId[json.id]).toMatchObject({ format: 'json', params: { versionId, language: 'en' } });
    expect(byId[proposals.id]).toMatchObject({ kind: 'proposals', format: 'xlsx', params: { processId }, allowed_roles: roles });

    const audit = await db.query(
      `SELECT action, target_type, target_id, process_id, after FROM audit_log WHERE actor_id = $1 AND action IN ('catalogue.export', 'proposals.export') ORDER BY id`,
      [staff.project_group.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'catalogue.export', target_type: 'catalogue_version', target_id: versionId, process_id: processId, after: { exportJobId: catalogue.id, format: 'docx', language: 'de' } },
        { action: 'proposals.export', target_type: 'process', target_id: processId, process_id: processId, after: { exportJobId: proposals.id, format: 'xlsx' } },
      ]),
    );

    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await staff.project_group.client.request(CATALOGUE_EXPORT, { input: { versionId: missing, format: 'PDF' } }))).toBe('NOT_FOUND');
    expect(errorCode(await staff.project_group.client.request(PROPOSALS_EXPORT, { input: { processId: missing, format: 'CSV' } }))).toBe('NOT_FOUND');
    // Proposals come as spreadsheets only.
    expect(errorCode(await staff.project_group.client.request(PROPOSALS_EXPORT, { input: { processId, format: 'DOCX' } }))).toBeDefined();
  });

  it('hands the file to its requester only while they are in the project group and until it expires', async () => {
    const job = ok(
      await staff.project_group.client.request<{ requestProposalsExport: JobView }>(PROPOSALS_EXPORT, { input: { processId, format: 'CSV' } }),
    ).requestProposalsExport;
    await finish(job.id);
    const view = ok(await follow(job.id, staff.project_group.client)).exportJob;
    expect(view).toMatchObject({ status: 'DONE', downloadUrl: `/api/exports/${job.id}/file` });
    expect(new Date(view?.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    const mine = await download(job.id, staff.project_group.cookie);
    expect(mine.status).toBe(200);
    expect(await mine.text()).toBe('a,b');
    expect((await download(job.id, staff.admin.cookie)).status).toBe(200);
    // Same role, other person: not theirs.
    expect((await download(job.id, otherGroup.cookie)).status).toBe(404);
    expect(ok(await follow(job.id, otherGroup.client)).exportJob).toBeNull();
    for (const role of ['resident', 'moderator', 'department_expert'] as const)
      expect((await download(job.id, staff[role].cookie)).status).toBe(404);
    expect((await download(job.id)).status).toBe(401);

    // The requester leaves the project group: the file is no longer theirs to take.
    await db.query(`UPDATE users SET role = 'resident' WHERE id = $1`, [staff.project_group.id]);
    try {
      expect((await download(job.id, staff.project_group.cookie)).status).toBe(404);
      expect(ok(await follow(job.id, staff.project_group.client)).exportJob).toBeNull();
    } finally {
      await db.query(`UPDATE users SET role = 'project_group' WHERE id = $1`, [staff.project_group.id]);
    }
    expect((await download(job.id, staff.project_group.cookie)).status).toBe(200);
  });

  it('refuses expired files and shows when they expired', async () => {
    const job = ok(
      await staff.project_group.client.request<{ requestProposalsExport: JobView }>(PROPOSALS_EXPORT, { input: { processId, format: 'XLSX' } }),
    ).requestProposalsExport;
    await finish(job.id, "now() - interval '1 minute'");
    expect((await download(job.id, staff.project_group.cookie)).status).toBe(404);
    expect((await download(job.id, staff.admin.cookie)).status).toBe(404);
    const view = ok(await follow(job.id, staff.project_group.client)).exportJob;
    expect(view).toMatchObject({ id: job.id, status: 'DONE', downloadUrl: null });
    expect(new Date(view?.expiresAt ?? 0).getTime()).toBeLessThan(Date.now());

    // A job without expiry (as before this change) stays downloadable.
    const kept = ok(
      await staff.project_group.client.request<{ requestProposalsExport: JobView }>(PROPOSALS_EXPORT, { input: { processId, format: 'CSV' } }),
    ).requestProposalsExport;
    await finish(kept.id, null);
    expect(ok(await follow(kept.id, staff.project_group.client)).exportJob).toMatchObject({ expiresAt: null, downloadUrl: `/api/exports/${kept.id}/file` });
    expect((await download(kept.id, staff.project_group.cookie)).status).toBe(200);
  });
});
