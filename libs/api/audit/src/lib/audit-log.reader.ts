import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@mitreden/api/core';
import type { AuditEntryView, AuditLogFilter, AuditLogPageView } from './graphql/audit-log.types';

export const AUDIT_PAGE_MAX = 100;

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  target_label: string;
  process_id: string | null;
  reason: string | null;
  before: string | null;
  after: string | null;
}

const COLUMNS = `id::text AS id, occurred_at, actor_id, actor_name, actor_role, action, target_type, target_id,
  target_label, process_id, reason, before::text AS before, after::text AS after`;

/** `%`, `_` and `\` match literally inside ILIKE. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** WHERE clause and parameters of a filter; shared by the page and the CSV export. */
export function filterClause(filter: AuditLogFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.action) add((p) => `action = ${p}`, filter.action);
  if (filter.targetType) add((p) => `target_type = ${p}`, filter.targetType);
  if (filter.targetId) add((p) => `target_id = ${p}::uuid`, filter.targetId);
  if (filter.actorId) add((p) => `actor_id = ${p}::uuid`, filter.actorId);
  if (filter.from) add((p) => `occurred_at >= ${p}`, filter.from);
  if (filter.to) add((p) => `occurred_at < ${p}`, filter.to);
  // Every word must occur in one of the three texts a reader recognises an entry by.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
    add(
      (p) => `(actor_name ILIKE ${p} OR target_label ILIKE ${p} OR coalesce(reason, '') ILIKE ${p})`,
      likePattern(word),
    );
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The cursor is the id of the last entry seen: rows are never changed, so it always resolves. */
function decodeCursor(after: string | null | undefined): string | null {
  if (!after) return null;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!/^[1-9][0-9]{0,18}$/.test(id)) throw badInput({ after: ['invalidCursor'] });
  return id;
}

function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function toView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    targetLabel: row.target_label,
    processId: row.process_id,
    reason: row.reason,
    before: row.before,
    after: row.after,
  };
}

/** Filtered, keyset-paged reads of the audit log (newest first). */
@Injectable()
export class AuditLogReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Two statements whatever the page size: the page (one row extra for hasNextPage) and the count. */
  async page(filter: AuditLogFilter, first: number, after: string | null): Promise<AuditLogPageView> {
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) throw badInput({ first: ['max'] });
    const afterId = decodeCursor(after);
    const { where, params } = filterClause(filter);
    const [rows, [{ count }]] = await Promise.all([
      this.batch(filter, afterId, first + 1),
      this.dataSource.query(`SELECT count(*)::int AS count FROM audit_log ${where}`, params) as Promise<
        { count: number }[]
      >,
    ]);
    const nodes = rows.slice(0, first).map(toView);
    const last = nodes.at(-1);
    return {
      nodes,
      endCursor: last ? encodeCursor(last.id) : null,
      hasNextPage: rows.length > first,
      totalCount: count,
    };
  }

  /** Up to `limit` entries older than `afterId` (newest first); the CSV export walks with it. */
  async batch(filter: AuditLogFilter, afterId: string | null, limit: number): Promise<AuditRow[]> {
    const { where, params } = filterClause(filter);
    const keyset: string[] = [];
    const all = [...params];
    if (afterId !== null) {
      all.push(afterId);
      const p = `$${all.length}::bigint`;
      keyset.push(`(occurred_at, id) < (SELECT occurred_at, id FROM audit_log WHERE id = ${p})`);
    }
    all.push(limit);
    const clause = [where.replace(/^WHERE /, ''), ...keyset].filter(Boolean).join(' AND ');
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_log ${clause ? `WHERE ${clause}` : ''}
       ORDER BY occurred_at DESC, id DESC LIMIT $${all.length}`,
      all,
    );
  }

  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.dataSource.query(
      `SELECT DISTINCT action FROM audit_log ORDER BY action`,
    );
    return rows.map((row) => row.action);
  }
}

export type { AuditRow };
