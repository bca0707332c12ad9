import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { NoBidiControls, NoControlCharacters, Trimmed } from '@mitreden/api/proposals';
import { AssessmentStatus, Feasibility, ResponsibilityLevel } from './assessment.types';

/** Column limits (assessments_*_length CHECKs); the form shows the same numbers. */
export const DEPARTMENT_MAX = 120;
export const COST_NOTE_MAX = 2000;
export const COMMENT_MAX = 5000;

// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Multi-line texts keep line breaks and tabs; NUL and other controls are never meant (PostgreSQL refuses NUL). */
function NoControlsButLineBreaks(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !CONTROLS_BUT_LINE_BREAKS.test(value),
        defaultMessage: () => '$property must not contain control characters',
      },
    },
    options,
  );
}

@InputType()
export class AssignAssessmentInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field({ description: 'A department that has at least one expert' })
  @Trimmed()
  @IsString()
  @Length(1, DEPARTMENT_MAX)
  @NoControlCharacters()
  department!: string;
  @Field({ description: 'ISO date (YYYY-MM-DD), today or later' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueOn!: string;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) @IsUUID() assessmentId!: string;
  @Field(() => Feasibility, { nullable: true }) @IsOptional() @IsEnum(Feasibility) feasibility?: Feasibility;
  @Field(() => ResponsibilityLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ResponsibilityLevel)
  responsibility?: ResponsibilityLevel;
  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(COST_NOTE_MAX)
  @NoBidiControls()
  @NoControlsButLineBreaks()
  costNote!: string;
  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(COMMENT_MAX)
  @NoBidiControls()
  @NoControlsButLineBreaks()
  publicComment!: string;
  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(COMMENT_MAX)
  @NoBidiControls()
  @NoControlsButLineBreaks()
  internalComment!: string;
  @Field({
    description: 'False saves a draft (IN_PROGRESS); true submits and needs feasibility and responsibility',
  })
  @IsBoolean()
  submit!: boolean;
}

@InputType()
export class AssessmentFilter {
  @Field({ nullable: true, description: 'Experts always see their own department only' })
  @IsOptional()
  @IsString()
  @MaxLength(DEPARTMENT_MAX)
  department?: string;
  @Field(() => AssessmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssessmentStatus)
  status?: AssessmentStatus;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() overdueOnly?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() proposalId?: string;
}
