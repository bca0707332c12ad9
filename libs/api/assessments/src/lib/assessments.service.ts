import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@mitreden/api/audit';
import { DomainError, badInput, translate } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { ProposalKind } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import { CITY_TODAY_SQL, DUE_SOON_DAYS } from '@mitreden/shared/contracts';
import type { AssessmentFilter, AssignAssessmentInput, RecordAssessmentInput } from './graphql/assessment.inputs';
import { AssessmentStatus } from './graphql/assessment.types';
import type {
  AssessmentView,
  DepartmentAssessmentCountsView,
  Feasibility,
  PublicAssessmentView,
  ResponsibilityLevel,
} from './graphql/assessment.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The overview and lists stay bounded; a department has far fewer open assessments. */
export const ASSESSMENTS_LIST_LIMIT = 500;

type Viewer = Pick<User, 'id' | 'displayName' | 'role' | 'department'>;

const notFound = () => new DomainError('NOT_FOUND', 'No such assessment');

interface AssessmentRow {
  id: string;
  proposal_id: string;
  department: string;
  assigned_by_id: string | null;
  assigned_by_name: string | null;
  assigned_at: Date;
  due_on: string;
  overdue: boolean;
  status: AssessmentStatus;
  feasibility: Feasibility | null;
  responsibility: ResponsibilityLevel | null;
  cost_note: string;
  public_comment: string;
  internal_comment: string;
  assessed_by_id: string | null;
  assessed_by_name: string | null;
  assessed_at: Date | null;
  number: number;
  title: string;
  kind: ProposalKind;
  support_count: number;
  field_title: Record<string, string>;
}

/** One statement for any number of assessments: proposal, action field and both people joined. */
const SELECT_VIEW = `
  SELECT a.id, a.proposal_id, a.department, a.assigned_by_id, ab.display_name AS assigned_by_name, a.assigned_at,
         to_char(a.due_on, 'YYYY-MM-DD') AS due_on, (a.status <> 'submitted' AND a.due_on < ${CITY_TODAY_SQL}) AS overdue,
         a.status, a.feasibility, a.responsibility, a.cost_note, a.public_comment, a.internal_comment,
         a.assessed_by_id, xb.display_name AS assessed_by_name, a.assessed_at,
         p.number, p.title, p.kind, p.support_count, af.title AS field_title
    FROM assessments a
    JOIN proposals p ON p.id = a.proposal_id
    JOIN action_fields af ON af.id = p.action_field_id
    LEFT JOIN users ab ON ab.id = a.assigned_by_id
    LEFT JOIN users xb ON xb.id = a.assessed_by_id`;

