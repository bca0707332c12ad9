import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participation core: phases, forums, proposals (with revisions and import provenance), supports,
 * threaded comments with votes, and follows. One-per-person rules are primary keys or unique
 * indexes; cross-table "same process" rules are composite foreign keys; counters the listing sorts
 * by are kept by triggers, so they stay right whoever writes the rows.
 */
export class ParticipationCore1763900000000 implements MigrationInterface {
  name = 'ParticipationCore1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`ALTER TABLE processes ADD COLUMN description jsonb NOT NULL DEFAULT '{}'::jsonb`);
    // Lets children reference (id, process_id) so a forum cannot point at another process's field.
    await q.query(`CREATE UNIQUE INDEX action_fields_id_process ON action_fields (id, process_id)`);

    // Phases of one process never overlap, so "the current phase" is always one row or none.
    await q.query(`
      CREATE TABLE phases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT phases_kind_known CHECK (kind IN ('survey', 'forums', 'assessment', 'vote', 'catalogue')),
        CONSTRAINT phases_title_has_german CHECK (title ? 'de'),
        CONSTRAINT phases_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT phases_no_overlap EXCLUDE USING gist (process_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
      )`);
    await q.query(`CREATE INDEX phases_process_start ON phases (process_id, starts_at)`);

    await q.query(`
      CREATE TABLE forums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        action_field_id uuid NOT NULL,
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place text NOT NULL DEFAULT '',
        municipality text NOT NULL,
        format text NOT NULL,
        accepts_input boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT forums_action_field_same_process FOREIGN KEY (action_field_id, process_id)
          REFERENCES action_fields (id, process_id) ON DELETE RESTRICT,
        CONSTRAINT forums_title_has_german CHECK (title ? 'de'),
        CONSTRAINT forums_format_known CHECK (format IN ('on_site', 'online', 'hybrid')),
        CONSTRAINT forums_place_length CHECK (char_length(place) <= 200),
        CONSTRAINT forums_municipality_length CHECK (char_length(municipality) BETWEEN 1 AND 120),
        CONSTRAINT forums_ends_after_start CHECK (ends_at IS NULL OR ends_at > starts_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX forums_id_process ON forums (id, process_id)`);
    await q.query(`CREATE INDEX forums_process_start ON forums (process_id, starts_at)`);
    await q.query(`CREATE INDEX forums_action_field ON forums (action_field_id)`);

