import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantView } from '@mitreden/api/identity';
import { TranslationView } from '@mitreden/api/processes';

export enum AnswerOutcome {
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
  UNDER_EVALUATION = 'under_evaluation',
  ALREADY_IMPLEMENTED = 'already_implemented',
  NOT_OUR_RESPONSIBILITY = 'not_our_responsibility',
}
registerEnumType(AnswerOutcome, {
  name: 'AnswerOutcome',
  description: 'The state an official answer gives a proposal',
});

export enum AnswerStatus {
  DRAFT = 'draft',
  APPROVED = 'approved',
  PUBLISHED = 'published',
}
registerEnumType(AnswerStatus, {
  name: 'AnswerStatus',
  valuesMap: {
    APPROVED: { description: 'Approved by a second project group member (four eyes), not yet public' },
  },
});

@ObjectType('OfficialAnswer')
export class OfficialAnswerView {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => Int) proposalNumber!: number;
  @Field() proposalTitle!: string;
  @Field(() => AnswerStatus) status!: AnswerStatus;
  @Field(() => AnswerOutcome) outcome!: AnswerOutcome;
  @Field({ description: 'In the requested language (German if missing)' }) text!: string;
  @Field({ description: 'The language `text` is in: the requested one, or de when it is not translated' })
  textLocale!: string;
  @Field(() => [TranslationView], { description: 'Staff only; empty for the public' })
  textTranslations!: TranslationView[];
  @Field(() => ParticipantView, { nullable: true, description: 'Staff only' })
  draftedBy!: ParticipantView | null;
  @Field(() => ParticipantView, { nullable: true, description: 'Staff only' })
  approvedBy!: ParticipantView | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field({ description: 'The caller may approve it (project group or admin, not its drafter, status DRAFT)' })
  canApprove!: boolean;
  @Field({ description: 'The caller may publish it (status APPROVED)' }) canPublish!: boolean;
  @Field({ description: 'The caller may edit it (status DRAFT or APPROVED; editing returns it to DRAFT)' })
  canEdit!: boolean;
}
