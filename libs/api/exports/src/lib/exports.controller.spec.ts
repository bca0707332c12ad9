import { contentDisposition } from './exports.controller';
import { mayRead, toExportJobView } from './exports.service';

describe('export downloads', () => {
  it('builds a header-safe Content-Disposition that keeps the UTF-8 name', () => {
    const header = contentDisposition('umfrage-übersicht "x"\r\nSet-Cookie: a=b;/..\\.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(header.split('"')).toHaveLength(3);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('umfrage-übersicht "x"\r\nSet-Cookie: a=b;/..\\.csv');
  });

  it('lets only the requester and admins read a job', () => {
    const row = { requested_by_id: 'u1' };
    expect(mayRead(row, { id: 'u1', role: 'project_group' })).toBe(true);
    expect(mayRead(row, { id: 'u2', role: 'admin' })).toBe(true);
    expect(mayRead(row, { id: 'u2', role: 'project_group' })).toBe(false);
    expect(mayRead({ requested_by_id: null }, { id: 'u2', role: 'project_group' })).toBe(false);
  });

  it('offers the download link only once done', () => {
    const base = {
      id: 'j1', kind: 'survey_responses', format: 'xlsx', total: 3, processed: 3, file_name: 'a.xlsx', byte_size: 10,
      error: null, requested_by_id: 'u1', created_at: new Date(), finished_at: null,
    };
    expect(toExportJobView({ ...base, status: 'running' })).toMatchObject({ status: 'RUNNING', format: 'XLSX', downloadUrl: null });
    expect(toExportJobView({ ...base, status: 'done' }).downloadUrl).toBe('/api/exports/j1/file');
  });
});
