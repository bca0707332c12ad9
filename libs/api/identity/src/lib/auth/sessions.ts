import { Inject, Injectable, Logger } from '@nestjs/common';
import type { INestApplication, OnApplicationShutdown } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { CookieOptions } from 'express';
import passport from 'passport';
import { Pool } from 'pg';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';

export const SESSION_COOKIE_NAME = 'mitreden.sid';
export const SESSION_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
export const SESSION_TABLE = 'user_sessions';

/** Cookie attributes, shared by express-session and by logout's clearCookie (which must match). */
export function sessionCookieOptions(config: AppConfig): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    // Over plain HTTP (development, tests) a Secure cookie would never come back.
    secure: config.publicUrl.startsWith('https://'),
    path: '/',
  };
}

/**
 * The PostgreSQL session store with its own small pool, owned by the Nest container so shutdown
 * closes both (an open pool would keep the process, and Jest, alive).
 */
@Injectable()
export class SessionStore implements OnApplicationShutdown {
  private readonly pool: Pool;
  readonly store: session.Store;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('SessionStore');
    this.pool = new Pool({ connectionString: config.databaseUrl, max: 5 });
    this.pool.on('error', (error) => logger.error(`Session pool: ${error.message}`));
    const PgStore = connectPgSimple(session);
    this.store = new PgStore({
      pool: this.pool,
      tableName: SESSION_TABLE,
      createTableIfMissing: false, // the foundation migration owns the table
      pruneSessionInterval: config.env === 'test' ? false : 15 * 60,
      errorLog: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    (this.store as InstanceType<ReturnType<typeof connectPgSimple>>).close();
    await this.pool.end();
  }
}

/**
 * Installs server-side sessions and Passport on the HTTP app. Call before the app listens; the
 * GraphQL login mutation relies on `req.session` and `req.logIn`.
 */
export function configureSessions(app: INestApplication, config: AppConfig): void {
  const { store } = app.get(SessionStore);
  app.use(
    session({
      name: SESSION_COOKIE_NAME,
      secret: config.sessionSecret,
      store,
      resave: false,
      saveUninitialized: false, // anonymous visitors get no session and no cookie
      rolling: true, // every request pushes the expiry out: 14 days of inactivity logs out
      proxy: config.trustProxy,
      cookie: { ...sessionCookieOptions(config), maxAge: SESSION_MAX_AGE_MS },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
}
