import type { DataSource } from 'typeorm';

/** One export_jobs row as a generator sees it. */
export interface ExportJobInput {
  id: string;
  kind: string;
  format: 'csv' | 'xlsx' | 'docx' | 'pdf' | 'json';
  params: Record<string, unknown>;
}

export interface ExportProgress {
  /** Records the total once known and the processed count as pages are written. */
  report(processed: number, total?: number): Promise<void>;
}

export interface ExportFileOutput {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Builds one kind of export; throws ExportFailure for a reason the requester should read. */
export type ExportGenerator = (dataSource: DataSource, job: ExportJobInput, progress: ExportProgress) => Promise<ExportFileOutput>;

/** A failure worth showing to the requester (stored in export_jobs.error); others are masked. */
export class ExportFailure extends Error {}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_CONTENT_TYPE = 'application/pdf';
export const UTF8_BOM = '\uFEFF';
