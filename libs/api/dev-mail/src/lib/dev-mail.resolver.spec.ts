import 'reflect-metadata';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, graphqlOptions, loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { DevMailModule } from './dev-mail.module';

const capturedMail = {
  id: '3f1c2a9e-0000-4000-8000-000000000001',
  to: ['anna@example.test'],
  from: 'noreply@mitreden.local',
  subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
  text: 'Bestätigen: http://localhost:3000/confirm-email?token=abc',
  html: '<p>Bestätigen</p>',
  receivedAt: '2026-11-21T10:00:00.000Z',
};

/** Stands in for tools/dev/mail-sink.mjs: the same HTTP contract, a fixed list. */
async function startFakeSink(body: unknown, status = 200): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url !== '/mails') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

@Module({})
class TestApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TestApiModule,
      imports: [
        ConfigModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config, true)),
        DevMailModule,
      ],
    };
  }
}

async function startApi(config: AppConfig): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(TestApiModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/graphql` };
}

async function query(url: string, document: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

const config = (env: Record<string, string>) => loadConfig({ DATABASE_URL: 'postgres://unused/db', ...env });

describe('dev mail viewer (GraphQL)', () => {
  let sink: Awaited<ReturnType<typeof startFakeSink>>;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;

  beforeEach(async () => {
    sink = await startFakeSink([capturedMail, { id: 'broken' }]);
  });

  afterEach(async () => {
    await api?.app.close();
    api = undefined;
    await sink.close();
  });

  it('lists the captured mails in development, dropping malformed entries', async () => {
    api = await startApi(config({ DEV_MAIL_URL: sink.url }));
    const result = await query(
      api.url,
      '{ appInfo { devMailViewer } devMails { id to from subject text html receivedAt } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ appInfo: { devMailViewer: true }, devMails: [capturedMail] });
  });

  it('is disabled without a mail sink', async () => {
    api = await startApi(config({}));
    const info = await query(api.url, '{ appInfo { devMailViewer } }');
    expect(info.data).toEqual({ appInfo: { devMailViewer: false } });
    const mails = await query(api.url, '{ devMails { id } }');
    expect(mails.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is disabled in production even when a sink is configured', async () => {
    api = await startApi(
      config({ NODE_ENV: 'production', DEV_MAIL_URL: sink.url, SESSION_SECRET: 'x'.repeat(40), BALLOT_SECRET: 'y'.repeat(40) }),
    );
    const mails = await query(api.url, '{ appInfo { devMailViewer } devMails { id } }');
    expect(mails.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(mails)).not.toContain(capturedMail.subject);
  });

  it('masks a failing sink as an internal error without leaking details', async () => {
    await sink.close();
    sink = await startFakeSink({ error: 'boom' }, 500);
    api = await startApi(config({ DEV_MAIL_URL: sink.url }));
    const result = await query(api.url, '{ devMails { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toContain('500');
  });
});
