import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProposalKind, ProposalSource } from './graphql/proposal.types';

/** A new proposal as it is stored; checks (phase, forum, goal) are the caller's job. */
export interface NewProposal {
  processId: string;
  actionFieldId: string;
  forumId?: string | null;
  goalId?: string | null;
  kind: ProposalKind;
  title: string;
  body: string;
  language: string;
  source: ProposalSource;
  /** The resident who wrote it; null for forum and paper input. */
  authorId?: string | null;
  /** The moderator who entered forum or paper input. */
  enteredById?: string | null;
  participantCount?: number | null;
  importId?: string | null;
  importFingerprint?: string | null;
}

/**
 * Inserts proposals together with their revision 1, so every proposal has a history from the
 * start, whoever wrote it (a resident, a moderator, an import).
 */
@Injectable()
export class ProposalWriter {
  /**
   * Inserts the proposal and its first revision in the caller's transaction. Returns the new id, or
   * null when a proposal with the same import fingerprint already exists in the process (so a
   * re-import running concurrently skips the row instead of failing).
   */
  async insert(manager: EntityManager, row: NewProposal): Promise<{ id: string; number: number } | null> {
    const inserted: { id: string; number: number }[] = await manager.query(
      `INSERT INTO proposals (process_id, action_field_id, forum_id, goal_id, kind, title, body, language, source,
         author_id, entered_by_id, participant_count, import_id, import_fingerprint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (process_id, import_fingerprint) WHERE import_fingerprint IS NOT NULL DO NOTHING
       RETURNING id, number`,
      [
        row.processId,
        row.actionFieldId,
        row.forumId ?? null,
        row.goalId ?? null,
        row.kind,
        row.title,
        row.body,
        row.language,
        row.source,
        row.authorId ?? null,
        row.enteredById ?? null,
        row.participantCount ?? null,
        row.importId ?? null,
        row.importFingerprint ?? null,
      ],
    );
    const created = inserted[0];
    if (!created) return null;
    await manager.query(
      `INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, created_at)
       SELECT id, 1, title, body, $2, created_at FROM proposals WHERE id = $1`,
      [created.id, row.authorId ?? row.enteredById ?? null],
    );
    return created;
  }
}
