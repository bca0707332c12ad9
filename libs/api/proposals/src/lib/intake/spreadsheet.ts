import { parse as parseCsv } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import { badInput } from '@mitreden/api/core';

/** Largest file accepted, decoded. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Most data rows (the header not counted) one import may hold. */
export const MAX_ROWS = 2000;
/**
 * An XLSX is a zip: 2 MB of it can inflate to gigabytes. Its directory states the unpacked sizes,
 * so a bomb is refused before exceljs unpacks anything.
 */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** Rule codes reported on `fileBase64` / `fileName` (the client translates them). */
export type FileRule =
  'fileTooLarge' | 'notBase64' | 'unreadableFile' | 'noHeader' | 'tooManyRows' | 'unsupportedFileType';

export interface SheetRow {
  /** Row number in the file; the header is row 1. */
  rowNumber: number;
  /** One text per column, in the order of `columns`. */
  cells: string[];
}

export interface ParsedSheet {
  /** Header texts, unique (a repeated header gets " (2)"; an empty one its column letter). */
  columns: string[];
  rows: SheetRow[];
}

const refuse = (rule: FileRule, field: 'fileBase64' | 'fileName' = 'fileBase64') =>
  badInput({ [field]: [rule] });

export function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw refuse('notBase64');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw refuse('fileTooLarge');
  return bytes;
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): SpreadsheetFormat {
  const lower = fileName.trim().toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw refuse('unsupportedFileType', 'fileName');
}

export async function parseSpreadsheet(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  const table = formatOf(fileName) === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  return toSheet(table);
}

/** Raw rows: row number + cell texts, header first. */
type Table = { rowNumber: number; cells: string[] }[];

function toSheet(table: Table): ParsedSheet {
  const [header, ...data] = table.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header || header.rowNumber !== 1) throw refuse('noHeader');
  if (data.length > MAX_ROWS) throw refuse('tooManyRows');
  const columns = uniqueHeaders(header.cells);
  return {
    columns,
    rows: data.map((row) => ({
      rowNumber: row.rowNumber,
      cells: columns.map((_, index) => row.cells[index] ?? ''),
    })),
  };
}

function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  // Trailing empty header cells are layout, not columns.
  let width = cells.length;
  while (width > 0 && cells[width - 1].trim() === '') width--;
  return cells.slice(0, width).map((cell, index) => {
    const base = cell.replace(/\s+/g, ' ').trim() || columnLetter(index);
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** 0 → A, 25 → Z, 26 → AA, as spreadsheets label their columns. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// ---------------------------------------------------------------- CSV

/**
 * Spreadsheets save CSV as UTF-8 (with or without BOM), as UTF-16 ("Unicode text") or, in older
 * German Excel, as Windows-1252. Invalid UTF-8 is the tell for the latter.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** German Excel writes `;`, most other tools `,`; tab-separated text happens too. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function readCsv(bytes: Buffer): Table {
  const text = decodeText(bytes);
  let records: unknown;
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // Guards against a wrong delimiter or an unclosed quote swallowing the whole file.
      max_record_size: 64 * 1024,
    });
  } catch {
    throw refuse('unreadableFile');
  }
  if (!Array.isArray(records)) throw refuse('unreadableFile');
  return records.map((record: unknown, index) => ({
    rowNumber: index + 1,
    cells: Array.isArray(record) ? record.map((cell: unknown) => normalizeCell(String(cell ?? ''))) : [],
  }));
}

// ---------------------------------------------------------------- XLSX

function readUInt32(bytes: Buffer, offset: number): number {
  return offset + 4 <= bytes.length ? bytes.readUInt32LE(offset) : -1;
}

/**
 * Sum of the unpacked sizes in the zip's central directory, or null when it is not a readable zip.
 * ZIP64 entries (sizes ≥ 4 GB) count as too large.
 */
export function unzippedSize(bytes: Buffer): number | null {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (readUInt32(bytes, offset) === EOCD) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = readUInt32(bytes, eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (readUInt32(bytes, offset) !== CENTRAL || offset + 46 > bytes.length) return null;
    const size = bytes.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset +=
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
  }
  return total;
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  const unpacked = unzippedSize(bytes);
  if (unpacked === null) throw refuse('unreadableFile');
  if (unpacked > MAX_UNZIPPED_BYTES) throw refuse('fileTooLarge');
  const workbook = new Workbook();
  try {
    // exceljs' typings predate Buffer<ArrayBufferLike>; the runtime takes any Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw refuse('unreadableFile');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse('noHeader');
  if (sheet.actualRowCount > MAX_ROWS + 1) throw refuse('tooManyRows');
  const table: Table = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = normalizeCell(cellText(cell.value));
    });
    table.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return table;
}

/**
 * The text a cell shows. Formulas count by their cached result (what the person saw); without one
 * the formula itself is kept as text – it is never evaluated, only stored and shown.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('sharedFormula' in value)
    return value.result !== undefined ? cellText(value.result) : `=${value.formula ?? value.sharedFormula}`;
  if ('formula' in value) return value.result !== undefined ? cellText(value.result) : `=${value.formula}`;
  if ('error' in value) return value.error;
  return '';
}

/** Unicode NFC and Unix line ends, so the same text always fingerprints the same. */
function normalizeCell(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}
