import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { AppConfig } from '@mitreden/api/core';
import { QuietOnCloseRedisConnection, withTimeout } from '@mitreden/api/mail';

/** The worker opens and counts a poll's ballot box (libs/worker/votes); the API only asks for it. */
export const POLL_COUNT_QUEUE_NAME = 'poll-counts';
export const POLL_COUNT_JOB_NAME = 'count';
export interface PollCountJobData {
  pollId: string;
}
export type PollCountQueue = Queue<PollCountJobData>;
export const POLL_COUNT_QUEUE = Symbol('POLL_COUNT_QUEUE');

/**
 * `jobId` per poll and closing time: closing early after a scheduled count was queued adds a second
 * job, and counting twice is harmless (the count is idempotent).
 */
export const pollCountJobOptions = (pollId: string, closesAt: Date) => ({
  jobId: `${pollId}_${closesAt.getTime()}`,
  delay: Math.max(0, closesAt.getTime() - Date.now()),
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: true,
  removeOnFail: 100,
});

/** Producer queue that fails fast while Redis is away; the worker's sweep counts closed polls anyway. */
export function createPollCountQueue(config: AppConfig, logger = new Logger('PollCountQueue')): PollCountQueue {
  const queue: PollCountQueue = new Queue(
    POLL_COUNT_QUEUE_NAME,
    {
      prefix: config.queuePrefix,
      connection: {
        url: config.redisUrl,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
        retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
      },
    },
    QuietOnCloseRedisConnection,
  );
  let lastLogged = 0;
  queue.on('error', (error: Error) => {
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    logger.warn(`Poll count queue unavailable: ${error.message}`);
  });
  return queue;
}

/** Never fails the caller: a missed job is picked up by the worker's sweep. */
export async function schedulePollCount(queue: PollCountQueue, pollId: string, closesAt: Date, logger?: Logger): Promise<void> {
  try {
    await withTimeout(queue.add(POLL_COUNT_JOB_NAME, { pollId }, pollCountJobOptions(pollId, closesAt)), 1000, 'Timed out adding the count job');
  } catch (error) {
    logger?.warn(`Count of poll ${pollId} not queued (${(error as Error).message}); the worker's sweep will count it`);
  }
}

export async function closePollCountQueue(queue: PollCountQueue): Promise<void> {
  try {
    await withTimeout(queue.close(), 2000, 'Timed out closing the poll count queue');
  } catch {
    await withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the poll count queue').catch(() => undefined);
  }
}