/** An expert works for one department and sees nothing of the others. */
function ownDepartmentOf(viewer: Viewer): string | null {
  return viewer.role === 'department_expert' ? (viewer.department ?? '') : null;
}

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Due date first, then proposal number; a constant two statements at most (none extra per row). */
  async list(filter: AssessmentFilter | null, viewer: Viewer, locale: Locale): Promise<AssessmentView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    const own = ownDepartmentOf(viewer);
    if (own !== null) add((p) => `a.department = ${p}`, own);
    if (filter?.department) add((p) => `a.department = ${p}`, filter.department.trim());
    if (filter?.status) add((p) => `a.status = ${p}`, filter.status);
    if (filter?.proposalId) add((p) => `a.proposal_id = ${p}`, filter.proposalId);
    if (filter?.overdueOnly) where.push(`a.status <> 'submitted' AND a.due_on < ${CITY_TODAY_SQL}`);
    const rows: AssessmentRow[] = await this.dataSource.query(
      `${SELECT_VIEW}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.due_on, p.number, a.department
        LIMIT ${ASSESSMENTS_LIST_LIMIT}`,
      params,
    );
    return rows.map((row) => this.toView(row, viewer, locale));
  }

  /** NOT_FOUND also for another department's assessment, so experts learn nothing about it. */
  async get(id: string, viewer: Viewer, locale: Locale, manager: EntityManager = this.dataSource.manager): Promise<AssessmentView> {
    const row = await this.findRow(manager, id, viewer);
    if (!row) throw notFound();
    return this.toView(row, viewer, locale);
  }

  /** Per department: every department with an expert or an assessment, counts by status and date. */
  async overview(viewer: Viewer): Promise<DepartmentAssessmentCountsView[]> {
    const own = ownDepartmentOf(viewer);
    const rows: {
      department: string;
      assigned: number;
      in_progress: number;
      submitted: number;
      overdue: number;
      due_soon: number;
    }[] = await this.dataSource.query(
      `WITH departments AS (
         SELECT department FROM users WHERE role = 'department_expert' AND department IS NOT NULL AND blocked_at IS NULL
         UNION
         SELECT department FROM assessments
       )
       SELECT d.department,
              count(a.id) FILTER (WHERE a.status = 'assigned')::int AS assigned,
              count(a.id) FILTER (WHERE a.status = 'in_progress')::int AS in_progress,
              count(a.id) FILTER (WHERE a.status = 'submitted')::int AS submitted,
              count(a.id) FILTER (WHERE a.status <> 'submitted' AND a.due_on < ${CITY_TODAY_SQL})::int AS overdue,
              count(a.id) FILTER (
                WHERE a.status <> 'submitted' AND a.due_on BETWEEN ${CITY_TODAY_SQL} AND ${CITY_TODAY_SQL} + ${DUE_SOON_DAYS}
              )::int AS due_soon
         FROM departments d
         LEFT JOIN assessments a ON a.department = d.department
        WHERE $1::text IS NULL OR d.department = $1
        GROUP BY d.department
        ORDER BY d.department`,
      [own],
    );
    return rows.map((row) => ({
      department: row.department,
      assigned: row.assigned,
      inProgress: row.in_progress,
      submitted: row.submitted,
      overdue: row.overdue,
      dueSoon: row.due_soon,
    }));
  }

  /** Departments one can assign to: those with at least one expert who is not blocked. */
  async departments(): Promise<string[]> {
    const rows: { department: string }[] = await this.dataSource.query(
      `SELECT DISTINCT department FROM users
        WHERE role = 'department_expert' AND department IS NOT NULL AND blocked_at IS NULL
        ORDER BY department`,
    );
    return rows.map((row) => row.department);
  }

  /** Submitted assessments of a proposal the public can see; the internal comment never leaves. */
  async publicFor(proposalId: string): Promise<PublicAssessmentView[]> {
    if (!UUID.test(proposalId)) return [];
    const rows: {
      department: string;
      feasibility: Feasibility;
      responsibility: ResponsibilityLevel;
      public_comment: string;
      assessed_at: Date;
    }[] = await this.dataSource.query(
      `SELECT a.department, a.feasibility, a.responsibility, a.public_comment, a.assessed_at
         FROM assessments a
         JOIN proposals p ON p.id = a.proposal_id
        WHERE a.proposal_id = $1 AND a.status = 'submitted' AND p.hidden_at IS NULL
        ORDER BY a.department`,
      [proposalId],
    );
    return rows.map((row) => ({
      department: row.department,
      feasibility: row.feasibility,
      responsibility: row.responsibility,
      publicComment: row.public_comment,
      assessedAt: row.assessed_at,
    }));
  }

  /**
   * The department must have an unblocked expert and the due date must not lie in the past (city
   * time). The unique index (proposal, department) decides between concurrent assignments.
   */
  async assign(input: AssignAssessmentInput, viewer: Viewer, locale: Locale): Promise<AssessmentView> {
    return this.dataSource.transaction(async (manager) => {
      const [check]: { proposal_exists: boolean; department_known: boolean; due_ok: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM proposals WHERE id = $1) AS proposal_exists,
                EXISTS (SELECT 1 FROM users WHERE role = 'department_expert' AND department = $2 AND blocked_at IS NULL) AS department_known,
                $3::date >= ${CITY_TODAY_SQL} AS due_ok`,
        [input.proposalId, input.department, input.dueOn],
      );
      if (!check.proposal_exists) throw new DomainError('NOT_FOUND', 'No such proposal');
      const fields: Record<string, string[]> = {};
      if (!check.department_known) fields['department'] = ['unknownDepartment'];
      if (!check.due_ok) fields['dueOn'] = ['dueInPast'];
      if (Object.keys(fields).length) throw badInput(fields);

      const inserted: { id: string; process_id: string; label: string }[] = await manager.query(
        `INSERT INTO assessments (proposal_id, department, assigned_by_id, due_on)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (proposal_id, department) DO NOTHING
         RETURNING id,
                   (SELECT process_id FROM proposals WHERE id = $1) AS process_id,
                   (SELECT '#' || number || ' ' || title FROM proposals WHERE id = $1) AS label`,
        [input.proposalId, input.department, viewer.id, input.dueOn],
      );
      const created = inserted[0];
      if (!created) throw new DomainError('CONFLICT', 'This department already has this proposal');
      await this.audit.record(manager, {
        actor: viewer,
        action: 'assessment.assign',
        targetType: 'assessment',
        targetId: created.id,
        targetLabel: created.label,
        processId: created.process_id,
        after: { proposalId: input.proposalId, department: input.department, dueOn: input.dueOn },
      });
      return this.get(created.id, viewer, locale, manager);
    });
  }

  /** Only while not submitted: a submitted assessment may already be public. */
  async unassign(id: string, viewer: Viewer): Promise<boolean> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const rows: {
        status: AssessmentStatus;
        department: string;
        due_on: string;
        proposal_id: string;
        process_id: string;
        label: string;
      }[] = await manager.query(
        `SELECT a.status, a.department, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.proposal_id, p.process_id,
                '#' || p.number || ' ' || p.title AS label
           FROM assessments a JOIN proposals p ON p.id = a.proposal_id
          WHERE a.id = $1
          FOR UPDATE OF a`,
        [id],
      );
      const row = rows[0];
      if (!row) throw notFound();
      if (row.status === AssessmentStatus.SUBMITTED) {
        throw new DomainError('CONFLICT', 'A submitted assessment cannot be unassigned');
      }
      await manager.query(`DELETE FROM assessments WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        actor: viewer,
        action: 'assessment.unassign',
        targetType: 'assessment',
        targetId: id,
        targetLabel: row.label,
        processId: row.process_id,
        before: { proposalId: row.proposal_id, department: row.department, dueOn: row.due_on, status: row.status },
      });
      return true;
    });
  }

  /**
   * A draft keeps status in_progress; submitting needs feasibility and responsibility. A submitted
   * assessment can be corrected but not turned back into a draft (it may already be public).
   */
  async record(input: RecordAssessmentInput, viewer: Viewer, locale: Locale): Promise<AssessmentView> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: AssessmentStatus; process_id: string; label: string; feasibility: string | null; responsibility: string | null }[] =
        await manager.query(
          `SELECT a.status, a.feasibility, a.responsibility, p.process_id, '#' || p.number || ' ' || p.title AS label
             FROM assessments a JOIN proposals p ON p.id = a.proposal_id
            WHERE a.id = $1 AND a.department = $2
            FOR UPDATE OF a`,
          [input.assessmentId, ownDepartmentOf(viewer) ?? ''],
        );
      const current = rows[0];
      if (!current) throw notFound();
      const fields: Record<string, string[]> = {};
      if (input.submit && !input.feasibility) fields['feasibility'] = ['required'];
      if (input.submit && !input.responsibility) fields['responsibility'] = ['required'];
      if (!input.submit && current.status === AssessmentStatus.SUBMITTED) fields['submit'] = ['alreadySubmitted'];
      if (Object.keys(fields).length) throw badInput(fields);

      const status = input.submit ? AssessmentStatus.SUBMITTED : AssessmentStatus.IN_PROGRESS;
      await manager.query(
        `UPDATE assessments
            SET status = $2, feasibility = $3, responsibility = $4, cost_note = $5, public_comment = $6,
                internal_comment = $7, assessed_by_id = $8, assessed_at = CASE WHEN $2 = 'submitted' THEN now() END,
                updated_at = now()
          WHERE id = $1`,
        [
          input.assessmentId,
          status,
          input.feasibility ?? null,
          input.responsibility ?? null,
          input.costNote,
          input.publicComment,
          input.internalComment,
          viewer.id,
        ],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'assessment.record',
        targetType: 'assessment',
        targetId: input.assessmentId,
        targetLabel: current.label,
        processId: current.process_id,
        before: { status: current.status, feasibility: current.feasibility, responsibility: current.responsibility },
        after: { status, feasibility: input.feasibility ?? null, responsibility: input.responsibility ?? null },
      });
      return this.get(input.assessmentId, viewer, locale, manager);
    });
  }

  private async findRow(manager: EntityManager, id: string, viewer: Viewer): Promise<AssessmentRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: AssessmentRow[] = await manager.query(
      `${SELECT_VIEW} WHERE a.id = $1 AND ($2::text IS NULL OR a.department = $2)`,
      [id, ownDepartmentOf(viewer)],
    );
    return rows[0];
  }

  private toView(row: AssessmentRow, viewer: Viewer, locale: Locale): AssessmentView {
    return {
      id: row.id,
      proposal: {
        id: row.proposal_id,
        number: row.number,
        title: row.title,
        kind: row.kind,
        actionFieldTitle: translate(row.field_title, locale),
        supportCount: row.support_count,
      },
      department: row.department,
      assignedBy: row.assigned_by_id ? { id: row.assigned_by_id, displayName: row.assigned_by_name ?? '' } : null,
      assignedAt: row.assigned_at,
      dueOn: row.due_on,
      overdue: row.overdue,
      status: row.status,
      feasibility: row.feasibility,
      responsibility: row.responsibility,
      costNote: row.cost_note,
      publicComment: row.public_comment,
      internalComment: row.internal_comment,
      assessedBy: row.assessed_by_id ? { id: row.assessed_by_id, displayName: row.assessed_by_name ?? '' } : null,
      assessedAt: row.assessed_at,
      canRecord: viewer.role === 'department_expert' && viewer.department === row.department,
    };
  }
}
