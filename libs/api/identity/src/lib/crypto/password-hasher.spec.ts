import { argon2i, hash } from 'argon2';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(stored, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(stored, 'correct horse batterY')).toBe(false);
    expect(hasher.isOutdated(stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same password')).not.toBe(await hasher.hash('same password'));
  });

  it('reads a corrupt stored hash as a wrong password', async () => {
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
    expect(hasher.isOutdated('not-a-hash')).toBe(true);
  });

  it('flags hashes made with weaker parameters for an upgrade', async () => {
    const weak = await hash('pw', { type: argon2i, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(hasher.isOutdated(weak)).toBe(true);
  });

  it('spends a real verification on an unknown account and always says no', async () => {
    const started = process.hrtime.bigint();
    expect(await hasher.verifyAgainstNothing('mitreden-timing-equaliser')).toBe(false);
    // Not a timing assertion: only proves an argon2 verification actually ran (it takes milliseconds).
    expect(process.hrtime.bigint() - started).toBeGreaterThan(1_000_000n);
  });
});
