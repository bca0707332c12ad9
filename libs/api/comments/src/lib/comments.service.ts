import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput, forbidden } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { PhaseGate, PhaseKind } from '@mitreden/api/processes';
import {
  COMMENT_EDIT_WINDOW_MINUTES,
  COMMENT_MAX_DEPTH,
  commentBodyProblems,
  normalizeCommentBody,
} from './comment-rules';
import { CommentVote } from './graphql/comment.types';
import type { CommentView } from './graphql/comment.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new DomainError('NOT_FOUND', 'No such comment');

/** Row shape of VIEW_COLUMNS. */
interface ViewRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  depth: number;
  author_id: string | null;
  author_name: string | null;
  body: string;
  deleted_at: Date | null;
  hidden_at: Date | null;
  created_at: Date;
  edited_at: Date | null;
  upvotes: number;
  downvotes: number;
  my_vote: number | null;
  editable_until: Date;
  within_window: boolean;
}

/**
 * Everything a comment view needs in one row: the author's name is joined only while the comment
 * exists (a tombstone hides who wrote it), the viewer's vote by the primary key of comment_votes,
 * and the edit window is judged by the database clock, the same clock the edit itself checks.
 * $2 = viewer id or NULL.
 */
const VIEW_COLUMNS = `
  c.id, c.proposal_id, c.parent_id, c.depth, c.author_id, u.display_name AS author_name, c.body, c.deleted_at, c.hidden_at,
  c.created_at, c.edited_at, c.upvotes, c.downvotes, v.value AS my_vote,
  c.created_at + make_interval(mins => ${COMMENT_EDIT_WINDOW_MINUTES}) AS editable_until,
  c.created_at + make_interval(mins => ${COMMENT_EDIT_WINDOW_MINUTES}) > now() AS within_window`;
const VIEW_JOINS = `
  LEFT JOIN users u ON u.id = c.author_id AND c.deleted_at IS NULL
  LEFT JOIN comment_votes v ON v.comment_id = c.id AND v.user_id = $2`;

