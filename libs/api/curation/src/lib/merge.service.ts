import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { ProposalReader, ProposalSource, ProposalWriter } from '@mitreden/api/proposals';
import type { ProposalKind, ProposalView } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import type { MergeProposalsInput } from './graphql/curation.inputs';
import { LineageMails } from './lineage-mails';
import {
  CURABLE_COLUMNS,
  checkNote,
  checkWording,
  isUuid,
  mapLineageConflict,
  requireCurable,
  throwIfAny,
} from './lineage-rules';
import type { CurableRow } from './lineage-rules';

/**
 * Merges duplicates into one proposal (new, or one of the sources as the target). All sources are
 * locked in id order, so two moderators merging overlapping sets queue instead of deadlocking,
 * and the second finds the shared proposal already merged (the "merged once" index backs this up).
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ProposalReader,
    private readonly writer: ProposalWriter,
    private readonly audit: AuditService,
    private readonly mails: LineageMails,
  ) {}

  /** Distinct supporters the merge result would have: one per person, however many sources they support. */
  async preview(sourceIds: string[]): Promise<number> {
    const ids = [...new Set(sourceIds.filter(isUuid))];
    if (ids.length === 0) return 0;
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT user_id)::int AS count FROM supports WHERE proposal_id = ANY($1::uuid[])`,
      [ids],
    );
    return row?.count ?? 0;
  }

  async merge(input: MergeProposalsInput, locale: Locale, viewer: User): Promise<ProposalView> {
    const { wording, fields } = checkWording(input);
    const note = checkNote(input.note, fields);
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.length < 2) fields['sourceIds'] = ['arrayMinSize'];
    if (input.targetId && !sourceIds.includes(input.targetId)) fields['targetId'] = ['notASource'];
    throwIfAny(fields);

    const { resultId, outboxIds } = await this.dataSource
      .transaction(async (manager) => this.mergeLocked(manager, input, sourceIds, wording, note, viewer))
      .catch(mapLineageConflict);
    await this.mails.dispatch(outboxIds);
    const view = await this.reader.byId(resultId, locale, viewer);
    if (!view) throw new DomainError('NOT_FOUND', 'No such proposal');
    return view;
  }

  private async mergeLocked(
    manager: EntityManager,
    input: MergeProposalsInput,
    sourceIds: string[],
    wording: { title: string; body: string },
    note: string | null,
    viewer: User,
  ): Promise<{ resultId: string; outboxIds: string[] }> {
    // Id order everywhere: concurrent merges of overlapping sets wait for each other, never deadlock.
    const rows: CurableRow[] = await manager.query(
      `SELECT ${CURABLE_COLUMNS} FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [sourceIds],
    );
    if (rows.length !== sourceIds.length) throw new DomainError('NOT_FOUND', 'No such proposal');
    const byId = new Map(rows.map((row) => [row.id, row]));
    const sources = sourceIds.map((id) => byId.get(id) as CurableRow);
    for (const source of sources) requireCurable(source, 'sourceIds');
    const first = sources[0];
    if (sources.some((source) => source.process_id !== first.process_id))
      throw badInput({ sourceIds: ['sameProcess'] });

    const kind = (input.kind ?? first.kind) as ProposalKind;
    const actionFieldId = input.actionFieldId ?? first.action_field_id;
    if (input.actionFieldId) {
      const [field] = await manager.query(`SELECT 1 FROM action_fields WHERE id = $1 AND process_id = $2`, [
        input.actionFieldId,
        first.process_id,
      ]);
      if (!field) throw badInput({ actionFieldId: ['unknownActionField'] });
    }

    const target = input.targetId ? (byId.get(input.targetId) as CurableRow) : null;
    let result: { id: string; number: number };
    if (target) {
      result = { id: target.id, number: target.number };
      // The target keeps its history; the merged wording is a new editorial revision.
      await manager.query(
        `UPDATE proposals SET title = $2, body = $3, kind = $4, action_field_id = $5,
           goal_id = CASE WHEN $4 = 'measure' THEN goal_id END, updated_at = now() WHERE id = $1`,
        [target.id, wording.title, wording.body, kind, actionFieldId],
      );
      await manager.query(
        `INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, editorial, note)
         SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4, true, $5 FROM proposal_revisions WHERE proposal_id = $1`,
        [target.id, wording.title, wording.body, viewer.id, note],
      );
    } else {
      const created = await this.writer.insert(manager, {
        processId: first.process_id,
        actionFieldId,
        kind,
        title: wording.title,
        body: wording.body,
        language: first.language,
        source: ProposalSource.CURATED,
        authorId: null,
        enteredById: viewer.id,
      });
      if (!created) throw new Error('Proposal insert returned no row');
      result = created;
      await manager.query(
        `UPDATE proposal_revisions SET editorial = true, note = $2 WHERE proposal_id = $1 AND revision = 1`,
        [created.id, note],
      );
    }

    const merged = sources.filter((source) => source.id !== result.id);
    const mergedIds = merged.map((source) => source.id);
    await manager.query(`UPDATE proposals SET state = 'merged', updated_at = now() WHERE id = ANY($1::uuid[])`, [
      mergedIds,
    ]);
    await manager.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind, created_by_id)
       SELECT parent_id, $2, 'merge', $3 FROM unnest($1::uuid[]) AS parent_id`,
      [mergedIds, result.id, viewer.id],
    );
    // One support per person: the primary key drops whoever already supports the result.
    await manager.query(
      `INSERT INTO supports (proposal_id, user_id)
       SELECT DISTINCT $2::uuid, user_id FROM supports WHERE proposal_id = ANY($1::uuid[])
       ON CONFLICT DO NOTHING`,
      [mergedIds, result.id],
    );
    await manager.query(
      `INSERT INTO follows (user_id, target_type, proposal_id)
       SELECT DISTINCT user_id, 'proposal', $2::uuid FROM follows WHERE target_type = 'proposal' AND proposal_id = ANY($1::uuid[])
       ON CONFLICT DO NOTHING`,
      [mergedIds, result.id],
    );
    const [{ support_count: supportCount }]: { support_count: number }[] = await manager.query(
      `SELECT support_count FROM proposals WHERE id = $1`,
      [result.id],
    );

    const outboxIds = await this.mails.merged(manager, sourceIds, { id: result.id, title: wording.title }, viewer.id);
    await this.audit.record(manager, {
      actor: viewer,
      action: 'proposal.merge',
      targetType: 'proposal',
      targetId: result.id,
      targetLabel: `#${result.number} ${wording.title}`,
      processId: first.process_id,
      reason: note,
      before: {
        sources: sources.map((source) => ({
          id: source.id,
          number: source.number,
          title: source.title,
          supportCount: source.support_count,
        })),
        ...(target ? { targetTitle: target.title, targetBody: target.body } : {}),
      },
      after: { id: result.id, number: result.number, title: wording.title, supportCount, newProposal: !target },
    });
    return { resultId: result.id, outboxIds };
  }
}
