import { createHash } from 'node:crypto';
import { generateToken, hashToken, looksLikeToken } from './tokens';

describe('one-time tokens', () => {
  it('are 32 random bytes in base64url (43 characters) and never repeat', () => {
    const tokens = Array.from({ length: 200 }, () => generateToken());
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as their SHA-256 in hex', () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toBe(hashToken(generateToken()));
  });

  it('are recognised by shape before any database lookup', () => {
    expect(looksLikeToken(generateToken())).toBe(true);
    for (const bad of [
      '',
      'short',
      `${generateToken()}x`,
      `${generateToken().slice(0, 42)}=`,
      "' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ]) {
      expect(looksLikeToken(bad)).toBe(false);
    }
  });
});
