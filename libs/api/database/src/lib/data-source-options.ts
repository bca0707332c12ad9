import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/**
 * Connection options shared by the API, the worker, the migrate command and the tests.
 * Entities are registered by the feature modules (autoLoadEntities) or passed by the caller.
 */
export function dataSourceOptions(
  databaseUrl: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    ...extra,
  } as DataSourceOptions;
}
