import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { AuditService } from '@mitreden/api/audit';
import { ReportReason, ReportTargetType } from './graphql/moderation.types';
import type { ReportInput } from './graphql/moderation.inputs';
import { AutoHide } from './auto-hide.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Same answer for "does not exist", "hidden" and "deleted": a report must not reveal what moderators hid. */
const notFound = () => new DomainError('NOT_FOUND', 'Nothing to report with this id');

/** What a report points at, as far as the reporter may see it. */
export interface ReportTarget {
  type: ReportTargetType;
  id: string;
  /** Null for accounts: they belong to no process and are never hidden automatically. */
  processId: string | null;
  label: string;
  authorId: string | null;
}

interface TargetRow {
  id: string;
  process_id: string | null;
  label: string;
  author_id: string | null;
}

/**
 * Visible targets only, locked for the rest of the transaction (FOR NO KEY UPDATE), so reports
 * on one item are counted one after another and the auto-hide threshold cannot be passed twice
 * or skipped by two reports arriving together.
 */
const TARGET_SQL: Record<ReportTargetType, string> = {
  [ReportTargetType.PROPOSAL]: `
    SELECT p.id, p.process_id, '#' || p.number || ' ' || p.title AS label, p.author_id
      FROM proposals p WHERE p.id = $1 AND p.hidden_at IS NULL
      FOR NO KEY UPDATE OF p`,
  [ReportTargetType.COMMENT]: `
    SELECT c.id, p.process_id, left(c.body, 120) AS label, c.author_id
      FROM comments c JOIN proposals p ON p.id = c.proposal_id
     WHERE c.id = $1 AND c.hidden_at IS NULL AND c.deleted_at IS NULL AND p.hidden_at IS NULL
      FOR NO KEY UPDATE OF c`,
  [ReportTargetType.USER]: `
    SELECT u.id, NULL::uuid AS process_id, u.display_name AS label, u.id AS author_id
      FROM users u WHERE u.id = $1
      FOR NO KEY UPDATE OF u`,
};

const TARGET_COLUMN: Record<ReportTargetType, string> = {
  [ReportTargetType.PROPOSAL]: 'proposal_id',
  [ReportTargetType.COMMENT]: 'comment_id',
  [ReportTargetType.USER]: 'user_id',
};

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly autoHide: AutoHide,
  ) {}

  /**
   * Files a report. Repeating an open report (also concurrently) is a no-op thanks to the
   * partial unique index reports_one_open_per_reporter; it still answers true.
   */
  async report(input: ReportInput, reporter: User): Promise<boolean> {
    const details = input.details ?? '';
    if (input.reason === ReportReason.OTHER && details.length === 0) throw badInput({ details: ['isNotEmpty'] });
    if (!UUID.test(input.targetId)) throw notFound();
    if (input.targetType === ReportTargetType.USER && input.targetId === reporter.id)
      throw badInput({ targetId: ['notYourself'] });

    const mailIds = await this.dataSource.transaction(async (manager) => {
      const target = await this.lockTarget(manager, input.targetType, input.targetId);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO reports (reporter_id, target_type, ${TARGET_COLUMN[target.type]}, reason, details)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (reporter_id, target_type, target_id) WHERE resolved_at IS NULL DO NOTHING
         RETURNING id`,
        [reporter.id, target.type, target.id, input.reason, details],
      );
      if (inserted.length === 0) return [];
      await this.audit.record(manager, {
        actor: reporter,
        action: 'report.create',
        targetType: target.type,
        targetId: target.id,
        targetLabel: target.label,
        processId: target.processId,
        reason: input.reason,
        after: { reportId: inserted[0].id, reason: input.reason, detailsLength: details.length },
      });
      return this.autoHide.afterReport(manager, target);
    });
    await this.autoHide.dispatch(mailIds);
    return true;
  }

  /** Closes an item's open reports without action; an automatic hiding they caused is lifted too. */
  async dismiss(targetType: ReportTargetType, targetId: string, moderator: User): Promise<number> {
    if (!UUID.test(targetId)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const dismissed: { id: string; reason: ReportReason }[] = await manager.query(
        // Wrapped in a CTE so the driver answers with rows (a bare UPDATE … RETURNING gives [rows, count]).
        `WITH dismissed AS (
           UPDATE reports SET resolved_at = now(), resolved_by_id = $3, resolution = 'dismissed'
            WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL
            RETURNING id, reason)
         SELECT id, reason FROM dismissed`,
        [targetType, targetId, moderator.id],
      );
      if (dismissed.length === 0) return 0;
      const [context] = await this.context(manager, targetType, targetId);
      await this.audit.record(manager, {
        actor: moderator,
        action: 'reports.dismiss',
        targetType,
        targetId,
        targetLabel: context?.label ?? '',
        processId: context?.process_id ?? null,
        before: { openReports: dismissed.length },
        after: { openReports: 0, resolution: 'dismissed' },
      });
      if (targetType !== ReportTargetType.USER)
        await this.autoHide.liftAfterDismissal(manager, targetType, targetId, moderator, context?.label ?? '');
      return dismissed.length;
    });
  }

  private async lockTarget(manager: EntityManager, type: ReportTargetType, id: string): Promise<ReportTarget> {
    const [row]: TargetRow[] = await manager.query(TARGET_SQL[type], [id]);
    if (!row) throw notFound();
    return { type, id: row.id, processId: row.process_id, label: row.label, authorId: row.author_id };
  }

  /** Label and process for the audit entry, whatever the item's visibility. */
  private context(manager: EntityManager, type: ReportTargetType, id: string): Promise<TargetRow[]> {
    const sql: Record<ReportTargetType, string> = {
      [ReportTargetType.PROPOSAL]: `SELECT id, process_id, '#' || number || ' ' || title AS label, author_id FROM proposals WHERE id = $1`,
      [ReportTargetType.COMMENT]: `SELECT c.id, p.process_id, left(c.body, 120) AS label, c.author_id
                                     FROM comments c JOIN proposals p ON p.id = c.proposal_id WHERE c.id = $1`,
      [ReportTargetType.USER]: `SELECT id, NULL::uuid AS process_id, display_name AS label, id AS author_id FROM users WHERE id = $1`,
    };
    return manager.query(sql[type], [id]);
  }
}
