import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAIL_DELIVERY_POLICY, MAIL_QUEUE, addMailJobs } from '@mitreden/api/mail';
import type { MailDeliveryPolicy, MailQueue } from '@mitreden/api/mail';

export interface MailRelayOptions {
  intervalMs: number;
  /**
   * A row enqueued this long ago and still pending is enqueued again (Redis may have lost the
   * job). Longer than a job's whole retry schedule; an add for a job that still exists is ignored.
   */
  staleAfterMs: number;
  batchSize: number;
  enqueueTimeoutMs: number;
}

export const MAIL_RELAY_OPTIONS = Symbol('MAIL_RELAY_OPTIONS');
export const DEFAULT_MAIL_RELAY_OPTIONS: MailRelayOptions = {
  intervalMs: 2000,
  staleAfterMs: 10 * 60_000,
  batchSize: 100,
  enqueueTimeoutMs: 5000,
};

/**
 * Moves pending outbox rows to BullMQ: rows the API could not enqueue (Redis down, crash after
 * commit) and rows whose job got lost. Any number of workers run it; SKIP LOCKED gives each
 * its own rows.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private lastFailureLog = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_QUEUE) private readonly queue: MailQueue,
    @Inject(MAIL_DELIVERY_POLICY) private readonly policy: MailDeliveryPolicy,
    @Inject(MAIL_RELAY_OPTIONS) private readonly options: MailRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Enqueues up to one batch of due rows; returns how many. Throws when Redis or the DB fail. */
  async sweep(): Promise<number> {
    // Claim first and enqueue after the commit, so no row lock is held while a worker already
    // picks up the job.
    const claimed: { id: string }[] = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM outbox_messages
          WHERE sent_at IS NULL AND failed_at IS NULL
            AND (enqueued_at IS NULL OR enqueued_at < now() - $1::int * interval '1 millisecond')
          ORDER BY created_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [this.options.staleAfterMs, this.options.batchSize],
      );
      if (rows.length > 0) {
        await manager.query(`UPDATE outbox_messages SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((row) => row.id),
        ]);
      }
      return rows;
    });
    if (claimed.length === 0) return 0;

    const ids = claimed.map((row) => row.id);
    try {
      await addMailJobs(this.queue, ids, this.policy, this.options.enqueueTimeoutMs);
    } catch (error) {
      // Hand the rows back so the next tick (here or in another worker) tries again.
      await this.dataSource.query(
        `UPDATE outbox_messages SET enqueued_at = NULL WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      throw error;
    }
    return ids.length;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        this.schedule(this.options.intervalMs);
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      let moved: number;
      do {
        moved = await this.sweep();
        if (moved > 0) this.logger.log(`Relayed ${moved} pending mail(s) to the queue`);
      } while (moved === this.options.batchSize && !this.stopped);
    } catch (error) {
      if (Date.now() - this.lastFailureLog < 30_000) return;
      this.lastFailureLog = Date.now();
      this.logger.warn(`Outbox relay will retry: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
