import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { toTranslatedText } from '@mitreden/api/processes';
import { numberMeasures } from '@mitreden/shared/catalogue';
import type { FieldErrors, Locale } from '@mitreden/shared/contracts';
import { ImplementationStatus } from '../graphql/catalogue.types';
import type { CatalogueActionFieldView, CatalogueGoalView, CatalogueMeasureView, CatalogueVersionView, CatalogueView } from '../graphql/catalogue.types';
import type {
  CatalogueGoalInput,
  CatalogueMeasureInput,
  MeasureStatusInput,
  ReorderCatalogueFieldInput,
  StartCatalogueDraftInput,
} from '../graphql/catalogue.inputs';
import { CatalogueReader } from './catalogue-reader.service';
import { adoptedVersionError, draftExistsError, isCalendarDate, rethrowCatalogueDbError } from './catalogue-db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (what: string) => new DomainError('NOT_FOUND', `No such ${what}`);
interface LockedVersion {
  id: string;
  process_id: string;
  number: number;
  status: 'draft' | 'adopted';
}

type SourceKind = 'goal' | 'measure';

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

function findGoal(catalogue: CatalogueView | null, goalId: string): CatalogueGoalView | undefined {
  return catalogue?.actionFields.flatMap((field) => field.goals).find((goal) => goal.id === goalId);
}

function findMeasure(catalogue: CatalogueView | null, measureId: string): CatalogueMeasureView | undefined {
  return catalogue?.actionFields
    .flatMap((field) => field.goals)
    .flatMap((goal) => goal.measures)
    .find((measure) => measure.id === measureId);
}

/**
 * Editing a draft: goals, measures, sources, milestones, order. Every change locks the version row
 * (FOR UPDATE) so concurrent edits of one field renumber one after the other; an adopted version
 * answers CATALOGUE_ADOPTED (the database triggers refuse it too).
 *
 * After adding, moving or deleting, the field is renumbered in SQL from the stored order (goal
 * position, then measure number), so whatever sequence of edits ran, its measures end up numbered
 * 1..N without gaps; a reorder writes the given order, which must list the whole field.
 */
