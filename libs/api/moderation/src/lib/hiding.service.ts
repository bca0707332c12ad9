import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, forbidden, translate } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { seesHiddenContent } from '@mitreden/api/proposals';
import { HideTargetType, ReviewOutcome } from './graphql/moderation.types';
import type { HidingView } from './graphql/moderation.types';
import type { DecideReviewInput, HideContentInput } from './graphql/moderation.inputs';
import { HidingMails } from './hiding-mails';
import type { HiddenContent, MailRecipient } from './hiding-mails';
import { moderationText, pgErrorOf } from './hiding-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Actor = Pick<User, 'id' | 'displayName' | 'role'>;

/** The hidden item as the author and the audit log name it. */
interface TargetRow {
  author_id: string | null;
  title: string;
  proposal_id: string;
  comment_id: string | null;
  process_id: string;
  number: number;
}

/** A hiding with what its view, its mails and its audit entry need. */
export interface HidingRow {
  id: string;
  target_type: HideTargetType;
  target_id: string;
  reason: string;
  template_key: string | null;
  automatic: boolean;
  hidden_by_id: string | null;
  hidden_by_name: string | null;
  hidden_at: Date;
  lifted_at: Date | null;
  review_requested_at: Date | null;
  review_request: string | null;
  review_decided_at: Date | null;
  review_outcome: ReviewOutcome | null;
  author_id: string | null;
  author_email: string | null;
  author_name: string | null;
  author_locale: string | null;
  content_title: string;
  link_proposal_id: string;
  link_comment_id: string | null;
  process_id: string;
}

/** One statement for a hiding and its context; `WHERE` and locking are the caller's. */
export const HIDING_SELECT = `
  SELECT h.id, h.target_type, h.target_id, h.reason, t.key AS template_key, h.automatic, h.hidden_by_id,
         hb.display_name AS hidden_by_name, h.hidden_at, h.lifted_at, h.review_requested_at, h.review_request,
         h.review_decided_at, h.review_outcome,
         a.id AS author_id, a.email AS author_email, a.display_name AS author_name, a.locale AS author_locale,
         COALESCE(p.title, left(c.body, 80)) AS content_title,
         COALESCE(p.id, c.proposal_id) AS link_proposal_id, c.id AS link_comment_id,
         COALESCE(p.process_id, cp.process_id) AS process_id
    FROM hidings h
    LEFT JOIN proposals p ON p.id = h.proposal_id
    LEFT JOIN comments c ON c.id = h.comment_id
    LEFT JOIN proposals cp ON cp.id = c.proposal_id
    LEFT JOIN users a ON a.id = COALESCE(p.author_id, c.author_id)
    LEFT JOIN netiquette_templates t ON t.id = h.template_id
    LEFT JOIN users hb ON hb.id = h.hidden_by_id`;

/** The view of a hiding for `viewer`: who hid it only for moderators, the review offer only for the author. */
export function toHidingView(row: HidingRow, viewer: Pick<User, 'id' | 'role'> | null): HidingView {
  const moderating = seesHiddenContent(viewer);
  const isAuthor = viewer !== null && row.author_id === viewer.id;
  return {
    id: row.id,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    templateKey: row.template_key,
    automatic: row.automatic,
    hiddenBy:
      moderating && row.hidden_by_id && row.hidden_by_name !== null
        ? { id: row.hidden_by_id, displayName: row.hidden_by_name }
        : null,
    hiddenAt: row.hidden_at,
    liftedAt: row.lifted_at,
    reviewRequestedAt: row.review_requested_at,
    reviewRequest: moderating || isAuthor ? row.review_request : null,
    reviewDecidedAt: row.review_decided_at,
    reviewOutcome: row.review_outcome,
    canRequestReview: isAuthor && row.lifted_at === null && row.review_requested_at === null,
  };
}

function recipientOf(
  row: Pick<HidingRow, 'author_id' | 'author_email' | 'author_name' | 'author_locale'>,
): MailRecipient | null {
  if (!row.author_id || !row.author_email) return null;
  return {
    id: row.author_id,
    email: row.author_email,
    displayName: row.author_name ?? '',
    locale: row.author_locale ?? 'de',
  };
}

