export * from './lib/follows.module';
export * from './lib/graphql/follow.types';
export * from './lib/follow.entity';
export * from './lib/follows.service';
