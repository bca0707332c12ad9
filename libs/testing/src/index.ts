export * from './lib/ports';
export * from './lib/database';
export * from './lib/infrastructure';
export * from './lib/redis-server';
export * from './lib/smtp-capture';
export * from './lib/graphql-client';
