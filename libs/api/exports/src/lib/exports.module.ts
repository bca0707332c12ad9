import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { EXPORT_QUEUE, closeExportQueue, createExportQueue } from './export-queue';
import type { ExportQueue } from './export-queue';
import { ExportsController } from './exports.controller';
import { ExportsResolver } from './exports.resolver';
import { ExportsService } from './exports.service';

/** Export jobs (API side): request, progress, download. The worker builds the files. */
@Module({
  controllers: [ExportsController],
  providers: [
    { provide: EXPORT_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createExportQueue(config) },
    ExportsService,
    ExportsResolver,
  ],
  exports: [ExportsService],
})
export class ExportsModule implements OnApplicationShutdown {
  constructor(@Inject(EXPORT_QUEUE) private readonly queue: ExportQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await closeExportQueue(this.queue);
  }
}
