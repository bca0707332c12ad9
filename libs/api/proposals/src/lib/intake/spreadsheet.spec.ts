import { Workbook } from 'exceljs';
import { DomainError } from '@mitreden/api/core';
import {
  MAX_FILE_BYTES,
  MAX_ROWS,
  cellText,
  columnLetter,
  decodeBase64,
  decodeText,
  detectDelimiter,
  formatOf,
  parseSpreadsheet,
  unzippedSize,
} from './spreadsheet';

async function fileRule(
  promise: Promise<unknown> | (() => unknown),
): Promise<Record<string, string[]> | undefined> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof DomainError) return error.fields;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function xlsx(rows: unknown[][], extraSheet = false): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Eingaben');
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) workbook.addWorksheet('Zweites').addRow(['nicht', 'gelesen']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('CSV', () => {
  it('detects ; as German Excel writes it, and , otherwise', () => {
    expect(detectDelimiter('Titel;Beschreibung;Art\nA;B;Ziel')).toBe(';');
    expect(detectDelimiter('Title,Body,Kind\nA,B,goal')).toBe(',');
    expect(detectDelimiter('Title\tBody\nA\tB')).toBe('\t');
    // Delimiters inside quotes do not count.
    expect(detectDelimiter('"Titel, lang";Art\nx;y')).toBe(';');
  });

  it('reads UTF-8 with and without BOM, and falls back to Windows-1252', async () => {
    const text = 'Titel;Art\nMehr Begegnungsräume für Ältere;Maßnahme\n';
    const plain = Buffer.from(text, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    const latin = Buffer.from(text, 'latin1');
    for (const bytes of [plain, bom, latin]) {
      const sheet = await parseSpreadsheet('eingaben.csv', bytes);
      expect(sheet.columns).toEqual(['Titel', 'Art']);
      expect(sheet.rows).toEqual([{ rowNumber: 2, cells: ['Mehr Begegnungsräume für Ältere', 'Maßnahme'] }]);
    }
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ü', 'utf16le')]))).toBe('Ü');
  });

  it('keeps quoted line breaks and delimiters, skips blank lines but keeps true row numbers', async () => {
    const csv = 'Title,Body\n"A, B","line 1\r\nline 2"\n\n,\nC,D\n';
    const sheet = await parseSpreadsheet('x.CSV', Buffer.from(csv));
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['A, B', 'line 1\nline 2'] },
      { rowNumber: 5, cells: ['C', 'D'] },
    ]);
  });

  it('names empty headers by column letter and numbers repeated ones', async () => {
    const sheet = await parseSpreadsheet('x.csv', Buffer.from('Titel,,titel,Art,,\na,b,c,d,e,f\n'));
    expect(sheet.columns).toEqual(['Titel', 'B', 'titel (2)', 'Art']);
    expect(sheet.rows[0].cells).toEqual(['a', 'b', 'c', 'd']);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(26)).toBe('AA');
  });

  it('keeps formulas and markup as plain text', async () => {
    const sheet = await parseSpreadsheet(
      'x.csv',
      Buffer.from(
        'Titel;Beschreibung\n"=HYPERLINK(""http://evil.example"";""klick"")";<script>alert(1)</script>\n',
      ),
    );
    expect(sheet.rows[0].cells).toEqual([
      '=HYPERLINK("http://evil.example";"klick")',
      '<script>alert(1)</script>',
    ]);
  });

  it('refuses an empty file, too many rows and an unclosed quote swallowing the file', async () => {
    expect(await fileRule(parseSpreadsheet('x.csv', Buffer.from('')))).toEqual({ fileBase64: ['noHeader'] });
    expect(await fileRule(parseSpreadsheet('x.csv', Buffer.from('\n\nTitel\nA\n')))).toEqual({
      fileBase64: ['noHeader'],
    });
    const many = 'Titel\n' + Array.from({ length: MAX_ROWS + 1 }, (_, i) => `Vorschlag ${i}`).join('\n');
    expect(await fileRule(parseSpreadsheet('x.csv', Buffer.from(many)))).toEqual({
      fileBase64: ['tooManyRows'],
    });
    const exactly = 'Titel\n' + Array.from({ length: MAX_ROWS }, (_, i) => `Vorschlag ${i}`).join('\n');
    expect((await parseSpreadsheet('x.csv', Buffer.from(exactly))).rows).toHaveLength(MAX_ROWS);
    const unclosed = 'Titel\n"' + 'x'.repeat(70 * 1024);
    expect(await fileRule(parseSpreadsheet('x.csv', Buffer.from(unclosed)))).toEqual({
      fileBase64: ['unreadableFile'],
    });
  });
});

