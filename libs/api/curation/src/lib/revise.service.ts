import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { ProposalReader, ProposalState } from '@mitreden/api/proposals';
import type { ProposalView } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import type { ReviseProposalInput } from './graphql/curation.inputs';

interface LockedProposal {
  number: number;
  process_id: string;
  state: ProposalState;
  title: string;
  body: string;
}

const notFound = () => new DomainError('NOT_FOUND', 'No such proposal');

/**
 * Editorial revisions of a proposal's wording by moderators and the project group. Allowed in
 * any phase (curation goes on after the forums close); the author's original stays revision 1.
 */
@Injectable()
export class ReviseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ProposalReader,
    private readonly audit: AuditService,
  ) {}

  /** A new wording becomes an editorial revision with its note; the same text again changes nothing. */
  async revise(input: ReviseProposalInput, locale: Locale, viewer: User): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      // Locked so two editors (or an edit and a merge) cannot interleave their revision numbers.
      const [proposal]: LockedProposal[] = await manager.query(
        `SELECT number, process_id, state, title, body FROM proposals WHERE id = $1 FOR UPDATE`,
        [input.proposalId],
      );
      if (!proposal) throw notFound();
      if (proposal.state === ProposalState.MERGED || proposal.state === ProposalState.SPLIT)
        throw new DomainError('PROPOSAL_READ_ONLY', 'Merged and split proposals keep their wording');
      if (proposal.state === ProposalState.WITHDRAWN)
        throw new DomainError('PROPOSAL_WITHDRAWN', 'This proposal was withdrawn');

      if (proposal.title !== input.title || proposal.body !== input.body) {
        await manager.query(
          `UPDATE proposals SET title = $2, body = $3, updated_at = now() WHERE id = $1`,
          [input.proposalId, input.title, input.body],
        );
        await manager.query(
          `INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, editorial, note)
           SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4, true, $5 FROM proposal_revisions WHERE proposal_id = $1`,
          [input.proposalId, input.title, input.body, viewer.id, input.note],
        );
        await this.audit.record(manager, {
          actor: viewer,
          action: 'proposal.revise',
          targetType: 'proposal',
          targetId: input.proposalId,
          targetLabel: `#${proposal.number} ${input.title}`,
          processId: proposal.process_id,
          reason: input.note,
          before: { title: proposal.title, body: proposal.body },
          after: { title: input.title, body: input.body },
        });
      }
      const view = await this.reader.byId(input.proposalId, locale, viewer, manager);
      if (!view) throw notFound();
      return view;
    });
  }
}
