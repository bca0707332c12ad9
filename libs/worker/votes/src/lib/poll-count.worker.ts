import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { ConnectionOptions, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { POLL_COUNT_QUEUE_NAME, countPoll, pollsDueForCount } from '@mitreden/api/votes';
import type { CountOutcome, PollCountJobData } from '@mitreden/api/votes';
import { QuietOnCloseRedisConnection, withTimeout } from '@mitreden/api/mail';

export interface PollCountWorkerOptions {
  /** How often polls past their closing time are looked for (a missed or never-queued count job). */
  sweepIntervalMs: number;
}
export const POLL_COUNT_WORKER_OPTIONS = Symbol('POLL_COUNT_WORKER_OPTIONS');
export const DEFAULT_POLL_COUNT_WORKER_OPTIONS: PollCountWorkerOptions = { sweepIntervalMs: 30_000 };

/** Consumes poll-counts jobs and sweeps for closed, uncounted polls; both call countPoll. */
@Injectable()
export class PollCountWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PollCountWorker.name);
  private worker?: Worker<PollCountJobData>;
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private lastConnectionWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(POLL_COUNT_WORKER_OPTIONS) private readonly options: PollCountWorkerOptions,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const connection: ConnectionOptions = { url: this.config.redisUrl, maxRetriesPerRequest: null };
    this.worker = new Worker<PollCountJobData>(
      POLL_COUNT_QUEUE_NAME,
      async (job: Job<PollCountJobData>) => {
        const outcome = await this.count(job.data.pollId);
        // Early (clock skew) or the close was moved: the sweep or the rescheduled job counts it later.
        if (outcome === 'not-closed') this.logger.log(`Poll ${job.data.pollId} is not closed yet; left to the sweep`);
        return outcome;
      },
      { prefix: this.config.queuePrefix, connection, concurrency: 1 },
      QuietOnCloseRedisConnection,
    );
    this.worker.on('error', (error) => this.warn(error));
    this.worker.on('failed', (job, error) => this.logger.warn(`Count of poll ${job?.data.pollId ?? '?'} failed: ${error.message}`));
    void this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), this.options.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.worker) await withTimeout(this.worker.close(true), 5000, 'Timed out closing the poll count worker').catch(() => undefined);
    // A count is one transaction; let a running sweep finish rather than cut its connection.
    if (this.sweeping) await withTimeout(this.sweeping, 10_000, 'Timed out waiting for the poll count sweep').catch(() => undefined);
  }

  /**
   * Counts every poll past its close without Redis: covers jobs lost while Redis was away and polls
   * closed by editing the time. Overlapping calls share one run. Public for tests.
   */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  /** One poll; concurrent counts of the same poll serialise on its row lock (the loser sees it counted). */
  async count(pollId: string): Promise<CountOutcome> {
    const outcome = await countPoll(this.dataSource, this.config.ballotSecret, pollId);
    if (outcome === 'counted') this.logger.log(`Poll ${pollId} counted`);
    return outcome;
  }

  private async sweepOnce(): Promise<void> {
    try {
      for (;;) {
        const due = await pollsDueForCount(this.dataSource);
        let counted = 0;
        for (const pollId of due) {
          try {
            if ((await this.count(pollId)) === 'counted') counted += 1;
          } catch (error) {
            this.logger.error(`Count of poll ${pollId} failed`, error instanceof Error ? error.stack : String(error));
          }
        }
        // A full page counted means more may be waiting; a failing poll must not loop forever.
        if (due.length < 100 || counted === 0) return;
      }
    } catch (error) {
      this.logger.warn(`Poll count sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`Poll count worker cannot reach Redis: ${error.message}`);
  }
}
