import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import { MAX_UNZIPPED_BYTES, cellText, unzippedSize } from '@mitreden/api/proposals';
import type { User } from '@mitreden/api/identity';
import { ANNEX_LIMITS, parseAnnex } from '@mitreden/shared/catalogue';
import type { AnnexActionField, AnnexProblem } from '@mitreden/shared/catalogue';
import type { FieldErrors } from '@mitreden/shared/contracts';
import type { CatalogueImportResultView } from '../graphql/catalogue.types';
import { IMPORT_MAX_BYTES } from '../graphql/catalogue.inputs';
import type { ImportCatalogueInput } from '../graphql/catalogue.inputs';
import { draftExistsError, loadCatalogueVersion, rethrowCatalogueDbError } from './catalogue-db';

/** Rows one sheet may hold: every measure and goal of a field on its own row, plus titles. */
const XLSX_MAX_ROWS_PER_SHEET = ANNEX_LIMITS.goalsPerField * 10;
/** Title rows allowed above the header row. */
const XLSX_MAX_TITLE_ROWS = 10;

type ProblemLocator = (path: string) => string;

/** Field errors for annex problems: `file<path>` (JSON) or `file:<sheet>!<cell>` (XLSX), rule as value. */
function annexProblems(problems: AnnexProblem[], locate: ProblemLocator = (path) => `file${path}`): DomainError {
  const fields: FieldErrors = {};
  for (const problem of problems) (fields[locate(problem.path)] ??= []).push(problem.rule);
  return badInput(fields);
}

const fileProblem = (rule: string) => badInput({ file: [rule] });

const fieldKey = (title: string) => title.normalize('NFC').trim().toLocaleLowerCase('de');

/**
 * Writes the annex as a new draft of the process with the caller's manager (the demo seed uses it
 * without Nest). The annex is checked again here, so no caller can store numbering the file did not
 * have. A concurrent draft loses on the unique index `catalogue_versions_one_draft`: CONFLICT.
 */
