import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TranslationView } from '@mitreden/api/processes';

/* Enum values equal their names (the shared survey logic speaks them); the database stores them lowercased. */

export enum SurveyAudience {
  PUBLIC = 'PUBLIC',
  ANONYMOUS = 'ANONYMOUS',
  INVITED = 'INVITED',
}
registerEnumType(SurveyAudience, {
  name: 'SurveyAudience',
  description:
    'PUBLIC: one response per account. ANONYMOUS: no account, one response per one-time access code or link. INVITED: personal links mailed to organisations',
});

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });

export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SHORT_TEXT = 'SHORT_TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  SCALE = 'SCALE',
  MATRIX = 'MATRIX',
  RANKING = 'RANKING',
  DATE = 'DATE',
}
registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind' });

export enum ConditionOperator {
  EQUALS = 'EQUALS',
  INCLUDES = 'INCLUDES',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(ConditionOperator, { name: 'ConditionOperator' });

@ObjectType('SurveyCondition', { description: 'Shown only if the earlier question’s answer equals / includes / is at least the value' })
export class SurveyConditionView {
  @Field() questionKey!: string;
  @Field(() => ConditionOperator) operator!: ConditionOperator;
  @Field({ description: 'Option key, or a number as text for AT_LEAST' }) value!: string;
}

@ObjectType('SurveyOption')
export class SurveyOptionView {
  @Field({ description: 'Stable code; export columns and stored answers use it' }) key!: string;
  @Field({ description: 'In the requested language, German when not translated' }) label!: string;
  @Field(() => [TranslationView]) labelTranslations!: TranslationView[];
  @Field({ description: 'Choosing it asks for a text' }) isOther!: boolean;
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionView {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable code; export columns use it' }) key!: string;
  @Field(() => SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field() required!: boolean;
  @Field() title!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field() help!: string;
  @Field(() => [TranslationView]) helpTranslations!: TranslationView[];
  @Field(() => Int, { nullable: true }) minChoices!: number | null;
  @Field(() => Int, { nullable: true }) maxChoices!: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER range or SCALE start' }) minValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER range or SCALE end' }) maxValue!: number | null;
  @Field({ description: 'SCALE: label of the low end' }) minLabel!: string;
  @Field(() => [TranslationView]) minLabelTranslations!: TranslationView[];
  @Field({ description: 'SCALE: label of the high end' }) maxLabel!: string;
  @Field(() => [TranslationView]) maxLabelTranslations!: TranslationView[];
  @Field(() => [SurveyOptionView], { description: 'Choices; the columns of a MATRIX' }) options!: SurveyOptionView[];
  @Field(() => [SurveyOptionView], { description: 'MATRIX rows' }) rows!: SurveyOptionView[];
  @Field(() => SurveyConditionView, { nullable: true }) condition!: SurveyConditionView | null;
}

@ObjectType('SurveySection', { description: 'One page of the survey form' })
export class SurveySectionView {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field() description!: string;
  @Field(() => [TranslationView]) descriptionTranslations!: TranslationView[];
  @Field(() => SurveyConditionView, { nullable: true }) condition!: SurveyConditionView | null;
  @Field(() => [SurveyQuestionView]) questions!: SurveyQuestionView[];
}

@ObjectType('Survey')
export class SurveyView {
  @Field(() => ID) id!: string;
  @Field(() => ID) processId!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field() intro!: string;
  @Field(() => [TranslationView]) introTranslations!: TranslationView[];
  @Field({ description: 'Shown after submitting' }) thanks!: string;
  @Field(() => [TranslationView]) thanksTranslations!: TranslationView[];
  @Field(() => SurveyAudience) audience!: SurveyAudience;
  @Field({ description: 'Answers carry no link to an account, invitation or code' }) anonymous!: boolean;
  @Field(() => SurveyStatus) status!: SurveyStatus;
  @Field(() => Date, { nullable: true }) opensAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field({ description: 'Published and within its dates' }) isOpen!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'A SINGLE_CHOICE question whose answer is the respondent’s self-declared type (results filter)',
  })
  segmentQuestionKey!: string | null;
  @Field(() => Int, { description: 'Optimistic lock for saveSurvey' }) version!: number;
  @Field(() => Int, { nullable: true, description: 'Responses started (partial and complete); null outside the staff views' })
  responseCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Null outside the staff views' }) completeCount!: number | null;
  @Field(() => [SurveySectionView]) sections!: SurveySectionView[];
}
