import { contentDisposition } from './exports.controller';
import { isExpired, mayRead, toExportJobView } from './exports.service';

describe('export downloads', () => {
  it('builds a header-safe Content-Disposition that keeps the UTF-8 name', () => {
    const header = contentDisposition('umfrage-übersicht "x"\r\nSet-Cookie: a=b;/..\\.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(header.split('"')).toHaveLength(3);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('umfrage-übersicht "x"\r\nSet-Cookie: a=b;/..\\.csv');
  });

  it('lets only the requester and admins read a job without role restriction', () => {
    const row = { requested_by_id: 'u1', allowed_roles: [] };
    expect(mayRead(row, { id: 'u1', role: 'project_group' })).toBe(true);
    expect(mayRead(row, { id: 'u1', role: 'resident' })).toBe(true);
    expect(mayRead(row, { id: 'u2', role: 'admin' })).toBe(true);
    expect(mayRead(row, { id: 'u2', role: 'project_group' })).toBe(false);
    expect(mayRead({ requested_by_id: null }, { id: 'u2', role: 'project_group' })).toBe(false);
    expect(mayRead({ requested_by_id: 'u1' }, { id: 'u1', role: 'moderator' })).toBe(true);
  });

  it('checks the requester’s current role against the job’s allowed roles', () => {
    const row = { requested_by_id: 'u1', allowed_roles: ['project_group', 'admin'] };
    expect(mayRead(row, { id: 'u1', role: 'project_group' })).toBe(true);
    // The requester was demoted after asking: the file is no longer theirs to take.
    expect(mayRead(row, { id: 'u1', role: 'resident' })).toBe(false);
    expect(mayRead(row, { id: 'u1', role: 'moderator' })).toBe(false);
    // Another member of an allowed role is still not the requester.
    expect(mayRead(row, { id: 'u2', role: 'project_group' })).toBe(false);
    expect(mayRead(row, { id: 'u2', role: 'admin' })).toBe(true);
  });

  it('treats a job as expired from its expiry on, and a missing expiry as kept', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(isExpired({ expires_at: null }, now)).toBe(false);
    expect(isExpired({ expires_at: new Date('2026-05-01T12:00:01Z') }, now)).toBe(false);
    expect(isExpired({ expires_at: new Date('2026-05-01T12:00:00Z') }, now)).toBe(true);
    expect(isExpired({ expires_at: new Date('2026-04-30T12:00:00Z') }, now)).toBe(true);
  });

  it('offers the download link only once done and until it expires', () => {
    const base = {
      id: 'j1', kind: 'survey_responses', format: 'xlsx', total: 3, processed: 3, file_name: 'a.xlsx', byte_size: 10,
      error: null, requested_by_id: 'u1', created_at: new Date(), finished_at: null, expires_at: null, allowed_roles: [],
    };
    expect(toExportJobView({ ...base, status: 'running' })).toMatchObject({ status: 'RUNNING', format: 'XLSX', downloadUrl: null, expiresAt: null });
    expect(toExportJobView({ ...base, status: 'done' }).downloadUrl).toBe('/api/exports/j1/file');
    const later = new Date(Date.now() + 3600_000);
    expect(toExportJobView({ ...base, status: 'done', expires_at: later })).toMatchObject({ downloadUrl: '/api/exports/j1/file', expiresAt: later });
    const earlier = new Date(Date.now() - 1000);
    expect(toExportJobView({ ...base, status: 'done', expires_at: earlier })).toMatchObject({ status: 'DONE', downloadUrl: null, expiresAt: earlier });
  });
});
