import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes (polls). Secrecy is a property of the schema, see docs/vote-secrecy.md:
 * - poll_voters (the voter roll) says who voted; it has no time column and a random id.
 * - poll_sealed_ballots holds what was voted while the poll is open, encrypted under a key that
 *   is not in the database, keyed by an HMAC of (poll, voter) so a changed vote replaces the old
 *   one; no voter id, no time.
 * - At the close the worker opens the box in one transaction: decrypts, shuffles, writes
 *   poll_ballots (random ids, no time, in random physical order) and deletes the sealed rows.
 * - poll_results holds the tally computed from poll_ballots; nothing else counts choices.
 */
export class Votes1764200000000 implements MigrationInterface {
  name = 'Votes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Self-declared home municipality: polls may be restricted to one.
    await q.query(`ALTER TABLE users ADD COLUMN municipality text`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_municipality_length CHECK (municipality IS NULL OR char_length(municipality) BETWEEN 1 AND 120)`,
    );
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS phases_id_process ON phases (id, process_id)`);

    await q.query(`
      CREATE TABLE polls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        phase_id uuid,
        slug text NOT NULL,
        question jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        method text NOT NULL,
        max_choices integer,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        accepts_accounts boolean NOT NULL DEFAULT true,
        accepts_codes boolean NOT NULL DEFAULT false,
        municipality text,
        allow_vote_change boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        counted_at timestamptz,
        CONSTRAINT polls_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 80),
        CONSTRAINT polls_question_has_german CHECK (question ? 'de'),
        CONSTRAINT polls_method_known CHECK (method IN ('single', 'multiple', 'approval', 'ranked')),
        CONSTRAINT polls_max_choices CHECK (
          (method = 'multiple' AND max_choices IS NOT NULL AND max_choices >= 1) OR (method <> 'multiple' AND max_choices IS NULL)
        ),
        CONSTRAINT polls_closes_after_opening CHECK (closes_at > opens_at),
        CONSTRAINT polls_status_known CHECK (status IN ('draft', 'published', 'counted')),
        CONSTRAINT polls_someone_may_vote CHECK (accepts_accounts OR accepts_codes),
        CONSTRAINT polls_municipality_length CHECK (municipality IS NULL OR char_length(municipality) BETWEEN 1 AND 120),
        CONSTRAINT polls_counted_after_close CHECK ((status = 'counted') = (counted_at IS NOT NULL)),
        CONSTRAINT polls_published_has_time CHECK (status = 'draft' OR published_at IS NOT NULL),
        CONSTRAINT polls_phase_of_process FOREIGN KEY (phase_id, process_id) REFERENCES phases (id, process_id) ON DELETE SET NULL (phase_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX polls_slug_unique ON polls (slug)`);
    await q.query(`CREATE UNIQUE INDEX polls_id_method ON polls (id, method)`);
    await q.query(`CREATE INDEX polls_process_idx ON polls (process_id, opens_at)`);
    // The worker's sweep: published polls whose close has passed and that are not counted yet.
    await q.query(`CREATE INDEX polls_to_count_idx ON polls (closes_at) WHERE status = 'published'`);

    await q.query(`
      CREATE TABLE poll_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        position integer NOT NULL,
        label jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        image_alt jsonb NOT NULL DEFAULT '{}'::jsonb,
        image_content_type text,
        image bytea,
        CONSTRAINT poll_options_position_positive CHECK (position > 0),
        CONSTRAINT poll_options_label_has_german CHECK (label ? 'de'),
        CONSTRAINT poll_options_image_type CHECK (
          (image IS NULL AND image_content_type IS NULL)
          OR (image_content_type IN ('image/png', 'image/jpeg', 'image/webp') AND octet_length(image) BETWEEN 1 AND 1048576)
        ),
        CONSTRAINT poll_options_image_has_alt CHECK (image IS NULL OR image_alt ? 'de')
      )`);
    await q.query(
      `ALTER TABLE poll_options ADD CONSTRAINT poll_options_position_unique UNIQUE (poll_id, position) DEFERRABLE INITIALLY DEFERRED`,
    );
    await q.query(`CREATE UNIQUE INDEX poll_options_id_poll ON poll_options (id, poll_id)`);

