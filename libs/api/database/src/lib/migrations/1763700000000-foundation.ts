import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation schema: accounts, one-time tokens, server-side sessions, the mail outbox and the
 * process with its action fields. Rules that must hold under concurrency live here as
 * constraints, not in services.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'resident',
        department text,
        locale text NOT NULL DEFAULT 'de',
        email_confirmed_at timestamptz,
        blocked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lowercase CHECK (email = lower(email)),
        CONSTRAINT users_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
        CONSTRAINT users_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 80),
        CONSTRAINT users_role_known CHECK (role IN ('resident', 'moderator', 'department_expert', 'project_group', 'admin')),
        CONSTRAINT users_expert_has_department CHECK (role <> 'department_expert' OR department IS NOT NULL),
        CONSTRAINT users_department_length CHECK (department IS NULL OR char_length(department) BETWEEN 1 AND 120),
        CONSTRAINT users_locale_format CHECK (locale ~ '^[a-z]{2}(-[A-Za-z]{2,8})?$')
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_unique ON users (email)`);
    await q.query(`CREATE INDEX users_role_idx ON users (role)`);

    // Tokens are stored hashed: a database leak must not hand out working confirmation or reset links.
    await q.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_tokens_purpose_known CHECK (purpose IN ('confirm_email', 'reset_password'))
      )`);
    await q.query(`CREATE UNIQUE INDEX user_tokens_hash_unique ON user_tokens (token_hash)`);
    await q.query(`CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose)`);

    // Shape required by connect-pg-simple.
    await q.query(`
      CREATE TABLE user_sessions (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await q.query(`CREATE INDEX user_sessions_expire_idx ON user_sessions (expire)`);

    // Transactional outbox: written in the same transaction as the change that causes the mail.
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template text NOT NULL,
        recipient_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        recipient_email text NOT NULL,
        locale text NOT NULL DEFAULT 'de',
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text,
        CONSTRAINT outbox_attempts_non_negative CHECK (attempts >= 0)
      )`);
    await q.query(
      `CREATE INDEX outbox_pending_idx ON outbox_messages (created_at) WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_failed_idx ON outbox_messages (failed_at) WHERE failed_at IS NOT NULL`,
    );

    // Translatable texts are jsonb maps {de: …, en: …}; German is the source language and required.
    await q.query(`
      CREATE TABLE processes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        title jsonb NOT NULL,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        is_current boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT processes_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT processes_title_has_german CHECK (title ? 'de')
      )`);
    await q.query(`CREATE UNIQUE INDEX processes_slug_unique ON processes (slug)`);
    await q.query(`CREATE UNIQUE INDEX processes_one_current ON processes (is_current) WHERE is_current`);

    await q.query(`
      CREATE TABLE action_fields (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        cross_cutting boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_fields_position_positive CHECK (position > 0),
        CONSTRAINT action_fields_title_has_german CHECK (title ? 'de')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX action_fields_process_position ON action_fields (process_id, position)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_fields`);
    await q.query(`DROP TABLE processes`);
    await q.query(`DROP TABLE outbox_messages`);
    await q.query(`DROP TABLE user_sessions`);
    await q.query(`DROP TABLE user_tokens`);
    await q.query(`DROP TABLE users`);
  }
}
