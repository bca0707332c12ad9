import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { CatalogueTreeGoal } from '@mitreden/api/catalogue';
import type { CatalogueBuild, CatalogueLabels } from './catalogue-common';
import { fieldHeading, versionLine } from './catalogue-common';

/** Goal | Nr. | Maßnahme, in fiftieths of a percent of the text width. */
const COLUMN_PERCENT = [34, 8, 58];
const CELL_MARGIN = { top: 60, bottom: 60, left: 100, right: 100 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, column: number, options: { bold?: boolean; merge?: 'restart' | 'continue'; shaded?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: COLUMN_PERCENT[column], type: WidthType.PERCENTAGE },
    margins: CELL_MARGIN,
    borders: BORDERS,
    shading: options.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    verticalMerge:
      options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: [new Paragraph({ children: text ? [new TextRun({ text, bold: options.bold })] : [] })],
  });
}

function headerRow(labels: CatalogueLabels): TableRow {
  const { goal, number, measure } = labels.columns;
  // tableHeader repeats the row on every page the table runs over; cantSplit keeps it whole.
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [goal, number, measure].map((text, column) => cell(text, column, { bold: true, shaded: true })),
  });
}

/**
 * The goal cell spans its measures (merged vertically, as in the printed annex); the measure number
 * and text are in every row. A goal without measures still gets a row so it is not lost.
 */
function goalRows(goal: CatalogueTreeGoal): TableRow[] {
  if (goal.measures.length === 0) return [new TableRow({ cantSplit: true, children: [cell(goal.title, 0), cell('', 1), cell('', 2)] })];
  return goal.measures.map(
    (measure, index) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(index === 0 ? goal.title : '', 0, { merge: goal.measures.length > 1 ? (index === 0 ? 'restart' : 'continue') : undefined }),
          cell(String(measure.number), 1),
          cell(measure.text, 2),
        ],
      }),
  );
}

/** The council annex: title, process, version line, then per action field a heading and its table. */
export async function catalogueDocx(build: CatalogueBuild): Promise<Buffer> {
  const { tree, labels } = build;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(labels.annexTitle)] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: tree.processTitle, size: 28 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(versionLine(tree, labels))] }),
  ];
  for (const field of tree.actionFields) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(fieldHeading(field))] }));
    if (field.goals.length === 0) {
      children.push(new Paragraph({ children: [new TextRun({ text: labels.noGoals, italics: true })] }));
    } else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: COLUMN_PERCENT.map((percent) => Math.round(percent * 90.7)),
          rows: [headerRow(labels), ...field.goals.flatMap(goalRows)],
        }),
      );
    }
    await build.fieldDone(field);
  }

  const document = new Document({
    title: labels.annexTitle,
    subject: tree.processTitle,
    description: versionLine(tree, labels),
    creator: 'Mitreden',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: labels.languageTag } } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: pageLabel(labels), size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Seite {PAGE} von {NUMPAGES}" with Word's own fields, so the numbers follow Word's layout. */
function pageLabel(labels: CatalogueLabels): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return [labels.page.before, PageNumber.CURRENT, labels.page.between, PageNumber.TOTAL_PAGES];
}
