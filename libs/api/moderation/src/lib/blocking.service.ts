import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, forbidden } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { Role } from '@mitreden/api/identity';
import type { RoleName } from '@mitreden/shared/contracts';
import type { BlockUserInput } from './graphql/moderation.inputs';
import type { ModeratedUserView } from './graphql/moderation.types';
import { mayBlock } from './blocking-rules';
import { moderationText } from './hiding-text';

type Actor = Pick<User, 'id' | 'displayName' | 'role'>;

/** Where connect-pg-simple keeps the sessions; passport stores the user id at sess.passport.user. */
const SESSION_TABLE = 'user_sessions';

interface AccountRow {
  id: string;
  display_name: string;
  role: RoleName;
  blocked_at: Date | null;
  block_reason: string | null;
  created_at: Date;
  proposal_count: number;
  comment_count: number;
}

type LockedAccount = Pick<AccountRow, 'id' | 'display_name' | 'role' | 'blocked_at' | 'block_reason'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ACCOUNT_SELECT = `
  SELECT u.id, u.display_name, u.role, u.blocked_at, u.block_reason, u.created_at,
         (SELECT count(*) FROM proposals p WHERE p.author_id = u.id)::int AS proposal_count,
         (SELECT count(*) FROM comments c WHERE c.author_id = u.id AND c.deleted_at IS NULL)::int AS comment_count
    FROM users u`;

export function toModeratedUserView(row: AccountRow, actor: Pick<User, 'id' | 'role'>): ModeratedUserView {
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role as Role,
    blockedAt: row.blocked_at,
    blockReason: row.block_reason,
    proposalCount: row.proposal_count,
    commentCount: row.comment_count,
    canBlock: mayBlock(actor, { id: row.id, role: row.role }),
    createdAt: row.created_at,
  };
}

/**
 * Blocking: login and every session stop at once (the session serializer also refuses blocked
 * accounts, so a session that slipped through is useless), optionally all content hidden in two
 * set-based inserts, and the account's open reports resolved.
 */
@Injectable()
export class BlockingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async block(input: BlockUserInput, actor: Actor): Promise<ModeratedUserView> {
    const reason = moderationText('reason', input.reason, { required: true });
    if (input.userId === actor.id) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockAccount(manager, input.userId, actor);
      if (target.blocked_at) throw new DomainError('CONFLICT', 'This account is already blocked');
      await manager.query(
        `UPDATE users SET blocked_at = now(), blocked_by_id = $2, block_reason = $3 WHERE id = $1`,
        [target.id, actor.id, reason],
      );
      await manager.query(`DELETE FROM ${SESSION_TABLE} WHERE sess -> 'passport' ->> 'user' = $1`, [
        target.id,
      ]);
      await manager.query(
        `UPDATE reports SET resolved_at = now(), resolved_by_id = $2, resolution = 'blocked'
          WHERE target_type = 'user' AND user_id = $1 AND resolved_at IS NULL`,
        [target.id, actor.id],
      );
      const hidden = input.hideContent ? await this.hideAllOf(manager, target.id, reason, actor.id) : null;
      await this.audit.record(manager, {
        actor,
        action: 'user.block',
        targetType: 'user',
        targetId: target.id,
        targetLabel: target.display_name,
        reason,
        before: { blocked: false },
        after: {
          blocked: true,
          ...(hidden ? { hiddenProposals: hidden.proposals, hiddenComments: hidden.comments } : {}),
        },
      });
      return toModeratedUserView(await this.load(manager, target.id), actor);
    });
  }

  async unblock(userId: string, actor: Actor): Promise<ModeratedUserView> {
    if (userId === actor.id) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockAccount(manager, userId, actor);
      if (target.blocked_at) {
        await manager.query(
          `UPDATE users SET blocked_at = NULL, blocked_by_id = NULL, block_reason = NULL WHERE id = $1`,
          [target.id],
        );
        await this.audit.record(manager, {
          actor,
          action: 'user.unblock',
          targetType: 'user',
          targetId: target.id,
          targetLabel: target.display_name,
          before: { blocked: true, reason: target.block_reason },
          after: { blocked: false },
        });
      }
      return toModeratedUserView(await this.load(manager, target.id), actor);
    });
  }

  /**
   * Hides every visible proposal and comment of the account, one INSERT … SELECT each; the
   * partial unique index skips what is hidden already. Their open reports are resolved as hidden.
   */
  private async hideAllOf(
    manager: EntityManager,
    userId: string,
    reason: string,
    actorId: string,
  ): Promise<{ proposals: number; comments: number }> {
    const proposals: { id: string }[] = await manager.query(
      `INSERT INTO hidings (target_type, proposal_id, reason, hidden_by_id)
       SELECT 'proposal', p.id, $2, $3 FROM proposals p WHERE p.author_id = $1 AND p.hidden_at IS NULL
       ON CONFLICT (target_type, target_id) WHERE lifted_at IS NULL DO NOTHING
       RETURNING id`,
      [userId, reason, actorId],
    );
    const comments: { id: string }[] = await manager.query(
      `INSERT INTO hidings (target_type, comment_id, reason, hidden_by_id)
       SELECT 'comment', c.id, $2, $3 FROM comments c WHERE c.author_id = $1 AND c.hidden_at IS NULL AND c.deleted_at IS NULL
       ON CONFLICT (target_type, target_id) WHERE lifted_at IS NULL DO NOTHING
       RETURNING id`,
      [userId, reason, actorId],
    );
    await manager.query(
      `UPDATE reports r SET resolved_at = now(), resolved_by_id = $2, resolution = 'hidden'
        WHERE r.resolved_at IS NULL AND (
          r.proposal_id IN (SELECT id FROM proposals WHERE author_id = $1)
          OR r.comment_id IN (SELECT id FROM comments WHERE author_id = $1))`,
      [userId, actorId],
    );
    return { proposals: proposals.length, comments: comments.length };
  }

  private async lockAccount(manager: EntityManager, userId: string, actor: Actor): Promise<LockedAccount> {
    if (!UUID.test(userId)) throw new DomainError('NOT_FOUND', 'No such user');
    const rows: LockedAccount[] = await manager.query(
      `SELECT id, display_name, role, blocked_at, block_reason FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    const target = rows[0];
    if (!target) throw new DomainError('NOT_FOUND', 'No such user');
    if (!mayBlock(actor, target)) throw forbidden();
    return target;
  }

  private async load(manager: EntityManager, userId: string): Promise<AccountRow> {
    const rows: AccountRow[] = await manager.query(`${ACCOUNT_SELECT} WHERE u.id = $1`, [userId]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'No such user');
    return rows[0];
  }
}