/** What the write paths need to know about a comment and its proposal before changing anything. */
interface TargetRow {
  author_id: string | null;
  deleted_at: Date | null;
  within_window: boolean;
  process_id: string;
  state: string;
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly phases: PhaseGate,
  ) {}

  /**
   * The whole thread in one statement: a recursive CTE walks from the top-level comments down,
   * collecting a path of sortable (created_at, id) keys, so ordering by the path yields
   * depth-first order with the oldest first on each level.
   */
  async thread(proposalId: string, viewer: Pick<User, 'id' | 'role'> | null): Promise<CommentView[]> {
    if (!UUID.test(proposalId)) return [];
    const viewerId = viewer?.id ?? null;
    const moderating = seesHiddenContent(viewer);
    // The thread of a hidden proposal is as unknown to the public as the proposal itself.
    const rows: ViewRow[] = await this.dataSource.query(
      `WITH RECURSIVE thread AS (
         SELECT c.id, ARRAY[${sortKey('c')}] AS path
           FROM comments c WHERE c.proposal_id = $1 AND c.parent_id IS NULL
            AND EXISTS (
              SELECT 1 FROM proposals p
               WHERE p.id = $1 AND (p.hidden_at IS NULL OR $3::boolean OR p.author_id = $2::uuid)
            )
         UNION ALL
         SELECT c.id, t.path || ${sortKey('c')}
           FROM thread t JOIN comments c ON c.parent_id = t.id AND c.proposal_id = $1
       )
       SELECT ${VIEW_COLUMNS}
         FROM thread t JOIN comments c ON c.id = t.id ${VIEW_JOINS}
        ORDER BY t.path`,
      [proposalId, viewerId, moderating],
    );
    return rows.map((row) => toView(row, viewerId, moderating));
  }

  async add(
    input: { proposalId: string; parentId?: string | null; body: string },
    viewerId: string,
  ): Promise<CommentView> {
    if (!UUID.test(input.proposalId)) throw new DomainError('NOT_FOUND', 'No such proposal');
    if (input.parentId && !UUID.test(input.parentId)) throw badInput({ parentId: ['sameProposal'] });
    return this.dataSource.transaction(async (manager) => {
      // The same row lock the comment_count trigger takes anyway, taken first: concurrent comments
      // on one proposal queue here instead of deadlocking on a share-then-update upgrade, and a
      // concurrent withdrawal cannot slip in between the check and the insert.
      const proposals: { process_id: string; state: string }[] = await manager.query(
        `SELECT process_id, state FROM proposals WHERE id = $1 FOR NO KEY UPDATE`,
        [input.proposalId],
      );
      const proposal = proposals[0];
      if (!proposal) throw new DomainError('NOT_FOUND', 'No such proposal');
      await this.phases.requireOpen(manager, proposal.process_id, PhaseKind.FORUMS);
      if (proposal.state === 'withdrawn')
        throw new DomainError('PROPOSAL_WITHDRAWN', 'The proposal has been withdrawn');
      // Merged and split proposals keep their discussion readable but take no new comments.
      if (proposal.state === 'merged' || proposal.state === 'split')
        throw new DomainError('PROPOSAL_READ_ONLY', 'The proposal was merged or split');

      let depth = 0;
      if (input.parentId) {
        const parents: { depth: number; deleted_at: Date | null }[] = await manager.query(
          `SELECT depth, deleted_at FROM comments WHERE id = $1 AND proposal_id = $2`,
          [input.parentId, input.proposalId],
        );
        const parent = parents[0];
        if (!parent) throw badInput({ parentId: ['sameProposal'] });
        // Nothing left to answer: a tombstone keeps its replies but takes no new ones.
        if (parent.deleted_at) throw badInput({ parentId: ['parentDeleted'] });
        depth = parent.depth + 1;
      }

      let inserted: { id: string }[];
      try {
        inserted = await manager.query(
          `INSERT INTO comments (proposal_id, parent_id, depth, author_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [input.proposalId, input.parentId ?? null, depth, viewerId, input.body],
        );
      } catch (error) {
        // The depth limit lives in CHECK comments_depth_range; say which rule was hit.
        if (constraintOf(error) === 'comments_depth_range') throw badInput({ parentId: ['maxDepth'] });
        throw error;
      }
      return this.one(manager, inserted[0].id, viewerId);
    });
  }

  async edit(id: string, rawBody: string, viewerId: string): Promise<CommentView> {
    // `body` is a plain argument, which the ValidationPipe cannot check; the same rules as on add.
    const body = normalizeCommentBody(rawBody);
    const problems = commentBodyProblems(body);
    if (problems.length) throw badInput({ body: problems });
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockOwn(manager, id, viewerId);
      await this.phases.requireOpen(manager, target.process_id, PhaseKind.FORUMS);
      if (target.state === 'withdrawn')
        throw new DomainError('PROPOSAL_WITHDRAWN', 'The proposal has been withdrawn');
      if (!target.within_window)
        throw new DomainError(
          'EDIT_WINDOW_CLOSED',
          `Comments can be edited for ${COMMENT_EDIT_WINDOW_MINUTES} minutes`,
        );
      await manager.query(`UPDATE comments SET body = $2, edited_at = now() WHERE id = $1`, [id, body]);
      return this.one(manager, id, viewerId);
    });
  }

  /**
   * Leaves a tombstone (empty body, deleted_at, author hidden) so replies keep their place; the
   * comment_count trigger stops counting it. Allowed on a withdrawn proposal: taking back one's
   * own words should not depend on what the proposal's author did. Deleting twice is a no-op.
   */
  async delete(id: string, viewerId: string): Promise<CommentView> {
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockOwn(manager, id, viewerId, { allowDeleted: true });
      if (!target.deleted_at) {
        await this.phases.requireOpen(manager, target.process_id, PhaseKind.FORUMS);
        await manager.query(`UPDATE comments SET body = '', deleted_at = now() WHERE id = $1`, [id]);
      }
      return this.one(manager, id, viewerId);
    });
  }

  /**
   * One vote per person and comment: the primary key of comment_votes decides, so concurrent
   * requests of one person end as one row; counters follow by trigger. Voting on one's own
   * comment is refused (FORBIDDEN): it would only inflate one's own score.
   */
  async vote(id: string, vote: CommentVote, viewerId: string): Promise<CommentView> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const target = (await this.target(manager, id, ''))[0];
      if (!target || target.deleted_at) throw notFound();
      if (target.author_id === viewerId)
        throw new DomainError('FORBIDDEN', 'Nobody votes on their own comment');
      await this.phases.requireOpen(manager, target.process_id, PhaseKind.FORUMS);
      if (target.state === 'withdrawn')
        throw new DomainError('PROPOSAL_WITHDRAWN', 'The proposal has been withdrawn');
      if (vote === CommentVote.NONE) {
        await manager.query(`DELETE FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [
          id,
          viewerId,
        ]);
      } else {
        // The WHERE skips a no-op update, so repeating the same vote does not even fire the trigger.
        await manager.query(
          `INSERT INTO comment_votes (comment_id, user_id, value) VALUES ($1, $2, $3)
           ON CONFLICT (comment_id, user_id) DO UPDATE SET value = EXCLUDED.value WHERE comment_votes.value <> EXCLUDED.value`,
          [id, viewerId, vote === CommentVote.UP ? 1 : -1],
        );
      }
      return this.one(manager, id, viewerId);
    });
  }

  private target(manager: EntityManager, id: string, lock: '' | 'FOR UPDATE OF c'): Promise<TargetRow[]> {
    return manager.query(
      `SELECT c.author_id, c.deleted_at, p.process_id, p.state,
              c.created_at + make_interval(mins => ${COMMENT_EDIT_WINDOW_MINUTES}) > now() AS within_window
         FROM comments c JOIN proposals p ON p.id = c.proposal_id
        WHERE c.id = $1 ${lock}`,
      [id],
    );
  }

  /** Locks a comment for a change by its author. Nobody else may change it, moderators included. */
  private async lockOwn(
    manager: EntityManager,
    id: string,
    viewerId: string,
    options: { allowDeleted?: boolean } = {},
  ): Promise<TargetRow> {
    if (!UUID.test(id)) throw notFound();
    const target = (await this.target(manager, id, 'FOR UPDATE OF c'))[0];
    if (!target) throw notFound();
    if (target.author_id !== viewerId) throw forbidden();
    if (target.deleted_at && !options.allowDeleted) throw notFound();
    return target;
  }

  private async one(manager: EntityManager, id: string, viewerId: string | null): Promise<CommentView> {
    const rows: ViewRow[] = await manager.query(
      `SELECT ${VIEW_COLUMNS} FROM comments c ${VIEW_JOINS} WHERE c.id = $1`,
      [id, viewerId],
    );
    if (!rows[0]) throw notFound();
    return toView(rows[0], viewerId);
  }
}

