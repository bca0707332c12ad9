import { CATALOGUE_EXPORT_KIND, loadCatalogueTree } from '@mitreden/api/catalogue';
import {
  CSV_CONTENT_TYPE,
  DOCX_CONTENT_TYPE,
  ExportFailure,
  JSON_CONTENT_TYPE,
  PDF_CONTENT_TYPE,
  XLSX_CONTENT_TYPE,
} from '../export-generator';
import type { ExportGenerator, ExportJobInput } from '../export-generator';
import { CATALOGUE_EXPORT_LANGUAGES, CATALOGUE_LABELS } from './catalogue-common';
import type { CatalogueBuild, CatalogueExportLanguage } from './catalogue-common';
import { catalogueDocx } from './catalogue-docx';
import { catalogueCsv, catalogueJson } from './catalogue-open-data';
import { cataloguePdf } from './catalogue-pdf';
import { catalogueXlsx } from './catalogue-xlsx';

export { CATALOGUE_EXPORT_KIND };

const CONTENT_TYPES: Record<ExportJobInput['format'], string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  json: JSON_CONTENT_TYPE,
  docx: DOCX_CONTENT_TYPE,
  pdf: PDF_CONTENT_TYPE,
};

function exportLanguage(value: unknown): CatalogueExportLanguage {
  if (value === undefined || value === null) return 'de';
  const language = CATALOGUE_EXPORT_LANGUAGES.find((candidate) => candidate === value);
  if (!language) throw new ExportFailure('Catalogues are exported in German or English only');
  return language;
}

/** "massnahmenkatalog-v2.docx": the German name the council's documents go by, whatever the language. */
export function catalogueFileName(versionNumber: number, format: ExportJobInput['format']): string {
  return `massnahmenkatalog-v${versionNumber}.${format}`;
}

/**
 * A catalogue version as XLSX (annex columns plus status and provenance), CSV and JSON (open data,
 * docs/catalogue-open-data.md), DOCX (the council annex) or PDF. Params: { versionId, language }.
 * Progress counts measures and is reported after each action field.
 */
export const catalogueGenerator: ExportGenerator = async (dataSource, job, progress) => {
  const versionId = job.params['versionId'];
  if (typeof versionId !== 'string') throw new ExportFailure('The export names no catalogue version');
  const language = exportLanguage(job.params['language']);
  const contentType = CONTENT_TYPES[job.format];
  if (!contentType) throw new ExportFailure(`Catalogues cannot be exported as ${job.format}`);

  const tree = await loadCatalogueTree(dataSource, versionId, language);
  if (!tree) throw new ExportFailure('The catalogue version no longer exists');
  const total = tree.actionFields.reduce((sum, field) => sum + field.goals.reduce((count, goal) => count + goal.measures.length, 0), 0);
  await progress.report(0, total);

  let processed = 0;
  const build: CatalogueBuild = {
    tree,
    language,
    labels: CATALOGUE_LABELS[language],
    fieldDone: async (field) => {
      processed += field.goals.reduce((count, goal) => count + goal.measures.length, 0);
      await progress.report(processed);
    },
  };
  const content = await (async (): Promise<Buffer> => {
    switch (job.format) {
      case 'xlsx':
        return catalogueXlsx(build);
      case 'csv':
        return catalogueCsv(build);
      case 'json':
        return catalogueJson(build, new Date());
      case 'docx':
        return catalogueDocx(build);
      case 'pdf':
        return cataloguePdf(build);
    }
  })();
  return { fileName: catalogueFileName(tree.version.number, job.format), contentType, content };
};
