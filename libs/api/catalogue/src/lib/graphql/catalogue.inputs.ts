import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLineText, TranslationInput, Translations } from '@mitreden/api/processes';
import { ImplementationStatus, MeasurePriority } from './catalogue.types';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const GOAL_TITLE_MAX = 500;
export const MEASURE_TEXT_MAX = 4000;
export const MILESTONE_TITLE_MAX = 300;
export const MAX_SOURCES = 200;
/**
 * An import file is at most this big once decoded (the annex is ~40 KB as JSON). Its base64 form
 * plus the request must stay under the API's 3 MB body limit, so the person gets this rule's clear
 * error rather than a bare 413.
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export enum CatalogueExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
  JSON = 'JSON',
  DOCX = 'DOCX',
  PDF = 'PDF',
}
registerEnumType(CatalogueExportFormat, { name: 'CatalogueExportFormat' });

export enum ProposalsExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ProposalsExportFormat, { name: 'ProposalsExportFormat' });

@InputType()
export class StartCatalogueDraftInput {
  @Field(() => ID) @IsUUID() processId!: string;
  @Field(() => ID, { nullable: true, description: 'Copy this version; default: the latest adopted one, or empty for the first' })
  @IsOptional()
  @IsUUID()
  fromVersionId?: string | null;
}

@InputType({ description: 'Creates (no goalId) or saves a goal of a draft; a new goal goes to the end of its field' })
export class CatalogueGoalInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() goalId?: string | null;
  @Field(() => ID, { description: 'Ignored when saving an existing goal' }) @IsUUID() actionFieldId!: string;
  @Field(() => [TranslationInput])
  @Translations({ max: GOAL_TITLE_MAX, singleLine: false, germanRequired: true })
  title!: TranslationInput[];
  @Field(() => [ID], { description: 'Goal proposals it comes from (may be empty: written new)' })
  @IsArray()
  @ArrayMaxSize(MAX_SOURCES)
  @IsUUID('all', { each: true })
  sourceProposalIds!: string[];
}

@InputType()
export class CatalogueMilestoneInput {
  @Field(() => [TranslationInput])
  @Translations({ max: MILESTONE_TITLE_MAX, singleLine: true, germanRequired: true })
  title!: TranslationInput[];
  @Field({ description: 'YYYY-MM-DD' }) @Matches(ISO_DATE) dueOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(ISO_DATE) doneOn?: string | null;
}

@InputType({ description: 'Creates (no measureId) or saves a measure of a draft; a new measure goes to the end of its goal' })
export class CatalogueMeasureInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() measureId?: string | null;
  @Field(() => ID, { description: 'Moving to another goal of the same field appends it there' }) @IsUUID() goalId!: string;
  @Field(() => [TranslationInput])
  @Translations({ max: MEASURE_TEXT_MAX, singleLine: false, germanRequired: true })
  text!: TranslationInput[];
  @Field() @trimmed() @IsString() @MaxLength(300) @SingleLineText() responsibility!: string;
  @Field() @trimmed() @IsString() @MaxLength(200) @SingleLineText() department!: string;
  @Field() @trimmed() @IsString() @MaxLength(2000) costNote!: string;
  @Field(() => MeasurePriority, { nullable: true }) @IsOptional() @IsEnum(MeasurePriority) priority?: MeasurePriority | null;
  @Field(() => [ID], { description: 'Measure proposals it comes from (may be empty: written new)' })
  @IsArray()
  @ArrayMaxSize(MAX_SOURCES)
  @IsUUID('all', { each: true })
  sourceProposalIds!: string[];
  @Field(() => [CatalogueMilestoneInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CatalogueMilestoneInput)
  milestones!: CatalogueMilestoneInput[];
}

@InputType()
export class GoalOrderInput {
  @Field(() => ID) @IsUUID() goalId!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) measureIds!: string[];
}

@InputType({
  description:
    'The whole order of one action field: every goal once, every measure of the field once. Measures are renumbered 1..N in this order',
})
export class ReorderCatalogueFieldInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ID) @IsUUID() actionFieldId!: string;
  @Field(() => [GoalOrderInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GoalOrderInput)
  goals!: GoalOrderInput[];
}

@InputType()
export class MilestoneDoneInput {
  @Field(() => ID) @IsUUID() milestoneId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ISO_DATE) doneOn?: string | null;
}

@InputType({ description: 'Allowed on drafts and adopted versions; kept in the status history' })
export class MeasureStatusInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => ImplementationStatus) @IsEnum(ImplementationStatus) status!: ImplementationStatus;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) progress!: number;
  @Field({ nullable: true }) @IsOptional() @trimmed() @IsString() @MaxLength(1000) note?: string;
  @Field(() => [MilestoneDoneInput], { nullable: true, description: 'Completion dates of milestones (adopted versions too)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDoneInput)
  milestonesDone?: MilestoneDoneInput[];
}

@InputType()
export class AdoptCatalogueInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field({ description: 'Date of the council decision, YYYY-MM-DD, not in the future' }) @Matches(ISO_DATE) adoptedOn!: string;
  @Field({ description: 'e.g. "Drucksache 1234/2026"' })
  @trimmed()
  @IsString()
  @Length(1, 120)
  @SingleLineText()
  councilReference!: string;
}

@InputType({ description: 'A catalogue in the annex shape (JSON or XLSX with Ziel | Nr. | Maßnahme per action field sheet); becomes a new draft' })
export class ImportCatalogueInput {
  @Field(() => ID) @IsUUID() processId!: string;
  @Field() @trimmed() @IsString() @Length(1, 255) @SingleLineText() fileName!: string;
  @Field({ description: `Base64, at most ${IMPORT_MAX_BYTES} bytes decoded` })
  @IsString()
  @MaxLength(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4)
  contentBase64!: string;
}

@InputType()
export class CatalogueExportInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => CatalogueExportFormat) @IsEnum(CatalogueExportFormat) format!: CatalogueExportFormat;
  @Field({ nullable: true, description: 'Language of DOCX/PDF/XLSX texts (de default; JSON/CSV carry every language or German)' })
  @IsOptional()
  @IsIn(['de', 'en'])
  language?: string;
}

@InputType()
export class ProposalsExportInput {
  @Field(() => ID) @IsUUID() processId!: string;
  @Field(() => ProposalsExportFormat) @IsEnum(ProposalsExportFormat) format!: ProposalsExportFormat;
}

@InputType()
export class ProposalPickQueryInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actionFieldId?: string | null;
  @Field({ description: 'goal or measure' }) @IsIn(['goal', 'measure']) kind!: string;
  @Field({ nullable: true }) @IsOptional() @trimmed() @IsString() @MaxLength(200) search?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
}
