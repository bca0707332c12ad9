import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantView, Role } from '@mitreden/api/identity';
import { TranslationView } from '@mitreden/api/processes';
import { ProposalView } from '@mitreden/api/proposals';

export enum ReportTargetType {
  PROPOSAL = 'proposal',
  COMMENT = 'comment',
  USER = 'user',
}
registerEnumType(ReportTargetType, { name: 'ReportTargetType' });

export enum HideTargetType {
  PROPOSAL = 'proposal',
  COMMENT = 'comment',
}
registerEnumType(HideTargetType, { name: 'HideTargetType' });

export enum ReportReason {
  SPAM = 'spam',
  OFFENSIVE = 'offensive',
  DISCRIMINATORY = 'discriminatory',
  OFF_TOPIC = 'off_topic',
  PERSONAL_DATA = 'personal_data',
  OTHER = 'other',
}
registerEnumType(ReportReason, {
  name: 'ReportReason',
  valuesMap: { OTHER: { description: 'Needs details' } },
});

export enum ReportResolution {
  DISMISSED = 'dismissed',
  HIDDEN = 'hidden',
  BLOCKED = 'blocked',
}
registerEnumType(ReportResolution, { name: 'ReportResolution' });

export enum ReviewOutcome {
  UPHELD = 'upheld',
  LIFTED = 'lifted',
}
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome' });

export enum ModerationQueueKind {
  REPORTS = 'reports',
  REVIEW_REQUESTS = 'review_requests',
  HIDDEN = 'hidden',
}
registerEnumType(ModerationQueueKind, {
  name: 'ModerationQueueKind',
  valuesMap: {
    REPORTS: { description: 'Items with open reports' },
    REVIEW_REQUESTS: { description: 'Hidden items whose author asked for a review not yet decided' },
    HIDDEN: { description: 'Everything hidden now' },
  },
});

@ObjectType('NetiquetteTemplate', {
  description: 'A reusable reason for hiding content, shown to the author',
})
export class NetiquetteTemplateView {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable name, e.g. insult' }) key!: string;
  @Field({ description: 'In the requested language (German if missing)' }) title!: string;
  @Field({ description: 'In the requested language (German if missing)' }) body!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [TranslationView]) bodyTranslations!: TranslationView[];
  @Field(() => Int) position!: number;
  @Field() active!: boolean;
}

@ObjectType('Report')
export class ReportView {
  @Field(() => ID) id!: string;
  @Field(() => ReportReason) reason!: ReportReason;
  @Field() details!: string;
  @Field(() => ParticipantView) reporter!: ParticipantView;
  @Field() createdAt!: Date;
}

@ObjectType('ReportReasonCount')
export class ReportReasonCountView {
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => Int) count!: number;
}

@ObjectType('Hiding', {
  description: 'Why and by whom something was hidden, and the author’s one review request',
})
export class HidingView {
  @Field(() => ID) id!: string;
  @Field(() => HideTargetType) targetType!: HideTargetType;
  @Field(() => ID) targetId!: string;
  @Field({ description: 'The reason as the author was told it' }) reason!: string;
  @Field(() => String, { nullable: true }) templateKey!: string | null;
  @Field({ description: 'Hidden by the auto-hide threshold, not by a person' }) automatic!: boolean;
  @Field(() => ParticipantView, { nullable: true, description: 'Visible to moderators only' })
  hiddenBy!: ParticipantView | null;
  @Field() hiddenAt!: Date;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => Date, { nullable: true }) reviewRequestedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewRequest!: string | null;
  @Field(() => Date, { nullable: true }) reviewDecidedAt!: Date | null;
  @Field(() => ReviewOutcome, { nullable: true }) reviewOutcome!: ReviewOutcome | null;
  @Field({ description: 'The caller (its author) may still ask for a review' }) canRequestReview!: boolean;
}

@ObjectType('ModeratedComment', { description: 'A comment with its context, for moderators' })
export class ModeratedCommentView {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => ParticipantView, { nullable: true }) author!: ParticipantView | null;
  @Field() createdAt!: Date;
  @Field(() => ID) proposalId!: string;
  @Field(() => Int) proposalNumber!: number;
  @Field() proposalTitle!: string;
  @Field(() => String, { nullable: true, description: 'The comment it answers, if any' })
  parentBody!: string | null;
  @Field() hidden!: boolean;
  @Field() deleted!: boolean;
}

@ObjectType('ModeratedUser', { description: 'An account as moderators see it' })
export class ModeratedUserView {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Date, { nullable: true }) blockedAt!: Date | null;
  @Field(() => String, { nullable: true }) blockReason!: string | null;
  @Field(() => Int) proposalCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field({
    description:
      'The caller may block this account (role rule: never project group or admins for moderators)',
  })
  canBlock!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('ModerationCase', { description: 'One reported or hidden item with everything needed to decide' })
export class ModerationCaseView {
  @Field(() => ReportTargetType) targetType!: ReportTargetType;
  @Field(() => ID) targetId!: string;
  @Field(() => Int, { description: 'Distinct people with an open report' }) openReportCount!: number;
  @Field(() => [ReportReasonCountView]) reasons!: ReportReasonCountView[];
  @Field(() => [ReportView], { description: 'Open reports, newest first' }) reports!: ReportView[];
  @Field(() => Date, { nullable: true }) lastReportedAt!: Date | null;
  @Field(() => HidingView, { nullable: true, description: 'The active hiding, if hidden' })
  hiding!: HidingView | null;
  @Field(() => ProposalView, { nullable: true }) proposal!: ProposalView | null;
  @Field(() => ModeratedCommentView, { nullable: true }) comment!: ModeratedCommentView | null;
  @Field(() => ModeratedUserView, { nullable: true }) user!: ModeratedUserView | null;
}

@ObjectType('ModerationCounts')
export class ModerationCountsView {
  @Field(() => Int, { description: 'Items with open reports' }) reported!: number;
  @Field(() => Int) reviewRequests!: number;
  @Field(() => Int) hidden!: number;
}

@ObjectType('ModerationQueue')
export class ModerationQueueView {
  @Field(() => [ModerationCaseView]) cases!: ModerationCaseView[];
  @Field(() => Int, { description: 'Cases matching the filter' }) totalCount!: number;
  @Field(() => ModerationCountsView) counts!: ModerationCountsView;
}
