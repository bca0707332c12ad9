import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantView } from '@mitreden/api/identity';
import { ProposalKind } from '@mitreden/api/proposals';

export enum Feasibility {
  FEASIBLE = 'feasible',
  PARTLY_FEASIBLE = 'partly_feasible',
  NOT_FEASIBLE = 'not_feasible',
  ALREADY_IMPLEMENTED = 'already_implemented',
}
registerEnumType(Feasibility, { name: 'Feasibility' });

export enum ResponsibilityLevel {
  CITY_REGION = 'city_region',
  MUNICIPALITY = 'municipality',
  LAND = 'land',
  BUND = 'bund',
  THIRD_PARTY = 'third_party',
}
registerEnumType(ResponsibilityLevel, {
  name: 'ResponsibilityLevel',
  description:
    'Who could act on it: the city/region, a municipality, the Land, the federal government or a third party',
});

export enum AssessmentStatus {
  ASSIGNED = 'assigned',
  IN_PROGRESS = 'in_progress',
  SUBMITTED = 'submitted',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  valuesMap: { IN_PROGRESS: { description: 'A draft is saved, not yet submitted' } },
});

@ObjectType('AssessedProposal')
export class AssessedProposalView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field() actionFieldTitle!: string;
  @Field(() => Int) supportCount!: number;
}

@ObjectType('Assessment', {
  description: 'A department’s fachliche Einschätzung of one proposal (staff only)',
})
export class AssessmentView {
  @Field(() => ID) id!: string;
  @Field(() => AssessedProposalView) proposal!: AssessedProposalView;
  @Field() department!: string;
  @Field(() => ParticipantView, { nullable: true }) assignedBy!: ParticipantView | null;
  @Field() assignedAt!: Date;
  @Field({ description: 'ISO date (YYYY-MM-DD)' }) dueOn!: string;
  @Field({ description: 'Not submitted and the due date has passed' }) overdue!: boolean;
  @Field(() => AssessmentStatus) status!: AssessmentStatus;
  @Field(() => Feasibility, { nullable: true }) feasibility!: Feasibility | null;
  @Field(() => ResponsibilityLevel, { nullable: true }) responsibility!: ResponsibilityLevel | null;
  @Field() costNote!: string;
  @Field() publicComment!: string;
  @Field({ description: 'Never shown to the public' }) internalComment!: string;
  @Field(() => ParticipantView, { nullable: true }) assessedBy!: ParticipantView | null;
  @Field(() => Date, { nullable: true }) assessedAt!: Date | null;
  @Field({ description: 'The caller may record this assessment (an expert of its department)' })
  canRecord!: boolean;
}

@ObjectType('PublicAssessment', { description: 'What the public sees of a submitted assessment' })
export class PublicAssessmentView {
  @Field() department!: string;
  @Field(() => Feasibility) feasibility!: Feasibility;
  @Field(() => ResponsibilityLevel) responsibility!: ResponsibilityLevel;
  @Field() publicComment!: string;
  @Field() assessedAt!: Date;
}

@ObjectType('DepartmentAssessmentCounts')
export class DepartmentAssessmentCountsView {
  @Field() department!: string;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: 'Not submitted, due within 3 days' }) dueSoon!: number;
}
