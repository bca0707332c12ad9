import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { toTranslatedText } from '@mitreden/api/processes';
import type { Locale } from '@mitreden/shared/contracts';
import type { CreateSurveyInput, SaveSurveyInput, SurveyOptionInput } from '../graphql/survey.inputs';
import { SurveyAudience, SurveyQuestionKind } from '../graphql/survey.types';
import type { SurveyView } from '../graphql/survey.types';
import {
  fromDbEnum,
  isOpen,
  loadStructure,
  loadStructureById,
  loadSurveyRows,
  toDbEnum,
  toStoredCondition,
  toSurveyView,
} from '../structure/survey-structure';
import type { SurveyRow, SurveyStructure } from '../structure/survey-structure';
import { loadStructures } from './structure-batch';
import { lockViolations, validateSurveyDocument } from './survey-validation';
import type { LockedQuestion } from './survey-validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The builder's overview never needs more; keeps the statement bounded. */
export const SURVEY_LIST_LIMIT = 500;

const notFound = () => new DomainError('NOT_FOUND', 'No such survey');
const conflict = (message: string) => new DomainError('CONFLICT', message);

function pgError(error: unknown): { code?: string; constraint?: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return null;
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}

/** Database refusals the input can cause, as field errors; anything else is a bug and rethrown. */
function translateDbError(error: unknown): never {
  const details = pgError(error);
  switch (details?.constraint) {
    case 'surveys_slug_unique':
      throw badInput({ slug: ['slugTaken'] });
    case 'surveys_process_id_fkey':
      throw badInput({ processId: ['notFound'] });
    case 'surveys_dates_ordered':
      throw badInput({ closesAt: ['endsBeforeStart'] });
  }
  throw error;
}

/** ANONYMOUS is anonymous by nature, PUBLIC (one per account) never is; only INVITED chooses. */
function anonymityOf(audience: SurveyAudience, requested: boolean): boolean {
  if (audience === SurveyAudience.ANONYMOUS) return true;
  if (audience === SurveyAudience.PUBLIC) return false;
  return requested;
}

const json = (value: unknown): string => JSON.stringify(value);

/**
 * The project group's survey builder. A survey is saved as a whole document under an optimistic
 * version; the structure is written with upserts by key so question and option ids stay stable
 * (answers reference them) and each save costs the same handful of statements whatever its size.
 */
