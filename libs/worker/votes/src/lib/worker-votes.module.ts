import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { DEFAULT_POLL_COUNT_WORKER_OPTIONS, POLL_COUNT_WORKER_OPTIONS, PollCountWorker } from './poll-count.worker';
import type { PollCountWorkerOptions } from './poll-count.worker';

/** POLL_COUNT_SWEEP_MS (milliseconds, optional) shortens the sweep for tests and the e2e stack. */
export function pollCountWorkerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PollCountWorkerOptions {
  const fromEnv = Number(env['POLL_COUNT_SWEEP_MS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? { ...DEFAULT_POLL_COUNT_WORKER_OPTIONS, sweepIntervalMs: fromEnv } : DEFAULT_POLL_COUNT_WORKER_OPTIONS;
}

/** Opens and counts the ballot box of closed polls (queue poll-counts, plus a sweep). */
@Module({
  // A factory, so the environment is read when the application is created, not when this file loads.
  providers: [{ provide: POLL_COUNT_WORKER_OPTIONS, useFactory: () => pollCountWorkerOptionsFromEnv() }, PollCountWorker],
  exports: [PollCountWorker],
})
export class WorkerVotesModule {
  static withOptions(options: Partial<PollCountWorkerOptions>): DynamicModule {
    return {
      module: WorkerVotesModule,
      providers: [{ provide: POLL_COUNT_WORKER_OPTIONS, useValue: { ...pollCountWorkerOptionsFromEnv(), ...options } }, PollCountWorker],
      exports: [PollCountWorker],
    };
  }
}
