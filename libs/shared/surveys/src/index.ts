export * from './lib/survey-model';
export * from './lib/answer-rules';
export * from './lib/export-columns';
