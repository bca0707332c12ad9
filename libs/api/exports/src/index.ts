export * from './lib/export-job.types';
export * from './lib/export-queue';
export * from './lib/exports.service';
export * from './lib/exports.controller';
export * from './lib/exports.module';
