import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, DomainError, REDIS } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';

export const RATE_LIMITED_ACTIONS = [
  'login',
  'register',
  'resendConfirmation',
  'requestPasswordReset',
  'resetPassword',
  'changePassword',
] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

/** What an attempt is counted against: the client's address and, where there is one, the account. */
export interface AttemptSource {
  ip: string | undefined;
  /** E-mail address or user id the attempt is aimed at. */
  subject?: string;
}

/**
 * Counts authentication attempts per action, per IP and per targeted account, in Redis so all API
 * instances share the count. Redis being down never fails a request: an in-process limiter with
 * the same limits takes over (the `insuranceLimiter`).
 */
@Injectable()
export class AuthRateLimiter {
  private readonly limiters = new Map<
    RateLimitedAction,
    { byIp: RateLimiterAbstract; bySubject: RateLimiterAbstract }
  >();

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    const { points, windowSeconds } = config.authRateLimit;
    const build = (keyPrefix: string) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix,
        points,
        duration: windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds }),
      });
    const prefix = `${config.queuePrefix}:auth-limit`;
    for (const action of RATE_LIMITED_ACTIONS) {
      this.limiters.set(action, {
        byIp: build(`${prefix}:${action}:ip`),
        bySubject: build(`${prefix}:${action}:subject`),
      });
    }
  }

  /** Counts one attempt; throws RATE_LIMITED when either the address or the account is over the limit. */
  async consume(action: RateLimitedAction, source: AttemptSource): Promise<void> {
    const { byIp, bySubject } = this.limitersFor(action);
    try {
      await Promise.all([
        byIp.consume(source.ip ?? 'unknown'),
        source.subject === undefined ? undefined : bySubject.consume(source.subject),
      ]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError('RATE_LIMITED', `Too many attempts, try again in ${retryAfterSeconds} s`);
      }
      throw rejection;
    }
  }

  /** A successful login forgives the account's failed attempts (not the address's). */
  async forgive(action: RateLimitedAction, subject: string): Promise<void> {
    await this.limitersFor(action)
      .bySubject.delete(subject)
      .catch(() => undefined);
  }

  private limitersFor(action: RateLimitedAction) {
    const limiters = this.limiters.get(action);
    if (!limiters) throw new Error(`No rate limit configured for ${action}`);
    return limiters;
  }
}
