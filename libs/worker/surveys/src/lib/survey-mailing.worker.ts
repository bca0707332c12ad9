import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { ConnectionOptions, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import {
  DEFAULT_MAIL_DELIVERY_POLICY,
  MailDispatcher,
  QuietOnCloseRedisConnection,
  closeMailQueue,
  createMailQueue,
  withTimeout,
} from '@mitreden/api/mail';
import type { MailQueue } from '@mitreden/api/mail';
import { SURVEY_MAILING_QUEUE_NAME } from '@mitreden/api/surveys';
import type { SurveyMailingJobData } from '@mitreden/api/surveys';
import { sendSurveyMailing } from './send-survey-mailing';
import type { MailingOutcome } from './send-survey-mailing';

/** How often queued mailings the API could not hand to Redis (or a crash left running) are picked up. */
export const MAILING_SWEEP_INTERVAL_MS = 60_000;
/** A running mailing whose worker has not moved it for this long is taken over. */
const STALE_RUNNING = '10 minutes';

/**
 * Consumes `survey-mailings` (jobId = mailing id). The survey_mailings row is the source of truth;
 * the queue only wakes the worker, so on start and then periodically every queued row is added
 * again (BullMQ ignores a jobId it already holds).
 */
@Injectable()
export class SurveyMailingWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SurveyMailingWorker.name);
  private queue?: Queue<SurveyMailingJobData>;
  private worker?: Worker<SurveyMailingJobData>;
  private mailQueue?: MailQueue;
  private sweepTimer?: NodeJS.Timeout;
  private lastConnectionWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const connection: ConnectionOptions = { url: this.config.redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue<SurveyMailingJobData>(SURVEY_MAILING_QUEUE_NAME, { prefix: this.config.queuePrefix, connection });
    this.queue.on('error', (error) => this.warn(error));
    this.mailQueue = createMailQueue(this.config, this.logger);
    this.worker = new Worker<SurveyMailingJobData>(
      SURVEY_MAILING_QUEUE_NAME,
      (job: Job<SurveyMailingJobData>) => this.run(job.data.mailingId),
      { prefix: this.config.queuePrefix, connection, concurrency: 2 },
      QuietOnCloseRedisConnection,
    );
    this.worker.on('error', (error) => this.warn(error));
    this.worker.on('failed', (job, error) => this.logger.warn(`Survey mailing ${job?.data.mailingId ?? '?'} failed: ${error.message}`));
    // Not awaited: the worker must start while Redis is away; the sweep retries.
    void this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), MAILING_SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.worker) {
      await withTimeout(this.worker.close(), 5000, 'Timed out closing the survey mailing worker').catch(() => undefined);
    }
    if (this.queue) {
      const queue = this.queue;
      await withTimeout(queue.close(), 2000, 'Timed out closing the survey mailing queue').catch(() =>
        withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the survey mailing queue').catch(() => undefined),
      );
    }
    if (this.mailQueue) await closeMailQueue(this.mailQueue);
  }

  /** Sends one mailing and hands each batch to the mail queue (the outbox relay catches what this misses). */
  async run(mailingId: string): Promise<MailingOutcome> {
    const dispatcher = this.mailQueue
      ? new MailDispatcher(this.mailQueue, DEFAULT_MAIL_DELIVERY_POLICY, this.dataSource)
      : null;
    const outcome = await sendSurveyMailing(this.dataSource, mailingId, {
      publicUrl: this.config.publicUrl,
      secret: this.config.sessionSecret,
      onBatch: async (ids) => dispatcher?.dispatch(ids),
    });
    if (outcome === 'done') this.logger.log(`Survey mailing ${mailingId} done`);
    return outcome;
  }

  /** Re-adds queued mailings and running ones nobody has touched for a while. Never throws. */
  async sweep(): Promise<number> {
    try {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM survey_mailings
          WHERE status = 'queued' OR (status = 'running' AND started_at < now() - interval '${STALE_RUNNING}')
          ORDER BY created_at`,
      );
      if (rows.length && this.queue) {
        await this.queue.addBulk(
          rows.map((row) => ({
            name: 'send',
            data: { mailingId: row.id },
            opts: { jobId: row.id, removeOnComplete: true, removeOnFail: true },
          })),
        );
      }
      return rows.length;
    } catch (error) {
      this.warn(error instanceof Error ? error : new Error(String(error)));
      return 0;
    }
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`Survey mailings: ${error.message}`);
  }
}
