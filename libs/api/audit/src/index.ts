export * from './lib/audit.module';
export * from './lib/audit.service';
export * from './lib/graphql/audit-log.types';
export * from './lib/csv';
