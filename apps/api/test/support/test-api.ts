import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { createTestDatabase, GraphqlClient, testRedisUrl, uniqueQueuePrefix } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';
import { createApiApp } from '../../src/app/create-app';

export interface TestApi {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  database: TestDatabase;
  client(): GraphqlClient;
  close(): Promise<void>;
}

/**
 * Boots the real API (HTTP, GraphQL, sessions) on a free port against a fresh database cloned
 * from the migrated template. `env` overrides individual environment variables.
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniqueQueuePrefix(),
    SMTP_URL: 'smtp://127.0.0.1:1',
    PUBLIC_URL: 'http://mitreden.test',
    ...env,
  });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApiApp(config, true);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    throw error;
  }
  const url = await app.getUrl();
  const baseUrl = url.replace('[::1]', 'localhost');
  return {
    app,
    url: baseUrl,
    config,
    database,
    client: () => new GraphqlClient(baseUrl),
    close: async () => {
      await app?.close();
      await database.drop();
      await deleteKeys(config.redisUrl, config.queuePrefix);
    },
  };
}

/** Removes what the API left in Redis under this test's prefix (jobs nobody consumed, rate limits). */
async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis may be deliberately down in this test; nothing to clean then.
  } finally {
    redis.disconnect();
  }
}
