import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@mitreden/api/core';
import { createApiApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Development writes the code-first schema next to the sources, where it is committed.
  const schemaFile = config.env === 'production' ? true : join(process.cwd(), 'apps/api/schema.gql');
  const app = await createApiApp(config, process.env['SCHEMA_FILE'] ?? schemaFile);
  await app.listen(config.port, process.env['HOST'] ?? '127.0.0.1');
  Logger.log(`API listening on ${config.publicUrl}`, 'Bootstrap');
}

void bootstrap();
