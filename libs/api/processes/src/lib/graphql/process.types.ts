import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PhaseKind {
  SURVEY = 'survey',
  FORUMS = 'forums',
  ASSESSMENT = 'assessment',
  VOTE = 'vote',
  CATALOGUE = 'catalogue',
}
registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  description: 'What a phase is for; the current phase decides what residents can do.',
  valuesMap: {
    SURVEY: { description: 'Online survey (needs analysis).' },
    FORUMS: { description: 'Thematic forums: proposals, supports and comments are open.' },
    ASSESSMENT: { description: 'Departments assess feasibility.' },
    VOTE: { description: 'Residents vote, e.g. on the plan’s name.' },
    CATALOGUE: { description: 'The project group builds the catalogue for the council.' },
  },
});

export enum PhaseStatus {
  PAST = 'past',
  CURRENT = 'current',
  UPCOMING = 'upcoming',
}
registerEnumType(PhaseStatus, { name: 'PhaseStatus', description: 'Where a phase stands relative to now.' });

export enum ForumFormat {
  ON_SITE = 'on_site',
  ONLINE = 'online',
  HYBRID = 'hybrid',
}
registerEnumType(ForumFormat, { name: 'ForumFormat' });

/** One language version of a translatable text, for editors that show every language. */
@ObjectType('Translation')
export class TranslationView {
  @Field() locale!: string;
  @Field() text!: string;
}

@ObjectType('ActionField', { description: 'A Handlungsfeld; texts in the requested language' })
export class ActionFieldView {
  @Field(() => ID) id!: string;
  @Field(() => ID) processId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'Cross-cutting themes such as anti-discrimination apply to every field' })
  crossCutting!: boolean;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [TranslationView]) descriptionTranslations!: TranslationView[];
  @Field(() => Int, { description: 'Published proposals in this field' })
  proposalCount!: number;
  @Field({ description: 'False for anonymous callers' })
  followedByMe!: boolean;
}

@ObjectType('Phase', { description: 'A stretch of a process; phases of one process never overlap' })
export class PhaseView {
  @Field(() => ID) id!: string;
  @Field(() => PhaseKind) kind!: PhaseKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field() startsAt!: Date;
  @Field({ description: 'Exclusive end' })
  endsAt!: Date;
  @Field(() => PhaseStatus) status!: PhaseStatus;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [TranslationView]) descriptionTranslations!: TranslationView[];
}

@ObjectType('Forum', { description: 'A thematic forum, on site, online or both' })
export class ForumView {
  @Field(() => ID) id!: string;
  @Field(() => ID) processId!: string;
  @Field({ description: 'URL name of the process, for links from the forum page' })
  processSlug!: string;
  @Field({ description: 'Process title in the requested language' })
  processTitle!: string;
  @Field(() => ActionFieldView) actionField!: ActionFieldView;
  @Field() title!: string;
  @Field() description!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field() place!: string;
  @Field() municipality!: string;
  @Field(() => ForumFormat) format!: ForumFormat;
  @Field({ description: 'Whether new proposals may name this forum' })
  acceptsInput!: boolean;
  @Field({ description: 'True while the forums phase of its process runs and the forum accepts input' })
  openForInput!: boolean;
  @Field(() => Int, { description: 'Published proposals from this forum' })
  proposalCount!: number;
  @Field({ description: 'False for anonymous callers' })
  followedByMe!: boolean;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [TranslationView]) descriptionTranslations!: TranslationView[];
}

@ObjectType('Process', { description: 'A participation process; texts in the requested language' })
export class ProcessView {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() description!: string;
  @Field() isCurrent!: boolean;
  @Field(() => [ActionFieldView]) actionFields!: ActionFieldView[];
  @Field(() => [PhaseView], { description: 'In time order' })
  phases!: PhaseView[];
  @Field(() => PhaseView, { nullable: true, description: 'The phase running now, if any' })
  currentPhase!: PhaseView | null;
  @Field(() => [ForumView], { description: 'In date order' })
  forums!: ForumView[];
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [TranslationView]) summaryTranslations!: TranslationView[];
  @Field(() => [TranslationView]) descriptionTranslations!: TranslationView[];
}