function contentOf(row: HidingRow): HiddenContent {
  return {
    kind: row.target_type === HideTargetType.PROPOSAL ? 'proposal' : 'comment',
    title: row.content_title,
    proposalId: row.link_proposal_id,
    commentId: row.link_comment_id,
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'No such content');
const alreadyHidden = () => new DomainError('CONFLICT', 'This content is already hidden');

/**
 * Hiding and unhiding with a reason the author is told, the author's one review request and its
 * decision. The target row is locked first, so concurrent hides of one item queue; the partial
 * unique index hidings_one_active is the last word if anything slips past.
 */
@Injectable()
export class HidingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mails: HidingMails,
  ) {}

  async hide(input: HideContentInput, actor: Actor): Promise<HidingView> {
    const note = moderationText('note', input.note, { required: !input.templateId });
    const mailIds: string[] = [];
    const view = await this.dataSource.transaction(async (manager) => {
      const target = await this.lockTarget(manager, input.targetType, input.targetId);
      const active: { id: string }[] = await manager.query(
        `SELECT id FROM hidings WHERE target_type = $1 AND target_id = $2 AND lifted_at IS NULL`,
        [input.targetType, input.targetId],
      );
      if (active.length > 0) throw alreadyHidden();

      let templateBody: Partial<Record<string, string>> | null = null;
      if (input.templateId) {
        const templates: { body: Partial<Record<string, string>> }[] = await manager.query(
          `SELECT body FROM netiquette_templates WHERE id = $1 AND active`,
          [input.templateId],
        );
        if (!templates[0])
          throw new DomainError('BAD_USER_INPUT', 'Unknown template', { templateId: ['unknown'] });
        templateBody = templates[0].body;
      }
      const authors: { locale: string }[] = target.author_id
        ? await manager.query(`SELECT locale FROM users WHERE id = $1`, [target.author_id])
        : [];
      // The author reads the reason in their own language; the moderator's note as written.
      const reason = [templateBody ? translate(templateBody, authors[0]?.locale ?? 'de') : '', note]
        .filter((part) => part !== '')
        .join('\n\n')
        .slice(0, 2000);

      const inserted = await this.insertHiding(manager, input, reason, actor.id);
      await manager.query(
        `UPDATE reports SET resolved_at = now(), resolved_by_id = $3, resolution = 'hidden'
          WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
        [input.targetType, input.targetId, actor.id],
      );
      const row = await this.load(manager, 'WHERE h.id = $1', [inserted]);
      await this.audit.record(manager, {
        actor,
        action: input.targetType === HideTargetType.PROPOSAL ? 'proposal.hide' : 'comment.hide',
        targetType: input.targetType,
        targetId: input.targetId,
        targetLabel: `#${target.number} ${target.title}`,
        processId: target.process_id,
        reason,
        before: { hidden: false },
        after: { hidden: true, hidingId: row.id, template: row.template_key },
      });
      const recipient = recipientOf(row);
      if (recipient) mailIds.push(await this.mails.contentHidden(manager, recipient, contentOf(row), reason));
      return toHidingView(row, actor);
    });
    await this.mails.dispatch(mailIds);
    return view;
  }

  async unhide(
    targetType: HideTargetType,
    targetId: string,
    rawNote: string | null,
    actor: Actor,
  ): Promise<boolean> {
    const note = moderationText('note', rawNote, { required: false });
    if (!UUID.test(targetId)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.loadActive(manager, targetType, targetId, true);
      if (!row) throw new DomainError('NOT_FOUND', 'This content is not hidden');
      await manager.query(`UPDATE hidings SET lifted_at = now(), lifted_by_id = $2 WHERE id = $1`, [
        row.id,
        actor.id,
      ]);
      await this.audit.record(manager, {
        actor,
        action: 'content.unhide',
        targetType,
        targetId,
        targetLabel: row.content_title,
        processId: row.process_id,
        reason: note || null,
        before: { hidden: true, hidingId: row.id },
        after: { hidden: false },
      });
      return true;
    });
  }

  /** The active hiding, for its author and moderators; anyone else learns nothing (null). */
  async active(
    targetType: HideTargetType,
    targetId: string,
    viewer: Pick<User, 'id' | 'role'>,
  ): Promise<HidingView | null> {
    if (!UUID.test(targetId)) return null;
    const row = await this.loadActive(this.dataSource.manager, targetType, targetId, false);
    if (!row) return null;
    if (!seesHiddenContent(viewer) && row.author_id !== viewer.id) return null;
    return toHidingView(row, viewer);
  }

  async requestReview(hidingId: string, rawText: string, viewer: Actor): Promise<HidingView> {
    const text = moderationText('text', rawText, { required: true });
    if (!UUID.test(hidingId)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockHiding(manager, hidingId);
      if (!row || row.lifted_at) throw notFound();
      if (row.author_id !== viewer.id) throw forbidden();
      if (row.review_requested_at)
        throw new DomainError('REVIEW_ALREADY_REQUESTED', 'A review was already requested');
      await manager.query(
        `UPDATE hidings SET review_requested_at = now(), review_request = $2 WHERE id = $1`,
        [hidingId, text],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'hiding.review_request',
        targetType: row.target_type,
        targetId: row.target_id,
        targetLabel: row.content_title,
        processId: row.process_id,
        reason: text,
        after: { hidingId },
      });
      return toHidingView(await this.load(manager, 'WHERE h.id = $1', [hidingId]), viewer);
    });
  }

  async decideReview(input: DecideReviewInput, actor: Actor): Promise<HidingView> {
    const note = moderationText('note', input.note, { required: false });
    const mailIds: string[] = [];
    const view = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockHiding(manager, input.hidingId);
      if (!row) throw notFound();
      if (!row.review_requested_at || row.review_decided_at || row.lifted_at)
        throw new DomainError('CONFLICT', 'No open review request on this hiding');
      const lifting = input.outcome === ReviewOutcome.LIFTED;
      await manager.query(
        `UPDATE hidings SET review_decided_at = now(), review_decided_by_id = $2, review_outcome = $3,
                lifted_at = CASE WHEN $4::boolean THEN now() ELSE lifted_at END,
                lifted_by_id = CASE WHEN $4::boolean THEN $2::uuid ELSE lifted_by_id END
          WHERE id = $1`,
        [row.id, actor.id, input.outcome, lifting],
      );
      await this.audit.record(manager, {
        actor,
        action: 'hiding.review_decide',
        targetType: row.target_type,
        targetId: row.target_id,
        targetLabel: row.content_title,
        processId: row.process_id,
        reason: note || null,
        before: { hidden: true, review: 'requested' },
        after: { hidden: !lifting, review: input.outcome },
      });
      const recipient = recipientOf(row);
      if (recipient)
        mailIds.push(await this.mails.reviewDecided(manager, recipient, contentOf(row), input.outcome, note));
      return toHidingView(await this.load(manager, 'WHERE h.id = $1', [row.id]), actor);
    });
    await this.mails.dispatch(mailIds);
    return view;
  }

  /** Inserts the hiding; a concurrent hide that won the race shows up as the unique index. */
  private async insertHiding(
    manager: EntityManager,
    input: HideContentInput,
    reason: string,
    actorId: string,
  ): Promise<string> {
    const column = input.targetType === HideTargetType.PROPOSAL ? 'proposal_id' : 'comment_id';
    try {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO hidings (target_type, ${column}, template_id, reason, hidden_by_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.targetType, input.targetId, input.templateId ?? null, reason, actorId],
      );
      return rows[0].id;
    } catch (error) {
      if (pgErrorOf(error).constraint === 'hidings_one_active') throw alreadyHidden();
      throw error;
    }
  }

  /** Locks the proposal or comment so two moderators hiding it at once take turns. */
  private async lockTarget(manager: EntityManager, type: HideTargetType, id: string): Promise<TargetRow> {
    if (!UUID.test(id)) throw notFound();
    const rows: TargetRow[] =
      type === HideTargetType.PROPOSAL
        ? await manager.query(
            `SELECT author_id, title, id AS proposal_id, NULL AS comment_id, process_id, number
               FROM proposals WHERE id = $1 FOR NO KEY UPDATE`,
            [id],
          )
        : await manager.query(
            `SELECT c.author_id, left(c.body, 80) AS title, c.proposal_id, c.id AS comment_id, p.process_id, p.number
               FROM comments c JOIN proposals p ON p.id = c.proposal_id
              WHERE c.id = $1 AND c.deleted_at IS NULL FOR NO KEY UPDATE OF c`,
            [id],
          );
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  private async lockHiding(manager: EntityManager, hidingId: string): Promise<HidingRow | null> {
    if (!UUID.test(hidingId)) return null;
    const rows: HidingRow[] = await manager.query(`${HIDING_SELECT} WHERE h.id = $1 FOR UPDATE OF h`, [
      hidingId,
    ]);
    return rows[0] ?? null;
  }

  private async loadActive(
    manager: EntityManager,
    type: HideTargetType,
    id: string,
    lock: boolean,
  ): Promise<HidingRow | null> {
    const rows: HidingRow[] = await manager.query(
      `${HIDING_SELECT} WHERE h.target_type = $1 AND h.target_id = $2 AND h.lifted_at IS NULL ${lock ? 'FOR UPDATE OF h' : ''}`,
      [type, id],
    );
    return rows[0] ?? null;
  }

  private async load(manager: EntityManager, where: string, params: unknown[]): Promise<HidingRow> {
    const rows: HidingRow[] = await manager.query(`${HIDING_SELECT} ${where}`, params);
    if (!rows[0]) throw notFound();
    return rows[0];
  }
}
