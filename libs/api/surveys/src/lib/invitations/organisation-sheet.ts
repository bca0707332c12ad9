import { parse as parseCsv } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import { badInput } from '@mitreden/api/core';

/** Largest file accepted, decoded. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Most data rows (header not counted): a whole region's address list, with room to spare. */
export const MAX_ROWS = 5000;
/** An XLSX is a zip: its directory states the unpacked sizes, so a zip bomb is refused unopened. */
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export type FileRule = 'fileTooLarge' | 'notBase64' | 'unreadableFile' | 'noHeader' | 'tooManyRows' | 'unsupportedFileType';

/** One data row: its line in the file (header = 1) and its cell texts in column order. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

const refuse = (rule: FileRule, field: 'fileBase64' | 'fileName' = 'fileBase64') => badInput({ [field]: [rule] });

export function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw refuse('notBase64');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw refuse('fileTooLarge');
  return bytes;
}

/** Reads the first sheet (XLSX) or the whole file (CSV); blank lines are skipped. */
export async function readSheet(fileName: string, bytes: Buffer): Promise<Sheet> {
  const lower = fileName.trim().toLowerCase();
  let table: SheetRow[];
  if (lower.endsWith('.csv')) table = readCsv(bytes);
  else if (lower.endsWith('.xlsx')) table = await readXlsx(bytes);
  else throw refuse('unsupportedFileType', 'fileName');
  const [header, ...rows] = table.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header || header.line !== 1) throw refuse('noHeader');
  if (rows.length > MAX_ROWS) throw refuse('tooManyRows');
  return { header: header.cells, rows };
}

/** UTF-8 (with or without BOM), UTF-16 ("Unicode text") or, from older German Excel, Windows-1252. */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** German Excel writes `;`, most other tools `,`; judged on the header line. */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

function readCsv(bytes: Buffer): SheetRow[] {
  const text = decodeText(bytes);
  let records: unknown;
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // An unclosed quote must not swallow the whole file into one cell.
      max_record_size: 64 * 1024,
    });
  } catch {
    throw refuse('unreadableFile');
  }
  if (!Array.isArray(records)) throw refuse('unreadableFile');
  return records.map((record: unknown, index) => ({
    line: index + 1,
    cells: Array.isArray(record) ? record.map((cell: unknown) => String(cell ?? '').normalize('NFC')) : [],
  }));
}

function unzippedSize(bytes: Buffer): number | null {
  const read = (offset: number) => (offset >= 0 && offset + 4 <= bytes.length ? bytes.readUInt32LE(offset) : -1);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (read(offset) === 0x06054b50) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = read(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (read(offset) !== 0x02014b50 || offset + 46 > bytes.length) return null;
    const size = bytes.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
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
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).normalize('NFC');
    });
    rows.push({ line, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

/**
 * The text a cell shows. A formula counts by its cached result; without one the formula is kept as
 * plain text (never evaluated, stored inert).
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('sharedFormula' in value)
    return value.result !== undefined ? cellText(value.result) : `=${value.formula ?? value.sharedFormula}`;
  if ('formula' in value) return value.result !== undefined ? cellText(value.result) : `=${value.formula}`;
  if ('error' in value) return value.error;
  return '';
}
