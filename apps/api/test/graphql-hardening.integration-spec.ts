import { DataSource } from 'typeorm';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from '@mitreden/api/core';
import { errorCode } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const ME = '{ me { id displayName } }';

describe('GraphQL hardening', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const response = await api.client().request('{ me { id ');
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await api.client().request('{ me { passwordHash } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels`, async () => {
    // No type in the schema nests this deep yet, so the depth rule is shown on a query that is
    // otherwise invalid too; the point is that the depth rule itself speaks.
    const depth = MAX_QUERY_DEPTH + 2;
    const query = `{ ${'me { '.repeat(depth)}id${' }'.repeat(depth)} }`;
    const response = await api.client().request(query);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.some((error) => /exceeds maximum operation depth of 8/.test(error.message))).toBe(true);
    expect(response.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('refuses 500 aliases of me as too complex', async () => {
    const aliases = Array.from({ length: 500 }, (_, index) => `a${index}: me { id displayName }`).join(' ');
    const response = await api.client().request(`{ ${aliases} }`);
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0].message).toMatch(new RegExp(`> ${MAX_QUERY_COMPLEXITY}`));
    expect(response.data ?? null).toBeNull();
  });

  it('refuses batched requests', async () => {
    const response = await api.client().raw({ body: JSON.stringify([{ query: ME }, { query: ME }]) });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
  });

  // Apollo answers a blocked request with 400 before parsing it, saying why (code BAD_REQUEST).
  describe('CSRF prevention', () => {
    it('blocks a text/plain POST, which a foreign page could send without a preflight', async () => {
      const response = await api.client().raw({ body: JSON.stringify({ query: ME }), headers: { 'content-type': 'text/plain' } });
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(errorCode(response)).toBe('BAD_REQUEST');
      expect(response.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
    });

    it('blocks a form-encoded POST', async () => {
      const response = await api.client().raw({
        body: `query=${encodeURIComponent(ME)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
    });

    it('blocks a GET without a preflight header and allows it with one', async () => {
      const path = `/graphql?query=${encodeURIComponent(ME)}`;
      const blocked = await api.client().raw({ method: 'GET', path });
      expect(blocked.status).toBe(400);
      expect(blocked.data ?? null).toBeNull();
      expect(errorCode(blocked)).toBe('BAD_REQUEST');
      const allowed = await api.client().raw<{ me: null }>({ method: 'GET', path, headers: { 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
      expect(allowed.data).toEqual({ me: null });
    });

    it('never runs a mutation over GET', async () => {
      const response = await api.client().raw({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('mutation { logout }')}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
    });
  });

  it('refuses a body over the parser limit without touching the resolvers', async () => {
    const response = await api.client().raw({ body: JSON.stringify({ query: ME, variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }) });
    expect(response.status).toBe(413);
  });
});

describe('GraphQL hardening in production mode', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
      BALLOT_SECRET: 'a-production-ballot-secret-of-32-characters',
    });
  });
  afterAll(() => api.close());

  it('refuses introspection', async () => {
    const schema = await api.client().request('{ __schema { types { name } } }');
    expect(errorCode(schema)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(schema.errors?.[0].message).toMatch(/introspection is not allowed/i);
    const type = await api.client().request('{ __type(name: "User") { fields { name } } }');
    expect(errorCode(type)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks an unexpected failure as INTERNAL_SERVER_ERROR without stack, SQL or library text', async () => {
    const dataSource = api.app.get(DataSource);
    // Break the database under the running API: the next login fails deep inside TypeORM.
    await dataSource.query(`ALTER TABLE users RENAME TO users_hidden_for_test`);
    try {
      const response = await api.client().request(
        `mutation { login(input: { email: "someone@example.org", password: "whatever password" }) { id } }`,
      );
      expect(response.errors).toEqual([
        { message: 'Internal server error', path: ['login'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
    } finally {
      await dataSource.query(`ALTER TABLE users_hidden_for_test RENAME TO users`);
    }
  });

  it('still answers ordinary queries', async () => {
    const response = await api.client().request<{ me: null }>(ME);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });
});
