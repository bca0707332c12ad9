import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, { name: 'JobStatus', description: 'Long work run by the worker' });

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  JSON = 'JSON',
  DOCX = 'DOCX',
  PDF = 'PDF',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType('ExportJob', { description: 'A file the worker builds; poll until DONE, then download' })
export class ExportJobView {
  @Field(() => ID) id!: string;
  @Field({ description: 'What is exported, e.g. survey_responses' }) kind!: string;
  @Field(() => ExportFormat) format!: ExportFormat;
  @Field(() => JobStatus) status!: JobStatus;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { nullable: true }) byteSize!: number | null;
  @Field(() => String, { nullable: true, description: 'Same-origin path, for the requester only, once DONE' })
  downloadUrl!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the file is deleted; after that it cannot be downloaded (null: kept)' })
  expiresAt!: Date | null;
}

/** BullMQ queue the API adds export jobs to (jobId = export_jobs.id) and the worker consumes. */
export const EXPORT_QUEUE_NAME = 'exports';
export interface ExportJobData {
  exportJobId: string;
}
