import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ForumFormat, PhaseKind } from './process.types';

/** One language version of a translatable text; German (`de`) is required wherever a text is. */
@InputType()
export class TranslationInput {
  @Field() locale!: string;
  @Field() text!: string;
}

@InputType()
export class ProcessInput {
  @Field({ description: 'URL name: lowercase letters, digits and single dashes' })
  slug!: string;
  @Field(() => [TranslationInput]) title!: TranslationInput[];
  @Field(() => [TranslationInput]) summary!: TranslationInput[];
  @Field(() => [TranslationInput]) description!: TranslationInput[];
}

@InputType()
export class PhaseInput {
  @Field(() => PhaseKind) kind!: PhaseKind;
  @Field(() => [TranslationInput]) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) description?: TranslationInput[];
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@InputType()
export class ActionFieldInput {
  @Field(() => Int, { description: 'Display order, unique within the process' })
  position!: number;
  @Field(() => [TranslationInput]) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) description?: TranslationInput[];
  @Field() crossCutting!: boolean;
}

@InputType()
export class ForumInput {
  @Field(() => ID) actionFieldId!: string;
  @Field(() => [TranslationInput]) title!: TranslationInput[];
  @Field(() => [TranslationInput], { nullable: true }) description?: TranslationInput[];
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field({ nullable: true }) place?: string;
  @Field() municipality!: string;
  @Field(() => ForumFormat) format!: ForumFormat;
  @Field() acceptsInput!: boolean;
}
