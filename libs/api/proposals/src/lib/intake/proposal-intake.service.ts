import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError, translate } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { ImportField, ImportRowStatus, ProposalKind, ProposalSource } from '../graphql/proposal.types';
import type {
  ProposalImportPreviewView,
  ProposalImportResultView,
  ProposalView,
} from '../graphql/proposal.types';
import { ProposalReader } from '../proposal-reader';
import { ProposalWriter } from '../proposal-writer';
import { guessMapping, mappingProblem } from './import-mapping';
import type { ColumnMapping } from './import-mapping';
import { planRows } from './import-rows';
import type { ImportContext, PlannedRow } from './import-rows';
import type { EnterProposalInput, ProposalImportInput } from './intake.inputs';
import { decodeBase64, parseSpreadsheet } from './spreadsheet';
import type { ParsedSheet } from './spreadsheet';

type Titles = Record<string, string>;

interface ForumRow {
  id: string;
  action_field_id: string;
  title: Titles;
}

/** A file read and checked against the process, ready to preview or import. */
interface ImportPlan {
  sheet: ParsedSheet;
  mapping: ColumnMapping;
  rows: PlannedRow[];
  titles: { actionFields: Map<string, Titles>; forums: Map<string, Titles> };
}

/**
 * Hybrid input: what moderators collected at forums and on paper, entered one by one or imported
 * from a spreadsheet. Allowed in any phase (paper forms arrive late), but every forum, action
 * field and goal must belong to the process.
 */
