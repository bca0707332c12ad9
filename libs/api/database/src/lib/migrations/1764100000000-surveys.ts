import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys: builder structure (sections, questions, options), organisations and invitations, access
 * codes, responses with their answers, result tallies, invitation mailings, and export jobs (shared
 * with the catalogue exports).
 *
 * Anonymity is a property of the schema: an anonymous response row cannot hold an account,
 * invitation or timestamp (CHECK), and the only way back to it is a resume hash derived from the
 * respondent's link, erased when the response is completed.
 *
 * Results are read from `survey_tallies`, counters kept by the same transaction that saves a
 * response (`survey_apply_response(response, -1)` before the answers change, `+1` after), so the
 * results page reads a few hundred rows however many responses there are. `survey_recount`
 * rebuilds them from the answers (bulk seeds, and the consistency test).
 */
export class Surveys1764100000000 implements MigrationInterface {
  name = 'Surveys1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        slug text NOT NULL,
        title jsonb NOT NULL,
        intro jsonb NOT NULL DEFAULT '{}'::jsonb,
        thanks jsonb NOT NULL DEFAULT '{}'::jsonb,
        audience text NOT NULL,
        anonymous boolean NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        opens_at timestamptz,
        closes_at timestamptz,
        segment_question_key text,
        version integer NOT NULL DEFAULT 1,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CONSTRAINT surveys_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 80),
        CONSTRAINT surveys_title_has_german CHECK (title ? 'de'),
        CONSTRAINT surveys_audience_known CHECK (audience IN ('public', 'anonymous', 'invited')),
        -- Codes without accounts are anonymous by nature; one response per account is not.
        CONSTRAINT surveys_audience_anonymity CHECK (
          (audience = 'anonymous' AND anonymous) OR (audience = 'public' AND NOT anonymous) OR audience = 'invited'
        ),
        CONSTRAINT surveys_status_known CHECK (status IN ('draft', 'published', 'closed')),
        CONSTRAINT surveys_published_has_date CHECK (status = 'draft' OR published_at IS NOT NULL),
        CONSTRAINT surveys_dates_ordered CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
        CONSTRAINT surveys_version_positive CHECK (version > 0),
        CONSTRAINT surveys_id_anonymous_unique UNIQUE (id, anonymous)
      )`);
    await q.query(`CREATE UNIQUE INDEX surveys_slug_unique ON surveys (slug)`);
    await q.query(`CREATE INDEX surveys_process_idx ON surveys (process_id)`);

    await q.query(`
      CREATE TABLE survey_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        key text NOT NULL,
        position integer NOT NULL,
        title jsonb NOT NULL DEFAULT '{}'::jsonb,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        condition jsonb,
        CONSTRAINT survey_sections_key_format CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        CONSTRAINT survey_sections_position_positive CHECK (position > 0),
        CONSTRAINT survey_sections_survey_id_unique UNIQUE (survey_id, id),
        CONSTRAINT survey_sections_key_unique UNIQUE (survey_id, key),
        CONSTRAINT survey_sections_position_unique UNIQUE (survey_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await q.query(`
      CREATE TABLE survey_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL,
        section_id uuid NOT NULL,
        key text NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL,
        required boolean NOT NULL DEFAULT false,
        title jsonb NOT NULL,
        help jsonb NOT NULL DEFAULT '{}'::jsonb,
        min_choices integer,
        max_choices integer,
        min_value numeric,
        max_value numeric,
        min_label jsonb NOT NULL DEFAULT '{}'::jsonb,
        max_label jsonb NOT NULL DEFAULT '{}'::jsonb,
        condition jsonb,
        FOREIGN KEY (survey_id, section_id) REFERENCES survey_sections (survey_id, id) ON DELETE CASCADE,
        CONSTRAINT survey_questions_key_format CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        CONSTRAINT survey_questions_position_positive CHECK (position > 0),
        CONSTRAINT survey_questions_kind_known CHECK (kind IN (
          'single_choice', 'multiple_choice', 'short_text', 'long_text', 'number', 'scale', 'matrix', 'ranking', 'date'
        )),
        CONSTRAINT survey_questions_title_has_german CHECK (title ? 'de'),
        CONSTRAINT survey_questions_choices_range CHECK (
          (min_choices IS NULL OR min_choices >= 0) AND (max_choices IS NULL OR max_choices >= 1)
          AND (min_choices IS NULL OR max_choices IS NULL OR min_choices <= max_choices)
        ),
        CONSTRAINT survey_questions_value_range CHECK (min_value IS NULL OR max_value IS NULL OR min_value < max_value),
        -- A scale needs both ends; it is what makes averages comparable.
        CONSTRAINT survey_questions_scale_bounded CHECK (kind <> 'scale' OR (min_value IS NOT NULL AND max_value IS NOT NULL)),
        CONSTRAINT survey_questions_survey_id_unique UNIQUE (survey_id, id),
        CONSTRAINT survey_questions_key_unique UNIQUE (survey_id, key),
        CONSTRAINT survey_questions_position_unique UNIQUE (section_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await q.query(`
      CREATE TABLE survey_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'choice',
        key text NOT NULL,
        position integer NOT NULL,
        label jsonb NOT NULL,
        is_other boolean NOT NULL DEFAULT false,
        CONSTRAINT survey_options_role_known CHECK (role IN ('choice', 'row')),
        CONSTRAINT survey_options_key_format CHECK (key ~ '^[a-z0-9][a-z0-9_]{0,39}$'),
        CONSTRAINT survey_options_position_positive CHECK (position > 0),
        CONSTRAINT survey_options_label_has_german CHECK (label ? 'de'),
        CONSTRAINT survey_options_other_is_choice CHECK (NOT is_other OR role = 'choice'),
        CONSTRAINT survey_options_key_unique UNIQUE (question_id, role, key),
        CONSTRAINT survey_options_position_unique UNIQUE (question_id, role, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE UNIQUE INDEX survey_options_one_other ON survey_options (question_id) WHERE is_other`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        type text NOT NULL,
        municipality text NOT NULL DEFAULT '',
        locale text NOT NULL DEFAULT 'de',
        opted_out_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
        CONSTRAINT organisations_email_lowercase CHECK (email = lower(email)),
        CONSTRAINT organisations_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
        CONSTRAINT organisations_type_known CHECK (type IN (
          'migrant_organisation', 'municipal_contact', 'education', 'counselling', 'integration_council',
          'religious_community', 'integration_guide', 'welfare', 'other'
        )),
        CONSTRAINT organisations_municipality_length CHECK (char_length(municipality) <= 120),
        CONSTRAINT organisations_locale_format CHECK (locale ~ '^[a-z]{2}(-[A-Za-z]{2,8})?$')
      )`);
    await q.query(`CREATE UNIQUE INDEX organisations_email_unique ON organisations (email)`);
    await q.query(`CREATE INDEX organisations_type_idx ON organisations (type)`);

    // No token column: the link's token is an HMAC of the invitation id under the server secret, so
    // the database holds nothing a link could be rebuilt from.
    await q.query(`
      CREATE TABLE survey_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending',
        invited_at timestamptz,
        reminder_count integer NOT NULL DEFAULT 0,
        last_reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT survey_invitations_status_known CHECK (status IN ('pending', 'invited', 'opened', 'partial', 'complete')),
        CONSTRAINT survey_invitations_sent_has_date CHECK (status = 'pending' OR invited_at IS NOT NULL),
        CONSTRAINT survey_invitations_reminders_non_negative CHECK (reminder_count >= 0),
        CONSTRAINT survey_invitations_one_per_organisation UNIQUE (survey_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX survey_invitations_survey_status_idx ON survey_invitations (survey_id, status)`);

    await q.query(`
      CREATE TABLE survey_access_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        status text NOT NULL DEFAULT 'unused',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT survey_access_codes_status_known CHECK (status IN ('unused', 'started', 'complete'))
      )`);
    await q.query(`CREATE UNIQUE INDEX survey_access_codes_hash_unique ON survey_access_codes (code_hash)`);
    await q.query(`CREATE INDEX survey_access_codes_survey_idx ON survey_access_codes (survey_id, status)`);

    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL,
        anonymous boolean NOT NULL,
        account_id uuid REFERENCES users (id) ON DELETE CASCADE,
        invitation_id uuid REFERENCES survey_invitations (id) ON DELETE CASCADE,
        resume_hash text,
        segment text NOT NULL DEFAULT '',
        complete boolean NOT NULL DEFAULT false,
        reached_section integer NOT NULL DEFAULT 1,
        started_at timestamptz,
        updated_at timestamptz,
        completed_at timestamptz,
        FOREIGN KEY (survey_id, anonymous) REFERENCES surveys (id, anonymous) ON DELETE CASCADE,
        CONSTRAINT survey_responses_anonymous_unlinked CHECK (
          NOT anonymous OR (account_id IS NULL AND invitation_id IS NULL AND started_at IS NULL
                            AND updated_at IS NULL AND completed_at IS NULL)
        ),
        CONSTRAINT survey_responses_named_has_owner CHECK (
          anonymous OR ((account_id IS NULL) <> (invitation_id IS NULL) AND resume_hash IS NULL AND started_at IS NOT NULL)
        ),
        CONSTRAINT survey_responses_complete_forgets_resume CHECK (NOT complete OR resume_hash IS NULL),
        CONSTRAINT survey_responses_segment_length CHECK (char_length(segment) <= 40),
        CONSTRAINT survey_responses_reached_positive CHECK (reached_section > 0),
        CONSTRAINT survey_responses_survey_id_unique UNIQUE (survey_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX survey_responses_one_per_account ON survey_responses (survey_id, account_id) WHERE account_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX survey_responses_one_per_invitation ON survey_responses (invitation_id) WHERE invitation_id IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX survey_responses_resume_unique ON survey_responses (resume_hash) WHERE resume_hash IS NOT NULL`);
    await q.query(`CREATE INDEX survey_responses_survey_idx ON survey_responses (survey_id, complete)`);

    await q.query(`
      CREATE TABLE survey_answers (
        survey_id uuid NOT NULL,
        response_id uuid NOT NULL,
        question_id uuid NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (response_id, question_id),
        -- An answer belongs to a question of its response's own survey.
        FOREIGN KEY (survey_id, response_id) REFERENCES survey_responses (survey_id, id) ON DELETE CASCADE,
        FOREIGN KEY (survey_id, question_id) REFERENCES survey_questions (survey_id, id) ON DELETE CASCADE,
        CONSTRAINT survey_answers_value_object CHECK (jsonb_typeof(value) = 'object'),
        CONSTRAINT survey_answers_value_size CHECK (octet_length(value::text) <= 20000)
      )`);
    await q.query(`CREATE INDEX survey_answers_question_idx ON survey_answers (survey_id, question_id)`);
    await q.query(
      `CREATE INDEX survey_answers_text_trgm ON survey_answers USING gin ((coalesce(value->>'text', value->>'other', '')) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE survey_tallies (
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
        segment text NOT NULL,
        complete boolean NOT NULL,
        option_key text NOT NULL,
        row_key text NOT NULL,
        num numeric,
        n bigint NOT NULL,
        -- No CHECK (n >= 0): PostgreSQL checks the proposed row of an upsert before it sees the
        -- conflict, and removals are proposed as negative counts. The recount test guards drift.
        CONSTRAINT survey_tallies_key UNIQUE NULLS NOT DISTINCT (survey_id, question_id, segment, complete, option_key, row_key, num)
      )`);

    // What one stored answer counts for: always the "answered" marker ('', '', NULL), plus per kind
    // the chosen options, matrix cells (column, row), ranks or numbers. Texts and dates count as answered only.
    await q.query(`
      CREATE FUNCTION survey_answer_facts(kind text, value jsonb)
      RETURNS TABLE (option_key text, row_key text, num numeric)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ''::text, ''::text, NULL::numeric
        UNION ALL
        SELECT value->>'choice', '', NULL WHERE kind = 'single_choice' AND value ? 'choice'
        UNION ALL
        SELECT c, '', NULL FROM jsonb_array_elements_text(
          CASE WHEN kind = 'multiple_choice' AND jsonb_typeof(value->'choices') = 'array' THEN value->'choices' ELSE '[]'::jsonb END
        ) AS c
        UNION ALL
        SELECT '', '', (value->>'number')::numeric WHERE kind IN ('number', 'scale') AND jsonb_typeof(value->'number') = 'number'
        UNION ALL
        SELECT cell.value, cell.key, NULL FROM jsonb_each_text(
          CASE WHEN kind = 'matrix' AND jsonb_typeof(value->'rows') = 'object' THEN value->'rows' ELSE '{}'::jsonb END
        ) AS cell
        UNION ALL
        SELECT r.key, '', r.rank FROM jsonb_array_elements_text(
          CASE WHEN kind = 'ranking' AND jsonb_typeof(value->'ranking') = 'array' THEN value->'ranking' ELSE '[]'::jsonb END
        ) WITH ORDINALITY AS r (key, rank)
      $$`);

    // Adds (sign 1) or removes (sign -1) one response's answers to or from the tallies, under the
    // response's current segment and completeness. Rows are touched in key order so concurrent
    // saves cannot deadlock on them.
    await q.query(`
      CREATE FUNCTION survey_apply_response(target uuid, sign integer) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO survey_tallies AS t (survey_id, question_id, segment, complete, option_key, row_key, num, n)
        SELECT r.survey_id, a.question_id, r.segment, r.complete, f.option_key, f.row_key, f.num, sign * count(*)
        FROM survey_responses r
        JOIN survey_answers a ON a.response_id = r.id
        JOIN survey_questions sq ON sq.id = a.question_id
        CROSS JOIN LATERAL survey_answer_facts(sq.kind, a.value) f
        WHERE r.id = target
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT ON CONSTRAINT survey_tallies_key DO UPDATE SET n = t.n + excluded.n
      $$`);

    await q.query(`
      CREATE FUNCTION survey_recount(target uuid) RETURNS void
      LANGUAGE sql AS $$
        DELETE FROM survey_tallies WHERE survey_id = target;
        INSERT INTO survey_tallies (survey_id, question_id, segment, complete, option_key, row_key, num, n)
        SELECT r.survey_id, a.question_id, r.segment, r.complete, f.option_key, f.row_key, f.num, count(*)
        FROM survey_responses r
        JOIN survey_answers a ON a.response_id = r.id
        JOIN survey_questions sq ON sq.id = a.question_id
        CROSS JOIN LATERAL survey_answer_facts(sq.kind, a.value) f
        WHERE r.survey_id = target
        GROUP BY 1, 2, 3, 4, 5, 6, 7;
      $$`);

    await q.query(`
      CREATE TABLE survey_mailings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        kind text NOT NULL,
        requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'queued',
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT survey_mailings_kind_known CHECK (kind IN ('invitation', 'reminder')),
        CONSTRAINT survey_mailings_status_known CHECK (status IN ('queued', 'running', 'done', 'failed')),
        CONSTRAINT survey_mailings_progress CHECK (processed >= 0 AND total >= 0 AND processed <= total)
      )`);
    await q.query(`CREATE INDEX survey_mailings_survey_idx ON survey_mailings (survey_id, created_at DESC)`);
    // One mailing at a time per survey: a double click cannot send twice.
    await q.query(
      `CREATE UNIQUE INDEX survey_mailings_one_active ON survey_mailings (survey_id) WHERE status IN ('queued', 'running')`,
    );

    await q.query(`
      CREATE TABLE export_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        format text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        requested_by_id uuid REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued',
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        file_name text,
        content_type text,
        content bytea,
        byte_size integer,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT export_jobs_kind_format CHECK (char_length(kind) BETWEEN 1 AND 60 AND format IN ('csv', 'xlsx', 'docx', 'pdf')),
        CONSTRAINT export_jobs_status_known CHECK (status IN ('queued', 'running', 'done', 'failed')),
        CONSTRAINT export_jobs_progress CHECK (processed >= 0 AND total >= 0),
        CONSTRAINT export_jobs_done_has_file CHECK (status <> 'done' OR (content IS NOT NULL AND file_name IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX export_jobs_requester_idx ON export_jobs (requested_by_id, created_at DESC)`);
    await q.query(`CREATE INDEX export_jobs_pending_idx ON export_jobs (created_at) WHERE status IN ('queued', 'running')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS export_jobs`);
    await q.query(`DROP TABLE IF EXISTS survey_mailings`);
    await q.query(`DROP FUNCTION IF EXISTS survey_recount(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS survey_apply_response(uuid, integer)`);
    await q.query(`DROP FUNCTION IF EXISTS survey_answer_facts(text, jsonb)`);
    await q.query(`DROP TABLE IF EXISTS survey_tallies`);
    await q.query(`DROP TABLE IF EXISTS survey_answers`);
    await q.query(`DROP TABLE IF EXISTS survey_responses`);
    await q.query(`DROP TABLE IF EXISTS survey_access_codes`);
    await q.query(`DROP TABLE IF EXISTS survey_invitations`);
    await q.query(`DROP TABLE IF EXISTS organisations`);
    await q.query(`DROP TABLE IF EXISTS survey_options`);
    await q.query(`DROP TABLE IF EXISTS survey_questions`);
    await q.query(`DROP TABLE IF EXISTS survey_sections`);
    await q.query(`DROP TABLE IF EXISTS surveys`);
  }
}
