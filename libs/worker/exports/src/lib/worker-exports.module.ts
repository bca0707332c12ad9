import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { DEFAULT_EXPORT_WORKER_OPTIONS, EXPORT_WORKER_OPTIONS, ExportsWorker } from './exports.worker';
import type { ExportWorkerOptions } from './exports.worker';

/** Builds export files (queue exports): one generator per export kind, progress in export_jobs. */
@Module({
  providers: [{ provide: EXPORT_WORKER_OPTIONS, useValue: DEFAULT_EXPORT_WORKER_OPTIONS }, ExportsWorker],
  exports: [ExportsWorker],
})
export class WorkerExportsModule {
  /** Tests shorten the sweep interval through this. */
  static withOptions(options: Partial<ExportWorkerOptions>): DynamicModule {
    return {
      module: WorkerExportsModule,
      providers: [{ provide: EXPORT_WORKER_OPTIONS, useValue: { ...DEFAULT_EXPORT_WORKER_OPTIONS, ...options } }, ExportsWorker],
      exports: [ExportsWorker],
    };
  }
}
