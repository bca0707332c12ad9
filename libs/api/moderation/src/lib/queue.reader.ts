import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@mitreden/api/core';
import type { Role, User } from '@mitreden/api/identity';
import { ProposalReader } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import { HideTargetType, ModerationQueueKind, ReportTargetType } from './graphql/moderation.types';
import type {
  HidingView,
  ModeratedCommentView,
  ModeratedUserView,
  ModerationCaseView,
  ModerationCountsView,
  ModerationQueueView,
  ReportReason,
  ReportReasonCountView,
  ReviewOutcome,
  ReportView,
} from './graphql/moderation.types';
import type { ModerationQueueFilter } from './graphql/moderation.inputs';
import { mayBlock } from './blocking-rules';

/** A page is at most this many cases; each case shows at most this many of its open reports. */
export const QUEUE_PAGE_MAX = 50;
export const REPORTS_PER_CASE = 50;

interface CaseRow {
  target_type: ReportTargetType;
  target_id: string;
  open_count: number;
  last_reported_at: Date | null;
  total: number;
  reasons: { reason: ReportReason; count: number }[];
  hiding_id: string | null;
  hiding_reason: string | null;
  hiding_template_key: string | null;
  hiding_automatic: boolean | null;
  hiding_hidden_by_id: string | null;
  hiding_hidden_by_name: string | null;
  hiding_hidden_at: Date | null;
  hiding_review_requested_at: Date | null;
  hiding_review_request: string | null;
  hiding_review_decided_at: Date | null;
  hiding_review_outcome: ReviewOutcome | null;
}

interface ReportRow {
  id: string;
  target_type: ReportTargetType;
  target_id: string;
  reason: ReportReason;
  details: string;
  created_at: Date;
  reporter_id: string;
  reporter_name: string;
}

interface CommentRow {
  id: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  proposal_id: string;
  proposal_number: number;
  proposal_title: string;
  parent_body: string | null;
  hidden: boolean;
  deleted: boolean;
}

interface UserRow {
  id: string;
  display_name: string;
  role: Role;
  blocked_at: Date | null;
  block_reason: string | null;
  created_at: Date;
  proposal_count: number;
  comment_count: number;
}

/** The process an item belongs to: a proposal's own, a comment's proposal's; accounts have none. */
const PROCESS_OF = (alias: string) => `(
  SELECT COALESCE(pp.process_id, cp.process_id)
    FROM (SELECT 1) one
    LEFT JOIN proposals pp ON ${alias}.target_type = 'proposal' AND pp.id = ${alias}.target_id
    LEFT JOIN comments cc ON ${alias}.target_type = 'comment' AND cc.id = ${alias}.target_id
    LEFT JOIN proposals cp ON cp.id = cc.proposal_id)`;

/** Items with open reports; the reason filter keeps items with at least one open report of that reason. */
const REPORTED_CASES = `
  SELECT r.target_type, r.target_id, count(*)::int AS open_count, max(r.created_at) AS last_reported_at,
         max(r.created_at) AS sort_at
    FROM reports r
   WHERE r.resolved_at IS NULL
     AND ($1::text IS NULL OR r.target_type = $1)
     AND ($3::uuid IS NULL OR ${PROCESS_OF('r')} = $3)
   GROUP BY r.target_type, r.target_id
  HAVING ($2::text IS NULL OR bool_or(r.reason = $2))`;

/** Active hidings (all, or those with an undecided review request) with their open report counts. */
const hiddenCases = (reviewsOnly: boolean) => `
  SELECT h.target_type, h.target_id,
         (SELECT count(*) FROM reports r WHERE r.target_type = h.target_type AND r.target_id = h.target_id AND r.resolved_at IS NULL)::int AS open_count,
         (SELECT max(r.created_at) FROM reports r WHERE r.target_type = h.target_type AND r.target_id = h.target_id AND r.resolved_at IS NULL) AS last_reported_at,
         ${reviewsOnly ? 'h.review_requested_at' : 'h.hidden_at'} AS sort_at
    FROM hidings h
   WHERE h.lifted_at IS NULL
     ${reviewsOnly ? 'AND h.review_requested_at IS NOT NULL AND h.review_decided_at IS NULL' : ''}
     AND ($1::text IS NULL OR h.target_type = $1)
     AND ($3::uuid IS NULL OR ${PROCESS_OF('h')} = $3)
     AND ($2::text IS NULL OR EXISTS (
       SELECT 1 FROM reports r WHERE r.target_type = h.target_type AND r.target_id = h.target_id AND r.resolved_at IS NULL AND r.reason = $2))`;

const CASES_SQL: Record<ModerationQueueKind, { source: string; order: string }> = {
  [ModerationQueueKind.REPORTS]: { source: REPORTED_CASES, order: 'sort_at DESC, target_id' },
  // Oldest request first: the author has waited longest.
  [ModerationQueueKind.REVIEW_REQUESTS]: { source: hiddenCases(true), order: 'sort_at ASC, target_id' },
  [ModerationQueueKind.HIDDEN]: { source: hiddenCases(false), order: 'sort_at DESC, target_id' },
};

