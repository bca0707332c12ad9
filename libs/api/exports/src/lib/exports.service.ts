import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { ExportFormat, JobStatus } from './export-job.types';
import type { ExportJobView } from './export-job.types';
import { EXPORT_QUEUE, addExportJob } from './export-queue';
import type { ExportQueue } from './export-queue';

export interface ExportRequest {
  /** What the worker builds, e.g. 'survey_responses'; the worker has one generator per kind. */
  kind: string;
  format: ExportFormat;
  params: Record<string, unknown>;
  requestedBy: User;
  /**
   * Roles that may read the job besides admins, checked against the viewer's role at each read:
   * someone who lost the role loses the download. Empty: the requester whatever their role.
   */
  allowedRoles?: readonly string[];
}

export interface ExportJobRow {
  id: string;
  kind: string;
  format: string;
  status: string;
  total: number;
  processed: number;
  file_name: string | null;
  byte_size: number | null;
  error: string | null;
  requested_by_id: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date | null;
  allowed_roles: string[];
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_COLUMNS = `id, kind, format, status, total, processed, file_name, byte_size, error, requested_by_id, created_at, finished_at, expires_at, allowed_roles`;

export const notFoundExport = () => new DomainError('NOT_FOUND', 'No such export');

/**
 * Only who asked for it, or an admin: an export holds every answer of a survey or every proposal
 * with its moderation state. When the job names roles, the requester must still hold one of them.
 */
export const mayRead = (
  row: Pick<ExportJobRow, 'requested_by_id'> & Partial<Pick<ExportJobRow, 'allowed_roles'>>,
  viewer: Pick<User, 'id' | 'role'>,
): boolean => {
  if (viewer.role === 'admin') return true;
  if (row.requested_by_id !== viewer.id) return false;
  const roles = row.allowed_roles ?? [];
  return roles.length === 0 || roles.includes(viewer.role);
};

/** Expired files are gone (the worker empties them); a missing date means kept. */
export const isExpired = (row: Pick<ExportJobRow, 'expires_at'>, now = new Date()): boolean =>
  row.expires_at !== null && row.expires_at.getTime() <= now.getTime();

export function toExportJobView(row: ExportJobRow): ExportJobView {
  const status = row.status.toUpperCase() as JobStatus;
  return {
    id: row.id,
    kind: row.kind,
    format: row.format.toUpperCase() as ExportFormat,
    status,
    total: row.total,
    processed: row.processed,
    fileName: row.file_name,
    byteSize: row.byte_size,
    downloadUrl: status === JobStatus.DONE && !isExpired(row) ? `/api/exports/${row.id}/file` : null,
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    expiresAt: row.expires_at,
  };
}

/** Export jobs: a row in export_jobs plus a BullMQ job; the worker builds the file and reports progress. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EXPORT_QUEUE) private readonly queue: ExportQueue,
  ) {}

  /** Inserts the job and enqueues it. */
  async request(request: ExportRequest): Promise<ExportJobView> {
    const job = await this.insert(request, this.dataSource.manager);
    await this.enqueue(job.id);
    return job;
  }

  /**
   * Inserts the job row with the caller's manager, e.g. inside the transaction that also writes the
   * audit entry. Call `enqueue` after that commit: enqueued earlier, the worker would look for a
   * row it cannot see yet.
   */
  async insert(request: ExportRequest, manager: EntityManager): Promise<ExportJobView> {
    const [row]: ExportJobRow[] = await manager.query(
      `INSERT INTO export_jobs (kind, format, params, requested_by_id, allowed_roles) VALUES ($1, $2, $3, $4, $5) RETURNING ${JOB_COLUMNS}`,
      [request.kind, request.format.toLowerCase(), JSON.stringify(request.params), request.requestedBy.id, [...(request.allowedRoles ?? [])]],
    );
    return toExportJobView(row);
  }

  /** Hands a committed job to the worker; if Redis is away the row stays queued for the worker's sweep. */
  async enqueue(jobId: string): Promise<void> {
    try {
      await addExportJob(this.queue, jobId);
    } catch (error) {
      this.logger.warn(`Export ${jobId} left for the worker sweep: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The job if the viewer requested it and may still read it (admins see all); null otherwise. Expired jobs show their expiry. */
  async find(id: string, viewer: User): Promise<ExportJobView | null> {
    if (!UUID.test(id)) return null;
    const [row]: ExportJobRow[] = await this.dataSource.query(`SELECT ${JOB_COLUMNS} FROM export_jobs WHERE id = $1`, [id]);
    return row && mayRead(row, viewer) ? toExportJobView(row) : null;
  }

  /** The finished, unexpired file; NOT_FOUND for others' jobs too, so ids cannot be probed. */
  async file(id: string, viewer: User): Promise<ExportFile> {
    if (!UUID.test(id)) throw notFoundExport();
    // Expiry is decided by the database clock, the same one the worker's sweep uses.
    const [row]: (Pick<ExportJobRow, 'requested_by_id' | 'file_name' | 'allowed_roles'> & { content: Buffer | null; content_type: string | null })[] =
      await this.dataSource.query(
        `SELECT requested_by_id, allowed_roles, file_name, content_type, content FROM export_jobs
          WHERE id = $1 AND status = 'done' AND (expires_at IS NULL OR expires_at > now())`,
        [id],
      );
    if (!row || !mayRead(row, viewer) || !row.content?.length || !row.file_name) throw notFoundExport();
    return { fileName: row.file_name, contentType: row.content_type ?? 'application/octet-stream', content: row.content };
  }
}
