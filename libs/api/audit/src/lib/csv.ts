/** Characters that make Excel or LibreOffice read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: formula starters are neutralised with a leading apostrophe (OWASP advice), then
 * RFC 4180 quoting when the text holds a quote, comma or line break.
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with the CRLF line end RFC 4180 asks for. */
export function csvLine(cells: (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Excel only reads UTF-8 (umlauts, Arabic names) correctly with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
