import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  BODY_MAX,
  LANGUAGE_PATTERN,
  NoBidiControls,
  NoControlCharacters,
  TITLE_MAX,
  Trimmed,
} from '../intake/intake-rules';
import { ProposalKind, ProposalSource, ProposalState } from './proposal.types';

/** Longest search text; a longer one is a paste accident or an attack, not a query. */
export const SEARCH_MAX = 200;

@InputType()
export class ProposalFilter {
  @Field(() => ID)
  @IsUUID()
  processId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actionFieldId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  forumId?: string;

  @Field(() => ProposalKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalKind)
  kind?: ProposalKind;

  @Field(() => ProposalState, { nullable: true, description: 'Default: published only' })
  @IsOptional()
  @IsEnum(ProposalState)
  state?: ProposalState;

  @Field(() => ProposalSource, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalSource)
  source?: ProposalSource;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(LANGUAGE_PATTERN)
  language?: string;

  @Field({ nullable: true, description: 'German full-text search over title and body' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(SEARCH_MAX)
  @NoControlCharacters()
  search?: string;
}

/** Title and body rules shared by creating and editing. */
@InputType({ isAbstract: true })
abstract class ProposalText {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, TITLE_MAX)
  @NoControlCharacters()
  title!: string;

  @Field({ description: 'Markdown' })
  @Trimmed()
  @IsString()
  @MaxLength(BODY_MAX)
  @NoBidiControls()
  body!: string;
}

@InputType()
export class CreateProposalInput extends ProposalText {
  @Field(() => ID)
  @IsUUID()
  processId!: string;

  @Field(() => ID)
  @IsUUID()
  actionFieldId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  forumId?: string;

  @Field(() => ID, { nullable: true, description: 'Only for measures: the goal it serves' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field(() => ProposalKind)
  @IsEnum(ProposalKind)
  kind!: ProposalKind;

  @Field({ description: 'Language the proposal is written in, e.g. de, en, ar' })
  @IsString()
  @Matches(LANGUAGE_PATTERN)
  language!: string;
}

@InputType()
export class UpdateProposalInput extends ProposalText {}

// The intake inputs (hybrid input, spreadsheet import) live with their resolver.
export { EnterProposalInput, ColumnMappingInput, ProposalImportInput } from '../intake/intake.inputs';
