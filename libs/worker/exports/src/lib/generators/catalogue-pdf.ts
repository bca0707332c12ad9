import PDFDocument from 'pdfkit';
import type { CatalogueBuild } from './catalogue-common';
import { fieldHeading, versionLine } from './catalogue-common';

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
/** Room for "12.34" before the measure text starts. */
const CODE_WIDTH = 38;
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

/** Code points pdfkit's standard fonts map beyond Latin-1 (their WinAnsi encoding). */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code) || char === '\n';
}

/**
 * The built-in PDF fonts cover WinAnsi only (enough for German and English); other letters lose
 * their accents ("ş" → "s") rather than print as garbage, and anything else becomes "?".
 */
export function pdfSafeText(text: string): string {
  let safe = '';
  for (const char of text.normalize('NFC')) {
    if (encodable(char)) {
      safe += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    safe += base !== '' && [...base].every(encodable) ? base : '?';
  }
  return safe;
}

/** The annex as a PDF: the DOCX's content, readable on screen and in print, with page numbers. */
export async function cataloguePdf(build: CatalogueBuild): Promise<Buffer> {
  const { tree, labels } = build;
  const title = `${labels.annexTitle} – ${tree.processTitle}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    // Tagged (structure tree, marked content): screen readers get headings, lists and reading
    // order, as accessibility rules for public bodies' documents (BITV) expect.
    pdfVersion: '1.5',
    tagged: true,
    lang: labels.languageTag,
    displayTitle: true,
    info: { Title: title, Subject: versionLine(tree, labels), Creator: 'Mitreden', Producer: 'Mitreden' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = (): number => doc.page.height - MARGIN.bottom;
  /** Starts a new page unless `height` still fits, so a heading never ends a page alone. */
  const keep = (height: number): void => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const documentStructure = doc.struct('Document');
  doc.addStructure(documentStructure);
  /** Writes content as one structure element of the tree (heading, paragraph, list item …). */
  const tagged = (parent: PDFKit.PDFStructureElement, type: string, write: () => void): void => {
    parent.add(doc.struct(type, {}, write));
  };

  tagged(documentStructure, 'H1', () => doc.font(FONT.bold).fontSize(18).text(pdfSafeText(labels.annexTitle), left, doc.y, { width }));
  doc.moveDown(0.3);
  tagged(documentStructure, 'P', () => doc.font(FONT.regular).fontSize(13).text(pdfSafeText(tree.processTitle), left, doc.y, { width }));
  doc.moveDown(0.2);
  tagged(documentStructure, 'P', () => doc.fillColor('#444444').fontSize(11).text(pdfSafeText(versionLine(tree, labels)), left, doc.y, { width }));
  doc.fillColor('black');

  for (const field of tree.actionFields) {
    const section = doc.struct('Sect');
    documentStructure.add(section);
    doc.moveDown(1.2);
    const heading = pdfSafeText(fieldHeading(field));
    doc.font(FONT.bold).fontSize(14);
    keep(doc.heightOfString(heading, { width }) + 60);
    doc.outline.addItem(heading);
    tagged(section, 'H2', () => doc.text(heading, left, doc.y, { width }));
    doc.moveDown(0.4);
    if (field.goals.length === 0) {
      tagged(section, 'P', () => doc.font('Helvetica-Oblique').fontSize(10.5).text(pdfSafeText(labels.noGoals), left, doc.y, { width }));
    }
    for (const goal of field.goals) {
      const goalTitle = pdfSafeText(goal.title);
      doc.font(FONT.bold).fontSize(11);
      keep(doc.heightOfString(goalTitle, { width }) + 30);
      doc.moveDown(0.4);
      tagged(section, 'H3', () => doc.text(goalTitle, left, doc.y, { width }));
      doc.moveDown(0.25);
      doc.font(FONT.regular).fontSize(10.5);
      // Numbered measures as a list: the code is the item's label, the text its body.
      const list = doc.struct('L');
      section.add(list);
      for (const measure of goal.measures) {
        keep(doc.currentLineHeight(true) * 1.5);
        const y = doc.y;
        const item = doc.struct('LI');
        list.add(item);
        tagged(item, 'Lbl', () => doc.text(measure.code, left, y, { width: CODE_WIDTH - 4, lineBreak: false }));
        tagged(item, 'LBody', () => doc.text(pdfSafeText(measure.text), left + CODE_WIDTH, y, { width: width - CODE_WIDTH }));
        item.end();
        doc.moveDown(0.25);
      }
      list.end();
    }
    section.end();
    await build.fieldDone(field);
  }
  documentStructure.end();

  const pages = doc.bufferedPageRange();
  for (let index = pages.start; index < pages.start + pages.count; index++) {
    doc.switchToPage(index);
    // Written into the bottom margin: without lifting it, pdfkit would start a new page.
    doc.page.margins.bottom = 0;
    // Page numbers are pagination, not content: screen readers skip artifacts.
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor('#444444')
      .text(`${labels.page.before}${index + 1}${labels.page.between}${pages.count}`, left, doc.page.height - MARGIN.bottom / 2 - 6, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
  }
  doc.end();
  return finished;
}
