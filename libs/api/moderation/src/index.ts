export * from './lib/moderation.module';
export * from './lib/graphql/moderation.types';
export * from './lib/demo/demo-moderation';
