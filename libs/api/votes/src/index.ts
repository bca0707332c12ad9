export * from './lib/votes.module';
export * from './lib/graphql/poll.types';
export * from './lib/graphql/poll.inputs';
export * from './lib/sealing/ballot-seal';
export * from './lib/admin/poll-count-queue';
export * from './lib/demo/demo-polls';
export * from './lib/counting/count-poll';
export * from './lib/turnout/turnout.service';
