import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { AppConfig } from '@mitreden/api/core';
import { QuietOnCloseRedisConnection, withTimeout } from '@mitreden/api/mail';
import { EXPORT_QUEUE_NAME } from './export-job.types';
import type { ExportJobData } from './export-job.types';

export type ExportQueue = Queue<ExportJobData>;
export const EXPORT_QUEUE = Symbol('EXPORT_QUEUE');
export const EXPORT_JOB_NAME = 'build';

/** Job options: jobId = export_jobs.id, so a row can be enqueued again (worker sweep) without doubling. */
export const exportJobOptions = (exportJobId: string) => ({
  jobId: exportJobId,
  attempts: 3,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: true,
  removeOnFail: true,
});

/** Producer queue that fails fast while Redis is away; the worker picks queued rows up later. */
export function createExportQueue(config: AppConfig, logger = new Logger('ExportQueue')): ExportQueue {
  const queue: ExportQueue = new Queue(
    EXPORT_QUEUE_NAME,
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
    logger.warn(`Export queue unavailable: ${error.message}`);
  });
  return queue;
}

/**
 * Without an offline queue, a command sent while the connection is still being (re)established is
 * refused at once; waiting for it (bounded) keeps the first export after a start from lying in the
 * table until the worker's next sweep.
 */
export async function addExportJob(queue: ExportQueue, exportJobId: string, timeoutMs = 2000): Promise<void> {
  await withTimeout(
    (async () => {
      await queue.waitUntilReady();
      await queue.add(EXPORT_JOB_NAME, { exportJobId }, exportJobOptions(exportJobId));
    })(),
    timeoutMs,
    'Timed out adding the export job',
  );
}

export async function closeExportQueue(queue: ExportQueue): Promise<void> {
  try {
    await withTimeout(queue.close(), 2000, 'Timed out closing the export queue');
  } catch {
    await withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the export queue').catch(() => undefined);
  }
}