/**
 * The moderation queue in a constant number of statements per page, however many cases it shows:
 * cases (+ reasons + active hiding), counts, open reports, then proposals (ProposalReader: three),
 * comments and accounts of the page — each only when the page has items of that kind.
 */
@Injectable()
export class ModerationQueueReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalReader,
  ) {}

  async queue(
    filter: ModerationQueueFilter | null,
    first: number,
    offset: number,
    locale: Locale,
    viewer: User,
  ): Promise<ModerationQueueView> {
    if (!Number.isInteger(first) || first < 1 || first > QUEUE_PAGE_MAX) throw badInput({ first: ['range'] });
    if (!Number.isInteger(offset) || offset < 0) throw badInput({ offset: ['range'] });
    const kind = filter?.kind ?? ModerationQueueKind.REPORTS;
    const targetType = filter?.targetType ?? null;
    const reason = filter?.reason ?? null;
    const processId = filter?.processId ?? null;
    // Accounts are never hidden, and belong to no process.
    const empty = (kind !== ModerationQueueKind.REPORTS && targetType === ReportTargetType.USER) ||
      (processId !== null && targetType === ReportTargetType.USER);

    const { source, order } = CASES_SQL[kind];
    const [rows, counts] = await Promise.all([
      empty
        ? Promise.resolve<CaseRow[]>([])
        : (this.dataSource.query(
            `WITH matching AS (${source}),
                  page AS (
                    SELECT m.*, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${order}) AS position
                      FROM matching m ORDER BY ${order} LIMIT $4 OFFSET $5)
             SELECT page.target_type, page.target_id, page.open_count, page.last_reported_at, page.total,
                    COALESCE((
                      SELECT jsonb_agg(jsonb_build_object('reason', x.reason, 'count', x.n) ORDER BY x.n DESC, x.reason)
                        FROM (SELECT r.reason, count(*)::int AS n FROM reports r
                               WHERE r.target_type = page.target_type AND r.target_id = page.target_id AND r.resolved_at IS NULL
                               GROUP BY r.reason) x), '[]'::jsonb) AS reasons,
                    h.id AS hiding_id, h.reason AS hiding_reason, t.key AS hiding_template_key, h.automatic AS hiding_automatic,
                    h.hidden_by_id AS hiding_hidden_by_id, hb.display_name AS hiding_hidden_by_name, h.hidden_at AS hiding_hidden_at,
                    h.review_requested_at AS hiding_review_requested_at, h.review_request AS hiding_review_request,
                    h.review_decided_at AS hiding_review_decided_at, h.review_outcome AS hiding_review_outcome
               FROM page
               LEFT JOIN hidings h ON h.target_type = page.target_type AND h.target_id = page.target_id AND h.lifted_at IS NULL
               LEFT JOIN netiquette_templates t ON t.id = h.template_id
               LEFT JOIN users hb ON hb.id = h.hidden_by_id
              ORDER BY page.position`,
            [targetType, reason, processId, first, offset],
          ) as Promise<CaseRow[]>),
      this.counts(processId),
    ]);
    if (rows.length === 0) {
      // Past the last page the window count is unknown; one more statement only in that rare case.
      const totalCount = offset > 0 && !empty ? await this.total(source, targetType, reason, processId) : 0;
      return { cases: [], totalCount, counts };
    }

    const ids = (type: ReportTargetType) => rows.filter((row) => row.target_type === type).map((row) => row.target_id);
    const [reports, proposals, comments, users] = await Promise.all([
      this.reports(rows),
      ids(ReportTargetType.PROPOSAL).length
        ? this.proposals.byIds(ids(ReportTargetType.PROPOSAL), locale, viewer)
        : Promise.resolve([]),
      this.comments(ids(ReportTargetType.COMMENT)),
      this.users(ids(ReportTargetType.USER), viewer),
    ]);
    const proposalById = new Map(proposals.map((view) => [view.id, view]));
    const commentById = new Map(comments.map((view) => [view.id, view]));
    const userById = new Map(users.map((view) => [view.id, view]));
    const reportsByTarget = new Map<string, ReportView[]>();
    for (const report of reports) {
      const key = `${report.target_type}:${report.target_id}`;
      const list = reportsByTarget.get(key) ?? [];
      list.push({
        id: report.id,
        reason: report.reason,
        details: report.details,
        reporter: { id: report.reporter_id, displayName: report.reporter_name },
        createdAt: report.created_at,
      });
      reportsByTarget.set(key, list);
    }

    const cases: ModerationCaseView[] = rows.map((row) => ({
      targetType: row.target_type,
      targetId: row.target_id,
      openReportCount: row.open_count,
      reasons: row.reasons as ReportReasonCountView[],
      reports: reportsByTarget.get(`${row.target_type}:${row.target_id}`) ?? [],
      lastReportedAt: row.last_reported_at,
      hiding: this.hidingView(row),
      proposal: row.target_type === ReportTargetType.PROPOSAL ? (proposalById.get(row.target_id) ?? null) : null,
      comment: row.target_type === ReportTargetType.COMMENT ? (commentById.get(row.target_id) ?? null) : null,
      user: row.target_type === ReportTargetType.USER ? (userById.get(row.target_id) ?? null) : null,
    }));
    return { cases, totalCount: rows[0].total, counts };
  }

  private async counts(processId: string | null): Promise<ModerationCountsView> {
    const [row]: ModerationCountsView[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM (SELECT DISTINCT r.target_type, r.target_id FROM reports r
            WHERE r.resolved_at IS NULL AND ($1::uuid IS NULL OR ${PROCESS_OF('r')} = $1)) x)::int AS "reported",
         (SELECT count(*) FROM hidings h WHERE h.lifted_at IS NULL AND h.review_requested_at IS NOT NULL
            AND h.review_decided_at IS NULL AND ($1::uuid IS NULL OR ${PROCESS_OF('h')} = $1))::int AS "reviewRequests",
         (SELECT count(*) FROM hidings h WHERE h.lifted_at IS NULL
            AND ($1::uuid IS NULL OR ${PROCESS_OF('h')} = $1))::int AS "hidden"`,
      [processId],
    );
    return row;
  }

  private async total(source: string, targetType: string | null, reason: string | null, processId: string | null): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${source}) m`,
      [targetType, reason, processId],
    );
    return row.total;
  }

  private reports(cases: CaseRow[]): Promise<ReportRow[]> {
    return this.dataSource.query(
      `SELECT id, target_type, target_id, reason, details, created_at, reporter_id, reporter_name FROM (
         SELECT r.id, r.target_type, r.target_id, r.reason, r.details, r.created_at, r.reporter_id,
                u.display_name AS reporter_name,
                row_number() OVER (PARTITION BY r.target_type, r.target_id ORDER BY r.created_at DESC, r.id DESC) AS n
           FROM reports r JOIN users u ON u.id = r.reporter_id
           JOIN unnest($1::text[], $2::uuid[]) AS wanted (target_type, target_id)
             ON wanted.target_type = r.target_type AND wanted.target_id = r.target_id
          WHERE r.resolved_at IS NULL) ranked
        WHERE n <= ${REPORTS_PER_CASE}
        ORDER BY created_at DESC, id DESC`,
      [cases.map((row) => row.target_type), cases.map((row) => row.target_id)],
    );
  }

  private async comments(ids: string[]): Promise<ModeratedCommentView[]> {
    if (ids.length === 0) return [];
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT c.id, c.body, c.author_id, a.display_name AS author_name, c.created_at, c.proposal_id,
              p.number AS proposal_number, p.title AS proposal_title,
              CASE WHEN parent.deleted_at IS NULL THEN parent.body END AS parent_body,
              c.hidden_at IS NOT NULL AS hidden, c.deleted_at IS NOT NULL AS deleted
         FROM comments c
         JOIN proposals p ON p.id = c.proposal_id
         LEFT JOIN users a ON a.id = c.author_id
         LEFT JOIN comments parent ON parent.id = c.parent_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      body: row.body,
      author: row.author_id && row.author_name !== null ? { id: row.author_id, displayName: row.author_name } : null,
      createdAt: row.created_at,
      proposalId: row.proposal_id,
      proposalNumber: row.proposal_number,
      proposalTitle: row.proposal_title,
      parentBody: row.parent_body,
      hidden: row.hidden,
      deleted: row.deleted,
    }));
  }

  private async users(ids: string[], viewer: User): Promise<ModeratedUserView[]> {
    if (ids.length === 0) return [];
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, u.role, u.blocked_at, u.block_reason, u.created_at,
              (SELECT count(*) FROM proposals p WHERE p.author_id = u.id)::int AS proposal_count,
              (SELECT count(*) FROM comments c WHERE c.author_id = u.id AND c.deleted_at IS NULL)::int AS comment_count
         FROM users u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      role: row.role,
      blockedAt: row.blocked_at,
      blockReason: row.block_reason,
      proposalCount: row.proposal_count,
      commentCount: row.comment_count,
      canBlock: mayBlock(viewer, { id: row.id, role: row.role }),
      createdAt: row.created_at,
    }));
  }

  private hidingView(row: CaseRow): HidingView | null {
    if (!row.hiding_id || !row.hiding_hidden_at) return null;
    return {
      id: row.hiding_id,
      targetType: row.target_type === ReportTargetType.PROPOSAL ? HideTargetType.PROPOSAL : HideTargetType.COMMENT,
      targetId: row.target_id,
      reason: row.hiding_reason ?? '',
      templateKey: row.hiding_template_key,
      automatic: row.hiding_automatic ?? false,
      hiddenBy:
        row.hiding_hidden_by_id && row.hiding_hidden_by_name !== null
          ? { id: row.hiding_hidden_by_id, displayName: row.hiding_hidden_by_name }
          : null,
      hiddenAt: row.hiding_hidden_at,
      liftedAt: null,
      reviewRequestedAt: row.hiding_review_requested_at,
      reviewRequest: row.hiding_review_request,
      reviewDecidedAt: row.hiding_review_decided_at,
      reviewOutcome: row.hiding_review_outcome,
      // Only the author may ask (through the hiding query); the queue is the moderators' view.
      canRequestReview: false,
    };
  }
}
