import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { ConnectionOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { CITY_TIME_ZONE } from '@mitreden/shared/contracts';
import {
  DEFAULT_MAIL_DELIVERY_POLICY,
  MailDispatcher,
  QuietOnCloseRedisConnection,
  closeMailQueue,
  createMailQueue,
  withTimeout,
} from '@mitreden/api/mail';
import type { MailQueue } from '@mitreden/api/mail';
import {
  REMINDER_CRON,
  REMINDER_JOB_NAME,
  REMINDER_QUEUE_NAME,
  REMINDER_SCHEDULER_ID,
} from './reminder-schedule';
import { sendAssessmentReminders } from './send-assessment-reminders';

/** Registers the daily job scheduler and runs its jobs. Lives only in apps/worker. */
export async function registerReminderScheduler(queue: Queue): Promise<void> {
  // Upsert: every worker process may call it on start; the schedule stays one.
  await queue.upsertJobScheduler(
    REMINDER_SCHEDULER_ID,
    { pattern: REMINDER_CRON, tz: CITY_TIME_ZONE },
    { name: REMINDER_JOB_NAME, opts: { removeOnComplete: 30, removeOnFail: 100 } },
  );
}

@Injectable()
export class AssessmentRemindersWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AssessmentRemindersWorker.name);
  private queue?: Queue;
  private worker?: Worker;
  private mailQueue?: MailQueue;
  private lastConnectionWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    // Waits for Redis instead of failing, like the mail worker.
    const connection: ConnectionOptions = { url: this.config.redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue(REMINDER_QUEUE_NAME, { prefix: this.config.queuePrefix, connection });
    this.queue.on('error', (error) => this.warn(error));
    this.mailQueue = createMailQueue(this.config, this.logger);
    this.worker = new Worker(REMINDER_QUEUE_NAME, () => this.run(), {
      prefix: this.config.queuePrefix,
      connection,
    }, QuietOnCloseRedisConnection);
    this.worker.on('error', (error) => this.warn(error));
    this.worker.on('failed', (_job, error) => this.logger.warn(`Assessment reminders failed: ${error.message}`));
    // Not awaited: while Redis is away the worker still starts (the mail relay must run), and the
    // schedule is registered as soon as Redis answers.
    registerReminderScheduler(this.queue).catch((error: unknown) =>
      this.logger.warn(`Could not register the reminder schedule: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /**
   * Bounded like the mail worker's: BullMQ's close() never returns while Redis is unreachable, and
   * shutdown must not hang on it. A digest run cut short here rolls back and runs again.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker) {
      await withTimeout(this.worker.close(true), 5000, 'Timed out closing the reminder worker').catch(() => undefined);
    }
    if (this.queue) {
      const queue = this.queue;
      await withTimeout(queue.close(), 2000, 'Timed out closing the reminder queue').catch(() =>
        withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the reminder queue').catch(() => undefined),
      );
    }
    if (this.mailQueue) await closeMailQueue(this.mailQueue);
  }

  /** Writes the digests, then hands them to the mail queue (the relay catches what this misses). */
  async run(): Promise<number> {
    const ids = await sendAssessmentReminders(this.dataSource, { publicUrl: this.config.publicUrl });
    if (this.mailQueue && ids.length) {
      await new MailDispatcher(this.mailQueue, DEFAULT_MAIL_DELIVERY_POLICY, this.dataSource).dispatch(ids);
    }
    if (ids.length) this.logger.log(`Sent ${ids.length} assessment reminder(s)`);
    return ids.length;
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`Assessment reminders cannot reach Redis: ${error.message}`);
  }
}
