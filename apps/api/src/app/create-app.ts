import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe, serveWebApp } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { configureSessions } from '@mitreden/api/identity';
import { AppModule } from './app.module';

/** Builds the configured API application; `main.ts` listens on it, integration tests too. */
export async function createApiApp(config: AppConfig, schemaFile: string | true): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, schemaFile }), {
    bufferLogs: false,
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
    bodyParser: false,
  });
  // Large enough for a 1 MB text so validation (not the parser) answers with a clear message, and
  // for a 2 MB spreadsheet import, which travels base64-encoded (4/3 of its size).
  app.useBodyParser('json', { limit: '3mb' });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Static files first: asset requests never touch the session store.
  if (config.webDistDir) serveWebApp(app, config.webDistDir);
  configureSessions(app, config);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  return app;
}