@Injectable()
export class SurveyBuilderService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, with full structures loaded in three batched statements. */
  async list(processId: string | null, locale: Locale): Promise<SurveyView[]> {
    if (processId !== null && !UUID.test(processId)) return [];
    const rows = await loadSurveyRows(
      this.dataSource.manager,
      '($1::uuid IS NULL OR s.process_id = $1::uuid)',
      [processId],
      `s.created_at DESC, s.id LIMIT ${SURVEY_LIST_LIMIT}`,
    );
    return this.views(this.dataSource.manager, rows, locale, { staff: true });
  }

  async get(id: string, locale: Locale): Promise<SurveyView | null> {
    if (!UUID.test(id)) return null;
    const structure = await loadStructureById(this.dataSource.manager, id);
    return structure ? toSurveyView(structure, locale, { staff: true }) : null;
  }

  /** Published PUBLIC and ANONYMOUS surveys inside their dates, closing soonest first. */
  async listOpen(locale: Locale): Promise<SurveyView[]> {
    const rows = await loadSurveyRows(
      this.dataSource.manager,
      `s.status = 'published' AND s.audience IN ('public', 'anonymous')
         AND (s.opens_at IS NULL OR s.opens_at <= now()) AND (s.closes_at IS NULL OR now() < s.closes_at)`,
      [],
      `s.closes_at ASC NULLS LAST, s.published_at DESC, s.id LIMIT ${SURVEY_LIST_LIMIT}`,
    );
    // The database clock decided; the same rule in JS keeps the view's isOpen consistent.
    return this.views(this.dataSource.manager, rows.filter((row) => isOpen(row)), locale, { staff: false });
  }

  /** Invited surveys are reached through personal links only, drafts not at all. */
  async getPublished(slug: string, locale: Locale): Promise<SurveyView | null> {
    const [row] = await loadSurveyRows(
      this.dataSource.manager,
      `s.slug = $1 AND s.status IN ('published', 'closed') AND s.audience IN ('public', 'anonymous')`,
      [slug],
    );
    return row ? toSurveyView(await loadStructure(this.dataSource.manager, row), locale, { staff: false }) : null;
  }

  async create(input: CreateSurveyInput, locale: Locale, viewer: User): Promise<SurveyView> {
    const anonymous = anonymityOf(input.audience, input.anonymous);
    return this.dataSource.transaction(async (manager) => {
      let id: string;
      try {
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO surveys (process_id, slug, title, audience, anonymous, created_by_id)
           VALUES ($1, $2, $3::jsonb, $4, $5, $6) RETURNING id`,
          [input.processId, input.slug, json(toTranslatedText(input.title)), toDbEnum(input.audience), anonymous, viewer.id],
        );
        id = rows[0].id;
      } catch (error) {
        translateDbError(error);
      }
      await manager.query(`INSERT INTO survey_sections (survey_id, key, position) VALUES ($1, 's1', 1)`, [id]);
      return this.reload(manager, id, locale);
    });
  }

  /**
   * Replaces the whole document in one transaction. The survey row is locked first, so two
   * editors serialise and the second one's stale version is refused with CONFLICT.
   */
  async save(input: SaveSurveyInput, locale: Locale, _viewer: User): Promise<SurveyView> {
    if (!UUID.test(input.id)) throw notFound();
    const problems = validateSurveyDocument(input);
    if (Object.keys(problems).length) throw badInput(problems);
    const anonymous = anonymityOf(input.audience, input.anonymous);

    return this.dataSource.transaction(async (manager) => {
      const locked: { version: number }[] = await manager.query(`SELECT version FROM surveys WHERE id = $1 FOR UPDATE`, [input.id]);
      if (!locked[0]) throw notFound();
      if (locked[0].version !== input.version)
        throw conflict('The survey was changed by someone else meanwhile; reload it and apply your changes again');
      const before = await loadStructureById(manager, input.id);
      if (!before) throw notFound();
      this.checkLocks(input, before, anonymous);

      try {
        await manager.query(
          `UPDATE surveys
              SET slug = $2, title = $3::jsonb, intro = $4::jsonb, thanks = $5::jsonb, audience = $6, anonymous = $7,
                  opens_at = $8, closes_at = $9, segment_question_key = $10, version = version + 1, updated_at = now()
            WHERE id = $1`,
          [
            input.id,
            input.slug,
            json(toTranslatedText(input.title)),
            json(toTranslatedText(input.intro)),
            json(toTranslatedText(input.thanks)),
            toDbEnum(input.audience),
            anonymous,
            input.opensAt ?? null,
            input.closesAt ?? null,
            input.segmentQuestionKey?.trim() || null,
          ],
        );
      } catch (error) {
        translateDbError(error);
      }
      await this.writeStructure(manager, input);
      await this.refreshSegments(manager, input, before);
      return this.reload(manager, input.id, locale);
    });
  }

  /** DRAFT → PUBLISHED, or a CLOSED survey reopened; publishing twice changes nothing. */
  async publish(id: string, locale: Locale, _viewer: User): Promise<SurveyView> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string; closes_at: Date | null; question_count: number }[] = await manager.query(
        `SELECT s.status, s.closes_at, (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS question_count
           FROM surveys s WHERE s.id = $1 FOR UPDATE`,
        [id],
      );
      const survey = rows[0];
      if (!survey) throw notFound();
      if (survey.status !== 'published') {
        if (survey.question_count === 0) throw badInput({ sections: ['noQuestions'] });
        // Publishing into a past closing date would open nothing; the editor should move the date.
        if (survey.closes_at && survey.closes_at <= new Date()) throw badInput({ closesAt: ['inPast'] });
        await manager.query(
          `UPDATE surveys SET status = 'published', published_at = coalesce(published_at, now()), updated_at = now() WHERE id = $1`,
          [id],
        );
      }
      return this.reload(manager, id, locale);
    });
  }

  /** PUBLISHED → CLOSED: answering stops, results stay. A draft has nothing to close (CONFLICT). */
  async close(id: string, locale: Locale, _viewer: User): Promise<SurveyView> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string }[] = await manager.query(`SELECT status FROM surveys WHERE id = $1 FOR UPDATE`, [id]);
      if (!rows[0]) throw notFound();
      if (rows[0].status === 'draft') throw conflict('A draft survey cannot be closed; it was never published');
      if (rows[0].status === 'published')
        await manager.query(`UPDATE surveys SET status = 'closed', updated_at = now() WHERE id = $1`, [id]);
      return this.reload(manager, id, locale);
    });
  }

  /** Only a draft without responses; anything published has respondents who were promised it. */
  async remove(id: string, _viewer: User): Promise<boolean> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string; responses: number }[] = await manager.query(
        `SELECT s.status, (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id) AS responses
           FROM surveys s WHERE s.id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows[0]) throw notFound();
      if (rows[0].status !== 'draft') throw conflict('Only a draft survey can be deleted');
      if (rows[0].responses > 0) throw conflict('The survey has responses');
      await manager.query(`DELETE FROM surveys WHERE id = $1`, [id]);
      return true;
    });
  }

  private async views(manager: EntityManager, rows: SurveyRow[], locale: Locale, audience: { staff: boolean }): Promise<SurveyView[]> {
    const structures = await loadStructures(manager, rows);
    return structures.map((structure) => toSurveyView(structure, locale, audience));
  }

  private async reload(manager: EntityManager, id: string, locale: Locale): Promise<SurveyView> {
    const structure = await loadStructureById(manager, id);
    if (!structure) throw notFound();
    return toSurveyView(structure, locale, { staff: true });
  }

  /** SURVEY_LOCKED for a change the survey's state forbids (fields name what to undo). */
  private checkLocks(input: SaveSurveyInput, before: SurveyStructure, anonymous: boolean): void {
    const { survey } = before;
    if (survey.status !== 'draft') {
      const fields: Record<string, string[]> = {};
      if (toDbEnum(input.audience) !== survey.audience) fields['audience'] = ['locked'];
      if (anonymous !== survey.anonymous) fields['anonymous'] = ['locked'];
      if (Object.keys(fields).length)
        throw new DomainError('SURVEY_LOCKED', 'Audience and anonymity can only change while the survey is a draft', fields);
    }
    if (survey.response_count === 0) return;
    const lockedQuestions = new Map<string, LockedQuestion>();
    for (const question of before.questions)
      lockedQuestions.set(question.key, {
        kind: fromDbEnum<SurveyQuestionKind>(question.kind),
        minValue: question.min_value === null ? null : Number(question.min_value),
        maxValue: question.max_value === null ? null : Number(question.max_value),
        options: new Map(
          before.options
            .filter((option) => option.question_id === question.id)
            .map((option) => [`${option.role}:${option.key}`, option.is_other] as const),
        ),
      });
    const violations = lockViolations(input, lockedQuestions);
    if (Object.keys(violations).length)
      throw new DomainError(
        'SURVEY_LOCKED',
        'The survey has responses: questions and options can be added and their texts corrected, but not removed or changed in meaning',
        violations,
      );
  }

  /**
   * Sections, questions and options by key: kept keys are updated in place (ids and thus answers
   * survive), new ones inserted, missing ones deleted. Questions are written before sections are
   * deleted, so a question moved out of a removed section is not cascaded away with it.
   * Positions are deferred-unique, so reordering within one statement is fine.
   */
  private async writeStructure(manager: EntityManager, input: SaveSurveyInput): Promise<void> {
    const surveyId = input.id;
    const sections = input.sections;
    const sectionRows: { id: string; key: string }[] = await manager.query(
      `INSERT INTO survey_sections (survey_id, key, position, title, description, condition)
       SELECT $1, s.key, s.position, s.title, s.description, s.condition
         FROM unnest($2::text[], $3::int[], $4::jsonb[], $5::jsonb[], $6::jsonb[]) AS s (key, position, title, description, condition)
       ON CONFLICT ON CONSTRAINT survey_sections_key_unique DO UPDATE
         SET position = excluded.position, title = excluded.title, description = excluded.description, condition = excluded.condition
       RETURNING id, key`,
      [
        surveyId,
        sections.map((section) => section.key),
        sections.map((_, index) => index + 1),
        sections.map((section) => json(toTranslatedText(section.title))),
        sections.map((section) => json(toTranslatedText(section.description))),
        sections.map((section) => (section.condition ? json(toStoredCondition(section.condition)) : null)),
      ],
    );
    const sectionIds = new Map(sectionRows.map((row) => [row.key, row.id]));

    const questions = sections.flatMap((section) =>
      section.questions.map((question, index) => ({ question, sectionId: sectionIds.get(section.key), position: index + 1 })),
    );
    const questionRows: { id: string; key: string }[] = questions.length
      ? await manager.query(
          `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, required, title, help, min_choices,
                                         max_choices, min_value, max_value, min_label, max_label, condition)
           SELECT $1, q.section_id, q.key, q.position, q.kind, q.required, q.title, q.help, q.min_choices, q.max_choices,
                  q.min_value, q.max_value, q.min_label, q.max_label, q.condition
             FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::boolean[], $7::jsonb[], $8::jsonb[], $9::int[],
                         $10::int[], $11::numeric[], $12::numeric[], $13::jsonb[], $14::jsonb[], $15::jsonb[])
                  AS q (section_id, key, position, kind, required, title, help, min_choices, max_choices, min_value, max_value,
                        min_label, max_label, condition)
           ON CONFLICT ON CONSTRAINT survey_questions_key_unique DO UPDATE
             SET section_id = excluded.section_id, position = excluded.position, kind = excluded.kind,
                 required = excluded.required, title = excluded.title, help = excluded.help,
                 min_choices = excluded.min_choices, max_choices = excluded.max_choices, min_value = excluded.min_value,
                 max_value = excluded.max_value, min_label = excluded.min_label, max_label = excluded.max_label,
                 condition = excluded.condition
           RETURNING id, key`,
          [
            surveyId,
            questions.map((entry) => entry.sectionId),
            questions.map((entry) => entry.question.key),
            questions.map((entry) => entry.position),
            questions.map((entry) => toDbEnum(entry.question.kind)),
            questions.map((entry) => entry.question.required),
            questions.map((entry) => json(toTranslatedText(entry.question.title))),
            questions.map((entry) => json(toTranslatedText(entry.question.help))),
            questions.map((entry) => entry.question.minChoices ?? null),
            questions.map((entry) => entry.question.maxChoices ?? null),
            questions.map((entry) => entry.question.minValue ?? null),
            questions.map((entry) => entry.question.maxValue ?? null),
            questions.map((entry) => json(toTranslatedText(entry.question.minLabel))),
            questions.map((entry) => json(toTranslatedText(entry.question.maxLabel))),
            questions.map((entry) => (entry.question.condition ? json(toStoredCondition(entry.question.condition)) : null)),
          ],
        )
      : [];
    const questionIds = new Map(questionRows.map((row) => [row.key, row.id]));

    const options = questions.flatMap(({ question }) => {
      const questionId = questionIds.get(question.key);
      const rows = (list: SurveyOptionInput[] | undefined, role: 'choice' | 'row') =>
        (list ?? []).map((option, index) => ({ questionId, role, option, position: index + 1 }));
      return [...rows(question.options, 'choice'), ...rows(question.rows, 'row')];
    });
    const optionColumns = [
      options.map((entry) => entry.questionId),
      options.map((entry) => entry.role),
      options.map((entry) => entry.option.key),
    ];
    // Removed options first, then clear "other" flags: the one-other index is not deferrable, and
    // moving the flag between two options in one upsert would otherwise trip it.
    await manager.query(
      `DELETE FROM survey_options o USING survey_questions q
        WHERE q.id = o.question_id AND q.survey_id = $1
          AND (o.question_id, o.role, o.key) NOT IN (SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[]))`,
      [surveyId, ...optionColumns],
    );
    await manager.query(
      `UPDATE survey_options o SET is_other = false FROM survey_questions q
        WHERE q.id = o.question_id AND q.survey_id = $1 AND o.is_other`,
      [surveyId],
    );
    if (options.length)
      await manager.query(
        `INSERT INTO survey_options (question_id, role, key, position, label, is_other)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::jsonb[], $6::boolean[])
         ON CONFLICT ON CONSTRAINT survey_options_key_unique DO UPDATE
           SET position = excluded.position, label = excluded.label, is_other = excluded.is_other`,
        [
          ...optionColumns,
          options.map((entry) => entry.position),
          options.map((entry) => json(toTranslatedText(entry.option.label))),
          options.map((entry) => entry.option.isOther ?? false),
        ],
      );
    await manager.query(`DELETE FROM survey_questions WHERE survey_id = $1 AND NOT (key = ANY($2::text[]))`, [
      surveyId,
      questions.map((entry) => entry.question.key),
    ]);
    await manager.query(`DELETE FROM survey_sections WHERE survey_id = $1 AND NOT (key = ANY($2::text[]))`, [
      surveyId,
      sections.map((section) => section.key),
    ]);
  }

  /**
   * Responses carry their segment (the results filter) in the tallies. When the self-declared type
   * question changes after responses exist, the stored segments and tallies follow it, so the
   * filter never mixes two questions' answers. Invited named surveys segment by organisation type.
   */
  private async refreshSegments(manager: EntityManager, input: SaveSurveyInput, before: SurveyStructure): Promise<void> {
    const next = input.segmentQuestionKey?.trim() || null;
    const { survey } = before;
    if (survey.response_count === 0 || next === survey.segment_question_key) return;
    if (survey.audience === 'invited' && !survey.anonymous) return;
    await manager.query(
      `UPDATE survey_responses r
          SET segment = coalesce((SELECT a.value->>'choice' FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id
                                   WHERE a.response_id = r.id AND q.key = $2), '')
        WHERE r.survey_id = $1`,
      [survey.id, next],
    );
    await manager.query(`SELECT survey_recount($1)`, [survey.id]);
  }
}
