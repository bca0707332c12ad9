import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { LOCALES } from '@mitreden/shared/contracts';
import { ForumFormat, PhaseKind } from './process.types';
import {
  DESCRIPTION_MAX,
  MUNICIPALITY_MAX,
  PLACE_MAX,
  SingleLineText,
  SLUG_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  TranslatedTextRules,
} from '../validation/translation-rules';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Lists of translations: nested validation, at most one entry per language. */
export function Translations(rules: TranslatedTextRules): PropertyDecorator {
  const decorators = [
    IsArray(),
    ArrayMaxSize(LOCALES.length),
    ValidateNested({ each: true }),
    Type(() => TranslationInput),
    TranslatedTextRules(rules),
  ];
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** One language version of a translatable text; German (`de`) is required wherever a text is. */
@InputType()
export class TranslationInput {
  @Field({ description: `One of ${LOCALES.join(', ')}` })
  @IsIn(LOCALES)
  locale!: string;

  /** Leading and trailing blanks are never meant; a blank non-German text counts as "not translated". */
  @Field()
  @trimmed()
  @IsString()
  text!: string;
}

const title = { max: TITLE_MAX, singleLine: true, germanRequired: true };
const summary = { max: SUMMARY_MAX, singleLine: false, germanRequired: false };
const description = { max: DESCRIPTION_MAX, singleLine: false, germanRequired: false };

@InputType()
export class ProcessInput {
  @Field({ description: 'URL name: lowercase letters, digits and single dashes' })
  @trimmed()
  @IsString()
  @Length(1, SLUG_MAX)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug!: string;

  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput]) @Translations(summary) summary!: TranslationInput[];
  @Field(() => [TranslationInput]) @Translations(description) description!: TranslationInput[];
}

@InputType()
export class PhaseInput {
  @Field(() => PhaseKind) @IsEnum(PhaseKind) kind!: PhaseKind;
  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @Translations(description)
  description?: TranslationInput[];
  @Field() @IsDate() startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;
}

@InputType()
export class ActionFieldInput {
  @Field(() => Int, { description: 'Display order, unique within the process' })
  @IsInt()
  @Min(1)
  @Max(1000)
  position!: number;

  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @Translations(description)
  description?: TranslationInput[];
  @Field() @IsBoolean() crossCutting!: boolean;
}

@InputType()
export class ForumInput {
  @Field(() => ID) @IsUUID() actionFieldId!: string;
  @Field(() => [TranslationInput]) @Translations(title) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @Translations(description)
  description?: TranslationInput[];
  @Field() @IsDate() startsAt!: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(PLACE_MAX)
  @SingleLineText()
  place?: string;

  @Field()
  @trimmed()
  @IsString()
  @Length(1, MUNICIPALITY_MAX)
  @SingleLineText()
  municipality!: string;

  @Field(() => ForumFormat) @IsEnum(ForumFormat) format!: ForumFormat;
  @Field() @IsBoolean() acceptsInput!: boolean;
}