    // Paper codes for residents without e-mail: only hashes are stored; printed once when made.
    await q.query(`
      CREATE TABLE poll_voting_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        batch integer NOT NULL DEFAULT 1,
        CONSTRAINT poll_voting_codes_hash_format CHECK (code_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT poll_voting_codes_batch_positive CHECK (batch > 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX poll_voting_codes_hash_unique ON poll_voting_codes (code_hash)`);
    await q.query(`CREATE UNIQUE INDEX poll_voting_codes_id_poll ON poll_voting_codes (id, poll_id)`);
    await q.query(`CREATE INDEX poll_voting_codes_poll_idx ON poll_voting_codes (poll_id, batch)`);

    // The voter roll: who voted, never what or when. One row per account or code and poll.
    await q.query(`
      CREATE TABLE poll_voters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        account_id uuid REFERENCES users (id) ON DELETE SET NULL,
        code_id uuid,
        CONSTRAINT poll_voters_one_identity CHECK (num_nonnulls(account_id, code_id) <= 1),
        CONSTRAINT poll_voters_code_of_poll FOREIGN KEY (code_id, poll_id) REFERENCES poll_voting_codes (id, poll_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX poll_voters_one_per_account ON poll_voters (poll_id, account_id)`);
    await q.query(`CREATE UNIQUE INDEX poll_voters_one_per_code ON poll_voters (poll_id, code_id)`);

    // Open ballots: sealed (AES-256-GCM, key derived from BALLOT_SECRET and the poll), keyed by an
    // HMAC of poll and voter under the same secret. Nothing here names a voter or a time.
    await q.query(`
      CREATE TABLE poll_sealed_ballots (
        seal_key text PRIMARY KEY,
        poll_id uuid NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        sealed bytea NOT NULL,
        CONSTRAINT poll_sealed_ballots_key_format CHECK (seal_key ~ '^[A-Za-z0-9_-]{43}$'),
        CONSTRAINT poll_sealed_ballots_size CHECK (octet_length(sealed) BETWEEN 29 AND 8192)
      )`);
    await q.query(`CREATE INDEX poll_sealed_ballots_poll_idx ON poll_sealed_ballots (poll_id)`);

    // Counted ballots, written once at the close in shuffled order: random ids, no time.
    await q.query(`
      CREATE TABLE poll_ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        receipt text NOT NULL,
        choices uuid[] NOT NULL,
        CONSTRAINT poll_ballots_receipt_format CHECK (receipt ~ '^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$'),
        CONSTRAINT poll_ballots_choices_size CHECK (cardinality(choices) <= 100)
      )`);
    await q.query(`CREATE UNIQUE INDEX poll_ballots_receipt_unique ON poll_ballots (poll_id, receipt)`);

    await q.query(`
      CREATE TABLE poll_results (
        poll_id uuid PRIMARY KEY REFERENCES polls (id) ON DELETE CASCADE,
        voters integer NOT NULL,
        ballots integer NOT NULL,
        tally jsonb NOT NULL,
        counted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT poll_results_counts CHECK (voters >= 0 AND ballots >= 0 AND ballots <= voters)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS poll_results`);
    await q.query(`DROP TABLE IF EXISTS poll_ballots`);
    await q.query(`DROP TABLE IF EXISTS poll_sealed_ballots`);
    await q.query(`DROP TABLE IF EXISTS poll_voters`);
    await q.query(`DROP TABLE IF EXISTS poll_voting_codes`);
    await q.query(`DROP TABLE IF EXISTS poll_options`);
    await q.query(`DROP TABLE IF EXISTS polls`);
    await q.query(`DROP INDEX IF EXISTS phases_id_process`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_municipality_length`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS municipality`);
  }
}
