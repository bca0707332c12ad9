import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';

export const CODE_FAILURES_MAX = 10;
export const CODE_FAILURES_WINDOW_SECONDS = 10 * 60;

const rateLimited = (msBeforeNext: number) =>
  new DomainError('RATE_LIMITED', `Too many wrong codes, try again in ${Math.max(1, Math.ceil(msBeforeNext / 1000))} s`);

/**
 * Wrong voting codes per IP, shared by all API instances through Redis (an in-process limiter with
 * the same limits takes over while Redis is away). Only failures count; once over the limit the
 * address cannot try any code, so guessing cannot go on by interleaving right ones.
 */
export class CodeAttemptLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(config: AppConfig, redis: Redis) {
    const keyPrefix = `${config.queuePrefix}:voting-code-failures`;
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points: CODE_FAILURES_MAX,
      duration: CODE_FAILURES_WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: CODE_FAILURES_MAX, duration: CODE_FAILURES_WINDOW_SECONDS }),
    });
  }

  /** RATE_LIMITED when this address already used up its failures. */
  async ensureAllowed(ip: string | undefined): Promise<void> {
    const state = await this.limiter.get(ip ?? 'unknown').catch(() => null);
    if (state && state.consumedPoints >= CODE_FAILURES_MAX) throw rateLimited(state.msBeforeNext);
  }

  /** Counts one wrong code; RATE_LIMITED when that was one too many. */
  async recordFailure(ip: string | undefined): Promise<void> {
    try {
      await this.limiter.consume(ip ?? 'unknown');
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext);
      throw rejection;
    }
  }
}