/** A fixed-width text key that sorts like (created_at, id); "C" collation keeps it byte-wise. */
function sortKey(alias: string): string {
  return `(to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || ${alias}.id::text) COLLATE "C"`;
}

function constraintOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const constraint = (driverError as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/** Moderators, the project group and admins read hidden comments (marked); the public sees a placeholder. */
function seesHiddenContent(viewer: Pick<User, 'role'> | null): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'project_group' || viewer?.role === 'admin';
}

function toView(row: ViewRow, viewerId: string | null, moderating = false): CommentView {
  const deleted = row.deleted_at !== null;
  const hidden = row.hidden_at !== null;
  const mine = viewerId !== null && row.author_id === viewerId;
  // A hidden comment keeps its place like a tombstone; only its author and moderators read it.
  const readable = !deleted && (!hidden || mine || moderating);
  return {
    id: row.id,
    proposalId: row.proposal_id,
    parentId: row.parent_id,
    depth: row.depth,
    author:
      readable && row.author_id && row.author_name !== null
        ? { id: row.author_id, displayName: row.author_name }
        : null,
    body: readable ? row.body : '',
    deleted,
    hidden,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    upvotes: row.upvotes,
    downvotes: row.downvotes,
    myVote: row.my_vote === 1 ? CommentVote.UP : row.my_vote === -1 ? CommentVote.DOWN : CommentVote.NONE,
    canEdit: mine && !deleted && !hidden && row.within_window,
    canDelete: mine && !deleted,
    canReply: !deleted && !hidden && row.depth < COMMENT_MAX_DEPTH,
    editableUntil: mine && !deleted ? row.editable_until : null,
  };
}
