import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue of goals and measures (docs/catalogue.md). A process has numbered versions; at most
 * one is a draft. Adopted versions are immutable in the database (triggers), except a measure's
 * implementation status and progress and a milestone's completion date, whose changes are kept in
 * catalogue_status_changes. Goals and measures carry a `key` that stays the same when a new draft is
 * copied from a version, so versions can be compared item by item.
 */
export class Catalogue1764300000000 implements MigrationInterface {
  name = 'Catalogue1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE catalogue_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        number integer NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        based_on_id uuid REFERENCES catalogue_versions (id) ON DELETE SET NULL,
        adopted_on date,
        council_reference text,
        adopted_at timestamptz,
        adopted_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT catalogue_versions_number_positive CHECK (number > 0),
        CONSTRAINT catalogue_versions_status_known CHECK (status IN ('draft', 'adopted')),
        CONSTRAINT catalogue_versions_adoption_complete CHECK (
          (status = 'adopted') = (adopted_on IS NOT NULL AND council_reference IS NOT NULL AND adopted_at IS NOT NULL)
        ),
        CONSTRAINT catalogue_versions_reference_length CHECK (council_reference IS NULL OR char_length(council_reference) BETWEEN 1 AND 120)
      )`);
    await q.query(`CREATE UNIQUE INDEX catalogue_versions_number ON catalogue_versions (process_id, number)`);
    await q.query(`CREATE UNIQUE INDEX catalogue_versions_id_process ON catalogue_versions (id, process_id)`);
    // One draft at a time: two people starting a draft at once get one draft.
    await q.query(`CREATE UNIQUE INDEX catalogue_versions_one_draft ON catalogue_versions (process_id) WHERE status = 'draft'`);

    await q.query(`
      CREATE TABLE catalogue_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL,
        process_id uuid NOT NULL,
        action_field_id uuid NOT NULL,
        key uuid NOT NULL DEFAULT gen_random_uuid(),
        position integer NOT NULL,
        title jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT catalogue_goals_version FOREIGN KEY (version_id, process_id)
          REFERENCES catalogue_versions (id, process_id) ON DELETE CASCADE,
        CONSTRAINT catalogue_goals_action_field FOREIGN KEY (action_field_id, process_id)
          REFERENCES action_fields (id, process_id) ON DELETE RESTRICT,
        CONSTRAINT catalogue_goals_position_positive CHECK (position > 0),
        CONSTRAINT catalogue_goals_title_has_german CHECK (title ? 'de' AND char_length(title->>'de') BETWEEN 1 AND 500)
      )`);
    await q.query(`CREATE UNIQUE INDEX catalogue_goals_key ON catalogue_goals (version_id, key)`);
    await q.query(`CREATE UNIQUE INDEX catalogue_goals_id_version_field ON catalogue_goals (id, version_id, action_field_id)`);
    // Deferred: reordering rewrites every position of a field in one statement.
    await q.query(`
      ALTER TABLE catalogue_goals ADD CONSTRAINT catalogue_goals_position_unique
        UNIQUE (version_id, action_field_id, position) DEFERRABLE INITIALLY DEFERRED`);

    await q.query(`
      CREATE TABLE catalogue_goal_sources (
        goal_id uuid NOT NULL REFERENCES catalogue_goals (id) ON DELETE CASCADE,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        PRIMARY KEY (goal_id, proposal_id)
      )`);
    await q.query(`CREATE INDEX catalogue_goal_sources_proposal ON catalogue_goal_sources (proposal_id)`);

    // Measures are numbered 1..N per action field in reading order (goal by goal); the number is the
    // order, so the goal's field is repeated here for the unique index and kept equal by the FK.
    await q.query(`
      CREATE TABLE catalogue_measures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        action_field_id uuid NOT NULL,
        key uuid NOT NULL DEFAULT gen_random_uuid(),
        number integer NOT NULL,
        text jsonb NOT NULL,
        responsibility text NOT NULL DEFAULT '',
        department text NOT NULL DEFAULT '',
        cost_note text NOT NULL DEFAULT '',
        priority text,
        status text NOT NULL DEFAULT 'planned',
        progress integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT catalogue_measures_goal FOREIGN KEY (goal_id, version_id, action_field_id)
          REFERENCES catalogue_goals (id, version_id, action_field_id) ON DELETE CASCADE ON UPDATE CASCADE,
        CONSTRAINT catalogue_measures_number_positive CHECK (number > 0),
        CONSTRAINT catalogue_measures_text_has_german CHECK (text ? 'de' AND char_length(text->>'de') BETWEEN 1 AND 4000),
        CONSTRAINT catalogue_measures_field_lengths CHECK (
          char_length(responsibility) <= 300 AND char_length(department) <= 200 AND char_length(cost_note) <= 2000
        ),
        CONSTRAINT catalogue_measures_priority_known CHECK (priority IS NULL OR priority IN ('high', 'medium', 'low')),
        CONSTRAINT catalogue_measures_status_known CHECK (status IN ('planned', 'in_progress', 'implemented', 'dropped')),
        CONSTRAINT catalogue_measures_progress_percent CHECK (progress BETWEEN 0 AND 100)
      )`);
    await q.query(`CREATE UNIQUE INDEX catalogue_measures_key ON catalogue_measures (version_id, key)`);
    await q.query(`CREATE INDEX catalogue_measures_goal ON catalogue_measures (goal_id)`);
    await q.query(`
      ALTER TABLE catalogue_measures ADD CONSTRAINT catalogue_measures_number_unique
        UNIQUE (version_id, action_field_id, number) DEFERRABLE INITIALLY DEFERRED`);

    await q.query(`
      CREATE TABLE catalogue_measure_sources (
        measure_id uuid NOT NULL REFERENCES catalogue_measures (id) ON DELETE CASCADE,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, proposal_id)
      )`);
    await q.query(`CREATE INDEX catalogue_measure_sources_proposal ON catalogue_measure_sources (proposal_id)`);

    await q.query(`
      CREATE TABLE catalogue_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES catalogue_measures (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title jsonb NOT NULL,
        due_on date NOT NULL,
        done_on date,
        CONSTRAINT catalogue_milestones_position_positive CHECK (position > 0),
        CONSTRAINT catalogue_milestones_title_has_german CHECK (title ? 'de' AND char_length(title->>'de') BETWEEN 1 AND 300)
      )`);
    await q.query(`CREATE INDEX catalogue_milestones_measure ON catalogue_milestones (measure_id, position)`);

    // Every change of a measure's status or progress, drafts included; actor from the transaction.
    await q.query(`
      CREATE TABLE catalogue_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES catalogue_measures (id) ON DELETE CASCADE,
        status text NOT NULL,
        progress integer NOT NULL,
        note text NOT NULL DEFAULT '',
        changed_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT catalogue_status_changes_note_length CHECK (char_length(note) <= 1000)
      )`);
    await q.query(`CREATE INDEX catalogue_status_changes_measure ON catalogue_status_changes (measure_id, changed_at DESC)`);

    // Closing the loop: one mail per author and adopted version, however many measures they fed.
    await q.query(`
      CREATE TABLE catalogue_notices (
        version_id uuid NOT NULL REFERENCES catalogue_versions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        outbox_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version_id, user_id)
      )`);

    // ---- Immutability of adopted versions -------------------------------------------------------
    await q.query(`
      CREATE FUNCTION catalogue_version_adopted(version uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce((SELECT status = 'adopted' FROM catalogue_versions WHERE id = version), false)
      $$`);
    await q.query(`
      CREATE FUNCTION catalogue_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'adopted' THEN
          RAISE EXCEPTION 'catalogue version % is adopted and cannot be changed', OLD.number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'catalogue_version_adopted';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_versions_frozen BEFORE UPDATE ON catalogue_versions FOR EACH ROW EXECUTE FUNCTION catalogue_versions_guard()`);

    await q.query(`
      CREATE FUNCTION catalogue_goals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF catalogue_version_adopted(CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END) THEN
          RAISE EXCEPTION 'catalogue version is adopted: goals cannot be changed'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'catalogue_version_adopted';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_goals_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalogue_goals FOR EACH ROW EXECUTE FUNCTION catalogue_goals_guard()`);

    // Status and progress stay editable on an adopted version; every other column is frozen.
    await q.query(`
      CREATE FUNCTION catalogue_measures_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF catalogue_version_adopted(CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END)
           AND NOT (TG_OP = 'UPDATE' AND
             (NEW.version_id, NEW.goal_id, NEW.action_field_id, NEW.key, NEW.number, NEW.text, NEW.responsibility,
              NEW.department, NEW.cost_note, NEW.priority)
             IS NOT DISTINCT FROM
             (OLD.version_id, OLD.goal_id, OLD.action_field_id, OLD.key, OLD.number, OLD.text, OLD.responsibility,
              OLD.department, OLD.cost_note, OLD.priority)) THEN
          RAISE EXCEPTION 'catalogue version is adopted: only status and progress of a measure can change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'catalogue_version_adopted';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_measures_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalogue_measures FOR EACH ROW EXECUTE FUNCTION catalogue_measures_guard()`);

    await q.query(`
      CREATE FUNCTION catalogue_measures_track_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO catalogue_status_changes (measure_id, status, progress, note, changed_by_id)
        VALUES (NEW.id, NEW.status, NEW.progress,
                left(coalesce(current_setting('mitreden.status_note', true), ''), 1000),
                nullif(current_setting('mitreden.actor_id', true), '')::uuid);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER catalogue_measures_status_history AFTER UPDATE OF status, progress ON catalogue_measures
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.progress IS DISTINCT FROM NEW.progress)
        EXECUTE FUNCTION catalogue_measures_track_status()`);

    await q.query(`
      CREATE FUNCTION catalogue_measure_children_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_measure uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.measure_id ELSE NEW.measure_id END;
      BEGIN
        IF catalogue_version_adopted((SELECT version_id FROM catalogue_measures WHERE id = row_measure)) THEN
          -- Nested: PL/pgSQL plans a whole expression, and NEW.position does not exist on measure sources.
          IF TG_TABLE_NAME = 'catalogue_milestones' AND TG_OP = 'UPDATE' THEN
            IF (NEW.measure_id, NEW.position, NEW.title, NEW.due_on) IS NOT DISTINCT FROM
               (OLD.measure_id, OLD.position, OLD.title, OLD.due_on) THEN
              RETURN NEW;
            END IF;
          END IF;
          RAISE EXCEPTION 'catalogue version is adopted: % cannot be changed', TG_TABLE_NAME
            USING ERRCODE = 'check_violation', CONSTRAINT = 'catalogue_version_adopted';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_measure_sources_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalogue_measure_sources FOR EACH ROW EXECUTE FUNCTION catalogue_measure_children_guard()`);
    await q.query(`CREATE TRIGGER catalogue_milestones_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalogue_milestones FOR EACH ROW EXECUTE FUNCTION catalogue_measure_children_guard()`);
    await q.query(`
      CREATE FUNCTION catalogue_goal_sources_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_goal uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.goal_id ELSE NEW.goal_id END;
      BEGIN
        IF catalogue_version_adopted((SELECT version_id FROM catalogue_goals WHERE id = row_goal)) THEN
          RAISE EXCEPTION 'catalogue version is adopted: goal sources cannot be changed'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'catalogue_version_adopted';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_goal_sources_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalogue_goal_sources FOR EACH ROW EXECUTE FUNCTION catalogue_goal_sources_guard()`);

    // ---- Exports: JSON (open data), expiring links, rights re-checked at download ---------------
    await q.query(`ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_kind_format`);
    await q.query(`
      ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_kind_format
        CHECK (char_length(kind) BETWEEN 1 AND 60 AND format IN ('csv', 'xlsx', 'docx', 'pdf', 'json'))`);
    await q.query(`ALTER TABLE export_jobs ADD COLUMN expires_at timestamptz`);
    await q.query(`ALTER TABLE export_jobs ADD COLUMN allowed_roles text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE export_jobs DROP COLUMN allowed_roles`);
    await q.query(`ALTER TABLE export_jobs DROP COLUMN expires_at`);
    await q.query(`DELETE FROM export_jobs WHERE format = 'json'`);
    await q.query(`ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_kind_format`);
    await q.query(`
      ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_kind_format
        CHECK (char_length(kind) BETWEEN 1 AND 60 AND format IN ('csv', 'xlsx', 'docx', 'pdf'))`);
    await q.query(`DROP TABLE IF EXISTS catalogue_notices`);
    await q.query(`DROP TABLE IF EXISTS catalogue_status_changes`);
    await q.query(`DROP TABLE IF EXISTS catalogue_milestones`);
    await q.query(`DROP TABLE IF EXISTS catalogue_measure_sources`);
    await q.query(`DROP TABLE IF EXISTS catalogue_measures`);
    await q.query(`DROP TABLE IF EXISTS catalogue_goal_sources`);
    await q.query(`DROP TABLE IF EXISTS catalogue_goals`);
    await q.query(`DROP TABLE IF EXISTS catalogue_versions`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_goal_sources_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_measure_children_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_measures_track_status()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_measures_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_goals_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_versions_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_version_adopted(uuid)`);
  }
}
