import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Survey links carry their own proof: an invitation or opt-out token is the record's id plus an
 * HMAC of it under a key derived from the server secret, so the database stores nothing a link
 * could be rebuilt from, and a reminder can mail the same link again.
 */
type Purpose = 'invitation' | 'opt-out';

function key(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`mitreden-survey-${purpose}`).digest();
}

function mac(secret: string, purpose: Purpose, id: string): string {
  return createHmac('sha256', key(secret, purpose)).update(id).digest('base64url').slice(0, 24);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function compactId(id: string): string {
  return Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url');
}

function expandId(compact: string): string | null {
  const hex = Buffer.from(compact, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(id) ? id : null;
}

/** "i" + id + mac for invitations ("o" for opt-outs), URL-safe. */
export function signLinkToken(secret: string, purpose: Purpose, id: string): string {
  return `${purpose === 'invitation' ? 'i' : 'o'}${compactId(id)}.${mac(secret, purpose, id)}`;
}

/** The id a token was signed for, or null for anything else (wrong purpose, forged, malformed). */
export function verifyLinkToken(secret: string, purpose: Purpose, token: string): string | null {
  const prefix = purpose === 'invitation' ? 'i' : 'o';
  const match = /^([io])([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!match || match[1] !== prefix) return null;
  const id = expandId(match[2]);
  if (!id) return null;
  const expected = Buffer.from(mac(secret, purpose, id));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** Whether a token looks like an invitation link rather than a typed access code. */
export const isInvitationToken = (token: string): boolean => /^i[A-Za-z0-9_-]{22}\./.test(token);

/** Access codes are typed from paper: 12 characters without look-alikes, shown in groups of four. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newAccessCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Codes are compared without case, blanks or dashes. */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** What survey_access_codes.code_hash stores. */
export function accessCodeHash(code: string): string {
  return createHash('sha256').update(`survey-code:${normaliseAccessCode(code)}`).digest('hex');
}

/**
 * survey_responses.resume_hash of an anonymous response: keyed with the server secret, so even a
 * database copy with the mailed links in its outbox cannot join a response to its link. Erased
 * on completion.
 */
export function resumeHash(secret: string, token: string): string {
  const normalised = isInvitationToken(token) ? token : normaliseAccessCode(token);
  return createHmac('sha256', key(secret, 'resume')).update(normalised).digest('hex');
}
