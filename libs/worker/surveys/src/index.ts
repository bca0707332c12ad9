export * from './lib/worker-surveys.module';
export * from './lib/survey-mailing.worker';
export * from './lib/send-survey-mailing';
