export * from './lib/worker-votes.module';
export * from './lib/poll-count.worker';
