import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { inertCell } from '@mitreden/shared/surveys';
import { CSV_CONTENT_TYPE, ExportFailure, UTF8_BOM, XLSX_CONTENT_TYPE } from '../export-generator';
import type { ExportFileOutput, ExportGenerator } from '../export-generator';

export const PROPOSALS_KIND = 'proposals';
/** Proposals per page: memory stays flat however many there are (the bench runs 100k). */
export const PROPOSALS_EXPORT_PAGE = 2000;

/** Headers in file order; docs/proposals-export-columns.md documents each. Changing them breaks users' sheets. */
export const PROPOSALS_EXPORT_HEADERS = [
  'Nr.',
  'Titel',
  'Art',
  'Handlungsfeld',
  'Forum',
  'Quelle',
  'Eingegangen am',
  'Zustand',
  'Autor:in',
  'Teilnehmende',
  'Unterstützungen',
  'Kommentare',
  'Moderation',
  'Offene Meldungen',
  'Einschätzung',
  'Machbarkeit',
  'Offizielle Antwort',
  'Antwortstatus',
  'Zusammengeführt in',
  'Hervorgegangen aus',
  'Teile',
  'In Maßnahmen',
] as const;

type Cell = string | number | Date | null;

interface ProposalRow {
  id: string;
  number: number;
  title: string;
  kind: string;
  action_field: string | null;
  forum: string | null;
  source: string;
  created_at: Date;
  state: string;
  author_id: string | null;
  participant_count: number | null;
  support_count: number;
  comment_count: number;
  hidden: boolean;
  open_reports: number;
  assessment_status: string | null;
  feasibility: string | null;
  answer_outcome: string | null;
  answer_status: string | null;
  merged_into: number | null;
  derived_from: number[] | null;
  split_into: number[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND_LABEL: Record<string, string> = { goal: 'Ziel', measure: 'Maßnahme' };

/** Collects what a writer produces; export_jobs keeps the file as bytea, so it ends as one Buffer. */
function sink(): { stream: PassThrough; done: Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
  return { stream, done };
}

const numbers = (list: number[] | null): string => (list ?? []).map((n) => `#${n}`).join(', ');

/**
 * One page by keyset on the proposal number. The related facts (open reports, latest assessment,
 * official answer, lineage) come from indexed subqueries in the same statement, so a page costs
 * one statement however many facts a proposal has.
 */
const PAGE_SQL = `
  SELECT p.id, p.number, p.title, p.kind, af.title->>'de' AS action_field, f.title->>'de' AS forum, p.source,
         p.created_at, p.state, p.author_id, p.participant_count, p.support_count, p.comment_count,
         p.hidden_at IS NOT NULL AS hidden,
         (SELECT count(*)::int FROM reports r
           WHERE r.target_type = 'proposal' AND r.target_id = p.id AND r.resolved_at IS NULL) AS open_reports,
         a.status AS assessment_status, a.feasibility,
         oa.outcome AS answer_outcome, oa.status AS answer_status,
         (SELECT c.number FROM proposal_lineage l JOIN proposals c ON c.id = l.child_id
           WHERE l.parent_id = p.id AND l.kind = 'merge') AS merged_into,
         (SELECT array_agg(pp.number ORDER BY pp.number) FROM proposal_lineage l JOIN proposals pp ON pp.id = l.parent_id
           WHERE l.child_id = p.id) AS derived_from,
         (SELECT array_agg(c.number ORDER BY c.number) FROM proposal_lineage l JOIN proposals c ON c.id = l.child_id
           WHERE l.parent_id = p.id AND l.kind = 'split') AS split_into
    FROM proposals p
    JOIN action_fields af ON af.id = p.action_field_id
    LEFT JOIN forums f ON f.id = p.forum_id
    LEFT JOIN LATERAL (
      SELECT status, feasibility FROM assessments
       WHERE proposal_id = p.id ORDER BY coalesce(assessed_at, updated_at) DESC, id DESC LIMIT 1
    ) a ON true
    LEFT JOIN official_answers oa ON oa.proposal_id = p.id
   WHERE p.process_id = $1 AND p.number > $2
   ORDER BY p.number
   LIMIT $3`;

/**
 * Codes ("3.2") of the measures of one catalogue version that a page's proposals feed: directly as
 * a source, or through merges and splits (a source's lineage ancestors are part of the measure's
 * provenance). Hidden proposals are no one's provenance. One statement per page.
 */
const MEASURES_SQL = `
  WITH RECURSIVE descendants (origin, id) AS (
    SELECT p.id, p.id FROM proposals p WHERE p.id = ANY($1::uuid[]) AND p.hidden_at IS NULL
    UNION
    SELECT d.origin, l.child_id FROM descendants d JOIN proposal_lineage l ON l.parent_id = d.id
  )
  SELECT d.origin AS id, array_agg(DISTINCT af.position || '.' || m.number) AS codes
    FROM descendants d
    JOIN catalogue_measure_sources s ON s.proposal_id = d.id
    JOIN catalogue_measures m ON m.id = s.measure_id AND m.version_id = $2
    JOIN action_fields af ON af.id = m.action_field_id
   GROUP BY d.origin`;

export interface ProposalsGeneratorOptions {
  /** Proposals per statement; tests shrink it to cross page boundaries with a handful of rows. */
  pageSize?: number;
}

/**
 * Every proposal of a process with the columns the project group works with
 * (docs/proposals-export-columns.md). Streamed: pages of `pageSize` proposals are read by keyset
 * and written out before the next is read; only the pseudonym table grows (one entry per author).
 */
export function createProposalsGenerator({ pageSize = PROPOSALS_EXPORT_PAGE }: ProposalsGeneratorOptions = {}): ExportGenerator {
  return async (dataSource, job, progress) => {
    const processId = job.params['processId'];
    if (typeof processId !== 'string' || !UUID.test(processId)) throw new ExportFailure('The export names no process');
    if (job.format !== 'csv' && job.format !== 'xlsx') throw new ExportFailure(`Proposals cannot be exported as ${job.format}`);
    const [process]: { slug: string }[] = await dataSource.query(`SELECT slug FROM processes WHERE id = $1`, [processId]);
    if (!process) throw new ExportFailure('The process no longer exists');
    const [{ total }]: { total: number }[] = await dataSource.query(
      `SELECT count(*)::int AS total FROM proposals WHERE process_id = $1`,
      [processId],
    );
    await progress.report(0, total);
    const [catalogue]: { id: string }[] = await dataSource.query(
      `SELECT id FROM catalogue_versions WHERE process_id = $1 AND status = 'adopted' ORDER BY number DESC LIMIT 1`,
      [processId],
    );

    // Numbered by first appearance in export order: stable within the file, meaningless outside it.
    const pseudonyms = new Map<string, string>();
    const pseudonymOf = (authorId: string | null): string | null => {
      if (!authorId) return null;
      let pseudonym = pseudonyms.get(authorId);
      if (!pseudonym) {
        pseudonym = `Person ${pseudonyms.size + 1}`;
        pseudonyms.set(authorId, pseudonym);
      }
      return pseudonym;
    };

    const toCells = (row: ProposalRow, measures: string): Cell[] => [
      row.number,
      row.title,
      KIND_LABEL[row.kind] ?? row.kind,
      row.action_field,
      row.forum,
      row.source,
      row.created_at,
      row.state,
      pseudonymOf(row.author_id),
      row.participant_count,
      row.support_count,
      row.comment_count,
      row.hidden ? 'hidden' : 'visible',
      row.open_reports,
      row.assessment_status,
      row.feasibility,
      row.answer_outcome,
      row.answer_status,
      row.merged_into === null ? null : `#${row.merged_into}`,
      numbers(row.derived_from) || null,
      numbers(row.split_into) || null,
      measures || null,
    ];

    const pages = async (write: (rows: Cell[][]) => void): Promise<void> => {
      let after = 0;
      let processed = 0;
      for (;;) {
        const rows: ProposalRow[] = await dataSource.query(PAGE_SQL, [processId, after, pageSize]);
        if (rows.length === 0) break;
        const measures = await measuresOf(dataSource, catalogue?.id ?? null, rows.map((row) => row.id));
        write(rows.map((row) => toCells(row, measures.get(row.id) ?? '')));
        processed += rows.length;
        await progress.report(processed);
        if (rows.length < pageSize) break;
        after = rows[rows.length - 1].number;
      }
    };

    const date = new Date().toISOString().slice(0, 10);
    const fileName = `vorschlaege-${process.slug}-${date}.${job.format}`;

    if (job.format === 'csv') {
      // Formula-looking texts get an apostrophe: a CSV opened in a spreadsheet must not run them.
      const chunks: Buffer[] = [Buffer.from(UTF8_BOM + stringify([[...PROPOSALS_EXPORT_HEADERS]]), 'utf8')];
      await pages((rows) => {
        const cells = rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : inertCell(cell))));
        chunks.push(Buffer.from(stringify(cells), 'utf8'));
      });
      return { fileName, contentType: CSV_CONTENT_TYPE, content: Buffer.concat(chunks) } satisfies ExportFileOutput;
    }