export async function importAnnexAsDraft(
  manager: EntityManager,
  processId: string,
  annexInput: AnnexActionField[],
  viewer: Pick<User, 'id'> | null,
  locate: ProblemLocator = (path) => `file${path}`,
): Promise<CatalogueImportResultView> {
  const { annex, problems } = parseAnnex(annexInput);
  if (problems.length > 0) throw annexProblems(problems, locate);
  if (annex.length === 0) throw fileProblem('required');

  const process: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE id = $1`, [processId]);
  if (process.length === 0) throw new DomainError('NOT_FOUND', 'No such process');

  const fields: { id: string; title: string }[] = await manager.query(
    `SELECT id, title->>'de' AS title FROM action_fields WHERE process_id = $1`,
    [processId],
  );
  const fieldIds = new Map(fields.map((field) => [fieldKey(field.title), field.id]));
  const unknownActionFields = annex.map((field) => field.actionField).filter((title) => !fieldIds.has(fieldKey(title)));
  if (unknownActionFields.length > 0) {
    const errors: FieldErrors = { file: ['unknownActionField'] };
    annex.forEach((field, index) => {
      if (!fieldIds.has(fieldKey(field.actionField))) errors[locate(`[${index}].actionField`)] = ['unknownActionField'];
    });
    throw new DomainError('BAD_USER_INPUT', `Unknown action fields: ${unknownActionFields.join(', ')}`, errors);
  }

  const drafts: unknown[] = await manager.query(`SELECT 1 FROM catalogue_versions WHERE process_id = $1 AND status = 'draft'`, [processId]);
  if (drafts.length > 0) throw draftExistsError();
  let versionId: string;
  try {
    [{ id: versionId }] = await manager.query(
      `INSERT INTO catalogue_versions (process_id, number, created_by_id)
       SELECT $1, coalesce(max(number), 0) + 1, $2 FROM catalogue_versions WHERE process_id = $1
       RETURNING id`,
      [processId, viewer?.id ?? null],
    );
  } catch (error) {
    rethrowCatalogueDbError(error);
  }

  // Ids made here, so the measures can name their goal without reading the goals back.
  const goals = annex.flatMap((field) =>
    field.goals.map((goal, index) => ({
      id: randomUUID(),
      fieldId: fieldIds.get(fieldKey(field.actionField)) ?? '',
      position: index + 1,
      goal,
    })),
  );
  await manager.query(
    `INSERT INTO catalogue_goals (id, version_id, process_id, action_field_id, position, title)
     SELECT t.id, $1, $2, t.field_id, t.position, jsonb_build_object('de', t.title)
       FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::text[]) AS t (id, field_id, position, title)`,
    [versionId, processId, goals.map((g) => g.id), goals.map((g) => g.fieldId), goals.map((g) => g.position), goals.map((g) => g.goal.goal)],
  );
  const measures = goals.flatMap((goal) =>
    goal.goal.measures.map((measure) => ({ goalId: goal.id, fieldId: goal.fieldId, number: measure.number, text: measure.text })),
  );
  if (measures.length > 0) {
    await manager.query(
      `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
       SELECT $1, t.goal_id, t.field_id, t.number, jsonb_build_object('de', t.text)
         FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[]) AS t (goal_id, field_id, number, text)`,
      [versionId, measures.map((m) => m.goalId), measures.map((m) => m.fieldId), measures.map((m) => m.number), measures.map((m) => m.text)],
    );
  }

  return {
    version: await loadCatalogueVersion(manager, versionId),
    actionFieldCount: annex.length,
    goalCount: goals.length,
    measureCount: measures.length,
    unknownActionFields: [],
  };
}

/**
 * Imports a catalogue in the annex shape (JSON, or XLSX with one sheet per action field) as a new draft.
 *
 * JSON: the annex shape, `[{ actionField, goals: [{ goal, measures: [{ number, text }] }] }]`.
 *
 * XLSX (the same rule the worker's export follows, so an export reads back as it was written):
 * - every sheet with a header row whose first three cells are `Ziel | Nr. | Maßnahme`
 *   (case-insensitive, "Nr" with or without dot) is one action field; sheets without one (cover,
 *   notes) are ignored; up to 10 title rows may precede the header;
 * - the action field is the text of cell A1 when row 1 is not the header (a title row), else the
 *   sheet name: sheet names are cut at 31 characters, A1 is not;
 * - each row below: goal | number | measure text. A blank goal cell, or the same goal as the row
 *   above, continues the goal; a goal without number and text is a goal without measures. The
 *   number is the measure's number in the field ("3") or its code ("2.3", only the part after the
 *   dot counts); further columns are ignored.
 * Problems are reported per cell, as `file:<sheet>!<cell>`.
 */
@Injectable()
export class CatalogueImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importFile(input: ImportCatalogueInput, viewer: User): Promise<CatalogueImportResultView> {
    const bytes = decodeImportBase64(input.contentBase64);
    const kind = fileKind(input.fileName, bytes);
    let annex: unknown;
    let locate: ProblemLocator | undefined;
    if (kind === 'json') annex = readJson(bytes);
    else ({ annex, locate } = await readWorkbook(bytes));
    const { problems } = parseAnnex(annex);
    if (problems.length > 0) throw annexProblems(problems, locate);

    return this.dataSource.transaction(async (manager) => {
      const result = await importAnnexAsDraft(manager, input.processId, annex as AnnexActionField[], viewer, locate);
      await this.audit.record(manager, {
        actor: viewer,
        action: 'catalogue.import',
        targetType: 'catalogue_version',
        targetId: result.version.id,
        targetLabel: `Version ${result.version.number}`,
        processId: input.processId,
        after: {
          fileName: input.fileName,
          format: kind,
          actionFields: result.actionFieldCount,
          goals: result.goalCount,
          measures: result.measureCount,
        },
      });
      return result;
    });
  }

  /** Writes the annex as a new draft of the process in the caller's transaction (also used by the demo seed). */
  async importAnnex(manager: EntityManager, processId: string, annex: AnnexActionField[], viewer: User | null): Promise<CatalogueImportResultView> {
    return importAnnexAsDraft(manager, processId, annex, viewer);
  }
}

function decodeImportBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '') throw badInput({ contentBase64: ['required'] });
  // Judged by its length first, so an oversized file is never decoded.
  if (Math.floor((compact.length * 3) / 4) - (compact.match(/=+$/)?.[0].length ?? 0) > IMPORT_MAX_BYTES)
    throw badInput({ contentBase64: ['tooLarge'] });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw badInput({ contentBase64: ['notBase64'] });
  return Buffer.from(compact, 'base64');
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function fileKind(fileName: string, bytes: Buffer): 'json' | 'xlsx' {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (/^(\uFEFF)?\s*\[/.test(bytes.subarray(0, 64).toString('utf8'))) return 'json';
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  throw badInput({ fileName: ['unsupportedFileType'] });
}

function readJson(bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileProblem('notUtf8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw fileProblem('notJson');
  }
}

// ---------------------------------------------------------------- XLSX

const HEADER = ['ziel', 'nr', 'maßnahme'];
const headerCell = (text: string) => text.trim().toLocaleLowerCase('de').replace(/\.$/, '').replace('massnahme', 'maßnahme');

interface SheetRow {
  rowNumber: number;
  /** Columns A, B, C as shown. */
  cells: [string, string, string];
  /** Column B as stored: a number stays a number. */
  rawNumber: CellValue;
}

/** Only the rows that exist in the file: a lone cell in row 1,000,000 does not make us walk a million rows. */
function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const text = (column: number) => cellText(row.getCell(column).value).normalize('NFC').replace(/\r\n?/g, '\n');
    rows.push({ rowNumber, cells: [text(1), text(2), text(3)], rawNumber: row.getCell(2).value });
  });
  return rows;
}

/** Reads `Nr.`: an integer, or a code "2.3" whose last part is the number; anything else stays as it was. */
function measureNumber(raw: CellValue, text: string): unknown {
  if (typeof raw === 'number') return raw;
  const trimmed = text.trim();
  const match = /^(?:\d+\.)?(\d+)$/.exec(trimmed);
  return match ? Number(match[1]) : trimmed === '' ? undefined : trimmed;
}

async function readWorkbook(bytes: Buffer): Promise<{ annex: unknown[]; locate: ProblemLocator }> {
  const unpacked = unzippedSize(bytes);
  if (unpacked === null) throw fileProblem('unreadableFile');
  if (unpacked > MAX_UNZIPPED_BYTES) throw badInput({ contentBase64: ['tooLarge'] });
  const workbook = new Workbook();
  try {
    // exceljs' typings predate Buffer<ArrayBufferLike>; the runtime takes any Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw fileProblem('unreadableFile');
  }
  if (workbook.worksheets.length > ANNEX_LIMITS.fields * 2) throw fileProblem('tooMany');

  const locations = new Map<string, string>();
  const annex: unknown[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount > XLSX_MAX_ROWS_PER_SHEET) throw fileProblem('tooMany');
    const rows = sheetRows(sheet);
    const header = rows.find(
      (row) => row.rowNumber <= XLSX_MAX_TITLE_ROWS + 1 && row.cells.every((cell, index) => headerCell(cell) === HEADER[index]),
    );
    if (!header) continue;
    const cell = (column: 'A' | 'B' | 'C', row: number) => `file:${sheet.name}!${column}${row}`;
    const fieldPath = `[${annex.length}]`;
    const titleRow = header.rowNumber > 1 ? rows.find((row) => row.rowNumber === 1) : undefined;
    const title = titleRow?.cells[0].trim() ?? '';
    locations.set(fieldPath, `file:${sheet.name}`);
    locations.set(`${fieldPath}.actionField`, title ? cell('A', 1) : `file:${sheet.name}`);

    const goals: { goal: string; measures: { number: unknown; text: string }[] }[] = [];
    for (const row of rows) {
      if (row.rowNumber <= header.rowNumber) continue;
      const [goalText, numberText, measureText] = row.cells;
      if (goalText.trim() === '' && numberText.trim() === '' && measureText.trim() === '') continue;
      let goal = goals[goals.length - 1];
      const continues = goal !== undefined && (goalText.trim() === '' || goalText.trim() === goal.goal.trim());
      if (!continues) {
        goal = { goal: goalText, measures: [] };
        goals.push(goal);
        const goalPath = `${fieldPath}.goals[${goals.length - 1}]`;
        locations.set(goalPath, cell('A', row.rowNumber));
        locations.set(`${goalPath}.goal`, cell('A', row.rowNumber));
        locations.set(`${goalPath}.measures`, cell('B', row.rowNumber));
      }
      // A goal row without number and text introduces a goal that has no measures (yet).
      if (numberText.trim() === '' && measureText.trim() === '') continue;
      const measurePath = `${fieldPath}.goals[${goals.length - 1}].measures[${goal.measures.length}]`;
      goal.measures.push({ number: measureNumber(row.rawNumber, numberText), text: measureText });
      locations.set(measurePath, cell('B', row.rowNumber));
      locations.set(`${measurePath}.number`, cell('B', row.rowNumber));
      locations.set(`${measurePath}.text`, cell('C', row.rowNumber));
    }
    annex.push({ actionField: title || sheet.name, goals });
  }
  if (annex.length === 0) throw fileProblem('noHeader');
  return { annex, locate: (path) => locations.get(path) ?? `file${path}` };
}