describe('XLSX', () => {
  it('reads the first worksheet: strings, numbers, rich text, links, formulas by result', async () => {
    const bytes = await xlsx(
      [
        ['Titel', 'Teilnehmende', 'Beschreibung', 'Link', 'Formel'],
        [
          { richText: [{ text: 'Mehr ' }, { text: 'Sprachkurse', font: { bold: true } }] },
          12,
          'Zeile 1\r\nZeile 2',
          { text: 'hier', hyperlink: 'https://example.org' },
          { formula: '1+1', result: 2 },
        ],
        [],
        ['Zweiter', null, null, null, { formula: 'HYPERLINK("http://evil.example","x")' }],
      ],
      true,
    );
    const sheet = await parseSpreadsheet('eingaben.xlsx', bytes);
    expect(sheet.columns).toEqual(['Titel', 'Teilnehmende', 'Beschreibung', 'Link', 'Formel']);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['Mehr Sprachkurse', '12', 'Zeile 1\nZeile 2', 'hier', '2'] },
      { rowNumber: 4, cells: ['Zweiter', '', '', '', '=HYPERLINK("http://evil.example","x")'] },
    ]);
  });

  it('turns cell values into text', () => {
    expect(cellText(new Date('2014-06-01T00:00:00Z'))).toBe('2014-06-01');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellText(null)).toBe('');
  });

  it('refuses a file that is not a workbook, and a zip that would inflate beyond the limit', async () => {
    expect(await fileRule(parseSpreadsheet('x.xlsx', Buffer.from('Titel;Art\n')))).toEqual({
      fileBase64: ['unreadableFile'],
    });
    const real = await xlsx([['Titel'], ['A']]);
    expect(unzippedSize(real)).toBeGreaterThan(0);
    // Rewrite one central-directory entry to claim 4 GB unpacked: refused before unpacking.
    const bomb = Buffer.from(real);
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffff0, central + 24);
    expect(await fileRule(parseSpreadsheet('x.xlsx', bomb))).toEqual({ fileBase64: ['fileTooLarge'] });
  });

  it('refuses more than the row limit', async () => {
    const rows = [['Titel'], ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`Vorschlag ${i}`])];
    expect(await fileRule(parseSpreadsheet('x.xlsx', await xlsx(rows)))).toEqual({
      fileBase64: ['tooManyRows'],
    });
  });
});

describe('file envelope', () => {
  it('decodes base64 and refuses garbage and files over 2 MB', async () => {
    expect(decodeBase64(Buffer.from('Titel\n').toString('base64')).toString()).toBe('Titel\n');
    expect(await fileRule(() => decodeBase64('not base64!'))).toEqual({ fileBase64: ['notBase64'] });
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x41).toString('base64');
    expect(await fileRule(() => decodeBase64(big))).toEqual({ fileBase64: ['fileTooLarge'] });
    expect(decodeBase64(Buffer.alloc(MAX_FILE_BYTES, 0x41).toString('base64'))).toHaveLength(MAX_FILE_BYTES);
  });

  it('chooses the parser by extension', async () => {
    expect(formatOf('Eingaben.XLSX')).toBe('xlsx');
    expect(formatOf('a.csv')).toBe('csv');
    expect(await fileRule(() => formatOf('a.xls'))).toEqual({ fileName: ['unsupportedFileType'] });
  });
});
