import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@mitreden/api/core';
import { WorkerModule } from './app/worker.module';

/** Running deliveries get this long to finish on shutdown before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 20_000;

/**
 * The worker has no HTTP server: an application context that runs the BullMQ processors and the
 * outbox relay.
 */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });

  // Own signal handling instead of enableShutdownHooks, so a clean stop exits with code 0: the
  // relay stops, running deliveries finish, then Redis and the database connections close.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, finishing running deliveries`);
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${SHUTDOWN_GRACE_MS} ms, exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        logger.log('Worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  logger.log(`Worker started (queue prefix "${config.queuePrefix}", SMTP ${describeSmtp(config.smtpUrl)})`);
}

/** Host and port only: SMTP URLs may carry credentials. */
function describeSmtp(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'URL not parseable';
  }
}

bootstrap().catch((error: unknown) => {
  Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Bootstrap');
  process.exit(1);
});
