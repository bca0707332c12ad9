import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
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
import {
  DESCRIPTION_MAX,
  SLUG_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  TranslationInput,
  Translations,
} from '@mitreden/api/processes';
import { ConditionOperator, SurveyAudience, SurveyQuestionKind } from './survey.types';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Keys are stable codes (export columns, stored answers): lowercase letters, digits, underscores. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const OPTION_KEY_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const MAX_SECTIONS = 30;
export const MAX_QUESTIONS_PER_SECTION = 60;
export const MAX_OPTIONS = 60;

const title = { max: TITLE_MAX, singleLine: true, germanRequired: true };
const optionalTitle = { max: TITLE_MAX, singleLine: true, germanRequired: false };
const text = { max: SUMMARY_MAX, singleLine: false, germanRequired: false };
const longText = { max: DESCRIPTION_MAX, singleLine: false, germanRequired: false };

@InputType()
export class ConditionInput {
  @Field() @IsString() @Matches(KEY_PATTERN) questionKey!: string;
  @Field(() => ConditionOperator) @IsEnum(ConditionOperator) operator!: ConditionOperator;
  @Field() @trimmed() @IsString() @Length(1, 40) value!: string;
}

@InputType()
export class SurveyOptionInput {
  @Field() @IsString() @Matches(OPTION_KEY_PATTERN) key!: string;
  @Field(() => [TranslationInput]) @Translations(title) label!: TranslationInput[];
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() isOther?: boolean;
}

@InputType()
export class SurveyQuestionInput {
  @Field() @IsString() @Matches(KEY_PATTERN) key!: string;
  @Field(() => SurveyQuestionKind) @IsEnum(SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field() @IsBoolean() required!: boolean;
  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(text) help?: TranslationInput[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_OPTIONS) minChoices?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_OPTIONS) maxChoices?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e9) @Max(1e9) minValue?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e9) @Max(1e9) maxValue?: number | null;
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(optionalTitle) minLabel?: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(optionalTitle) maxLabel?: TranslationInput[];

  @Field(() => [SurveyOptionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionInput)
  options?: SurveyOptionInput[];

  @Field(() => [SurveyOptionInput], { nullable: true, description: 'MATRIX rows' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionInput)
  rows?: SurveyOptionInput[];

  @Field(() => ConditionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConditionInput)
  condition?: ConditionInput | null;
}

@InputType()
export class SurveySectionInput {
  @Field() @IsString() @Matches(KEY_PATTERN) key!: string;
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(optionalTitle) title?: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @Translations(text)
  description?: TranslationInput[];

  @Field(() => ConditionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConditionInput)
  condition?: ConditionInput | null;

  @Field(() => [SurveyQuestionInput])
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS_PER_SECTION)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}

@InputType()
export class CreateSurveyInput {
  @Field(() => ID) @IsUUID() processId!: string;

  @Field({ description: 'URL name: lowercase letters, digits and single dashes' })
  @trimmed()
  @IsString()
  @Length(1, SLUG_MAX)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug!: string;

  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => SurveyAudience) @IsEnum(SurveyAudience) audience!: SurveyAudience;
  @Field({ description: 'Only INVITED chooses; ANONYMOUS is always anonymous, PUBLIC never' })
  @IsBoolean()
  anonymous!: boolean;
}

/**
 * The whole survey as the builder shows it, saved at once (order = array order). While the survey
 * has responses, questions and options cannot be removed or change kind or key (SURVEY_LOCKED);
 * texts can be corrected and questions and options added. Audience and anonymity only change
 * while DRAFT.
 */
@InputType()
export class SaveSurveyInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version the editor loaded; CONFLICT when stale' }) @IsInt() version!: number;

  @Field()
  @trimmed()
  @IsString()
  @Length(1, SLUG_MAX)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug!: string;

  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(longText) intro?: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @Translations(text) thanks?: TranslationInput[];
  @Field(() => SurveyAudience) @IsEnum(SurveyAudience) audience!: SurveyAudience;
  @Field() @IsBoolean() anonymous!: boolean;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() closesAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) segmentQuestionKey?: string | null;

  @Field(() => [SurveySectionInput])
  @IsArray()
  @ArrayMaxSize(MAX_SECTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveySectionInput)
  sections!: SurveySectionInput[];
}
