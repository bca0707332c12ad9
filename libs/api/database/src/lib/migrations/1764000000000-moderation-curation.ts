import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation and curation: reports, hidings with netiquette reasons and one review request,
 * blocking, merge/split lineage, editorial revisions, department assessments, official answers
 * (four eyes) and an append-only audit log. As before, one-per-person and one-per-thing rules are
 * unique indexes, and the rules that must hold whoever writes are triggers.
 */
export class ModerationCuration1764000000000 implements MigrationInterface {
  name = 'ModerationCuration1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // Merged and split proposals stay readable but take no more supports, edits or comments.
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_state_known`);
    await q.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_state_known CHECK (state IN ('published', 'withdrawn', 'merged', 'split'))`,
    );
    // A proposal the moderators wrote out of others (merge result or split part) has no author.
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_source_known`);
    await q.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_source_known CHECK (source IN ('online', 'forum', 'paper', 'survey', 'curated'))`,
    );
    // Denormalised from the active hiding by trigger, so every public read filters on the row itself.
    await q.query(`ALTER TABLE proposals ADD COLUMN hidden_at timestamptz`);
    await q.query(`ALTER TABLE comments ADD COLUMN hidden_at timestamptz`);

    // Who revised the wording and why; editorial revisions are the moderators' and the project group's.
    await q.query(`ALTER TABLE proposal_revisions ADD COLUMN editorial boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE proposal_revisions ADD COLUMN note text`);
    await q.query(
      `ALTER TABLE proposal_revisions ADD CONSTRAINT proposal_revisions_note_length CHECK (note IS NULL OR char_length(note) <= 1000)`,
    );

    // Off unless the process sets it: N distinct open reports hide an item until a moderator looks.
    await q.query(`ALTER TABLE processes ADD COLUMN auto_hide_threshold integer`);
    await q.query(
      `ALTER TABLE processes ADD CONSTRAINT processes_auto_hide_range CHECK (auto_hide_threshold IS NULL OR auto_hide_threshold BETWEEN 2 AND 100)`,
    );

    await q.query(`ALTER TABLE users ADD COLUMN blocked_by_id uuid REFERENCES users (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN block_reason text`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_block_reason_length CHECK (block_reason IS NULL OR char_length(block_reason) <= 2000)`,
    );

    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        target_type text NOT NULL,
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        target_id uuid GENERATED ALWAYS AS (COALESCE(proposal_id, comment_id, user_id)) STORED,
        reason text NOT NULL,
        details text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        resolution text,
        CONSTRAINT reports_target_type_known CHECK (target_type IN ('proposal', 'comment', 'user')),
        CONSTRAINT reports_one_target CHECK (num_nonnulls(proposal_id, comment_id, user_id) = 1),
        CONSTRAINT reports_target_matches_type CHECK (
          (target_type = 'proposal') = (proposal_id IS NOT NULL)
          AND (target_type = 'comment') = (comment_id IS NOT NULL)
          AND (target_type = 'user') = (user_id IS NOT NULL)
        ),
        CONSTRAINT reports_reason_known CHECK (reason IN ('spam', 'offensive', 'discriminatory', 'off_topic', 'personal_data', 'other')),
        CONSTRAINT reports_other_explained CHECK (reason <> 'other' OR char_length(btrim(details)) > 0),
        CONSTRAINT reports_details_length CHECK (char_length(details) <= 2000),
        CONSTRAINT reports_not_self CHECK (user_id IS NULL OR user_id <> reporter_id),
        CONSTRAINT reports_resolution_known CHECK (resolution IS NULL OR resolution IN ('dismissed', 'hidden', 'blocked')),
        CONSTRAINT reports_resolution_complete CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      )`);
    // "A user's repeated reports of the same item count once": one open report per person and item.
    await q.query(
      `CREATE UNIQUE INDEX reports_one_open_per_reporter ON reports (reporter_id, target_type, target_id) WHERE resolved_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX reports_open_by_target ON reports (target_type, target_id) WHERE resolved_at IS NULL`,
    );
    await q.query(`CREATE INDEX reports_created ON reports (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE netiquette_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        position integer NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT netiquette_templates_key_format CHECK (key ~ '^[a-z0-9]+(_[a-z0-9]+)*$' AND char_length(key) <= 60),
        CONSTRAINT netiquette_templates_title_has_german CHECK (title ? 'de'),
        CONSTRAINT netiquette_templates_body_has_german CHECK (body ? 'de'),
        CONSTRAINT netiquette_templates_position_positive CHECK (position > 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX netiquette_templates_key_unique ON netiquette_templates (key)`);

    // A hiding keeps the reason the author is told; lifting it or deciding a review updates the row.
    await q.query(`
      CREATE TABLE hidings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL,
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        target_id uuid GENERATED ALWAYS AS (COALESCE(proposal_id, comment_id)) STORED,
        template_id uuid REFERENCES netiquette_templates (id) ON DELETE SET NULL,
        reason text NOT NULL,
        automatic boolean NOT NULL DEFAULT false,
        hidden_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        hidden_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        review_requested_at timestamptz,
        review_request text,
        review_decided_at timestamptz,
        review_decided_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        review_outcome text,
        CONSTRAINT hidings_target_type_known CHECK (target_type IN ('proposal', 'comment')),
        CONSTRAINT hidings_one_target CHECK (num_nonnulls(proposal_id, comment_id) = 1),
        CONSTRAINT hidings_target_matches_type CHECK (
          (target_type = 'proposal') = (proposal_id IS NOT NULL) AND (target_type = 'comment') = (comment_id IS NOT NULL)
        ),
        CONSTRAINT hidings_reason_length CHECK (char_length(reason) BETWEEN 1 AND 2000),
        CONSTRAINT hidings_review_request_length CHECK (review_request IS NULL OR char_length(review_request) <= 2000),
        CONSTRAINT hidings_review_request_complete CHECK ((review_requested_at IS NULL) = (review_request IS NULL)),
        CONSTRAINT hidings_review_outcome_known CHECK (review_outcome IS NULL OR review_outcome IN ('upheld', 'lifted')),
        CONSTRAINT hidings_review_decision_complete CHECK (
          (review_decided_at IS NULL) = (review_outcome IS NULL) AND (review_decided_at IS NULL OR review_requested_at IS NOT NULL)
        ),
        CONSTRAINT hidings_lifted_after_hidden CHECK (lifted_at IS NULL OR lifted_at >= hidden_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX hidings_one_active ON hidings (target_type, target_id) WHERE lifted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX hidings_open_reviews ON hidings (review_requested_at) WHERE review_requested_at IS NOT NULL AND review_decided_at IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION hidings_mark_target() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        marker timestamptz := CASE WHEN NEW.lifted_at IS NULL THEN NEW.hidden_at END;
      BEGIN
        IF NEW.proposal_id IS NOT NULL THEN
          UPDATE proposals SET hidden_at = marker WHERE id = NEW.proposal_id;
        ELSE
          UPDATE comments SET hidden_at = marker WHERE id = NEW.comment_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER hidings_mark AFTER INSERT OR UPDATE OF lifted_at ON hidings
        FOR EACH ROW EXECUTE FUNCTION hidings_mark_target()`);

    // Lineage: parent -> child. Merge: every source points at the result; split: the original at each part.
    await q.query(`
      CREATE TABLE proposal_lineage (
        parent_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        child_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (parent_id, child_id),
        CONSTRAINT proposal_lineage_kind_known CHECK (kind IN ('merge', 'split')),
        CONSTRAINT proposal_lineage_not_self CHECK (parent_id <> child_id)
      )`);
    // A proposal is merged into at most one other, however many moderators try at once.
    await q.query(
      `CREATE UNIQUE INDEX proposal_lineage_merged_once ON proposal_lineage (parent_id) WHERE kind = 'merge'`,
    );
    await q.query(`CREATE INDEX proposal_lineage_child ON proposal_lineage (child_id)`);

    // Supports go only to proposals that still take them; FOR SHARE waits for a merge holding the row.
    await q.query(`
      CREATE FUNCTION supports_require_published() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        current_state text;
      BEGIN
        SELECT state INTO current_state FROM proposals WHERE id = NEW.proposal_id FOR SHARE;
        IF current_state IS DISTINCT FROM 'published' THEN
          RAISE EXCEPTION 'proposal % takes no supports (state %)', NEW.proposal_id, current_state
            USING ERRCODE = 'check_violation', CONSTRAINT = 'supports_proposal_published';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER supports_published BEFORE INSERT ON supports
        FOR EACH ROW EXECUTE FUNCTION supports_require_published()`);

    // Merges and splits copy thousands of supports in one statement; a per-row counter would update
    // the same proposal row once per support. Count per statement instead (transition tables).
    await q.query(`DROP TRIGGER supports_count ON supports`);
    await q.query(`
      CREATE FUNCTION proposals_count_added_supports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE proposals p SET support_count = p.support_count + added.n
          FROM (SELECT proposal_id, count(*)::int AS n FROM added_supports GROUP BY proposal_id) added
          WHERE p.id = added.proposal_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION proposals_count_removed_supports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE proposals p SET support_count = p.support_count - removed.n
          FROM (SELECT proposal_id, count(*)::int AS n FROM removed_supports GROUP BY proposal_id) removed
          WHERE p.id = removed.proposal_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER supports_count_added AFTER INSERT ON supports REFERENCING NEW TABLE AS added_supports
        FOR EACH STATEMENT EXECUTE FUNCTION proposals_count_added_supports()`);
    await q.query(`
      CREATE TRIGGER supports_count_removed AFTER DELETE ON supports REFERENCING OLD TABLE AS removed_supports
        FOR EACH STATEMENT EXECUTE FUNCTION proposals_count_removed_supports()`);

    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        department text NOT NULL,
        assigned_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'assigned',
        feasibility text,
        responsibility text,
        cost_note text NOT NULL DEFAULT '',
        public_comment text NOT NULL DEFAULT '',
        internal_comment text NOT NULL DEFAULT '',
        assessed_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        assessed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessments_department_length CHECK (char_length(department) BETWEEN 1 AND 120),
        CONSTRAINT assessments_status_known CHECK (status IN ('assigned', 'in_progress', 'submitted')),
        CONSTRAINT assessments_feasibility_known CHECK (
          feasibility IS NULL OR feasibility IN ('feasible', 'partly_feasible', 'not_feasible', 'already_implemented')
        ),
        CONSTRAINT assessments_responsibility_known CHECK (
          responsibility IS NULL OR responsibility IN ('city_region', 'municipality', 'land', 'bund', 'third_party')
        ),
        CONSTRAINT assessments_submitted_complete CHECK (
          status <> 'submitted' OR (feasibility IS NOT NULL AND responsibility IS NOT NULL AND assessed_at IS NOT NULL)
        ),
        CONSTRAINT assessments_cost_note_length CHECK (char_length(cost_note) <= 2000),
        CONSTRAINT assessments_public_comment_length CHECK (char_length(public_comment) <= 5000),
        CONSTRAINT assessments_internal_comment_length CHECK (char_length(internal_comment) <= 5000)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX assessments_one_per_department ON assessments (proposal_id, department)`,
    );
    await q.query(`CREATE INDEX assessments_department_status ON assessments (department, status, due_on)`);
    // One reminder digest per expert and day, even if the daily job runs twice.
    await q.query(`
      CREATE TABLE assessment_reminders (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        sent_on date NOT NULL,
        assessment_count integer NOT NULL,
        PRIMARY KEY (user_id, sent_on),
        CONSTRAINT assessment_reminders_count_positive CHECK (assessment_count > 0)
      )`);

    await q.query(`
      CREATE TABLE official_answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'draft',
        outcome text NOT NULL,
        body jsonb NOT NULL,
        drafted_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        approved_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        approved_at timestamptz,
        published_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        published_at timestamptz,
        CONSTRAINT official_answers_status_known CHECK (status IN ('draft', 'approved', 'published')),
        CONSTRAINT official_answers_outcome_known CHECK (
          outcome IN ('accepted', 'rejected', 'under_evaluation', 'already_implemented', 'not_our_responsibility')
        ),
        CONSTRAINT official_answers_body_has_german CHECK (body ? 'de'),
        -- Four eyes: whoever wrote the draft cannot approve it.
        CONSTRAINT official_answers_four_eyes CHECK (approved_by_id IS NULL OR approved_by_id <> drafted_by_id),
        CONSTRAINT official_answers_approval_complete CHECK ((status = 'draft') = (approved_at IS NULL)),
        CONSTRAINT official_answers_publication_complete CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX official_answers_one_per_proposal ON official_answers (proposal_id)`);
    await q.query(`CREATE INDEX official_answers_status ON official_answers (status, updated_at DESC)`);

    // No foreign keys on purpose: the log must outlive the accounts and things it names.
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name text NOT NULL,
        actor_role text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        target_label text NOT NULL DEFAULT '',
        process_id uuid,
        reason text,
        before jsonb,
        after jsonb,
        CONSTRAINT audit_log_action_format CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        CONSTRAINT audit_log_target_type_format CHECK (target_type ~ '^[a-z_]+$')
      )`);
    await q.query(`CREATE INDEX audit_log_occurred ON audit_log (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_target ON audit_log (target_type, target_id)`);
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_log_action ON audit_log (action, occurred_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`DROP TABLE official_answers`);
    await q.query(`DROP TABLE assessment_reminders`);
    await q.query(`DROP TABLE assessments`);
    await q.query(`DROP TRIGGER supports_count_added ON supports`);
    await q.query(`DROP TRIGGER supports_count_removed ON supports`);
    await q.query(`DROP FUNCTION proposals_count_added_supports`);
    await q.query(`DROP FUNCTION proposals_count_removed_supports`);
    await q.query(`
      CREATE TRIGGER supports_count AFTER INSERT OR DELETE ON supports
        FOR EACH ROW EXECUTE FUNCTION proposals_count_supports()`);
    await q.query(`DROP TRIGGER supports_published ON supports`);
    await q.query(`DROP FUNCTION supports_require_published`);
    await q.query(`DROP TABLE proposal_lineage`);
    await q.query(`DROP TABLE hidings`);
    await q.query(`DROP FUNCTION hidings_mark_target`);
    await q.query(`DROP TABLE netiquette_templates`);
    await q.query(`DROP TABLE reports`);
    await q.query(`ALTER TABLE users DROP COLUMN block_reason, DROP COLUMN blocked_by_id`);
    await q.query(`ALTER TABLE processes DROP COLUMN auto_hide_threshold`);
    await q.query(`ALTER TABLE proposal_revisions DROP COLUMN note, DROP COLUMN editorial`);
    await q.query(`ALTER TABLE comments DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE proposals DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_source_known`);
    await q.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_source_known CHECK (source IN ('online', 'forum', 'paper', 'survey'))`,
    );
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_state_known`);
    await q.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_state_known CHECK (state IN ('published', 'withdrawn'))`,
    );
  }
}
