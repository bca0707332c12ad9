import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
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
import { DESCRIPTION_MAX, TITLE_MAX, Translations, TranslationInput } from '@mitreden/api/processes';
import { REGION_MUNICIPALITIES } from '@mitreden/shared/contracts';
import { PollMethod } from './poll.types';

export const POLL_OPTIONS_MAX = 30;
export const POLL_SLUG_MAX = 80;
export const VOTING_CODES_PER_BATCH_MAX = 10_000;
/** Base64 of a 1 MB image. */
export const OPTION_IMAGE_BASE64_MAX = 1_398_104;

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class PollOptionInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing option (its id stays stable); omit for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => [TranslationInput], { description: 'German required; up to 200 characters, one line' })
  @Translations({ max: TITLE_MAX, singleLine: true, germanRequired: true })
  label!: TranslationInput[];

  @Field(() => [TranslationInput], { defaultValue: [] })
  @Translations({ max: DESCRIPTION_MAX, singleLine: false, germanRequired: false })
  description!: TranslationInput[];

  @Field(() => [TranslationInput], {
    defaultValue: [],
    description: 'Alternative text of the image; German required once an image is set',
  })
  @Translations({ max: 300, singleLine: true, germanRequired: false })
  imageAlt!: TranslationInput[];
}

@InputType({ description: 'The whole poll; only drafts can be saved (POLL_LOCKED otherwise)' })
export class PollInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one gives CONFLICT' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => ID) @IsUUID() processId!: string;

  @Field(() => ID, { nullable: true, description: 'A phase of the same process, usually its vote phase' })
  @IsOptional()
  @IsUUID()
  phaseId?: string | null;

  @Field({ description: 'URL name: lowercase letters, digits and single dashes' })
  @trimmed()
  @IsString()
  @Length(1, POLL_SLUG_MAX)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug!: string;

  @Field(() => [TranslationInput])
  @Translations({ max: TITLE_MAX, singleLine: true, germanRequired: true })
  question!: TranslationInput[];

  @Field(() => [TranslationInput], { defaultValue: [] })
  @Translations({ max: DESCRIPTION_MAX, singleLine: false, germanRequired: false })
  description!: TranslationInput[];

  @Field(() => PollMethod) @IsEnum(PollMethod) method!: PollMethod;

  @Field(() => Int, { nullable: true, description: 'MULTIPLE only: at most this many options (1..number of options)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(POLL_OPTIONS_MAX)
  maxChoices?: number | null;

  @Field() @Type(() => Date) @IsDate() opensAt!: Date;
  @Field() @Type(() => Date) @IsDate() closesAt!: Date;

  @Field({ defaultValue: true, description: 'Confirmed accounts may vote' }) @IsBoolean() acceptsAccounts!: boolean;
  @Field({ defaultValue: false, description: 'One-time voting codes may be used' }) @IsBoolean() acceptsCodes!: boolean;
  @Field({ defaultValue: false, description: 'Voters may change their vote until the close' })
  @IsBoolean()
  allowVoteChange!: boolean;

  @Field(() => String, { nullable: true, description: 'Restrict account voting to residents of this municipality' })
  @IsOptional()
  @IsIn(REGION_MUNICIPALITIES)
  municipality?: string | null;

  @Field(() => [PollOptionInput], { description: '2 to 30 options in ballot-paper order' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(POLL_OPTIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => PollOptionInput)
  options!: PollOptionInput[];
}

@InputType()
export class PollOptionImageInput {
  @Field(() => ID) @IsUUID() optionId!: string;

  @Field({ description: 'image/png, image/jpeg or image/webp (checked against the bytes)' })
  @IsIn(['image/png', 'image/jpeg', 'image/webp'])
  contentType!: string;

  @Field({ description: 'Base64, at most 1 MB decoded' })
  @IsString()
  @MaxLength(OPTION_IMAGE_BASE64_MAX)
  base64!: string;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsUUID() pollId!: string;

  @Field(() => [ID], { description: 'Option ids; RANKED: most preferred first' })
  @IsArray()
  @ArrayMaxSize(POLL_OPTIONS_MAX)
  @IsUUID('all', { each: true })
  choices!: string[];

  @Field(() => String, { nullable: true, description: 'A one-time voting code instead of the account' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string | null;
}
