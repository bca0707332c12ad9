import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import passport from 'passport';
import { Strategy } from 'passport-local';
import { DomainError } from '@mitreden/api/core';
import type { User } from '../entities/user.entity';
import { CredentialsService } from '../services/credentials.service';

export const LOCAL_STRATEGY = 'local';

/** Passport's local strategy, keyed on the e-mail address. Failures carry their DomainError code. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, LOCAL_STRATEGY) {
  constructor(private readonly credentials: CredentialsService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  validate(email: string, password: string): Promise<User> {
    return this.credentials.verify(email, password);
  }
}

/**
 * Runs the local strategy on already validated and normalised GraphQL input. Passport-local reads
 * `req.body`, which for GraphQL is the whole operation, so it gets a view of the request whose body
 * holds just the credentials.
 */
export function authenticateLocal(
  request: Request,
  credentials: { email: string; password: string },
): Promise<User> {
  return new Promise((resolve, reject) => {
    const view = Object.defineProperty(Object.create(request) as Request, 'body', { value: credentials });
    const middleware = passport.authenticate(
      LOCAL_STRATEGY,
      { session: false },
      (error: unknown, user: User | false | undefined) => {
        if (error) return reject(error);
        if (!user) return reject(new DomainError('INVALID_CREDENTIALS', 'E-mail or password is wrong'));
        resolve(user);
      },
    ) as (req: Request, res: unknown, next: (error?: unknown) => void) => void;
    middleware(view, request.res, reject);
  });
}

/** Stores the user in the session. Passport ≥ 0.6 regenerates the session id first (no fixation). */
export function logIn(request: Request, user: User): Promise<void> {
  return new Promise((resolve, reject) =>
    request.logIn(user, (error) => (error ? reject(error) : resolve())),
  );
}

/** Ends the session in the store; the caller clears the cookie. */
export function destroySession(request: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!request.session) return resolve();
    request.session.destroy((error: unknown) => (error ? reject(error) : resolve()));
  });
}