    // A batch of forum or paper input brought in from a spreadsheet; proposals point back to it.
    await q.query(`
      CREATE TABLE proposal_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        imported_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        row_count integer NOT NULL,
        created_count integer NOT NULL,
        skipped_count integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposal_imports_counts CHECK (row_count >= 0 AND created_count >= 0 AND skipped_count >= 0),
        CONSTRAINT proposal_imports_file_name_length CHECK (char_length(file_name) BETWEEN 1 AND 255)
      )`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer GENERATED ALWAYS AS IDENTITY,
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        action_field_id uuid NOT NULL,
        forum_id uuid,
        goal_id uuid,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        language text NOT NULL DEFAULT 'de',
        source text NOT NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        entered_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        participant_count integer,
        state text NOT NULL DEFAULT 'published',
        withdrawn_at timestamptz,
        withdrawal_reason text,
        import_id uuid REFERENCES proposal_imports (id) ON DELETE SET NULL,
        import_fingerprint text,
        support_count integer NOT NULL DEFAULT 0,
        comment_count integer NOT NULL DEFAULT 0,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposals_action_field_same_process FOREIGN KEY (action_field_id, process_id)
          REFERENCES action_fields (id, process_id) ON DELETE RESTRICT,
        CONSTRAINT proposals_forum_same_process FOREIGN KEY (forum_id, process_id)
          REFERENCES forums (id, process_id) ON DELETE RESTRICT,
        CONSTRAINT proposals_kind_known CHECK (kind IN ('goal', 'measure')),
        CONSTRAINT proposals_only_measures_serve_goals CHECK (goal_id IS NULL OR kind = 'measure'),
        CONSTRAINT proposals_source_known CHECK (source IN ('online', 'forum', 'paper', 'survey')),
        CONSTRAINT proposals_state_known CHECK (state IN ('published', 'withdrawn')),
        CONSTRAINT proposals_withdrawal_complete CHECK (
          (state = 'withdrawn') = (withdrawn_at IS NOT NULL) AND (state <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
        ),
        CONSTRAINT proposals_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        CONSTRAINT proposals_body_length CHECK (char_length(body) <= 20000),
        CONSTRAINT proposals_withdrawal_reason_length CHECK (char_length(withdrawal_reason) <= 2000),
        CONSTRAINT proposals_language_format CHECK (language ~ '^[a-z]{2}(-[A-Za-z]{2,8})?$'),
        CONSTRAINT proposals_participants_positive CHECK (participant_count IS NULL OR participant_count BETWEEN 1 AND 100000),
        CONSTRAINT proposals_participants_only_collected CHECK (participant_count IS NULL OR source IN ('forum', 'paper')),
        CONSTRAINT proposals_counts_non_negative CHECK (support_count >= 0 AND comment_count >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX proposals_number_unique ON proposals (number)`);
    await q.query(`CREATE UNIQUE INDEX proposals_id_process ON proposals (id, process_id)`);
    await q.query(`
      ALTER TABLE proposals ADD CONSTRAINT proposals_goal_same_process FOREIGN KEY (goal_id, process_id)
        REFERENCES proposals (id, process_id) ON DELETE RESTRICT`);
    // Re-importing the same spreadsheet row must not create a second proposal.
    await q.query(
      `CREATE UNIQUE INDEX proposals_import_fingerprint ON proposals (process_id, import_fingerprint) WHERE import_fingerprint IS NOT NULL`,
    );
    // Keyset orders of the listing: (sort key, id) within a process.
    await q.query(`CREATE INDEX proposals_newest ON proposals (process_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX proposals_most_supported ON proposals (process_id, support_count DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX proposals_most_discussed ON proposals (process_id, comment_count DESC, id DESC)`,
    );
    // With the state: "published proposals in this field/forum" is an index-only count.
    await q.query(`CREATE INDEX proposals_action_field ON proposals (action_field_id, state)`);
    await q.query(`CREATE INDEX proposals_forum ON proposals (forum_id, state) WHERE forum_id IS NOT NULL`);
    // Every filter dimension: the listing's facet counts are one index-only pass over the process.
    await q.query(
      `CREATE INDEX proposals_facets ON proposals (process_id, action_field_id, forum_id, kind, state, source, language)`,
    );
    await q.query(`CREATE INDEX proposals_goal ON proposals (goal_id) WHERE goal_id IS NOT NULL`);
    await q.query(`CREATE INDEX proposals_author ON proposals (author_id) WHERE author_id IS NOT NULL`);
    await q.query(`CREATE INDEX proposals_search ON proposals USING gin (search_vector)`);
    await q.query(`CREATE INDEX proposals_title_trigram ON proposals USING gin (title gin_trgm_ops)`);

    // Every version of a proposal's wording, the first one included; the proposal row holds the latest.
    await q.query(`
      CREATE TABLE proposal_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        edited_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposal_revisions_positive CHECK (revision > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX proposal_revisions_unique ON proposal_revisions (proposal_id, revision)`,
    );

    // The primary key is the one-support-per-person rule.
    await q.query(`
      CREATE TABLE supports (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, user_id)
      )`);
    await q.query(`CREATE INDEX supports_user ON supports (user_id)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        parent_id uuid,
        depth smallint NOT NULL DEFAULT 0,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL,
        upvotes integer NOT NULL DEFAULT 0,
        downvotes integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT comments_depth_range CHECK (depth BETWEEN 0 AND 5),
        CONSTRAINT comments_root_has_no_parent CHECK ((depth = 0) = (parent_id IS NULL)),
        CONSTRAINT comments_body_length CHECK (char_length(body) <= 5000),
        CONSTRAINT comments_tombstone_empty CHECK (deleted_at IS NULL OR body = ''),
        CONSTRAINT comments_votes_non_negative CHECK (upvotes >= 0 AND downvotes >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX comments_id_proposal ON comments (id, proposal_id)`);
    // A reply belongs to the same proposal as the comment it answers.
    await q.query(`
      ALTER TABLE comments ADD CONSTRAINT comments_parent_same_proposal FOREIGN KEY (parent_id, proposal_id)
        REFERENCES comments (id, proposal_id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX comments_proposal_created ON comments (proposal_id, created_at, id)`);
    await q.query(`CREATE INDEX comments_author ON comments (author_id) WHERE author_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE comment_votes (
        comment_id uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        value smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, user_id),
        CONSTRAINT comment_votes_value CHECK (value IN (-1, 1))
      )`);
    await q.query(`CREATE INDEX comment_votes_user ON comment_votes (user_id)`);

    // Exactly one target column is set and matches target_type; target_id makes lookups uniform.
    await q.query(`
      CREATE TABLE follows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        target_type text NOT NULL,
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        forum_id uuid REFERENCES forums (id) ON DELETE CASCADE,
        action_field_id uuid REFERENCES action_fields (id) ON DELETE CASCADE,
        target_id uuid GENERATED ALWAYS AS (COALESCE(proposal_id, forum_id, action_field_id)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT follows_target_type_known CHECK (target_type IN ('proposal', 'forum', 'action_field')),
        CONSTRAINT follows_one_target CHECK (num_nonnulls(proposal_id, forum_id, action_field_id) = 1),
        CONSTRAINT follows_target_matches_type CHECK (
          (target_type = 'proposal') = (proposal_id IS NOT NULL)
          AND (target_type = 'forum') = (forum_id IS NOT NULL)
          AND (target_type = 'action_field') = (action_field_id IS NOT NULL)
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX follows_unique ON follows (user_id, target_type, target_id)`);
    await q.query(`CREATE INDEX follows_target ON follows (target_type, target_id)`);

    // Counters: triggers keep them exact under concurrency (row lock on the parent).
    await q.query(`
      CREATE FUNCTION proposals_count_supports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE proposals SET support_count = support_count + 1 WHERE id = NEW.proposal_id;
        ELSE
          UPDATE proposals SET support_count = support_count - 1 WHERE id = OLD.proposal_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER supports_count AFTER INSERT OR DELETE ON supports
        FOR EACH ROW EXECUTE FUNCTION proposals_count_supports()`);

    // "Most discussed" counts visible comments: a tombstone stops counting.
    await q.query(`
      CREATE FUNCTION proposals_count_comments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.deleted_at IS NULL THEN
          UPDATE proposals SET comment_count = comment_count + 1 WHERE id = NEW.proposal_id;
        ELSIF TG_OP = 'UPDATE' AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN
          UPDATE proposals SET comment_count = comment_count - 1 WHERE id = NEW.proposal_id;
        ELSIF TG_OP = 'DELETE' AND OLD.deleted_at IS NULL THEN
          UPDATE proposals SET comment_count = comment_count - 1 WHERE id = OLD.proposal_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER comments_count AFTER INSERT OR UPDATE OF deleted_at OR DELETE ON comments
        FOR EACH ROW EXECUTE FUNCTION proposals_count_comments()`);

    await q.query(`
      CREATE FUNCTION comments_count_votes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE comments SET upvotes = upvotes - (OLD.value = 1)::int, downvotes = downvotes - (OLD.value = -1)::int
            WHERE id = OLD.comment_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE comments SET upvotes = upvotes + (NEW.value = 1)::int, downvotes = downvotes + (NEW.value = -1)::int
            WHERE id = NEW.comment_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER comment_votes_count AFTER INSERT OR UPDATE OR DELETE ON comment_votes
        FOR EACH ROW EXECUTE FUNCTION comments_count_votes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE follows`);
    await q.query(`DROP TABLE comment_votes`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE supports`);
    await q.query(`DROP TABLE proposal_revisions`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE proposal_imports`);
    await q.query(`DROP TABLE forums`);
    await q.query(`DROP TABLE phases`);
    await q.query(`DROP FUNCTION comments_count_votes`);
    await q.query(`DROP FUNCTION proposals_count_comments`);
    await q.query(`DROP FUNCTION proposals_count_supports`);
    await q.query(`DROP INDEX action_fields_id_process`);
    await q.query(`ALTER TABLE processes DROP COLUMN description`);
  }
}
