import { Inject, Injectable } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';

export interface PollCountWorkerOptions {
  /** How often polls past their closing time are looked for (a missed or never-queued count job). */
  sweepIntervalMs: number;
}
export const POLL_COUNT_WORKER_OPTIONS = Symbol('POLL_COUNT_WORKER_OPTIONS');
export const DEFAULT_POLL_COUNT_WORKER_OPTIONS: PollCountWorkerOptions = { sweepIntervalMs: 30_000 };

/** Consumes poll-counts jobs and sweeps for closed, uncounted polls; both call countPoll. */
@Injectable()
export class PollCountWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(POLL_COUNT_WORKER_OPTIONS) private readonly options: PollCountWorkerOptions,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    // Built by the worker helper.
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Built by the worker helper.
  }
}