@Injectable()
export class ProposalIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: ProposalWriter,
    private readonly reader: ProposalReader,
  ) {}

  async enter(input: EnterProposalInput, moderator: User, locale: Locale): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireProcess(manager, input.processId);
      const [forum]: { action_field_id: string }[] = await manager.query(
        `SELECT action_field_id FROM forums WHERE id = $1 AND process_id = $2`,
        [input.forumId, input.processId],
      );
      if (!forum) throw badInput({ forumId: ['unknownForum'] });
      const actionFieldId = input.actionFieldId ?? forum.action_field_id;
      if (input.actionFieldId) {
        const [field] = await manager.query(`SELECT 1 FROM action_fields WHERE id = $1 AND process_id = $2`, [
          input.actionFieldId,
          input.processId,
        ]);
        if (!field) throw badInput({ actionFieldId: ['unknownActionField'] });
      }
      if (input.goalId) {
        if (input.kind !== ProposalKind.MEASURE) throw badInput({ goalId: ['goalOnlyForMeasures'] });
        const [goal] = await manager.query(
          `SELECT 1 FROM proposals WHERE id = $1 AND process_id = $2 AND kind = 'goal' AND state = 'published'`,
          [input.goalId, input.processId],
        );
        if (!goal) throw badInput({ goalId: ['unknownGoal'] });
      }
      const created = await this.writer.insert(manager, {
        processId: input.processId,
        actionFieldId,
        forumId: input.forumId,
        goalId: input.goalId ?? null,
        kind: input.kind,
        title: input.title,
        body: input.body,
        language: input.language,
        source: input.source,
        authorId: null,
        enteredById: moderator.id,
        participantCount: input.participantCount ?? null,
      });
      // Without a fingerprint there is no conflict to skip, so a row always comes back.
      if (!created) throw new Error('Proposal was not inserted');
      const view = await this.reader.byId(created.id, locale, moderator, manager);
      if (!view) throw new Error('Inserted proposal not readable');
      return view;
    });
  }

  /** Dry run: reads, maps and checks every row; writes nothing. */
  async preview(input: ProposalImportInput, locale: Locale): Promise<ProposalImportPreviewView> {
    const sheet = await parseSpreadsheet(input.fileName, decodeBase64(input.fileBase64));
    const plan = await this.plan(this.dataSource.manager, input, sheet);
    const count = (status: ImportRowStatus) => plan.rows.filter((row) => row.status === status).length;
    const title = (titles: Titles | undefined) => (titles ? translate(titles, locale) : null);
    return {
      columns: sheet.columns,
      mapping: plan.mapping,
      rows: plan.rows.map((row) => ({
        rowNumber: row.rowNumber,
        status: row.status,
        title: row.title,
        kind: row.kind,
        actionField: row.actionFieldId ? title(plan.titles.actionFields.get(row.actionFieldId)) : null,
        forum: row.forumId ? title(plan.titles.forums.get(row.forumId)) : null,
        errors: row.errors,
      })),
      rowCount: plan.rows.length,
      validCount: count(ImportRowStatus.VALID),
      invalidCount: count(ImportRowStatus.INVALID),
      duplicateCount: count(ImportRowStatus.DUPLICATE),
    };
  }

  /**
   * Imports every row in one transaction, goals first so measures of the same file can point to
   * them. Rows imported before (by fingerprint) are skipped – also when two imports of one file
   * race: the unique index makes the later insert a no-op instead of a second proposal.
   */
  async import(input: ProposalImportInput, moderator: User): Promise<ProposalImportResultView> {
    const bytes = decodeBase64(input.fileBase64);
    const sheet = await parseSpreadsheet(input.fileName, bytes);
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plan(manager, input, sheet);
      if (plan.rows.some((row) => row.status === ImportRowStatus.INVALID))
        throw badInput({ rows: ['invalidRows'] });

      const [record]: { id: string }[] = await manager.query(
        `INSERT INTO proposal_imports (process_id, imported_by_id, file_name, file_sha256, row_count, created_count, skipped_count)
         VALUES ($1, $2, $3, $4, $5, 0, 0) RETURNING id`,
        [
          input.processId,
          moderator.id,
          input.fileName,
          createHash('sha256').update(bytes).digest('hex'),
          plan.rows.length,
        ],
      );

      const idsByRow = new Map<number, string>();
      const byRow = new Map(plan.rows.map((row) => [row.rowNumber, row]));
      const existingId = async (row: PlannedRow): Promise<string> => {
        const [found]: { id: string }[] = await manager.query(
          `SELECT id FROM proposals WHERE process_id = $1 AND import_fingerprint = $2`,
          [input.processId, row.fingerprint],
        );
        if (!found) throw new DomainError('CONFLICT', 'An imported goal disappeared during the import');
        return found.id;
      };
      const goalIdOf = async (row: PlannedRow): Promise<string | null> => {
        if (!row.goal) return null;
        if ('proposalId' in row.goal) return row.goal.proposalId;
        const goalRow = byRow.get(row.goal.rowNumber);
        if (!goalRow) return null;
        const known = idsByRow.get(goalRow.rowNumber);
        if (known) return known;
        const id = await existingId(goalRow);
        idsByRow.set(goalRow.rowNumber, id);
        return id;
      };

      let created = 0;
      const ordered = [
        ...plan.rows.filter((row) => row.kind === ProposalKind.GOAL),
        ...plan.rows.filter((row) => row.kind === ProposalKind.MEASURE),
      ];
      for (const row of ordered) {
        if (row.status !== ImportRowStatus.VALID || !row.kind || !row.actionFieldId) continue;
        const inserted = await this.writer.insert(manager, {
          processId: input.processId,
          actionFieldId: row.actionFieldId,
          forumId: row.forumId,
          goalId: await goalIdOf(row),
          kind: row.kind,
          title: row.title,
          body: row.body,
          language: row.language,
          source: row.source,
          authorId: null,
          enteredById: moderator.id,
          participantCount: row.participantCount,
          importId: record.id,
          importFingerprint: row.fingerprint,
        });
        // null: a concurrent import stored the same row a moment ago; it counts as skipped.
        if (inserted) {
          idsByRow.set(row.rowNumber, inserted.id);
          created++;
        }
      }

      const skipped = plan.rows.length - created;
      await manager.query(
        `UPDATE proposal_imports SET created_count = $2, skipped_count = $3 WHERE id = $1`,
        [record.id, created, skipped],
      );
      return { importId: record.id, createdCount: created, skippedCount: skipped };
    });
  }

  private async requireProcess(manager: EntityManager, processId: string): Promise<void> {
    const [process] = await manager.query(`SELECT 1 FROM processes WHERE id = $1`, [processId]);
    if (!process) throw new DomainError('NOT_FOUND', 'No such process');
  }

  private async plan(
    manager: EntityManager,
    input: ProposalImportInput,
    sheet: ParsedSheet,
  ): Promise<ImportPlan> {
    await this.requireProcess(manager, input.processId);
    const mapping: ColumnMapping = input.mapping
      ? input.mapping.map(({ field, column }) => ({ field, column }))
      : guessMapping(sheet.columns);
    const problem = mappingProblem(sheet.columns, mapping);
    if (problem) throw badInput({ mapping: [problem] });

    const actionFields: { id: string; position: number; title: Titles }[] = await manager.query(
      `SELECT id, position, title FROM action_fields WHERE process_id = $1`,
      [input.processId],
    );
    const forums: ForumRow[] = await manager.query(
      `SELECT id, action_field_id, title FROM forums WHERE process_id = $1`,
      [input.processId],
    );
    if (input.forumId && !forums.some((forum) => forum.id === input.forumId))
      throw badInput({ forumId: ['unknownForum'] });
    // Goals are only needed when the file names some.
    const goalColumn = mapping.find(({ field }) => field === ImportField.GOAL);
    const goalIndex = goalColumn ? sheet.columns.indexOf(goalColumn.column) : -1;
    const namesGoals = goalIndex >= 0 && sheet.rows.some((row) => (row.cells[goalIndex] ?? '').trim() !== '');
    const goals: { id: string; number: number; title: string }[] = namesGoals
      ? await manager.query(
          `SELECT id, number, title FROM proposals WHERE process_id = $1 AND kind = 'goal' AND state = 'published'`,
          [input.processId],
        )
      : [];

    const context: ImportContext = {
      processId: input.processId,
      actionFields: actionFields.map((field) => ({
        id: field.id,
        position: field.position,
        titles: field.title,
      })),
      forums: forums.map((forum) => ({
        id: forum.id,
        actionFieldId: forum.action_field_id,
        titles: forum.title,
      })),
      goals,
      defaultForumId: input.forumId ?? null,
      defaultSource: input.defaultSource ?? ProposalSource.FORUM,
      defaultLanguage: 'de',
    };
    const rows = planRows(sheet, mapping, context);

    // Rows imported before: same fingerprint already stored in this process.
    const fingerprints = rows
      .filter((row) => row.status === ImportRowStatus.VALID && row.fingerprint)
      .map((row) => row.fingerprint as string);
    if (fingerprints.length > 0) {
      const stored: { import_fingerprint: string }[] = await manager.query(
        `SELECT import_fingerprint FROM proposals WHERE process_id = $1 AND import_fingerprint = ANY($2::text[])`,
        [input.processId, fingerprints],
      );
      const known = new Set(stored.map((row) => row.import_fingerprint));
      for (const row of rows)
        if (row.fingerprint && known.has(row.fingerprint)) row.status = ImportRowStatus.DUPLICATE;
    }

    return {
      sheet,
      mapping,
      rows,
      titles: {
        actionFields: new Map(actionFields.map((field) => [field.id, field.title])),
        forums: new Map(forums.map((forum) => [forum.id, forum.title])),
      },
    };
  }
}
