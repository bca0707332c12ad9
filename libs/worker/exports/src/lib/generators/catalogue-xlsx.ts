import ExcelJS from 'exceljs';
import type { CatalogueBuild, CatalogueLabels } from './catalogue-common';

/** Excel's limit on sheet names. */
const SHEET_NAME_MAX = 31;

/**
 * The importer (CatalogueImport) finds the header by these three cells, in German whatever the
 * export language, so an English export can be imported again.
 */
export const CATALOGUE_XLSX_KEY_HEADERS = ['Ziel', 'Nr.', 'Maßnahme'] as const;

function headers(labels: CatalogueLabels): string[] {
  const { columns } = labels;
  return [
    ...CATALOGUE_XLSX_KEY_HEADERS,
    columns.responsibility,
    columns.department,
    columns.cost,
    columns.priority,
    columns.status,
    columns.progress,
    columns.proposals,
    columns.forums,
    columns.contributors,
    columns.supports,
  ];
}

const COLUMN_WIDTHS = [40, 6, 70, 24, 20, 24, 10, 14, 12, 11, 8, 11, 15];

/**
 * "<position> <title>" as a legal, unique sheet name: no []:*?/\, no leading or trailing
 * apostrophe, at most 31 characters (code points, so no surrogate pair is cut in half).
 */
export function sheetName(position: number, title: string, taken: Set<string>): string {
  const cleaned = `${position} ${title}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  const cut = (text: string, max: number): string => [...text].slice(0, max).join('').trim();
  let name = cut(cleaned, SHEET_NAME_MAX) || String(position);
  for (let suffix = 2; taken.has(name.toLocaleLowerCase()); suffix++) {
    const tail = ` (${suffix})`;
    name = `${cut(cleaned, SHEET_NAME_MAX - tail.length)}${tail}`;
  }
  taken.add(name.toLocaleLowerCase());
  return name;
}

/**
 * One sheet per action field in the annex's columns: title row, header row (frozen, filtered),
 * one row per measure with its goal repeated, so every row stands on its own when sorted or filtered.
 * Cells are typed values, never formulas, so texts stay inert without escaping.
 */
export async function catalogueXlsx(build: CatalogueBuild): Promise<Buffer> {
  const { tree, labels } = build;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mitreden';
  workbook.title = `${labels.annexTitle} – ${tree.processTitle}`;
  workbook.created = new Date();
  const taken = new Set<string>();
  const header = headers(labels);
  for (const field of tree.actionFields) {
    const sheet = workbook.addWorksheet(sheetName(field.position, field.title, taken), {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    });
    sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
    const titleRow = sheet.addRow([field.title]);
    titleRow.font = { bold: true, size: 14 };
    const headerRow = sheet.addRow(header);
    headerRow.font = { bold: true };
    headerRow.alignment = { vertical: 'top', wrapText: true };
    for (const goal of field.goals) {
      for (const measure of goal.measures) {
        const row = sheet.addRow([
          goal.title,
          measure.number,
          measure.text,
          measure.responsibility,
          measure.department,
          measure.costNote,
          measure.priority ? labels.priorities[measure.priority] : '',
          labels.statuses[measure.status],
          measure.progress,
          measure.provenance.proposalCount,
          measure.provenance.forumCount,
          measure.provenance.contributorCount,
          measure.provenance.supportCount,
        ]);
        row.alignment = { vertical: 'top', wrapText: true };
      }
    }
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: header.length } };
    await build.fieldDone(field);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
