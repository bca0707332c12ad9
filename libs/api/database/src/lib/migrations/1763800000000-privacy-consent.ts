import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the account holder accepted the privacy notice at registration (GDPR Art. 7 (1): the
 * operator must be able to show consent was given). Accounts created before consent was asked
 * for keep NULL rather than a made-up date.
 */
export class PrivacyConsent1763800000000 implements MigrationInterface {
  name = 'PrivacyConsent1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN privacy_accepted_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN privacy_accepted_at`);
  }
}
