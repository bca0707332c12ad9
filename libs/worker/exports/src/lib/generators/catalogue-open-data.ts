import { stringify } from 'csv-stringify/sync';
import type { CatalogueTreeMeasure } from '@mitreden/api/catalogue';
import { OPEN_DATA_CSV_COLUMNS, OPEN_DATA_SCHEMA } from '@mitreden/shared/catalogue';
import type { OpenDataActionField, OpenDataCatalogue, OpenDataMeasure } from '@mitreden/shared/catalogue';
import { inertCell } from '@mitreden/shared/surveys';
import { UTF8_BOM } from '../export-generator';
import type { CatalogueBuild } from './catalogue-common';
import { germanText, textMap } from './catalogue-common';

type CsvColumn = (typeof OPEN_DATA_CSV_COLUMNS)[number];

/** Public proposal numbers a measure came from, each once, ascending. */
function proposalNumbers(measure: CatalogueTreeMeasure): number[] {
  return [...new Set(measure.provenance.proposals.map((proposal) => proposal.number))].sort((a, b) => a - b);
}

function openDataMeasure(measure: CatalogueTreeMeasure): OpenDataMeasure {
  return {
    key: measure.key,
    number: measure.number,
    code: measure.code,
    text: textMap(measure.textTranslations),
    responsibility: measure.responsibility,
    department: measure.department,
    costNote: measure.costNote,
    priority: measure.priority,
    status: measure.status,
    progress: measure.progress,
    milestones: measure.milestones.map((milestone) => ({
      title: textMap(milestone.titleTranslations),
      dueOn: milestone.dueOn,
      doneOn: milestone.doneOn,
    })),
    provenance: {
      proposalCount: measure.provenance.proposalCount,
      forumCount: measure.provenance.forumCount,
      contributorCount: measure.provenance.contributorCount,
      supportCount: measure.provenance.supportCount,
      proposalNumbers: proposalNumbers(measure),
    },
  };
}

/** The open-data JSON (docs/catalogue-open-data.md): every translation, pretty-printed. */
export async function catalogueJson(build: CatalogueBuild, generatedAt: Date): Promise<Buffer> {
  const { tree } = build;
  const actionFields: OpenDataActionField[] = [];
  for (const field of tree.actionFields) {
    actionFields.push({
      position: field.position,
      title: textMap(field.titleTranslations),
      goals: field.goals.map((goal) => ({
        key: goal.key,
        position: goal.position,
        title: textMap(goal.titleTranslations),
        measures: goal.measures.map(openDataMeasure),
      })),
    });
    await build.fieldDone(field);
  }
  const catalogue: OpenDataCatalogue = {
    $schema: OPEN_DATA_SCHEMA,
    process: { slug: tree.processSlug, title: textMap(tree.processTitleTranslations) },
    version: {
      number: tree.version.number,
      status: tree.version.status,
      adoptedOn: tree.version.adoptedOn,
      councilReference: tree.version.councilReference,
    },
    generatedAt: generatedAt.toISOString(),
    actionFields,
  };
  return Buffer.from(`${JSON.stringify(catalogue, null, 2)}\n`, 'utf8');
}

/**
 * The open-data CSV: one row per measure, German texts, OPEN_DATA_CSV_COLUMNS in order. Texts that
 * look like formulas get an apostrophe: a CSV opened in a spreadsheet must not run them.
 */
export async function catalogueCsv(build: CatalogueBuild): Promise<Buffer> {
  const { tree } = build;
  const chunks: Buffer[] = [Buffer.from(UTF8_BOM + stringify([[...OPEN_DATA_CSV_COLUMNS]]), 'utf8')];
  for (const field of tree.actionFields) {
    const rows: (string | number)[][] = [];
    for (const goal of field.goals) {
      for (const measure of goal.measures) {
        const values: Record<CsvColumn, string | number> = {
          version: tree.version.number,
          status_version: tree.version.status,
          action_field_position: field.position,
          action_field: germanText(field.titleTranslations, field.title),
          goal_position: goal.position,
          goal: germanText(goal.titleTranslations, goal.title),
          measure_code: measure.code,
          measure_number: measure.number,
          measure: germanText(measure.textTranslations, measure.text),
          responsibility: measure.responsibility,
          department: measure.department,
          cost_note: measure.costNote,
          priority: measure.priority ?? '',
          implementation_status: measure.status,
          progress_percent: measure.progress,
          proposal_count: measure.provenance.proposalCount,
          forum_count: measure.provenance.forumCount,
          contributor_count: measure.provenance.contributorCount,
          support_count: measure.provenance.supportCount,
          proposal_numbers: proposalNumbers(measure).join(' '),
          measure_key: measure.key,
        };
        rows.push(OPEN_DATA_CSV_COLUMNS.map((column) => inertCell(values[column]) ?? ''));
      }
    }
    if (rows.length) chunks.push(Buffer.from(stringify(rows), 'utf8'));
    await build.fieldDone(field);
  }
  return Buffer.concat(chunks);
}
