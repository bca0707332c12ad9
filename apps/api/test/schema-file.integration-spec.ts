import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@mitreden/api/core';
import { createTestDatabase, testRedisUrl } from '@mitreden/testing';
import { createApiApp } from '../src/app/create-app';

/**
 * The web client is generated from the committed apps/api/schema.gql; it must be exactly what the
 * code-first resolvers produce, or the client is typed against an API that does not exist.
 */
describe('committed schema.gql', () => {
  it('matches the schema the API generates', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'mitreden-schema-'));
    const generated = join(dir, 'schema.gql');
    const app = await createApiApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, REDIS_URL: testRedisUrl() }), generated);
    try {
      await app.init();
      const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
      const fresh = readFileSync(generated, 'utf8');
      if (fresh !== committed) {
        throw new Error('apps/api/schema.gql is stale: run `npm start` once (or `node dist/apps/api/main.js schema`), then `npm run codegen`');
      }
      expect(fresh).toBe(committed);
    } finally {
      await app.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
