import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, translate } from '@mitreden/api/core';
import type { Locale } from '@mitreden/shared/contracts';
import { FollowTarget } from './graphql/follow.types';
import type { FollowView } from './graphql/follow.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Target table and follows column per target; fixed strings only, never caller input. */
const TARGETS: Record<FollowTarget, { table: string; column: string }> = {
  [FollowTarget.PROPOSAL]: { table: 'proposals', column: 'proposal_id' },
  [FollowTarget.FORUM]: { table: 'forums', column: 'forum_id' },
  [FollowTarget.ACTION_FIELD]: { table: 'action_fields', column: 'action_field_id' },
};

/** Enough for any real person; keeps the page and the query bounded. */
export const MY_FOLLOWS_LIMIT = 500;

const notFound = () => new DomainError('NOT_FOUND', 'Nothing to follow with this id');

interface FollowRow {
  target_type: FollowTarget;
  target_id: string;
  created_at: Date;
  proposal_title: string | null;
  forum_title: Record<string, string> | null;
  field_title: Record<string, string> | null;
  process_slug: string | null;
}

@Injectable()
export class FollowsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement: the insert only happens when the target exists, and ON CONFLICT DO NOTHING on
   * the unique index makes repeated and concurrent follows end as one row.
   */
  async follow(userId: string, target: FollowTarget, id: string): Promise<boolean> {
    if (!UUID.test(id)) throw notFound();
    const { table, column } = TARGETS[target];
    const rows: { found: boolean }[] = await this.dataSource.query(
      `WITH target AS (SELECT id FROM ${table} WHERE id = $3),
            inserted AS (
              INSERT INTO follows (user_id, target_type, ${column}) SELECT $1, $2, id FROM target
              ON CONFLICT (user_id, target_type, target_id) DO NOTHING
              RETURNING 1
            )
       SELECT EXISTS (SELECT 1 FROM target) AS found`,
      [userId, target, id],
    );
    if (!rows[0]?.found) throw notFound();
    return true;
  }

  /** Idempotent: unfollowing what one does not follow (or what no longer exists) changes nothing. */
  async unfollow(userId: string, target: FollowTarget, id: string): Promise<boolean> {
    if (!UUID.test(id)) throw notFound();
    await this.dataSource.query(
      `DELETE FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3`,
      [userId, target, id],
    );
    return false;
  }

  /** Newest first, titles in the requested language, in one statement however many there are. */
  async mine(userId: string, locale: Locale): Promise<FollowView[]> {
    const rows: FollowRow[] = await this.dataSource.query(
      `SELECT f.target_type, f.target_id, f.created_at,
              p.title AS proposal_title, fo.title AS forum_title, af.title AS field_title, pr.slug AS process_slug
         FROM follows f
         LEFT JOIN proposals p ON p.id = f.proposal_id
         LEFT JOIN forums fo ON fo.id = f.forum_id
         LEFT JOIN action_fields af ON af.id = f.action_field_id
         LEFT JOIN processes pr ON pr.id = COALESCE(p.process_id, fo.process_id, af.process_id)
        WHERE f.user_id = $1
        ORDER BY f.created_at DESC, f.id DESC
        LIMIT ${MY_FOLLOWS_LIMIT}`,
      [userId],
    );
    return rows.map((row) => ({
      target: row.target_type,
      targetId: row.target_id,
      // A proposal keeps the language it was written in; forums and action fields are translated.
      title: row.proposal_title ?? translate(row.forum_title ?? row.field_title, locale),
      processSlug: row.process_slug,
      createdAt: row.created_at,
    }));
  }
}