    // Streaming writer without shared strings: committed rows leave memory. Cells are typed values,
    // never formulas, so a title starting with "=" stays text.
    const { stream, done } = sink();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Vorschläge', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = PROPOSALS_EXPORT_HEADERS.map((header) => ({
      width: header === 'Titel' ? 60 : header === 'Eingegangen am' ? 18 : 14,
      style: header === 'Eingegangen am' ? { numFmt: 'dd.mm.yyyy hh:mm' } : {},
    }));
    sheet.addRow([...PROPOSALS_EXPORT_HEADERS]).commit();
    await pages((rows) => {
      for (const row of rows) sheet.addRow(row).commit();
    });
    sheet.commit();
    await workbook.commit();
    return { fileName, contentType: XLSX_CONTENT_TYPE, content: await done };
  };
}

async function measuresOf(dataSource: DataSource, versionId: string | null, ids: string[]): Promise<Map<string, string>> {
  if (!versionId) return new Map();
  const rows: { id: string; codes: string[] }[] = await dataSource.query(MEASURES_SQL, [ids, versionId]);
  // Codes in reading order (1.2 before 1.10), which the database's text order would not give.
  const readingOrder = (a: string, b: string) => {
    const [fieldA, numberA] = a.split('.').map(Number);
    const [fieldB, numberB] = b.split('.').map(Number);
    return fieldA - fieldB || numberA - numberB;
  };
  return new Map(rows.map((row) => [row.id, [...row.codes].sort(readingOrder).join(', ')]));
}

export const proposalsGenerator: ExportGenerator = createProposalsGenerator();
