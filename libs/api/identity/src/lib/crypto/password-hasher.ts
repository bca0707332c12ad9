import { Injectable } from '@nestjs/common';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/** OWASP Password Storage Cheat Sheet, argon2id minimum configuration (19 MiB, t=2, p=1). */
export const ARGON2_OPTIONS = {
  type: argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes and verifies passwords with argon2id. `verifyAgainstNothing` burns the same time as a real
 * verification so "unknown e-mail" and "wrong password" cannot be told apart by a stopwatch.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      return await verify(storedHash, password);
    } catch {
      // A malformed stored hash must read as "wrong password", never as an internal error.
      return false;
    }
  }

  /** True for hashes made with weaker (older) parameters; they are upgraded at the next login. */
  isOutdated(storedHash: string): boolean {
    try {
      return needsRehash(storedHash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }

  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= hash('mitreden-timing-equaliser', ARGON2_OPTIONS);
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
