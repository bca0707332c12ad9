import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { ProposalReader, ProposalSource, ProposalWriter } from '@mitreden/api/proposals';
import type { ProposalKind, ProposalView } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import type { SplitProposalInput } from './graphql/curation.inputs';
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
import type { CurableRow, CuratedWording } from './lineage-rules';

export const SPLIT_PARTS_MIN = 2;
export const SPLIT_PARTS_MAX = 10;

/** Splits one proposal into parts; each part links back and inherits the original's supporters. */
@Injectable()
export class SplitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ProposalReader,
    private readonly writer: ProposalWriter,
    private readonly audit: AuditService,
    private readonly mails: LineageMails,
  ) {}

  async split(input: SplitProposalInput, locale: Locale, viewer: User): Promise<ProposalView[]> {
    if (!isUuid(input.proposalId)) throw new DomainError('NOT_FOUND', 'No such proposal');
    const fields: Record<string, string[]> = {};
    if (input.parts.length < SPLIT_PARTS_MIN || input.parts.length > SPLIT_PARTS_MAX)
      fields['parts'] = ['arrayLength'];
    const wordings = input.parts.map((part, index) => {
      const checked = checkWording(part, `parts.${index}.`);
      Object.assign(fields, checked.fields);
      return checked.wording;
    });
    const note = checkNote(input.note, fields);
    throwIfAny(fields);

    const { partIds, outboxIds } = await this.dataSource
      .transaction((manager) => this.splitLocked(manager, input, wordings, note, viewer))
      .catch(mapLineageConflict);
    await this.mails.dispatch(outboxIds);
    return this.reader.byIds(partIds, locale, viewer);
  }

  private async splitLocked(
    manager: EntityManager,
    input: SplitProposalInput,
    wordings: CuratedWording[],
    note: string | null,
    viewer: User,
  ): Promise<{ partIds: string[]; outboxIds: string[] }> {
    const [original]: CurableRow[] = await manager.query(
      `SELECT ${CURABLE_COLUMNS} FROM proposals WHERE id = $1 FOR UPDATE`,
      [input.proposalId],
    );
    if (!original) throw new DomainError('NOT_FOUND', 'No such proposal');
    requireCurable(original, 'proposalId');

    const fieldIds = [...new Set(input.parts.flatMap((part) => (part.actionFieldId ? [part.actionFieldId] : [])))];
    if (fieldIds.length > 0) {
      const known: { id: string }[] = await manager.query(
        `SELECT id FROM action_fields WHERE id = ANY($1::uuid[]) AND process_id = $2`,
        [fieldIds, original.process_id],
      );
      const knownIds = new Set(known.map((row) => row.id));
      const unknown: Record<string, string[]> = {};
      input.parts.forEach((part, index) => {
        if (part.actionFieldId && !knownIds.has(part.actionFieldId))
          unknown[`parts.${index}.actionFieldId`] = ['unknownActionField'];
      });
      if (Object.keys(unknown).length > 0) throw badInput(unknown);
    }

    const parts: { id: string; number: number; title: string }[] = [];
    for (const [index, part] of input.parts.entries()) {
      const wording = wordings[index];
      const created = await this.writer.insert(manager, {
        processId: original.process_id,
        actionFieldId: part.actionFieldId ?? original.action_field_id,
        kind: (part.kind ?? original.kind) as ProposalKind,
        title: wording.title,
        body: wording.body,
        language: original.language,
        source: ProposalSource.CURATED,
        authorId: null,
        enteredById: viewer.id,
      });
      if (!created) throw new Error('Proposal insert returned no row');
      parts.push({ ...created, title: wording.title });
    }
    const partIds = parts.map((part) => part.id);
    await manager.query(
      `UPDATE proposal_revisions SET editorial = true, note = $2 WHERE proposal_id = ANY($1::uuid[]) AND revision = 1`,
      [partIds, note],
    );
    await manager.query(`UPDATE proposals SET state = 'split', updated_at = now() WHERE id = $1`, [original.id]);
    await manager.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind, created_by_id)
       SELECT $1, child_id, 'split', $3 FROM unnest($2::uuid[]) AS child_id`,
      [original.id, partIds, viewer.id],
    );
    // Every part carries the original's supporters and followers: they backed all of it.
    await manager.query(
      `INSERT INTO supports (proposal_id, user_id)
       SELECT part_id, s.user_id FROM unnest($2::uuid[]) AS part_id CROSS JOIN supports s WHERE s.proposal_id = $1
       ON CONFLICT DO NOTHING`,
      [original.id, partIds],
    );
    await manager.query(
      `INSERT INTO follows (user_id, target_type, proposal_id)
       SELECT f.user_id, 'proposal', part_id FROM unnest($2::uuid[]) AS part_id
         CROSS JOIN follows f WHERE f.target_type = 'proposal' AND f.proposal_id = $1
       ON CONFLICT DO NOTHING`,
      [original.id, partIds],
    );

    const outboxIds = await this.mails.split(
      manager,
      { id: original.id, title: original.title },
      parts.map((part) => part.title),
      viewer.id,
    );
    await this.audit.record(manager, {
      actor: viewer,
      action: 'proposal.split',
      targetType: 'proposal',
      targetId: original.id,
      targetLabel: `#${original.number} ${original.title}`,
      processId: original.process_id,
      reason: note,
      before: { id: original.id, number: original.number, title: original.title, supportCount: original.support_count },
      after: { parts: parts.map((part) => ({ id: part.id, number: part.number, title: part.title })) },
    });
    return { partIds, outboxIds };
  }
}