@Injectable()
export class CatalogueEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: CatalogueReader,
  ) {}

  async startDraft(input: StartCatalogueDraftInput, viewer: User): Promise<CatalogueVersionView> {
    const created = await this.write(async (manager) => {
      const processes: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE id = $1`, [input.processId]);
      if (!processes[0]) throw notFound('process');
      const versions: LockedVersion[] = await manager.query(
        `SELECT id, process_id, number, status FROM catalogue_versions WHERE process_id = $1 ORDER BY number DESC`,
        [input.processId],
      );
      if (versions.some((version) => version.status === 'draft')) throw draftExistsError();

      let source: LockedVersion | null = null;
      if (input.fromVersionId) {
        source = versions.find((version) => version.id === input.fromVersionId?.toLowerCase()) ?? null;
        if (!source) {
          const elsewhere: unknown[] = await manager.query(`SELECT 1 FROM catalogue_versions WHERE id = $1`, [input.fromVersionId]);
          throw badInput({ fromVersionId: [elsewhere.length ? 'otherProcess' : 'notFound'] });
        }
      } else {
        source = versions.find((version) => version.status === 'adopted') ?? null;
      }

      const [draft]: { id: string; number: number }[] = await manager.query(
        `INSERT INTO catalogue_versions (process_id, number, based_on_id, created_by_id)
         SELECT $1, coalesce(max(number), 0) + 1, $2::uuid, $3 FROM catalogue_versions WHERE process_id = $1
         RETURNING id, number`,
        [input.processId, source?.id ?? null, viewer.id],
      );
      if (source) await this.copyContent(manager, source.id, draft.id);

      await this.audit.record(manager, {
        actor: viewer,
        action: 'catalogue.start_draft',
        targetType: 'catalogue_version',
        targetId: draft.id,
        targetLabel: `Version ${draft.number}`,
        processId: input.processId,
        after: { number: draft.number, basedOnNumber: source?.number ?? null },
      });
      return { id: draft.id, processId: input.processId };
    });
    return this.versionView(created.processId, created.id);
  }

  async deleteDraft(versionId: string, viewer: User): Promise<boolean> {
    if (!UUID.test(versionId)) throw notFound('catalogue version');
    return this.write(async (manager) => {
      const version = await this.lockDraft(manager, versionId);
      await manager.query(`DELETE FROM catalogue_versions WHERE id = $1`, [versionId]);
      await this.audit.record(manager, {
        actor: viewer,
        action: 'catalogue.delete_draft',
        targetType: 'catalogue_version',
        targetId: versionId,
        targetLabel: `Version ${version.number}`,
        processId: version.process_id,
      });
      return true;
    });
  }

  async saveGoal(input: CatalogueGoalInput, viewer: User, locale: Locale): Promise<CatalogueGoalView> {
    const title = JSON.stringify(toTranslatedText(input.title));
    const goalId = await this.write(async (manager) => {
      const version = await this.lockDraft(manager, input.versionId);
      const sourceIds = await this.checkSources(manager, version.process_id, input.sourceProposalIds, 'goal');
      let id: string;
      if (input.goalId) {
        const goals: unknown[] = await manager.query(`SELECT 1 FROM catalogue_goals WHERE id = $1 AND version_id = $2`, [
          input.goalId,
          version.id,
        ]);
        if (!goals.length) throw notFound('goal');
        id = input.goalId.toLowerCase();
        await manager.query(`UPDATE catalogue_goals SET title = $2::jsonb, updated_at = now() WHERE id = $1`, [id, title]);
        await manager.query(`DELETE FROM catalogue_goal_sources WHERE goal_id = $1`, [id]);
      } else {
        const fields: unknown[] = await manager.query(`SELECT 1 FROM action_fields WHERE id = $1 AND process_id = $2`, [
          input.actionFieldId,
          version.process_id,
        ]);
        if (!fields.length) throw badInput({ actionFieldId: ['notFound'] });
        const [goal]: { id: string }[] = await manager.query(
          `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
           SELECT $1, $2, $3, coalesce(max(position), 0) + 1, $4::jsonb
             FROM catalogue_goals WHERE version_id = $1 AND action_field_id = $3
           RETURNING id`,
          [version.id, version.process_id, input.actionFieldId, title],
        );
        id = goal.id;
      }
      await manager.query(
        `INSERT INTO catalogue_goal_sources (goal_id, proposal_id) SELECT $1, unnest($2::uuid[])`,
        [id, sourceIds],
      );
      await this.touch(manager, version.id);
      return id;
    });
    const goal = findGoal(await this.reader.managedCatalogue(input.versionId, locale), goalId);
    if (!goal) throw notFound('goal');
    return goal;
  }

  async deleteGoal(goalId: string, _viewer: User): Promise<boolean> {
    if (!UUID.test(goalId)) throw notFound('goal');
    return this.write(async (manager) => {
      const owner = await this.versionOf(manager, `SELECT version_id FROM catalogue_goals WHERE id = $1`, goalId, 'goal');
      await this.lockDraft(manager, owner);
      // Re-read under the lock: a concurrent delete may have removed it while we waited.
      const goals: { action_field_id: string }[] = await manager.query(
        `SELECT action_field_id FROM catalogue_goals WHERE id = $1 AND version_id = $2`,
        [goalId, owner],
      );
      if (!goals[0]) throw notFound('goal');
      await manager.query(`DELETE FROM catalogue_goals WHERE id = $1`, [goalId]);
      await this.renumberField(manager, owner, goals[0].action_field_id);
      await this.touch(manager, owner);
      return true;
    });
  }

  async saveMeasure(input: CatalogueMeasureInput, viewer: User, locale: Locale): Promise<CatalogueMeasureView> {
    const problems: FieldErrors = {};
    input.milestones.forEach((milestone, index) => {
      if (!isCalendarDate(milestone.dueOn)) problems[`milestones.${index}.dueOn`] = ['invalidDate'];
      if (milestone.doneOn && !isCalendarDate(milestone.doneOn)) problems[`milestones.${index}.doneOn`] = ['invalidDate'];
    });
    if (Object.keys(problems).length) throw badInput(problems);
    const text = JSON.stringify(toTranslatedText(input.text));
    const milestones = JSON.stringify(
      input.milestones.map((milestone) => ({
        title: toTranslatedText(milestone.title),
        dueOn: milestone.dueOn,
        doneOn: milestone.doneOn ?? null,
      })),
    );
    const details = [text, input.responsibility, input.department, input.costNote, input.priority ?? null];

    const measureId = await this.write(async (manager) => {
      const version = await this.lockDraft(manager, input.versionId);
      const goals: { action_field_id: string }[] = await manager.query(
        `SELECT action_field_id FROM catalogue_goals WHERE id = $1 AND version_id = $2`,
        [input.goalId, version.id],
      );
      const goal = goals[0];
      if (!goal) throw badInput({ goalId: ['notFound'] });
      const sourceIds = await this.checkSources(manager, version.process_id, input.sourceProposalIds, 'measure');

      let id: string;
      if (input.measureId) {
        const measures: { goal_id: string; action_field_id: string }[] = await manager.query(
          `SELECT goal_id, action_field_id FROM catalogue_measures WHERE id = $1 AND version_id = $2`,
          [input.measureId, version.id],
        );
        const measure = measures[0];
        if (!measure) throw notFound('measure');
        if (measure.action_field_id !== goal.action_field_id) throw badInput({ goalId: ['otherActionField'] });
        id = input.measureId.toLowerCase();
        const moved = measure.goal_id !== input.goalId.toLowerCase();
        // A moved measure gets a number behind every other of the field, so the renumbering below
        // puts it last in its new goal.
        await manager.query(
          `UPDATE catalogue_measures
              SET text = $2::jsonb, responsibility = $3, department = $4, cost_note = $5, priority = $6, updated_at = now(),
                  goal_id = $7,
                  number = CASE WHEN $8::boolean
                    THEN (SELECT max(number) + 1 FROM catalogue_measures WHERE version_id = $9 AND action_field_id = $10)
                    ELSE number END
            WHERE id = $1`,
          [id, ...details, input.goalId, moved, version.id, goal.action_field_id],
        );
        await manager.query(`DELETE FROM catalogue_measure_sources WHERE measure_id = $1`, [id]);
        await manager.query(`DELETE FROM catalogue_milestones WHERE measure_id = $1`, [id]);
      } else {
        const [measure]: { id: string }[] = await manager.query(
          `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text, responsibility, department, cost_note, priority)
           SELECT $1, $2, $3, coalesce(max(number), 0) + 1, $4::jsonb, $5, $6, $7, $8
             FROM catalogue_measures WHERE version_id = $1 AND action_field_id = $3
           RETURNING id`,
          [version.id, input.goalId, goal.action_field_id, ...details],
        );
        id = measure.id;
      }
      await manager.query(
        `INSERT INTO catalogue_measure_sources (measure_id, proposal_id) SELECT $1, unnest($2::uuid[])`,
        [id, sourceIds],
      );
      await manager.query(
        `INSERT INTO catalogue_milestones (measure_id, position, title, due_on, done_on)
         SELECT $1, item.position, item.value->'title', (item.value->>'dueOn')::date, (item.value->>'doneOn')::date
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS item(value, position)`,
        [id, milestones],
      );
      await this.renumberField(manager, version.id, goal.action_field_id);
      await this.touch(manager, version.id);
      return id;
    });
    return this.measureView(input.versionId, measureId, locale);
  }

  async deleteMeasure(measureId: string, _viewer: User): Promise<boolean> {
    if (!UUID.test(measureId)) throw notFound('measure');
    return this.write(async (manager) => {
      const owner = await this.versionOf(manager, `SELECT version_id FROM catalogue_measures WHERE id = $1`, measureId, 'measure');
      await this.lockDraft(manager, owner);
      const measures: { action_field_id: string }[] = await manager.query(
        `SELECT action_field_id FROM catalogue_measures WHERE id = $1 AND version_id = $2`,
        [measureId, owner],
      );
      if (!measures[0]) throw notFound('measure');
      await manager.query(`DELETE FROM catalogue_measures WHERE id = $1`, [measureId]);
      await this.renumberField(manager, owner, measures[0].action_field_id);
      await this.touch(manager, owner);
      return true;
    });
  }

  async reorderField(input: ReorderCatalogueFieldInput, viewer: User, locale: Locale): Promise<CatalogueActionFieldView> {
    const order = {
      goals: input.goals.map((goal) => ({ goalId: goal.goalId.toLowerCase(), measureIds: goal.measureIds.map((id) => id.toLowerCase()) })),
    };
    const goalIds = order.goals.map((goal) => goal.goalId);
    const measureIds = order.goals.flatMap((goal) => goal.measureIds);
    const measureGoalIds = order.goals.flatMap((goal) => goal.measureIds.map(() => goal.goalId));
    // The same numbers the editor's preview showed (renumberPreview builds on this function).
    const numbers = numberMeasures(order);
    const problems: FieldErrors = {};
    if (new Set(goalIds).size !== goalIds.length) problems['goals'] = ['duplicate'];
    if (new Set(measureIds).size !== measureIds.length) problems['measureIds'] = ['duplicate'];
    if (Object.keys(problems).length) throw badInput(problems);

    await this.write(async (manager) => {
      const version = await this.lockDraft(manager, input.versionId);
      const fields: unknown[] = await manager.query(`SELECT 1 FROM action_fields WHERE id = $1 AND process_id = $2`, [
        input.actionFieldId,
        version.process_id,
      ]);
      if (!fields.length) throw badInput({ actionFieldId: ['notFound'] });
      const [current]: { goal_ids: string[]; measure_ids: string[] }[] = await manager.query(
        `SELECT
           ARRAY(SELECT id::text FROM catalogue_goals WHERE version_id = $1 AND action_field_id = $2) AS goal_ids,
           ARRAY(SELECT id::text FROM catalogue_measures WHERE version_id = $1 AND action_field_id = $2) AS measure_ids`,
        [version.id, input.actionFieldId],
      );
      const sameSet = (given: string[], stored: string[]) => {
        const storedSet = new Set(stored);
        return given.length === stored.length && given.every((id) => storedSet.has(id));
      };
      // The order was read before someone else added or removed an item: the client must reload.
      if (!sameSet(goalIds, current.goal_ids)) problems['goals'] = ['mismatch'];
      if (!sameSet(measureIds, current.measure_ids)) problems['measureIds'] = ['mismatch'];
      if (Object.keys(problems).length) throw badInput(problems);

      await manager.query(
        `UPDATE catalogue_goals g SET position = o.position, updated_at = now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE g.id = o.id AND g.version_id = $1 AND g.position <> o.position`,
        [version.id, goalIds],
      );
      await manager.query(
        `UPDATE catalogue_measures m SET number = o.number, goal_id = o.goal_id
           FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS o(id, goal_id, number)
          WHERE m.id = o.id AND m.version_id = $1 AND (m.number <> o.number OR m.goal_id <> o.goal_id)`,
        [version.id, measureIds, measureGoalIds, measureIds.map((id) => numbers.get(id))],
      );
      await this.touch(manager, version.id);
    });
    const catalogue = await this.reader.managedCatalogue(input.versionId, locale);
    const field = catalogue?.actionFields.find((candidate) => candidate.id === input.actionFieldId.toLowerCase());
    if (!field) throw notFound('action field');
    return field;
  }

  /**
   * Status and progress, on drafts and adopted versions alike; the trigger writes the history with
   * the actor and note set for this transaction. "Implemented" means done, so its progress is stored
   * as 100 whatever was sent: a catalogue showing an implemented measure at 60 % would contradict itself.
   */
  async updateStatus(input: MeasureStatusInput, viewer: User, locale: Locale): Promise<CatalogueMeasureView> {
    if (!UUID.test(input.measureId)) throw notFound('measure');
    const problems: FieldErrors = {};
    const done = input.milestonesDone ?? [];
    done.forEach((entry, index) => {
      if (entry.doneOn && !isCalendarDate(entry.doneOn)) problems[`milestonesDone.${index}.doneOn`] = ['invalidDate'];
    });
    if (new Set(done.map((entry) => entry.milestoneId.toLowerCase())).size !== done.length) problems['milestonesDone'] = ['duplicate'];
    if (Object.keys(problems).length) throw badInput(problems);
    const progress = input.status === ImplementationStatus.IMPLEMENTED ? 100 : input.progress;

    const versionId = await this.write(async (manager) => {
      const owner = await this.versionOf(manager, `SELECT version_id FROM catalogue_measures WHERE id = $1`, input.measureId, 'measure');
      await this.lockVersion(manager, owner);
      if (done.length) {
        const known: { id: string }[] = await manager.query(
          `SELECT id::text AS id FROM catalogue_milestones WHERE measure_id = $1 AND id = ANY($2::uuid[])`,
          [input.measureId, done.map((entry) => entry.milestoneId)],
        );
        const knownIds = new Set(known.map((row) => row.id));
        done.forEach((entry, index) => {
          if (!knownIds.has(entry.milestoneId.toLowerCase())) problems[`milestonesDone.${index}.milestoneId`] = ['notFound'];
        });
        if (Object.keys(problems).length) throw badInput(problems);
      }
      await manager.query(`SELECT set_config('mitreden.actor_id', $1, true), set_config('mitreden.status_note', $2, true)`, [
        viewer.id,
        input.note ?? '',
      ]);
      await manager.query(`UPDATE catalogue_measures SET status = $2, progress = $3, updated_at = now() WHERE id = $1`, [
        input.measureId,
        input.status,
        progress,
      ]);
      if (done.length) {
        await manager.query(
          `UPDATE catalogue_milestones ms SET done_on = o.done_on
             FROM unnest($2::uuid[], $3::date[]) AS o(id, done_on)
            WHERE ms.id = o.id AND ms.measure_id = $1 AND ms.done_on IS DISTINCT FROM o.done_on`,
          [input.measureId, done.map((entry) => entry.milestoneId), done.map((entry) => entry.doneOn ?? null)],
        );
      }
      return owner;
    });
    return this.measureView(versionId, input.measureId.toLowerCase(), locale);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      rethrowCatalogueDbError(error);
    }
  }

  /** The version row, locked: every edit of one version waits for the one before it. */
  private async lockVersion(manager: EntityManager, versionId: string): Promise<LockedVersion> {
    if (!UUID.test(versionId)) throw notFound('catalogue version');
    const rows: LockedVersion[] = await manager.query(
      `SELECT id::text AS id, process_id::text AS process_id, number, status FROM catalogue_versions WHERE id = $1 FOR UPDATE`,
      [versionId],
    );
    if (!rows[0]) throw notFound('catalogue version');
    return rows[0];
  }

  private async lockDraft(manager: EntityManager, versionId: string): Promise<LockedVersion> {
    const version = await this.lockVersion(manager, versionId);
    if (version.status !== 'draft') throw adoptedVersionError();
    return version;
  }

  private async versionOf(manager: EntityManager, sql: string, id: string, what: string): Promise<string> {
    const rows: { version_id: string }[] = await manager.query(sql, [id]);
    if (!rows[0]) throw notFound(what);
    return rows[0].version_id;
  }

  /**
   * Sources must be proposals of the same process and of the matching kind, and not hidden.
   * Merged or split originals are allowed: provenance follows the lineage either way.
   */
  private async checkSources(manager: EntityManager, processId: string, ids: readonly string[], kind: SourceKind): Promise<string[]> {
    const wanted = unique(ids);
    if (!wanted.length) return [];
    const rows: { id: string; process_id: string; kind: string; hidden: boolean }[] = await manager.query(
      `SELECT id::text AS id, process_id::text AS process_id, kind, hidden_at IS NOT NULL AS hidden
         FROM proposals WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const codes = new Set<string>();
    for (const id of wanted) {
      const row = byId.get(id);
      // Hidden proposals must not reappear through the catalogue; to the editor they are gone.
      if (!row || row.hidden) codes.add('notFound');
      else if (row.process_id !== processId) codes.add('otherProcess');
      else if (row.kind !== kind) codes.add('wrongKind');
    }
    if (codes.size) throw badInput({ sourceProposalIds: [...codes] });
    return wanted;
  }

  /** Goal positions 1.. and measure numbers 1..N of one field, keeping the current order. */
  private async renumberField(manager: EntityManager, versionId: string, actionFieldId: string): Promise<void> {
    await manager.query(
      `UPDATE catalogue_goals g SET position = r.position
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS position
                 FROM catalogue_goals WHERE version_id = $1 AND action_field_id = $2) r
        WHERE g.id = r.id AND g.position <> r.position`,
      [versionId, actionFieldId],
    );
    await manager.query(
      `UPDATE catalogue_measures m SET number = r.number
         FROM (SELECT m.id, row_number() OVER (ORDER BY g.position, m.number, m.id) AS number
                 FROM catalogue_measures m JOIN catalogue_goals g ON g.id = m.goal_id
                WHERE m.version_id = $1 AND m.action_field_id = $2) r
        WHERE m.id = r.id AND m.number <> r.number`,
      [versionId, actionFieldId],
    );
  }

  private async touch(manager: EntityManager, versionId: string): Promise<void> {
    await manager.query(`UPDATE catalogue_versions SET updated_at = now() WHERE id = $1`, [versionId]);
  }

  /** Goals, measures (status and progress included), their sources and milestones, keys kept; one statement per table. */
  private async copyContent(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    await manager.query(
      `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, key, position, title)
       SELECT $2, process_id, action_field_id, key, position, title FROM catalogue_goals WHERE version_id = $1`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO catalogue_goal_sources (goal_id, proposal_id)
       SELECT copy.id, s.proposal_id
         FROM catalogue_goal_sources s
         JOIN catalogue_goals original ON original.id = s.goal_id AND original.version_id = $1
         JOIN catalogue_goals copy ON copy.version_id = $2 AND copy.key = original.key`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, key, number, text, responsibility, department,
                                       cost_note, priority, status, progress)
       SELECT $2, copy.id, m.action_field_id, m.key, m.number, m.text, m.responsibility, m.department,
              m.cost_note, m.priority, m.status, m.progress
         FROM catalogue_measures m
         JOIN catalogue_goals original ON original.id = m.goal_id
         JOIN catalogue_goals copy ON copy.version_id = $2 AND copy.key = original.key
        WHERE m.version_id = $1`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO catalogue_measure_sources (measure_id, proposal_id)
       SELECT copy.id, s.proposal_id
         FROM catalogue_measure_sources s
         JOIN catalogue_measures original ON original.id = s.measure_id AND original.version_id = $1
         JOIN catalogue_measures copy ON copy.version_id = $2 AND copy.key = original.key`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO catalogue_milestones (measure_id, position, title, due_on, done_on)
       SELECT copy.id, ms.position, ms.title, ms.due_on, ms.done_on
         FROM catalogue_milestones ms
         JOIN catalogue_measures original ON original.id = ms.measure_id AND original.version_id = $1
         JOIN catalogue_measures copy ON copy.version_id = $2 AND copy.key = original.key`,
      [fromId, toId],
    );
  }

  private async versionView(processId: string, versionId: string): Promise<CatalogueVersionView> {
    const version = (await this.reader.versions(processId)).find((candidate) => candidate.id === versionId);
    if (!version) throw notFound('catalogue version');
    return version;
  }

  private async measureView(versionId: string, measureId: string, locale: Locale): Promise<CatalogueMeasureView> {
    const measure = findMeasure(await this.reader.managedCatalogue(versionId, locale), measureId);
    if (!measure) throw notFound('measure');
    return measure;
  }
}
