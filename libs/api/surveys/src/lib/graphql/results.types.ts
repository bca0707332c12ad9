import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationType } from './invitations.types';
import { SurveyQuestionKind } from './survey.types';

@ObjectType('SurveyOptionCount')
export class OptionCountView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'count / respondents who answered the question, 0…1' }) share!: number;
}

@ObjectType('SurveyValueCount', { description: 'How many gave this number (SCALE, NUMBER)' })
export class ValueCountView {
  @Field(() => Float) value!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('SurveyMatrixRowResult')
export class MatrixRowResultView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) answered!: number;
  @Field(() => [OptionCountView], { description: 'One per column, in column order' }) cells!: OptionCountView[];
}

@ObjectType('SurveyRankResult')
export class RankResultView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true, description: '1 = always first' }) averageRank!: number | null;
  @Field(() => Int, { description: 'How often ranked first' }) firstPlaces!: number;
}

@ObjectType('SurveyQuestionResult')
export class QuestionResultView {
  @Field() questionKey!: string;
  @Field(() => SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field() title!: string;
  @Field() sectionTitle!: string;
  @Field(() => Int, { description: 'Respondents who answered it' }) answered!: number;
  @Field(() => [OptionCountView], { description: 'SINGLE_CHOICE, MULTIPLE_CHOICE (option order)' }) options!: OptionCountView[];
  @Field(() => [MatrixRowResultView]) matrix!: MatrixRowResultView[];
  @Field(() => Float, { nullable: true, description: 'SCALE, NUMBER' }) average!: number | null;
  @Field(() => [ValueCountView], { description: 'SCALE: every step from min to max; NUMBER: given values' })
  distribution!: ValueCountView[];
  @Field(() => [RankResultView], { description: 'RANKING, best average first' }) ranking!: RankResultView[];
  @Field(() => Int, { description: 'Free texts (answers and "other" texts) to list with surveyTextAnswers' })
  textCount!: number;
}

@ObjectType('SurveySegment', { description: 'A value the results can be filtered by' })
export class SegmentView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) respondents!: number;
}

@ObjectType('SurveyResults')
export class SurveyResultsView {
  @Field(() => Int) respondents!: number;
  @Field(() => Int) complete!: number;
  @Field({ description: 'Segments are organisation types (invited, not anonymous) or the self-declared type' })
  segmentTitle!: string;
  @Field(() => [SegmentView]) segments!: SegmentView[];
  @Field(() => [QuestionResultView]) questions!: QuestionResultView[];
}

@ObjectType('SurveyTextAnswerPage')
export class TextAnswerPageView {
  @Field(() => Int) total!: number;
  @Field(() => [String]) items!: string[];
}

@ObjectType('SurveyRateRow', { description: 'Started = partial or complete; shares are of invited' })
export class RateRowView {
  @Field(() => OrganisationType, { nullable: true, description: 'null for the overall row' }) type!: OrganisationType | null;
  @Field(() => Int) invited!: number;
  @Field(() => Int) opened!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) complete!: number;
  @Field(() => Float) openedShare!: number;
  @Field(() => Float) startedShare!: number;
  @Field(() => Float) completeShare!: number;
}

@ObjectType('SurveyAccessCodeStats')
export class AccessCodeStatsView {
  @Field(() => Int) issued!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) complete!: number;
}

@ObjectType('SurveyResponseRates')
export class ResponseRatesView {
  @Field(() => RateRowView) overall!: RateRowView;
  @Field(() => [RateRowView]) byType!: RateRowView[];
  @Field(() => AccessCodeStatsView, { nullable: true, description: 'ANONYMOUS surveys' }) codes!: AccessCodeStatsView | null;
  @Field(() => Int, { description: 'Responses started, whatever the audience' }) started!: number;
  @Field(() => Int) complete!: number;
}
