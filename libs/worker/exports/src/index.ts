export * from './lib/worker-exports.module';
export * from './lib/exports.worker';
export * from './lib/export-generator';
export * from './lib/generators/survey-responses.generator';
