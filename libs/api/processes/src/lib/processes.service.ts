import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError, translate } from '@mitreden/api/core';
import { LOCALES } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import {
  ActionFieldView,
  ForumFormat,
  ForumView,
  PhaseKind,
  PhaseStatus,
  PhaseView,
  ProcessView,
} from './graphql/process.types';
import type { TranslationView } from './graphql/process.types';
import type {
  ActionFieldInput,
  ForumInput,
  PhaseInput,
  ProcessInput,
  TranslationInput,
} from './graphql/process.inputs';

/** Who asks: only the id matters here (for `followedByMe`); null for anonymous callers. */
export interface Viewer {
  id: string;
}

type JsonText = Partial<Record<string, string>>;

interface ActionFieldRow {
  id: string;
  processId: string;
  position: number;
  title: JsonText;
  description: JsonText;
  crossCutting: boolean;
  proposalCount: number;
  followedByMe: boolean;
}

interface PhaseRow {
  id: string;
  kind: PhaseKind;
  title: JsonText;
  description: JsonText;
  startsAt: string;
  endsAt: string;
  status: PhaseStatus;
}

interface ForumRow {
  id: string;
  actionFieldId: string;
  title: JsonText;
  description: JsonText;
  startsAt: string;
  endsAt: string | null;
  place: string;
  municipality: string;
  format: ForumFormat;
  acceptsInput: boolean;
  proposalCount: number;
  followedByMe: boolean;
}

interface ProcessRow {
  id: string;
  slug: string;
  title: JsonText;
  summary: JsonText;
  description: JsonText;
  is_current: boolean;
  forums_open: boolean;
  action_fields: ActionFieldRow[];
  phases: PhaseRow[];
  forums: ForumRow[];
}

// Fragments of the one statement that loads whole processes. `$1` is the viewer id (or null).
const ACTION_FIELD_JSON = `json_build_object(
  'id', f.id, 'processId', f.process_id, 'position', f.position, 'title', f.title, 'description', f.description,
  'crossCutting', f.cross_cutting,
  'proposalCount', (SELECT count(*) FROM proposals pr WHERE pr.action_field_id = f.id AND pr.state = 'published' AND pr.hidden_at IS NULL),
  'followedByMe', $1::uuid IS NOT NULL AND EXISTS (
    SELECT 1 FROM follows fo WHERE fo.user_id = $1::uuid AND fo.target_type = 'action_field' AND fo.target_id = f.id))`;

const PHASE_STATUS = `CASE WHEN ph.ends_at <= now() THEN 'past' WHEN ph.starts_at <= now() THEN 'current' ELSE 'upcoming' END`;

const FORUM_JSON = `json_build_object(
  'id', fm.id, 'actionFieldId', fm.action_field_id, 'title', fm.title, 'description', fm.description,
  'startsAt', fm.starts_at, 'endsAt', fm.ends_at, 'place', fm.place, 'municipality', fm.municipality,
  'format', fm.format, 'acceptsInput', fm.accepts_input,
  'proposalCount', (SELECT count(*) FROM proposals pr WHERE pr.forum_id = fm.id AND pr.state = 'published' AND pr.hidden_at IS NULL),
  'followedByMe', $1::uuid IS NOT NULL AND EXISTS (
    SELECT 1 FROM follows fo WHERE fo.user_id = $1::uuid AND fo.target_type = 'forum' AND fo.target_id = fm.id))`;

/** A whole process (action fields, phases, forums, counts, the viewer's follows) in one statement. */
const PROCESS_SELECT = `
  SELECT p.id, p.slug, p.title, p.summary, p.description, p.is_current,
    EXISTS (SELECT 1 FROM phases ph WHERE ph.process_id = p.id AND ph.kind = 'forums'
            AND ph.starts_at <= now() AND ph.ends_at > now()) AS forums_open,
    COALESCE((SELECT json_agg(${ACTION_FIELD_JSON} ORDER BY f.position) FROM action_fields f WHERE f.process_id = p.id), '[]') AS action_fields,
    COALESCE((SELECT json_agg(json_build_object(
        'id', ph.id, 'kind', ph.kind, 'title', ph.title, 'description', ph.description,
        'startsAt', ph.starts_at, 'endsAt', ph.ends_at, 'status', ${PHASE_STATUS}) ORDER BY ph.starts_at)
      FROM phases ph WHERE ph.process_id = p.id), '[]') AS phases,
    COALESCE((SELECT json_agg(${FORUM_JSON} ORDER BY fm.starts_at, fm.id) FROM forums fm WHERE fm.process_id = p.id), '[]') AS forums
  FROM processes p`;

