import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NoBidiControls, Trimmed } from '@mitreden/api/proposals';
import {
  HideTargetType,
  ModerationQueueKind,
  ReportReason,
  ReportTargetType,
  ReviewOutcome,
} from './moderation.types';

/** Same limit as the reports_details_length CHECK. */
export const REPORT_DETAILS_MAX = 2000;

@InputType()
export class ReportInput {
  @Field(() => ReportTargetType) @IsEnum(ReportTargetType) targetType!: ReportTargetType;
  @Field(() => ID) @IsUUID() targetId!: string;
  @Field(() => ReportReason) @IsEnum(ReportReason) reason!: ReportReason;
  @Field({ nullable: true, description: 'Required for OTHER; at most 2000 characters' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(REPORT_DETAILS_MAX)
  @NoBidiControls()
  details?: string;
}

@InputType()
export class ModerationQueueFilter {
  @Field(() => ModerationQueueKind, { defaultValue: ModerationQueueKind.REPORTS })
  @IsEnum(ModerationQueueKind)
  kind!: ModerationQueueKind;
  @Field(() => ReportTargetType, { nullable: true })
  @IsOptional()
  @IsEnum(ReportTargetType)
  targetType?: ReportTargetType;
  @Field(() => ReportReason, { nullable: true }) @IsOptional() @IsEnum(ReportReason) reason?: ReportReason;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() processId?: string;
}

@InputType()
export class HideContentInput {
  @Field(() => HideTargetType) @IsEnum(HideTargetType) targetType!: HideTargetType;
  @Field(() => ID) @IsUUID() targetId!: string;
  @Field(() => ID, { nullable: true, description: 'A netiquette template; its text goes to the author' })
  @IsOptional()
  @IsUUID()
  templateId?: string;
  @Field({ nullable: true, description: 'The moderator’s own words; required without a template' })
  @IsOptional()
  @IsString()
  note?: string;
}

@InputType()
export class BlockUserInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field() @IsString() reason!: string;
  @Field({ defaultValue: false, description: 'Also hide every proposal and comment of the account' })
  @IsBoolean()
  hideContent!: boolean;
}

@InputType()
export class DecideReviewInput {
  @Field(() => ID) @IsUUID() hidingId!: string;
  @Field(() => ReviewOutcome) @IsEnum(ReviewOutcome) outcome!: ReviewOutcome;
  @Field({ nullable: true, description: 'Sent to the author' }) @IsOptional() @IsString() note?: string;
}

@InputType()
export class NetiquetteTemplateInput {
  @Field() @IsString() @MaxLength(60) key!: string;
  // Nested rules here; German, length and characters are checked by NetiquetteService.
  @Field(() => [NetiquetteTranslationInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NetiquetteTranslationInput)
  title!: NetiquetteTranslationInput[];
  @Field(() => [NetiquetteTranslationInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NetiquetteTranslationInput)
  body!: NetiquetteTranslationInput[];
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) position!: number;
  @Field({ defaultValue: true }) @IsBoolean() active!: boolean;
}

/** Same shape as TranslationInput; validated by the service with the processes library's translation rules. */
@InputType()
export class NetiquetteTranslationInput {
  @Field() @IsString() @MaxLength(10) locale!: string;
  @Field() @IsString() text!: string;
}
