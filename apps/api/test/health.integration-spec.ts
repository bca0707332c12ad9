import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { startRedisServer } from '@mitreden/testing';
import type { PrivateRedis } from '@mitreden/testing';

describe('GET /health', () => {
  let redis: PrivateRedis;
  let api: TestApi;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startTestApi({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it('reports database and Redis up', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.info).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers 503 naming Redis when Redis is down', async () => {
    await redis.stop();
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.error.redis.status).toBe('down');
    expect(body.info.database.status).toBe('up');
    await redis.start();
  });
});
