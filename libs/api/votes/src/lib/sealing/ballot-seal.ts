import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Open ballots are sealed until the count (docs/vote-secrecy.md): AES-256-GCM under a key derived
 * from BALLOT_SECRET and the poll, so neither a database copy nor anyone with admin rights in the
 * app can read or count them before the close. The poll id is bound as associated data: a sealed
 * ballot moved to another poll does not open.
 */
export interface SealedContent {
  /** Option ids; ranked: most preferred first. */
  choices: string[];
  /** The receipt the voter was shown. */
  receipt: string;
}

function derive(secret: string, purpose: string, pollId: string): Buffer {
  return createHmac('sha256', secret).update(`mitreden-ballot-${purpose}:${pollId}`).digest();
}

/** Who a sealed ballot belongs to, without saying it: an HMAC of poll and voter (account or code id). */
export function sealKey(secret: string, pollId: string, voter: { accountId: string } | { codeId: string }): string {
  const subject = 'accountId' in voter ? `account:${voter.accountId}` : `code:${voter.codeId}`;
  return createHmac('sha256', derive(secret, 'key', pollId)).update(subject).digest('base64url');
}

/** 12-byte nonce ‖ 16-byte tag ‖ ciphertext. */
export function sealBallot(secret: string, pollId: string, content: SealedContent): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, 'seal', pollId), iv);
  cipher.setAAD(Buffer.from(pollId));
  const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the seal was made with another secret or poll, or was tampered with. */
export function openBallot(secret: string, pollId: string, sealed: Buffer): SealedContent {
  const decipher = createDecipheriv('aes-256-gcm', derive(secret, 'seal', pollId), sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(pollId));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  const parsed = JSON.parse(text) as SealedContent;
  if (!Array.isArray(parsed.choices) || typeof parsed.receipt !== 'string') throw new Error('Malformed sealed ballot');
  return parsed;
}

/**
 * Voting codes are looked up by this hash; the code itself is printed once and never stored.
 * Keyed with the secret: 60-bit codes would otherwise fall to a brute force on a database copy.
 */
export function votingCodeHash(secret: string, normalisedCode: string): string {
  return createHmac('sha256', secret).update(`mitreden-voting-code:${normalisedCode}`).digest('hex');
}
