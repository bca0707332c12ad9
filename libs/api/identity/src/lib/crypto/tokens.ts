import { createHash, randomBytes } from 'node:crypto';

export const CONFIRM_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

/** 32 random bytes, URL-safe: goes into the link in the e-mail and nowhere else. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: enough to look it up, useless to an attacker. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap pre-check so obviously malformed tokens never reach the database. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
