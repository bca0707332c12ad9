import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import type { PollTurnout } from '../graphql/poll.types';

/** Coalesces a burst of votes into one count and one message per poll and instance. */
export const TURNOUT_PUBLISH_DELAY_MS = 250;

/**
 * Live turnout through Redis pub/sub, so a vote taken by one API instance reaches subscribers on
 * every instance. The count comes from the voter roll, never from ballots; Redis being away only
 * stops the live updates (the page still reads `turnout`).
 */
@Injectable()
export class TurnoutService implements OnApplicationShutdown {
  private readonly logger = new Logger(TurnoutService.name);
  private readonly pubsub: RedisPubSub;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private lastWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    const options = { retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000), maxRetriesPerRequest: 1, connectTimeout: 2000 };
    this.publisher = new Redis(config.redisUrl, { ...options, enableOfflineQueue: false });
    this.subscriber = new Redis(config.redisUrl, options);
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error: Error) => this.warn(error));
    this.pubsub = new RedisPubSub({ publisher: this.publisher, subscriber: this.subscriber });
  }

  private channel(pollId: string): string {
    return `${this.config.queuePrefix}:poll-turnout:${pollId}`;
  }

  async count(pollId: string): Promise<number> {
    const [row]: { voters: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS voters FROM poll_voters WHERE poll_id = $1`,
      [pollId],
    );
    return row?.voters ?? 0;
  }

  /** Called after a vote committed: subscribers hear the new count within TURNOUT_PUBLISH_DELAY_MS. */
  voteRecorded(pollId: string): void {
    if (this.pending.has(pollId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(pollId);
      void this.publishNow(pollId);
    }, TURNOUT_PUBLISH_DELAY_MS);
    timer.unref();
    this.pending.set(pollId, timer);
  }

  private async publishNow(pollId: string): Promise<void> {
    try {
      const pollTurnout: PollTurnout = { pollId, voters: await this.count(pollId) };
      await this.pubsub.publish(this.channel(pollId), { pollTurnout });
    } catch (error) {
      this.warn(error as Error);
    }
  }

  /** NOT_FOUND for anything but a published poll. */
  async subscribe(pollId: string): Promise<AsyncIterator<{ pollTurnout: PollTurnout }>> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM polls WHERE id = $1 AND status <> 'draft'`,
      [/^[0-9a-f-]{36}$/i.test(pollId) ? pollId : '00000000-0000-0000-0000-000000000000'],
    );
    if (!rows.length) throw new DomainError('NOT_FOUND', 'No such poll');
    return this.pubsub.asyncIterator<{ pollTurnout: PollTurnout }>(this.channel(pollId));
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 30_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Live turnout unavailable: ${error.message}`);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await this.pubsub.close().catch(() => undefined);
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
