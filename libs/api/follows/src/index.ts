export * from './lib/follows.module';
export * from './lib/graphql/follow.types';
