export * from './lib/worker-exports.module';
export * from './lib/exports.worker';
export * from './lib/export-generator';
export * from './lib/generators/survey-responses.generator';
export * from './lib/generators/proposals.generator';
export * from './lib/generators/catalogue.generator';
