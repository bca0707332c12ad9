import { csvHref, prettyJson, toAuditFilter } from './audit-filter';

describe('audit filter', () => {
  it('leaves out empty fields and makes the end day inclusive', () => {
    const filter = toAuditFilter({ action: 'proposal.merge', targetType: '', fromDay: '2026-03-01', toDay: '2026-03-02', search: '  Bänke ' });
    expect(filter.action).toBe('proposal.merge');
    expect(filter.targetType).toBeUndefined();
    expect(filter.search).toBe('Bänke');
    expect(new Date(filter.from as string)).toEqual(new Date(2026, 2, 1));
    expect(new Date(filter.to as string)).toEqual(new Date(2026, 2, 3));
  });

  it('ignores what is not a date', () => {
    expect(toAuditFilter({ action: '', targetType: '', fromDay: 'gestern', toDay: '', search: '' })).toEqual({});
  });

  it('builds the CSV link with the same filter, encoded', () => {
    expect(csvHref({})).toBe('/api/audit-log.csv');
    expect(csvHref({ action: 'proposal.revise', search: 'a&b =c' })).toBe('/api/audit-log.csv?action=proposal.revise&search=a%26b+%3Dc');
  });

  it('indents JSON and keeps anything else as it is', () => {
    expect(prettyJson('{"title":"Alt"}')).toBe('{\n  "title": "Alt"\n}');
    expect(prettyJson('kein json')).toBe('kein json');
    expect(prettyJson(null)).toBe('');
  });
});
