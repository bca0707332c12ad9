import { Module } from '@nestjs/common';
import { DEFAULT_POLL_COUNT_WORKER_OPTIONS, POLL_COUNT_WORKER_OPTIONS, PollCountWorker } from './poll-count.worker';

/** Opens and counts the ballot box of closed polls (queue poll-counts, plus a sweep). */
@Module({
  providers: [{ provide: POLL_COUNT_WORKER_OPTIONS, useValue: DEFAULT_POLL_COUNT_WORKER_OPTIONS }, PollCountWorker],
  exports: [PollCountWorker],
})
export class WorkerVotesModule {}
