import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LONG_TEXT_MAX, OTHER_TEXT_MAX } from '@mitreden/shared/surveys';
import { KEY_PATTERN, MAX_OPTIONS, OPTION_KEY_PATTERN } from './survey.inputs';
import { SurveyView } from './survey.types';

export enum SurveyAccessKind {
  ACCOUNT = 'ACCOUNT',
  INVITATION = 'INVITATION',
  CODE = 'CODE',
  PREVIEW = 'PREVIEW',
}
registerEnumType(SurveyAccessKind, {
  name: 'SurveyAccessKind',
  description: 'How the respondent reached the form; PREVIEW is the project group trying a survey (nothing is stored)',
});

@ObjectType('SurveyMatrixCell')
export class MatrixCellView {
  @Field() row!: string;
  @Field() column!: string;
}

@ObjectType('SurveyAnswer', { description: 'One stored answer; only the fields of its question kind are set' })
export class SurveyAnswerView {
  @Field() questionKey!: string;
  @Field(() => String, { nullable: true }) choice!: string | null;
  @Field(() => [String], { nullable: true }) choices!: string[] | null;
  @Field(() => String, { nullable: true }) other!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Float, { nullable: true }) number!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date!: string | null;
  @Field(() => [MatrixCellView], { nullable: true }) matrix!: MatrixCellView[] | null;
  @Field(() => [String], { nullable: true, description: 'Option keys, first = rank 1' }) ranking!: string[] | null;
}

@ObjectType('SurveySession', { description: 'The form as this respondent sees it, with what they saved so far' })
export class SurveySessionView {
  @Field(() => SurveyView) survey!: SurveyView;
  @Field(() => SurveyAccessKind) accessKind!: SurveyAccessKind;
  @Field(() => String, { nullable: true, description: 'The invited organisation, for non-anonymous invitations' })
  organisationName!: string | null;
  @Field(() => [SurveyAnswerView]) answers!: SurveyAnswerView[];
  @Field({ description: 'Submitted; answers can no longer change' }) complete!: boolean;
  @Field(() => Int, { description: 'The furthest page reached (1-based), to resume there' }) reachedSection!: number;
}

@InputType({ description: 'Exactly one of: a token (invitation link or access code), or a slug (account surveys, preview)' })
export class SurveyAccessInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(4, 200) token?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 80) slug?: string;
  @Field({ nullable: true, description: 'Project group only: try the survey without storing anything' })
  @IsOptional()
  @IsBoolean()
  preview?: boolean;
}

@InputType()
export class MatrixCellInput {
  @Field() @IsString() @Matches(OPTION_KEY_PATTERN) row!: string;
  @Field() @IsString() @Matches(OPTION_KEY_PATTERN) column!: string;
}

@InputType()
export class SurveyAnswerInput {
  @Field() @IsString() @Matches(KEY_PATTERN) questionKey!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) choice?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  choices?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(OTHER_TEXT_MAX * 2) other?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LONG_TEXT_MAX * 2) text?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e12) @Max(1e12) number?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10) date?: string;
  @Field(() => [MatrixCellInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => MatrixCellInput)
  matrix?: MatrixCellInput[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  ranking?: string[];
}

@InputType({
  description:
    'Saves the answers of the whole form so far (replacing what was saved). submit=true completes the response: every visible required question must be answered; answers to hidden questions are discarded',
})
export class SaveSurveyAnswersInput {
  @Field(() => SurveyAccessInput) @ValidateNested() @Type(() => SurveyAccessInput) access!: SurveyAccessInput;

  @Field(() => [SurveyAnswerInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];

  @Field(() => Int) @IsInt() @Min(1) @Max(100) reachedSection!: number;
  @Field() @IsBoolean() submit!: boolean;
}
