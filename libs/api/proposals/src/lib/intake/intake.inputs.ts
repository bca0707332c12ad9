import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { ImportField, ProposalKind, ProposalSource } from '../graphql/proposal.types';
import {
  BODY_MAX,
  LANGUAGE_PATTERN,
  NoBidiControls,
  NoControlCharacters,
  PARTICIPANTS_MAX,
  PARTICIPANTS_MIN,
  TITLE_MAX,
  Trimmed,
} from './intake-rules';

/** Moderators enter what was collected at a forum or on paper; online/survey input has authors. */
export const COLLECTED_SOURCES = [ProposalSource.FORUM, ProposalSource.PAPER] as const;

@InputType({
  description: 'Input collected at a forum or on paper, entered by a moderator on behalf of the forum',
})
export class EnterProposalInput {
  @Field(() => ID)
  @IsUUID()
  processId!: string;

  @Field(() => ID)
  @IsUUID()
  forumId!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the forum’s action field' })
  @IsOptional()
  @IsUUID()
  actionFieldId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field(() => ProposalKind)
  @IsEnum(ProposalKind)
  kind!: ProposalKind;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, TITLE_MAX)
  @NoControlCharacters()
  title!: string;

  @Field({ description: 'Markdown; may be empty when the slip only has a title' })
  @Trimmed()
  @IsString()
  @MaxLength(BODY_MAX)
  @NoBidiControls()
  body!: string;

  @Field()
  @IsString()
  @Matches(LANGUAGE_PATTERN)
  language!: string;

  @Field(() => ProposalSource, { description: 'FORUM or PAPER' })
  @IsIn(COLLECTED_SOURCES)
  source!: ProposalSource;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(PARTICIPANTS_MIN)
  @Max(PARTICIPANTS_MAX)
  participantCount?: number;
}

@InputType()
export class ColumnMappingInput {
  @Field(() => ImportField)
  @IsEnum(ImportField)
  field!: ImportField;

  @Field({ description: 'Column header as it appears in the file' })
  @IsString()
  @MaxLength(200)
  column!: string;
}

@InputType()
export class ProposalImportInput {
  @Field(() => ID)
  @IsUUID()
  processId!: string;

  @Field(() => ID, { nullable: true, description: 'Forum for rows that name none' })
  @IsOptional()
  @IsUUID()
  forumId?: string;

  @Field({ description: 'Decides the parser: .csv or .xlsx' })
  @Trimmed()
  @IsString()
  @Length(1, 255)
  @NoControlCharacters()
  @Matches(/\.(csv|xlsx)$/i)
  fileName!: string;

  @Field({ description: 'The file, base64-encoded (at most 2 MB decoded)' })
  // The size is checked once decoded (fileTooLarge); the body parser's limit bounds the string.
  @IsString()
  fileBase64!: string;

  @Field(() => [ColumnMappingInput], {
    nullable: true,
    description: 'Omit to use the mapping guessed from the headers',
  })
  @IsOptional()
  @ArrayMaxSize(Object.keys(ImportField).length)
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  mapping?: ColumnMappingInput[];

  @Field(() => ProposalSource, {
    nullable: true,
    description: 'Source for rows that name none: FORUM (default) or PAPER',
  })
  @IsOptional()
  @IsIn(COLLECTED_SOURCES)
  defaultSource?: ProposalSource;
}
