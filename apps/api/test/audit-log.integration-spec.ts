import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';
import { countQueries } from './support/query-counter';

const AUDIT_LOG = `query Audit($filter: AuditLogFilter, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    nodes { id occurredAt actorId actorName actorRole action targetType targetId targetLabel processId reason before after }
  }
}`;

interface Entry {
  id: string;
  occurredAt: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}
interface Page {
  auditLog: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Entry[] };
}

const TARGET = '11111111-1111-4111-8111-111111111111';
const ACTOR = '22222222-2222-4222-8222-222222222222';

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += character;
  }
  if (field || record.length) throw new Error('CSV does not end with CRLF');
  return records;
}

describe('audit log', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let staff: Record<RoleName, StaffSession>;

  const page = (variables: Record<string, unknown>, role: RoleName = 'project_group') =>
    staff[role].client.request<Page>(AUDIT_LOG, { first: 50, ...variables });

  const csv = (query: string, role: RoleName = 'project_group') =>
    fetch(`${api.url}/api/audit-log.csv${query}`, { headers: { cookie: staff[role].cookie } });

  const insert = (
    rows: {
      at: string;
      action: string;
      label: string;
      actor?: string;
      actorId?: string | null;
      reason?: string | null;
      targetId?: string | null;
      targetType?: string;
    }[],
  ) =>
    dataSource.query(
      `INSERT INTO audit_log (occurred_at, actor_id, actor_name, actor_role, action, target_type, target_id, target_label, reason, before, after)
       SELECT (r->>'at')::timestamptz, (r->>'actorId')::uuid, r->>'actor', 'moderator', r->>'action', r->>'targetType',
              (r->>'targetId')::uuid, r->>'label', r->>'reason', '{"title": "Alt"}'::jsonb, '{"title": "Neu"}'::jsonb
       FROM jsonb_array_elements($1::jsonb) AS r`,
      [
        JSON.stringify(
          rows.map((row) => ({
            actor: 'Mia Moderatorin',
            actorId: null,
            reason: null,
            targetId: null,
            targetType: 'proposal',
            ...row,
          })),
        ),
      ],
    );

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    staff = await staffSessions(api, dataSource, 'audit');
    await insert([
      { at: '2026-03-01T10:00:00Z', action: 'proposal.hide', label: '#1 Sprachkurse', reason: 'Beleidigung', targetId: TARGET },
      { at: '2026-03-02T10:00:00Z', action: 'comment.hide', label: 'Kommentar zu #1', targetType: 'comment', reason: '100% Spam' },
      { at: '2026-03-03T10:00:00Z', action: 'proposal.merge', label: '#7 Radwege', actor: 'Paula Projekt', actorId: ACTOR },
      // Same instant: the id decides the order.
      { at: '2026-03-04T10:00:00Z', action: 'proposal.revise', label: '#8 Bänke', reason: 'Titel "klarer", kürzer' },
      { at: '2026-03-04T10:00:00Z', action: 'proposal.revise', label: '=HYPERLINK("http://evil","x")', reason: '@SUM(A1)\nzweite Zeile' },
      { at: '2026-03-05T10:00:00Z', action: 'user.block', label: '-Spammer', targetType: 'user', reason: '+49 123' },
    ]);
  });
  afterAll(() => api?.close());

  describe('append-only in the database', () => {
    it.each([
      ['UPDATE', `UPDATE audit_log SET reason = 'geändert'`],
      ['DELETE', `DELETE FROM audit_log`],
      ['TRUNCATE', `TRUNCATE audit_log`],
    ])('refuses %s', async (_operation, sql) => {
      await expect(dataSource.query(sql)).rejects.toThrow(/append-only/);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE reason = 'geändert'`);
      expect(count).toBe(0);
      const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM audit_log`);
      expect(total).toBeGreaterThanOrEqual(6);
    });
  });

  describe('GraphQL', () => {
    it('lists newest first with JSON before/after and a total', async () => {
      const response = await page({});
      expect(response.errors).toBeUndefined();
      const log = response.data?.auditLog;
      expect(log?.totalCount).toBe(6);
      expect(log?.nodes.map((node) => node.targetLabel)).toEqual([
        '-Spammer',
        '=HYPERLINK("http://evil","x")',
        '#8 Bänke',
        '#7 Radwege',
        'Kommentar zu #1',
        '#1 Sprachkurse',
      ]);
      expect(JSON.parse(log?.nodes[0].before ?? 'null')).toEqual({ title: 'Alt' });
      expect(JSON.parse(log?.nodes[0].after ?? 'null')).toEqual({ title: 'Neu' });
    });

    it.each([
      [{ action: 'proposal.revise' }, ['=HYPERLINK("http://evil","x")', '#8 Bänke']],
      [{ targetType: 'comment' }, ['Kommentar zu #1']],
      [{ targetId: TARGET }, ['#1 Sprachkurse']],
      [{ actorId: ACTOR }, ['#7 Radwege']],
      [{ from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' }, ['#7 Radwege', 'Kommentar zu #1']],
      [{ search: 'paula' }, ['#7 Radwege']],
      [{ search: 'beleidigung sprachkurse' }, ['#1 Sprachkurse']],
      [{ search: '100%' }, ['Kommentar zu #1']],
      [{ search: '%' }, ['Kommentar zu #1']],
      [{ search: 'nichts-passt' }, []],
    ])('filters by %j', async (filter, labels) => {
      const response = await page({ filter });
      expect(response.errors).toBeUndefined();
      expect(response.data?.auditLog.nodes.map((node) => node.targetLabel)).toEqual(labels);
      expect(response.data?.auditLog.totalCount).toBe(labels.length);
    });

    it('pages by keyset without gaps or repeats, in a constant number of statements', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { result: response, queries } = await countQueries(dataSource, () => page({ first: 4, after }));
        expect(queries.filter((query) => query.includes('audit_log'))).toHaveLength(2);
        const log = response.data?.auditLog;
        if (!log) throw new Error(JSON.stringify(response.errors));
        expect(log.totalCount).toBe(6);
        seen.push(...log.nodes.map((node) => node.id));
        pages++;
        if (!log.hasNextPage) break;
        after = log.endCursor;
      }
      expect(pages).toBe(2);
      expect(new Set(seen).size).toBe(6);
      const ordered = [...seen].sort((a, b) => Number(b) - Number(a));
      expect(seen).toEqual(ordered);
    });

    it('rejects pages over 100 and forged cursors', async () => {
      expect(errorCode(await page({ first: 101 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await page({ first: 0 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await page({ after: 'bm90LWFuLWlk' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await page({ filter: { targetId: 'nope' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await page({ filter: { search: 'x'.repeat(201) } }))).toBe('BAD_USER_INPUT');
    });

    it('lists the actions that occur', async () => {
      const response = await staff.admin.client.request<{ auditActions: string[] }>(`{ auditActions }`);
      expect(response.data?.auditActions).toEqual(['comment.hide', 'proposal.hide', 'proposal.merge', 'proposal.revise', 'user.block']);
    });

    it('is for the project group and admins only', async () => {
      expect(errorCode(await page({}, 'moderator'))).toBe('FORBIDDEN');
      expect(errorCode(await api.client().request(AUDIT_LOG, { first: 5 }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('CSV export', () => {
    it('is an attachment with BOM, CRLF records, RFC 4180 quoting and neutralised formulas', async () => {
      const response = await csv('');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const [header, ...records] = parseCsv(text);
      expect(header).toEqual([
        'id', 'occurred_at', 'actor_name', 'actor_role', 'actor_id', 'action', 'target_type', 'target_id',
        'target_label', 'process_id', 'reason', 'before', 'after',
      ]);
      expect(records).toHaveLength(6);
      const column = (name: string) => header.indexOf(name);
      const byLabel = (label: string) => records.find((record) => record[column('target_label')] === label);
      expect(byLabel('#8 Bänke')?.[column('reason')]).toBe('Titel "klarer", kürzer');
      expect(byLabel(`'=HYPERLINK("http://evil","x")`)?.[column('reason')]).toBe("'@SUM(A1)\nzweite Zeile");
      expect(byLabel(`'-Spammer`)?.[column('reason')]).toBe(`'+49 123`);
      expect(byLabel('#1 Sprachkurse')?.[column('occurred_at')]).toBe('2026-03-01T10:00:00.000Z');
      expect(JSON.parse(byLabel('#1 Sprachkurse')?.[column('after')] ?? '')).toEqual({ title: 'Neu' });
      // Every cell that starts like a formula is neutralised.
      for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(text).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
    });

    it('takes the same filters as query parameters', async () => {
      const response = await csv(`?action=proposal.revise&from=2026-03-04T00:00:00Z&search=${encodeURIComponent('klarer')}`);
      const records = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
      expect(records.slice(1).map((record) => record[8])).toEqual(['#8 Bänke']);
    });

    it.each([
      ['?targetId=nope', 'targetId'],
      ['?from=yesterday', 'from'],
      ['?to=2026-13-45', 'to'],
      [`?search=${'x'.repeat(201)}`, 'search'],
      ['?action=a&action=b', 'action'],
      ['?sql=1', 'sql'],
    ])('rejects %s with 400', async (query, field) => {
      const response = await csv(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { code: string; fields: Record<string, string[]> };
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.fields).toHaveProperty(field);
    });

    it('is refused to anonymous callers, residents and moderators', async () => {
      expect((await fetch(`${api.url}/api/audit-log.csv`, { headers: { accept: 'text/html' } })).status).toBe(401);
      expect((await csv('', 'resident')).status).toBe(403);
      expect((await csv('', 'moderator')).status).toBe(403);
      expect((await csv('', 'admin')).status).toBe(200);
    });

    it('streams logs larger than one batch completely and in order', async () => {
      await dataSource.query(
        `INSERT INTO audit_log (occurred_at, actor_name, action, target_type, target_label)
         SELECT timestamptz '2025-01-01' + n * interval '1 minute', 'System', 'bulk.entry', 'proposal', 'Eintrag ' || n
         FROM generate_series(1, 2345) AS n`,
      );
      const response = await csv('?action=bulk.entry');
      const records = parseCsv((await response.text()).replace(/^\uFEFF/, '')).slice(1);
      expect(records).toHaveLength(2345);
      expect(records[0][8]).toBe('Eintrag 2345');
      expect(records.at(-1)?.[8]).toBe('Eintrag 1');
      expect(new Set(records.map((record) => record[0])).size).toBe(2345);
    });
  });
});
