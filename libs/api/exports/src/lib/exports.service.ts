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
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_COLUMNS = `id, kind, format, status, total, processed, file_name, byte_size, error, requested_by_id, created_at, finished_at`;

export const notFoundExport = () => new DomainError('NOT_FOUND', 'No such export');

/** Only who asked for it, or an admin: an export holds every answer of a survey. */
export const mayRead = (row: Pick<ExportJobRow, 'requested_by_id'>, viewer: Pick<User, 'id' | 'role'>): boolean =>
  viewer.role === 'admin' || row.requested_by_id === viewer.id;

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
    downloadUrl: status === JobStatus.DONE ? `/api/exports/${row.id}/file` : null,
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
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

  /**
   * Inserts the job (inside the caller's transaction when given) and enqueues it. Within a caller's
   * transaction the worker may see the job before the row: it then retries, and its periodic sweep
   * of queued rows catches whatever Redis lost.
   */
  async request(request: ExportRequest, manager?: EntityManager): Promise<ExportJobView> {
    const [row]: ExportJobRow[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO export_jobs (kind, format, params, requested_by_id) VALUES ($1, $2, $3, $4) RETURNING ${JOB_COLUMNS}`,
      [request.kind, request.format.toLowerCase(), JSON.stringify(request.params), request.requestedBy.id],
    );
    try {
      await addExportJob(this.queue, row.id);
    } catch (error) {
      // The row stays queued; the worker picks it up when Redis is back.
      this.logger.warn(`Export ${row.id} left for the worker sweep: ${error instanceof Error ? error.message : String(error)}`);
    }
    return toExportJobView(row);
  }

  /** The job if the viewer requested it (admins see all); null otherwise. */
  async find(id: string, viewer: User): Promise<ExportJobView | null> {
    if (!UUID.test(id)) return null;
    const [row]: ExportJobRow[] = await this.dataSource.query(`SELECT ${JOB_COLUMNS} FROM export_jobs WHERE id = $1`, [id]);
    return row && mayRead(row, viewer) ? toExportJobView(row) : null;
  }

  /** The finished file; NOT_FOUND for others' jobs too, so ids cannot be probed. */
  async file(id: string, viewer: User): Promise<ExportFile> {
    if (!UUID.test(id)) throw notFoundExport();
    const [row]: (Pick<ExportJobRow, 'requested_by_id' | 'file_name'> & { content: Buffer | null; content_type: string | null })[] =
      await this.dataSource.query(
        `SELECT requested_by_id, file_name, content_type, content FROM export_jobs WHERE id = $1 AND status = 'done'`,
        [id],
      );
    if (!row || !mayRead(row, viewer) || !row.content || !row.file_name) throw notFoundExport();
    return { fileName: row.file_name, contentType: row.content_type ?? 'application/octet-stream', content: row.content };
  }
}