/** Postgres error details TypeORM passes through on a failed statement. */
interface PgErrorDetails {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgErrorDetails | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return null;
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}

/** The stored form of a translation list: `{de: …, en: …}`; blank translations are left out. */
export function toTranslatedText(input: TranslationInput[] | null | undefined): JsonText {
  const text: JsonText = {};
  for (const entry of input ?? []) {
    const value = entry.text.trim();
    if (value !== '') text[entry.locale] = value;
  }
  return text;
}

/** Every stored language version, in the order of LOCALES, for editors. */
export function translationList(text: JsonText | null | undefined): TranslationView[] {
  return LOCALES.filter((locale) => typeof text?.[locale] === 'string').map((locale) => ({
    locale,
    text: text?.[locale] ?? '',
  }));
}

@Injectable()
export class ProcessesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process the home page shows, with everything the process page needs, in one query. */
  async currentProcess(locale: Locale, viewer: Viewer | null = null): Promise<ProcessView | null> {
    const rows = await this.load(this.dataSource.manager, 'WHERE p.is_current', [], viewer);
    return rows[0] ? this.toProcessView(rows[0], locale) : null;
  }

  async processBySlug(slug: string, locale: Locale, viewer: Viewer | null): Promise<ProcessView | null> {
    const rows = await this.load(this.dataSource.manager, 'WHERE p.slug = $2', [slug], viewer);
    return rows[0] ? this.toProcessView(rows[0], locale) : null;
  }

  async processById(
    id: string,
    locale: Locale,
    viewer: Viewer | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProcessView | null> {
    if (!isUuid(id)) return null;
    const rows = await this.load(manager, 'WHERE p.id = $2', [id], viewer);
    return rows[0] ? this.toProcessView(rows[0], locale) : null;
  }

  /** Every process, newest first, for the project group's editor (one query). */
  async allProcesses(locale: Locale, viewer: Viewer | null): Promise<ProcessView[]> {
    const rows = await this.load(this.dataSource.manager, 'ORDER BY p.created_at DESC, p.id', [], viewer);
    return rows.map((row) => this.toProcessView(row, locale));
  }

  /** One forum with its action field and counts, in one query. */
  async forumById(
    id: string,
    locale: Locale,
    viewer: Viewer | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumView | null> {
    const forums = await this.forumsByIds([id], locale, viewer, manager);
    return forums[0] ?? null;
  }

  /**
   * Forums by id (unknown ids are skipped), each with its action field, counts and the viewer's
   * follows: one query whatever the number, for other modules that show forums next to proposals.
   */
  async forumsByIds(
    ids: string[],
    locale: Locale,
    viewer: Viewer | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumView[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: {
      forum: ForumRow;
      field: ActionFieldRow;
      slug: string;
      processTitle: JsonText;
      forumsOpen: boolean;
    }[] = await manager.query(
      `SELECT ${FORUM_JSON} AS forum,
         (SELECT ${ACTION_FIELD_JSON} FROM action_fields f WHERE f.id = fm.action_field_id) AS field,
         p.slug, p.title AS "processTitle",
         EXISTS (SELECT 1 FROM phases ph WHERE ph.process_id = p.id AND ph.kind = 'forums'
                 AND ph.starts_at <= now() AND ph.ends_at > now()) AS "forumsOpen"
       FROM forums fm JOIN processes p ON p.id = fm.process_id
       WHERE fm.id = ANY($2::uuid[])
       ORDER BY fm.starts_at, fm.id`,
      [viewer?.id ?? null, valid],
    );
    return rows.map((row) => {
      const field = toActionFieldView(row.field, locale);
      return toForumView(
        row.forum,
        field,
        field.processId,
        row.slug,
        translate(row.processTitle, locale),
        row.forumsOpen,
        locale,
      );
    });
  }

  /** Action fields by id, with counts and the viewer's follows, in one query. */
  async actionFieldsByIds(
    ids: string[],
    locale: Locale,
    viewer: Viewer | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActionFieldView[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: { field: ActionFieldRow }[] = await manager.query(
      `SELECT ${ACTION_FIELD_JSON} AS field FROM action_fields f WHERE f.id = ANY($2::uuid[]) ORDER BY f.process_id, f.position`,
      [viewer?.id ?? null, valid],
    );
    return rows.map((row) => toActionFieldView(row.field, locale));
  }

  // ---- Project group: processes ------------------------------------------------------------

  async createProcess(input: ProcessInput, locale: Locale, viewer: Viewer | null): Promise<ProcessView> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await this.write(() =>
        manager.query(
          `INSERT INTO processes (slug, title, summary, description) VALUES ($1, $2, $3, $4) RETURNING id`,
          [
            input.slug,
            toTranslatedText(input.title),
            toTranslatedText(input.summary),
            toTranslatedText(input.description),
          ],
        ),
      );
      return this.requireProcess(manager, rows[0].id, locale, viewer);
    });
  }

  async updateProcess(
    id: string,
    input: ProcessInput,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ProcessView> {
    requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await this.write(() =>
        manager.query(
          `UPDATE processes SET slug = $2, title = $3, summary = $4, description = $5, updated_at = now() WHERE id = $1 RETURNING id`,
          [
            id,
            input.slug,
            toTranslatedText(input.title),
            toTranslatedText(input.summary),
            toTranslatedText(input.description),
          ],
        ),
      );
      if (rows.length === 0) throw notFound('process');
      return this.requireProcess(manager, id, locale, viewer);
    });
  }

  /**
   * The partial unique index `processes_one_current` allows one current process. Switching is one
   * transaction (unset, then set); the advisory lock queues concurrent switches so the second one
   * does not trip over the index but simply wins after the first.
   */
  async setCurrentProcess(id: string, locale: Locale, viewer: Viewer | null): Promise<ProcessView> {
    requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('mitreden.current_process'))`);
      const exists: unknown[] = await manager.query(`SELECT 1 FROM processes WHERE id = $1`, [id]);
      if (exists.length === 0) throw notFound('process');
      await manager.query(
        `UPDATE processes SET is_current = false, updated_at = now() WHERE is_current AND id <> $1`,
        [id],
      );
      await manager.query(
        `UPDATE processes SET is_current = true, updated_at = now() WHERE id = $1 AND NOT is_current`,
        [id],
      );
      return this.requireProcess(manager, id, locale, viewer);
    });
  }

  // ---- Phases -----------------------------------------------------------------------------

  async createPhase(processId: string, input: PhaseInput, locale: Locale): Promise<PhaseView> {
    requireUuid(processId);
    checkPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      await this.requireProcessExists(manager, processId);
      const rows: { id: string }[] = await this.write(() =>
        manager.query(
          `INSERT INTO phases (process_id, kind, title, description, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            processId,
            input.kind,
            toTranslatedText(input.title),
            toTranslatedText(input.description),
            input.startsAt,
            input.endsAt,
          ],
        ),
      );
      return this.phaseById(manager, rows[0].id, locale);
    });
  }

  async updatePhase(id: string, input: PhaseInput, locale: Locale): Promise<PhaseView> {
    requireUuid(id);
    checkPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await this.write(() =>
        manager.query(
          `UPDATE phases SET kind = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, updated_at = now() WHERE id = $1 RETURNING id`,
          [
            id,
            input.kind,
            toTranslatedText(input.title),
            toTranslatedText(input.description),
            input.startsAt,
            input.endsAt,
          ],
        ),
      );
      if (rows.length === 0) throw notFound('phase');
      return this.phaseById(manager, id, locale);
    });
  }

  async deletePhase(id: string): Promise<boolean> {
    requireUuid(id);
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `DELETE FROM phases WHERE id = $1 RETURNING id`,
      [id],
    );
    if (rows.length === 0) throw notFound('phase');
    return true;
  }

  // ---- Action fields ----------------------------------------------------------------------

  async createActionField(
    processId: string,
    input: ActionFieldInput,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ActionFieldView> {
    requireUuid(processId);
    return this.dataSource.transaction(async (manager) => {
      await this.requireProcessExists(manager, processId);
      const rows: { id: string }[] = await this.write(() =>
        manager.query(
          `INSERT INTO action_fields (process_id, position, title, description, cross_cutting) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [
            processId,
            input.position,
            toTranslatedText(input.title),
            toTranslatedText(input.description),
            input.crossCutting,
          ],
        ),
      );
      const [field] = await this.actionFieldsByIds([rows[0].id], locale, viewer, manager);
      return field;
    });
  }

  async updateActionField(
    id: string,
    input: ActionFieldInput,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ActionFieldView> {
    requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await this.write(() =>
        manager.query(
          `UPDATE action_fields SET position = $2, title = $3, description = $4, cross_cutting = $5 WHERE id = $1 RETURNING id`,
          [
            id,
            input.position,
            toTranslatedText(input.title),
            toTranslatedText(input.description),
            input.crossCutting,
          ],
        ),
      );
      if (rows.length === 0) throw notFound('action field');
      const [field] = await this.actionFieldsByIds([id], locale, viewer, manager);
      return field;
    });
  }

  // ---- Forums -----------------------------------------------------------------------------

  async createForum(
    processId: string,
    input: ForumInput,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ForumView> {
    requireUuid(processId);
    checkForumPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      await this.requireProcessExists(manager, processId);
      await requireFieldOfProcess(manager, input.actionFieldId, processId);
      const rows: { id: string }[] = await this.write(() =>
        manager.query(
          `INSERT INTO forums (process_id, action_field_id, title, description, starts_at, ends_at, place, municipality, format, accepts_input)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [processId, ...forumValues(input)],
        ),
      );
      return this.requireForum(manager, rows[0].id, locale, viewer);
    });
  }

  async updateForum(
    id: string,
    input: ForumInput,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ForumView> {
    requireUuid(id);
    checkForumPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const existing: { process_id: string }[] = await manager.query(
        `SELECT process_id FROM forums WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (existing.length === 0) throw notFound('forum');
      await requireFieldOfProcess(manager, input.actionFieldId, existing[0].process_id);
      await this.write(() =>
        manager.query(
          `UPDATE forums SET action_field_id = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, place = $7,
             municipality = $8, format = $9, accepts_input = $10, updated_at = now()
           WHERE id = $1`,
          [id, ...forumValues(input)],
        ),
      );
      return this.requireForum(manager, id, locale, viewer);
    });
  }

  // ---- Helpers ----------------------------------------------------------------------------

  private load(
    manager: EntityManager,
    condition: string,
    params: unknown[],
    viewer: Viewer | null,
  ): Promise<ProcessRow[]> {
    return manager.query(`${PROCESS_SELECT} ${condition}`, [viewer?.id ?? null, ...params]);
  }

  private async requireProcess(
    manager: EntityManager,
    id: string,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ProcessView> {
    const process = await this.processById(id, locale, viewer, manager);
    if (!process) throw notFound('process');
    return process;
  }

  private async requireForum(
    manager: EntityManager,
    id: string,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<ForumView> {
    const forum = await this.forumById(id, locale, viewer, manager);
    if (!forum) throw notFound('forum');
    return forum;
  }

  private async requireProcessExists(manager: EntityManager, id: string): Promise<void> {
    // FOR SHARE: the process cannot disappear between this check and the insert that names it.
    const rows: unknown[] = await manager.query(`SELECT 1 FROM processes WHERE id = $1 FOR SHARE`, [id]);
    if (rows.length === 0) throw notFound('process');
  }

  private async phaseById(manager: EntityManager, id: string, locale: Locale): Promise<PhaseView> {
    const rows: PhaseRow[] = await manager.query(
      `SELECT ph.id, ph.kind, ph.title, ph.description, ph.starts_at AS "startsAt", ph.ends_at AS "endsAt", ${PHASE_STATUS} AS status
       FROM phases ph WHERE ph.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('phase');
    return toPhaseView(rows[0], locale);
  }

  /** Runs a write and turns the constraint violations a person can cause into field errors. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const details = pgError(error);
      switch (details?.constraint) {
        case 'phases_no_overlap':
          throw badInput({ startsAt: ['phaseOverlap'] });
        case 'phases_ends_after_start':
        case 'forums_ends_after_start':
          throw badInput({ endsAt: ['endsBeforeStart'] });
        case 'processes_slug_unique':
          throw badInput({ slug: ['slugTaken'] });
        case 'action_fields_process_position':
          throw badInput({ position: ['positionTaken'] });
        case 'forums_action_field_same_process':
          throw badInput({ actionFieldId: ['notInProcess'] });
        default:
          throw error;
      }
    }
  }

  private toProcessView(row: ProcessRow, locale: Locale): ProcessView {
    const actionFields = row.action_fields.map((field) => toActionFieldView(field, locale));
    const fieldsById = new Map(actionFields.map((field) => [field.id, field]));
    const phases = row.phases.map((phase) => toPhaseView(phase, locale));
    const title = translate(row.title, locale);
    return Object.assign(new ProcessView(), {
      id: row.id,
      slug: row.slug,
      title,
      summary: translate(row.summary, locale),
      description: translate(row.description, locale),
      isCurrent: row.is_current,
      actionFields,
      phases,
      currentPhase: phases.find((phase) => phase.status === PhaseStatus.CURRENT) ?? null,
      forums: row.forums.flatMap((forum) => {
        const field = fieldsById.get(forum.actionFieldId);
        return field ? [toForumView(forum, field, row.id, row.slug, title, row.forums_open, locale)] : [];
      }),
      titleTranslations: translationList(row.title),
      summaryTranslations: translationList(row.summary),
      descriptionTranslations: translationList(row.description),
    });
  }
}

function toActionFieldView(row: ActionFieldRow, locale: Locale): ActionFieldView {
  return Object.assign(new ActionFieldView(), {
    id: row.id,
    processId: row.processId,
    position: row.position,
    title: translate(row.title, locale),
    description: translate(row.description, locale),
    crossCutting: row.crossCutting,
    titleTranslations: translationList(row.title),
    descriptionTranslations: translationList(row.description),
    proposalCount: Number(row.proposalCount),
    followedByMe: row.followedByMe,
  });
}

function toPhaseView(row: PhaseRow, locale: Locale): PhaseView {
  return Object.assign(new PhaseView(), {
    id: row.id,
    kind: row.kind,
    title: translate(row.title, locale),
    description: translate(row.description, locale),
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    status: row.status,
    titleTranslations: translationList(row.title),
    descriptionTranslations: translationList(row.description),
  });
}

function toForumView(
  row: ForumRow,
  actionField: ActionFieldView,
  processId: string,
  processSlug: string,
  processTitle: string,
  forumsOpen: boolean,
  locale: Locale,
): ForumView {
  return Object.assign(new ForumView(), {
    id: row.id,
    processId,
    processSlug,
    processTitle,
    actionField,
    title: translate(row.title, locale),
    description: translate(row.description, locale),
    startsAt: new Date(row.startsAt),
    endsAt: row.endsAt ? new Date(row.endsAt) : null,
    place: row.place,
    municipality: row.municipality,
    format: row.format,
    acceptsInput: row.acceptsInput,
    openForInput: forumsOpen && row.acceptsInput,
    proposalCount: Number(row.proposalCount),
    followedByMe: row.followedByMe,
    titleTranslations: translationList(row.title),
    descriptionTranslations: translationList(row.description),
  });
}

function forumValues(input: ForumInput): unknown[] {
  return [
    input.actionFieldId,
    toTranslatedText(input.title),
    toTranslatedText(input.description),
    input.startsAt,
    input.endsAt ?? null,
    input.place ?? '',
    input.municipality,
    input.format,
    input.acceptsInput,
  ];
}

async function requireFieldOfProcess(
  manager: EntityManager,
  actionFieldId: string,
  processId: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM action_fields WHERE id = $1 AND process_id = $2`,
    [actionFieldId, processId],
  );
  if (rows.length === 0) throw badInput({ actionFieldId: ['notInProcess'] });
}

function checkPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput({ endsAt: ['endsBeforeStart'] });
}

function checkForumPeriod(startsAt: Date, endsAt: Date | null | undefined): void {
  if (endsAt) checkPeriod(startsAt, endsAt);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A malformed id names nothing: NOT_FOUND, the same answer as for an id that does not exist. */
function requireUuid(id: string): void {
  if (!isUuid(id)) throw notFound('entry');
}

function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${what}`);
}
