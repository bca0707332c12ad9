import { Logger } from '@nestjs/common';
import { Queue, RedisConnection } from 'bullmq';
import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@mitreden/api/core';

export const MAIL_QUEUE_NAME = 'mail';
export const MAIL_DELIVER_JOB = 'deliver';

/** Job data holds the outbox id only: Redis keeps job data in clear text, the outbox row has the rest. */
export interface MailJobData {
  outboxId: string;
}

export type MailQueue = Queue<MailJobData, void, typeof MAIL_DELIVER_JOB>;

/** Injection token of the producer-side BullMQ queue `mail`. */
export const MAIL_QUEUE = Symbol('MAIL_QUEUE');

export interface MailDeliveryPolicy {
  attempts: number;
  /** First retry delay; BullMQ doubles it on every further attempt. */
  backoffDelayMs: number;
}

export const DEFAULT_MAIL_DELIVERY_POLICY: MailDeliveryPolicy = { attempts: 8, backoffDelayMs: 2000 };

/** Injection token of the MailDeliveryPolicy; tests shorten the backoff through it. */
export const MAIL_DELIVERY_POLICY = Symbol('MAIL_DELIVERY_POLICY');

/** How long enqueueing may take before we give up and leave the row to the relay. */
export const MAIL_ENQUEUE_TIMEOUT_MS = 1000;

export function mailJobOptions(outboxId: string, policy: MailDeliveryPolicy): JobsOptions {
  return {
    // BullMQ ignores an add whose jobId already exists, so the API and any number of relays may
    // race to enqueue the same row.
    jobId: outboxId,
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffDelayMs },
    removeOnComplete: true,
    // A failed job is gone from Redis, so the relay can enqueue a row that was never marked failed.
    removeOnFail: true,
  };
}

/**
 * BullMQ drops its connection's listeners on close, and a connection closed before it ever
 * reached Redis then reports "Connection is closed" to nobody — an unhandled error that crashes
 * the process. Shutting down while Redis is away is normal for us, so such late errors are dropped.
 */
export class QuietOnCloseRedisConnection extends RedisConnection {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'error' && this.listenerCount('error') === 0) return false;
    return super.emit(event, ...args);
  }
}

/**
 * A producer queue that fails fast while Redis is away (no offline queue, one retry, short
 * connect timeout): enqueueing must degrade, never hold a resident's request.
 */
export function createMailQueue(config: AppConfig, logger = new Logger('MailQueue')): MailQueue {
  const queue: MailQueue = new Queue(
    MAIL_QUEUE_NAME,
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
    // ioredis reports every reconnect attempt; one line per outage window is enough.
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    logger.warn(`Mail queue unavailable: ${error.message}`);
  });
  return queue;
}

export async function addMailJobs(
  queue: MailQueue,
  outboxIds: readonly string[],
  policy: MailDeliveryPolicy,
  timeoutMs = MAIL_ENQUEUE_TIMEOUT_MS,
): Promise<void> {
  const adding = queue.addBulk(
    outboxIds.map((outboxId) => ({
      name: MAIL_DELIVER_JOB,
      data: { outboxId },
      opts: mailJobOptions(outboxId, policy),
    })),
  );
  await withTimeout(adding, timeoutMs, 'Timed out adding mail jobs');
}

/**
 * Closes the queue without ever blocking shutdown. While Redis is away BullMQ's close() fails
 * (QUIT cannot be sent) and leaves the client reconnecting, and disconnect() may wait forever for
 * an 'end' event; so both are bounded, and the forced disconnect stops the reconnect loop.
 */
export async function closeMailQueue(queue: MailQueue, timeoutMs = 2000): Promise<void> {
  try {
    await withTimeout(queue.close(), timeoutMs, 'Timed out closing the mail queue');
  } catch {
    // The socket is shut synchronously once disconnect() starts; only its 'end' event may never come.
    await withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the mail queue').catch(
      () => undefined,
    );
  }
}

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  // The losing promise may still settle later; swallow that so it is never an unhandled rejection.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
