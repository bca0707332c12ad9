import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import {
  MAIL_DELIVER_JOB,
  MAIL_QUEUE_NAME,
  QuietOnCloseRedisConnection,
  withTimeout,
} from '@mitreden/api/mail';
import type { MailJobData } from '@mitreden/api/mail';
import { MailDeliveryError, MailDeliveryService } from './mail-delivery.service';

export interface MailWorkerOptions {
  /** Mails sent in parallel by one worker process. */
  concurrency: number;
  /** How long shutdown waits for running deliveries to be recorded as finished. */
  shutdownGraceMs: number;
}

export const MAIL_WORKER_OPTIONS = Symbol('MAIL_WORKER_OPTIONS');
export const DEFAULT_MAIL_WORKER_OPTIONS: MailWorkerOptions = { concurrency: 4, shutdownGraceMs: 10_000 };

/** Consumes the `mail` queue. Lives only in apps/worker: the API never processes jobs. */
@Injectable()
export class MailQueueWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailQueueWorker.name);
  private worker?: Worker<MailJobData>;
  private lastConnectionWarning = 0;
  /** Jobs taken by this process whose outcome BullMQ has not recorded yet. */
  private readonly unfinished = new Set<string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_WORKER_OPTIONS) private readonly options: MailWorkerOptions,
    private readonly delivery: MailDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<MailJobData>(
      MAIL_QUEUE_NAME,
      (job) => this.process(job),
      {
        prefix: this.config.queuePrefix,
        concurrency: this.options.concurrency,
        // Workers wait for Redis instead of failing: they reconnect on their own after an outage.
        connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
      },
      QuietOnCloseRedisConnection,
    );
    const finished = (job: Job<MailJobData> | undefined) => job?.id && this.unfinished.delete(job.id);
    this.worker.on('completed', finished);
    this.worker.on('failed', finished);
    this.worker.on('error', (error) => {
      if (Date.now() - this.lastConnectionWarning < 30_000) return;
      this.lastConnectionWarning = Date.now();
      this.logger.warn(`Mail worker cannot reach Redis: ${error.message}`);
    });
  }

  async process(job: Job<MailJobData>): Promise<void> {
    if (job.name !== MAIL_DELIVER_JOB || typeof job.data?.outboxId !== 'string') {
      throw new UnrecoverableError(`Unexpected job ${job.name} on the mail queue`);
    }
    if (job.id) this.unfinished.add(job.id);
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let outcome;
    try {
      outcome = await this.delivery.deliver(job.data.outboxId, finalAttempt);
    } catch (error) {
      if (error instanceof MailDeliveryError && error.permanent) throw new UnrecoverableError(error.message);
      throw error;
    }
    // Retrying later either finds the row sent (nothing to do) or free to send.
    if (outcome === 'busy')
      throw new Error(`Outbox message ${job.data.outboxId} is being delivered elsewhere`);
  }

  /**
   * Stops taking jobs, lets running deliveries finish and be recorded, then closes. BullMQ's
   * graceful close() never returns while Redis is unreachable, so the close itself is forced; a
   * job whose completion could not be recorded runs again later and finds its row already sent.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await worker.pause(true);
    await waitUntil(() => this.unfinished.size === 0, this.options.shutdownGraceMs);
    if (this.unfinished.size > 0) {
      this.logger.warn(
        `Closing with ${this.unfinished.size} delivery job(s) unrecorded; they will run again`,
      );
    }
    await withTimeout(worker.close(true), 5000, 'Timed out closing the mail worker').catch(() => undefined);
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}
