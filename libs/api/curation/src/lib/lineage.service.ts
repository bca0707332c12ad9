import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { ProposalKind, ProposalState } from '@mitreden/api/proposals';
import { LineageKind } from './graphql/curation.types';
import type { LineageEdgeView, LineageProposalView, ProposalLineageView } from './graphql/curation.types';
import { isCurator, isUuid } from './lineage-rules';

/** Far beyond any real history; only guards the recursion against a corrupted graph. */
const MAX_DEPTH = 100;

interface NodeRow {
  relation: 'self' | 'ancestor' | 'descendant';
  depth: number;
  id: string;
  number: number;
  title: string;
  kind: ProposalKind;
  state: ProposalState;
  support_count: number;
  comment_count: number;
  hidden: boolean;
  author_id: string | null;
}

interface EdgeRow {
  parent_id: string;
  child_id: string;
  kind: LineageKind;
  created_at: Date;
}

/**
 * The lineage graph around one proposal in two statements: recursive CTEs up (ancestors) and down
 * (descendants), then the edges among them. Merges and splits only ever point into a published
 * proposal while the parent leaves that state for good, so the graph has no cycles.
 */
@Injectable()
export class LineageService {
  constructor(private readonly dataSource: DataSource) {}

  async lineage(id: string, viewer: User | null): Promise<ProposalLineageView> {
    if (!isUuid(id)) throw notFound();
    const rows: NodeRow[] = await this.dataSource.query(
      `WITH RECURSIVE up (id, depth) AS (
         SELECT parent_id, 1 FROM proposal_lineage WHERE child_id = $1
         UNION ALL
         SELECT l.parent_id, up.depth + 1 FROM proposal_lineage l JOIN up ON l.child_id = up.id WHERE up.depth < $2
       ), down (id, depth) AS (
         SELECT child_id, 1 FROM proposal_lineage WHERE parent_id = $1
         UNION ALL
         SELECT l.child_id, down.depth + 1 FROM proposal_lineage l JOIN down ON l.parent_id = down.id WHERE down.depth < $2
       ), related (relation, id, depth) AS (
         SELECT 'self', $1::uuid, 0
         UNION ALL SELECT 'ancestor', id, min(depth) FROM up GROUP BY id
         UNION ALL SELECT 'descendant', id, min(depth) FROM down GROUP BY id
       )
       SELECT r.relation, r.depth, p.id, p.number, p.title, p.kind, p.state, p.support_count, p.comment_count,
         p.hidden_at IS NOT NULL AS hidden, p.author_id
       FROM related r JOIN proposals p ON p.id = r.id
       ORDER BY r.depth, p.number`,
      [id, MAX_DEPTH],
    );
    const self = rows.find((row) => row.relation === 'self');
    const curator = isCurator(viewer);
    // The author still sees their own hidden proposal (marked), like on its page.
    if (!self || (self.hidden && !curator && (viewer === null || self.author_id !== viewer.id))) throw notFound();
    const visible = rows.filter((row) => row.relation === 'self' || curator || !row.hidden);
    const visibleIds = visible.map((row) => row.id);

    const edgeRows: EdgeRow[] = await this.dataSource.query(
      `SELECT parent_id, child_id, kind, created_at FROM proposal_lineage
       WHERE parent_id = ANY($1::uuid[]) AND child_id = ANY($1::uuid[])
       ORDER BY created_at, parent_id, child_id`,
      [visibleIds],
    );
    const ancestors = visible.filter((row) => row.relation === 'ancestor');
    const descendants = visible.filter((row) => row.relation === 'descendant');
    return {
      proposalId: id,
      parents: ancestors.filter((row) => row.depth === 1).map(toNode),
      children: descendants.filter((row) => row.depth === 1).map(toNode),
      ancestors: ancestors.map(toNode),
      descendants: descendants.map(toNode),
      edges: edgeRows.map(
        (row): LineageEdgeView => ({
          parentId: row.parent_id,
          childId: row.child_id,
          kind: row.kind === 'merge' ? LineageKind.MERGE : LineageKind.SPLIT,
          createdAt: row.created_at,
        }),
      ),
    };
  }
}

function toNode(row: NodeRow): LineageProposalView {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    kind: row.kind,
    state: row.state,
    supportCount: row.support_count,
    commentCount: row.comment_count,
    hidden: row.hidden,
  };
}

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', 'No such proposal');
}
