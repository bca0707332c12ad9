import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ImportField, ProposalKind, ProposalSource, ProposalState } from './proposal.types';

@InputType()
export class ProposalFilter {
  @Field(() => ID) processId!: string;
  @Field(() => ID, { nullable: true }) actionFieldId?: string;
  @Field(() => ID, { nullable: true }) forumId?: string;
  @Field(() => ProposalKind, { nullable: true }) kind?: ProposalKind;
  @Field(() => ProposalState, { nullable: true, description: 'Default: published only' })
  state?: ProposalState;
  @Field(() => ProposalSource, { nullable: true }) source?: ProposalSource;
  @Field({ nullable: true }) language?: string;
  @Field({ nullable: true, description: 'German full-text search over title and body' })
  search?: string;
}

@InputType()
export class CreateProposalInput {
  @Field(() => ID) processId!: string;
  @Field(() => ID) actionFieldId!: string;
  @Field(() => ID, { nullable: true }) forumId?: string;
  @Field(() => ID, { nullable: true, description: 'Only for measures: the goal it serves' })
  goalId?: string;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field() title!: string;
  @Field({ description: 'Markdown' })
  body!: string;
  @Field() language!: string;
}

@InputType()
export class UpdateProposalInput {
  @Field() title!: string;
  @Field() body!: string;
}

@InputType({ description: 'Input collected at a forum or on paper, entered by a moderator on behalf of the forum' })
export class EnterProposalInput {
  @Field(() => ID) processId!: string;
  @Field(() => ID) forumId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the forum’s action field' })
  actionFieldId?: string;
  @Field(() => ID, { nullable: true }) goalId?: string;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field() title!: string;
  @Field() body!: string;
  @Field() language!: string;
  @Field(() => ProposalSource, { description: 'FORUM or PAPER' })
  source!: ProposalSource;
  @Field(() => Int, { nullable: true }) participantCount?: number;
}

@InputType()
export class ColumnMappingInput {
  @Field(() => ImportField) field!: ImportField;
  @Field() column!: string;
}

@InputType()
export class ProposalImportInput {
  @Field(() => ID) processId!: string;
  @Field(() => ID, { nullable: true, description: 'Forum for rows that name none' })
  forumId?: string;
  @Field({ description: 'Decides the parser: .csv or .xlsx' })
  fileName!: string;
  @Field({ description: 'The file, base64-encoded (at most 2 MB decoded)' })
  fileBase64!: string;
  @Field(() => [ColumnMappingInput], { nullable: true, description: 'Omit to use the mapping guessed from the headers' })
  mapping?: ColumnMappingInput[];
  @Field(() => ProposalSource, { nullable: true, description: 'Source for rows that name none: FORUM (default) or PAPER' })
  defaultSource?: ProposalSource;
}
