import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  BODY_MAX,
  NoBidiControls,
  NoControlCharacters,
  ProposalKind,
  TITLE_MAX,
  Trimmed,
} from '@mitreden/api/proposals';

@InputType()
export class MergeProposalsInput {
  @Field(() => [ID], { description: 'Two to 20 published proposals of one process' })
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  sourceIds!: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'One of the sources that becomes the result; omitted: a new proposal',
  })
  @IsOptional()
  @IsUUID()
  targetId?: string;
  @Field() @IsString() title!: string;
  @Field() @IsString() body!: string;
  @Field(() => ProposalKind, { nullable: true, description: 'Defaults to the kind of the first source' })
  @IsOptional()
  @IsEnum(ProposalKind)
  kind?: ProposalKind;
  @Field(() => ID, { nullable: true, description: 'Defaults to the action field of the first source' })
  @IsOptional()
  @IsUUID()
  actionFieldId?: string;
  @Field({ nullable: true, description: 'Why: goes to the audit log and the notification' })
  @IsOptional()
  @IsString()
  note?: string;
}

@InputType()
export class SplitPartInput {
  @Field() @IsString() title!: string;
  @Field() @IsString() body!: string;
  @Field(() => ProposalKind, { nullable: true }) @IsOptional() @IsEnum(ProposalKind) kind?: ProposalKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actionFieldId?: string;
}

@InputType()
export class SplitProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => [SplitPartInput], { description: 'Two to 10 parts' })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SplitPartInput)
  parts!: SplitPartInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() note?: string;
}

/** Longest revision note; the column allows the same (proposal_revisions_note_length). */
export const REVISION_NOTE_MAX = 1000;

/** Same rules as a resident's title and body, plus the note everyone sees with the revision. */
@InputType()
export class ReviseProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
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
  @Field({ description: 'Why the wording changed; shown with the revision' })
  @Trimmed()
  @IsString()
  @Length(1, REVISION_NOTE_MAX)
  @NoBidiControls()
  note!: string;
}
