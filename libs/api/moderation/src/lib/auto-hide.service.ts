import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput, translate } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { AuditService } from '@mitreden/api/audit';
import { HidingMails } from './hiding-mails';
import { ReportTargetType } from './graphql/moderation.types';
import type { ReportTarget } from './reports.service';

/** The netiquette template whose text explains an automatic hiding, if the project group keeps one. */
export const AUTO_HIDDEN_TEMPLATE_KEY = 'auto_hidden';
/** Used when no such template exists; German is every text's fallback language. */
export const AUTO_HIDDEN_FALLBACK_REASON =
  'Dieser Beitrag wurde nach mehreren Meldungen automatisch ausgeblendet, bis die Moderation ihn geprüft hat.';

/** processes_auto_hide_range. */
export const AUTO_HIDE_MIN = 2;
export const AUTO_HIDE_MAX = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const noProcess = () => new DomainError('NOT_FOUND', 'No such process');

type Translated = Partial<Record<string, string>>;

interface HiddenRow {
  id: string;
  template_body: Translated | null;
  reason: string;
  author_id: string | null;
  author_email: string | null;
  author_name: string | null;
  author_locale: string | null;
  proposal_id: string;
  content_title: string;
}

/**
 * Auto-hide: once an item's open reports from distinct people reach its process's threshold, it is
 * hidden until a moderator looks (reports stay open, so it stays in the queue). Off by default.
 */
@Injectable()
export class AutoHide {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mails: HidingMails,
  ) {}

  async threshold(processId: string): Promise<number | null> {
    if (!UUID.test(processId)) throw noProcess();
    const [row]: { auto_hide_threshold: number | null }[] = await this.dataSource.query(
      `SELECT auto_hide_threshold FROM processes WHERE id = $1::uuid`,
      [processId],
    );
    if (!row) throw noProcess();
    return row.auto_hide_threshold;
  }

  async setThreshold(processId: string, threshold: number | null, actor: User): Promise<number | null> {
    if (!UUID.test(processId)) throw noProcess();
    if (threshold !== null && (!Number.isInteger(threshold) || threshold < AUTO_HIDE_MIN || threshold > AUTO_HIDE_MAX))
      throw badInput({ threshold: ['range'] });
    return this.dataSource.transaction(async (manager) => {
      const [row]: { before: number | null; slug: string }[] = await manager.query(
        `SELECT auto_hide_threshold AS before, slug FROM processes WHERE id = $1::uuid FOR NO KEY UPDATE`,
        [processId],
      );
      if (!row) throw noProcess();
      await manager.query(`UPDATE processes SET auto_hide_threshold = $2 WHERE id = $1`, [processId, threshold]);
      await this.audit.record(manager, {
        actor,
        action: 'process.auto_hide',
        targetType: 'process',
        targetId: processId,
        targetLabel: row.slug,
        processId,
        before: { autoHideThreshold: row.before },
        after: { autoHideThreshold: threshold },
      });
      return threshold;
    });
  }

  /**
   * Called in the report's transaction with the target row locked, so the count is exact. Returns
   * the outbox ids of the mail telling the author (dispatch them after commit).
   */
  async afterReport(manager: EntityManager, target: ReportTarget): Promise<string[]> {
    if (target.type === ReportTargetType.USER || target.processId === null) return [];
    const [state]: { threshold: number | null; open: number }[] = await manager.query(
      `SELECT (SELECT auto_hide_threshold FROM processes WHERE id = $1) AS threshold,
              (SELECT count(*) FROM reports WHERE target_type = $2 AND target_id = $3 AND resolved_at IS NULL)::int AS open`,
      [target.processId, target.type, target.id],
    );
    if (state.threshold === null || state.open < state.threshold) return [];

    const column = target.type === ReportTargetType.PROPOSAL ? 'proposal_id' : 'comment_id';
    const [hidden]: HiddenRow[] = await manager.query(
      `WITH template AS (
         SELECT id, body FROM netiquette_templates WHERE key = $4 AND active
       ), inserted AS (
         INSERT INTO hidings (target_type, ${column}, template_id, reason, automatic)
         SELECT $1, $2, (SELECT id FROM template), COALESCE((SELECT body->>'de' FROM template), $3), true
         ON CONFLICT (target_type, target_id) WHERE lifted_at IS NULL DO NOTHING
         RETURNING id, reason
       )
       SELECT i.id, i.reason, (SELECT body FROM template) AS template_body,
              u.id AS author_id, u.email AS author_email, u.display_name AS author_name, u.locale AS author_locale,
              ${
                target.type === ReportTargetType.PROPOSAL
                  ? `$2::uuid AS proposal_id, (SELECT title FROM proposals WHERE id = $2) AS content_title`
                  : `(SELECT proposal_id FROM comments WHERE id = $2) AS proposal_id,
                     (SELECT left(body, 80) FROM comments WHERE id = $2) AS content_title`
              }
         FROM inserted i LEFT JOIN users u ON u.id = $5::uuid`,
      [target.type, target.id, AUTO_HIDDEN_FALLBACK_REASON, AUTO_HIDDEN_TEMPLATE_KEY, target.authorId],
    );
    if (!hidden) return [];
    await this.audit.record(manager, {
      actor: null,
      action: `${target.type}.hide`,
      targetType: target.type,
      targetId: target.id,
      targetLabel: target.label,
      processId: target.processId,
      reason: hidden.reason,
      before: { hidden: false },
      after: { hidden: true, automatic: true, hidingId: hidden.id, openReports: state.open, threshold: state.threshold },
    });
    if (!hidden.author_id || !hidden.author_email || hidden.author_name === null) return [];
    const locale = hidden.author_locale ?? 'de';
    const mailId = await this.mails.contentHidden(
      manager,
      { id: hidden.author_id, email: hidden.author_email, displayName: hidden.author_name, locale },
      {
        kind: target.type === ReportTargetType.PROPOSAL ? 'proposal' : 'comment',
        title: hidden.content_title,
        proposalId: hidden.proposal_id,
        commentId: target.type === ReportTargetType.COMMENT ? target.id : null,
      },
      hidden.template_body ? translate(hidden.template_body, locale) : hidden.reason,
    );
    return [mailId];
  }

  /** Dismissed reports mean the item was fine: an automatic hiding they caused ends with them. */
  async liftAfterDismissal(
    manager: EntityManager,
    type: ReportTargetType,
    id: string,
    moderator: User,
    label: string,
  ): Promise<void> {
    const lifted: { id: string }[] = await manager.query(
      `WITH lifted AS (
         UPDATE hidings SET lifted_at = now(), lifted_by_id = $3
          WHERE target_type = $1 AND target_id = $2 AND lifted_at IS NULL AND automatic
          RETURNING id)
       SELECT id FROM lifted`,
      [type, id, moderator.id],
    );
    if (lifted.length === 0) return;
    await this.audit.record(manager, {
      actor: moderator,
      action: 'content.unhide',
      targetType: type,
      targetId: id,
      targetLabel: label,
      reason: 'reports dismissed',
      before: { hidden: true, automatic: true, hidingId: lifted[0].id },
      after: { hidden: false },
    });
  }

  /** Never throws: mail that cannot be queued now is picked up by the worker's relay. */
  dispatch(outboxIds: readonly string[]): Promise<void> {
    return outboxIds.length ? this.mails.dispatch(outboxIds) : Promise.resolve();
  }
}
