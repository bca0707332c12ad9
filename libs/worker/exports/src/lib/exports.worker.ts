import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { ConnectionOptions, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { EXPORT_JOB_NAME, EXPORT_QUEUE_NAME, exportJobOptions } from '@mitreden/api/exports';
import type { ExportJobData } from '@mitreden/api/exports';
import { QuietOnCloseRedisConnection, withTimeout } from '@mitreden/api/mail';
import { ExportFailure } from './export-generator';
import type { ExportGenerator, ExportJobInput } from './export-generator';
import { SURVEY_RESPONSES_KIND, surveyResponsesGenerator } from './generators/survey-responses.generator';
import { CATALOGUE_EXPORT_KIND, catalogueGenerator } from './generators/catalogue.generator';
import { PROPOSALS_KIND, proposalsGenerator } from './generators/proposals.generator';

/** One generator per export kind; the catalogue export adds its own here. */
export const EXPORT_GENERATORS: Record<string, ExportGenerator> = {
  [SURVEY_RESPONSES_KIND]: surveyResponsesGenerator,
  [CATALOGUE_EXPORT_KIND]: catalogueGenerator,
  [PROPOSALS_KIND]: proposalsGenerator,
};

/** Options tests shorten. */
export interface ExportWorkerOptions {
  /** How often queued rows are handed to the queue again (Redis was away, the API crashed). */
  sweepIntervalMs: number;
}
export const EXPORT_WORKER_OPTIONS = Symbol('EXPORT_WORKER_OPTIONS');
export const DEFAULT_EXPORT_WORKER_OPTIONS: ExportWorkerOptions = { sweepIntervalMs: 60_000 };

/** The job row is not there (yet): the API may still be committing; BullMQ retries. */
class JobRowMissing extends Error {}

/**
 * Runs export jobs one at a time (exports are memory-heavy; one per worker process keeps the peak
 * predictable), picks up queued rows on start and periodically, and records progress, the file or
 * the failure in export_jobs.
 */
@Injectable()
export class ExportsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ExportsWorker.name);
  private queue?: Queue<ExportJobData>;
  private worker?: Worker<ExportJobData>;
  private sweepTimer?: NodeJS.Timeout;
  private lastConnectionWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EXPORT_WORKER_OPTIONS) private readonly options: ExportWorkerOptions,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const connection: ConnectionOptions = { url: this.config.redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue(EXPORT_QUEUE_NAME, { prefix: this.config.queuePrefix, connection });
    this.queue.on('error', (error) => this.warn(error));
    this.worker = new Worker<ExportJobData>(EXPORT_QUEUE_NAME, (job: Job<ExportJobData>) => this.run(job.data.exportJobId), {
      prefix: this.config.queuePrefix,
      connection,
      concurrency: 1,
    }, QuietOnCloseRedisConnection);
    this.worker.on('error', (error) => this.warn(error));
    this.worker.on('failed', (job, error) => this.logger.warn(`Export ${job?.data.exportJobId ?? '?'} failed: ${error.message}`));
    void this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), this.options.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.worker) await withTimeout(this.worker.close(true), 5000, 'Timed out closing the export worker').catch(() => undefined);
    if (this.queue) {
      const queue = this.queue;
      await withTimeout(queue.close(), 2000, 'Timed out closing the export queue').catch(() =>
        withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the export queue').catch(() => undefined),
      );
    }
  }

  /**
   * Queued rows (and rows left running by a worker that died) go to the queue again; the job id
   * is the row id, so a job already waiting is not added twice. Expired files are emptied: the row
   * stays (done, with its expiry) so the requester sees why the link is gone. Empty, not NULL, as
   * a done job must keep a file (export_jobs_done_has_file); downloads refuse by expiry.
   */
  async sweep(): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE export_jobs SET content = '\\x'::bytea
          WHERE status = 'done' AND expires_at <= now() AND octet_length(content) > 0`,
      );
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM export_jobs
          WHERE status = 'queued' OR (status = 'running' AND started_at < now() - interval '15 minutes')
          ORDER BY created_at LIMIT 100`,
      );
      if (rows.length && this.queue)
        await this.queue.addBulk(rows.map(({ id }) => ({ name: EXPORT_JOB_NAME, data: { exportJobId: id }, opts: exportJobOptions(id) })));
    } catch (error) {
      this.warn(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Builds one export. Public for tests and the bench, which call it without Redis. */
  async run(exportJobId: string): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[row]]: [(ExportJobInput & { status: string })[], number] = await this.dataSource.query(
      `UPDATE export_jobs SET status = 'running', started_at = now(), processed = 0
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING id, kind, format, params, status`,
      [exportJobId],
    );
    if (!row) {
      const [exists] = await this.dataSource.query(`SELECT 1 FROM export_jobs WHERE id = $1`, [exportJobId]);
      if (exists) return; // done or failed already
      throw new JobRowMissing(`Export ${exportJobId} not found`);
    }
    const generator = EXPORT_GENERATORS[row.kind];
    try {
      if (!generator) throw new ExportFailure(`No generator for ${row.kind}`);
      const file = await generator(this.dataSource, row, {
        report: async (processed, total) => {
          await this.dataSource.query(
            `UPDATE export_jobs SET processed = $2, total = coalesce($3, total) WHERE id = $1 AND status = 'running'`,
            [exportJobId, processed, total ?? null],
          );
        },
      });
      await this.dataSource.query(
        `UPDATE export_jobs SET status = 'done', file_name = $2, content_type = $3, content = $4, byte_size = $5,
                processed = greatest(processed, total), finished_at = now(), error = NULL,
                expires_at = now() + $6 * interval '1 hour'
          WHERE id = $1`,
        [exportJobId, file.fileName, file.contentType, file.content, file.content.length, this.config.exportTtlHours],
      );
    } catch (error) {
      // A failed export is final: retrying the same data fails the same way. The requester sees why.
      const message = error instanceof ExportFailure ? error.message : 'The export could not be built';
      if (!(error instanceof ExportFailure)) this.logger.error(`Export ${exportJobId} failed`, error instanceof Error ? error.stack : String(error));
      await this.dataSource.query(
        `UPDATE export_jobs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
        [exportJobId, message.slice(0, 500)],
      );
    }
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`Export worker cannot reach Redis: ${error.message}`);
  }
}
