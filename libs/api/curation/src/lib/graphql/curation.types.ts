import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProposalKind, ProposalState } from '@mitreden/api/proposals';

export enum LineageKind {
  MERGE = 'merge',
  SPLIT = 'split',
}
registerEnumType(LineageKind, { name: 'LineageKind' });

@ObjectType('LineageProposal', { description: 'A proposal as a node of the lineage graph' })
export class LineageProposalView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field(() => ProposalState) state!: ProposalState;
  @Field(() => Int) supportCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field({ description: 'Hidden nodes appear (as title "") only to moderators' }) hidden!: boolean;
}

@ObjectType('LineageEdge', {
  description: 'parent → child: a merge source into its result, or a split original into a part',
})
export class LineageEdgeView {
  @Field(() => ID) parentId!: string;
  @Field(() => ID) childId!: string;
  @Field(() => LineageKind) kind!: LineageKind;
  @Field() createdAt!: Date;
}

@ObjectType('ProposalLineage', {
  description: 'Everything this proposal came from and became, across repeated merges and splits',
})
export class ProposalLineageView {
  @Field(() => ID) proposalId!: string;
  @Field(() => [LineageProposalView], { description: 'Direct parents (merge sources or the split original)' })
  parents!: LineageProposalView[];
  @Field(() => [LineageProposalView], {
    description: 'Direct children (the merge result or the split parts)',
  })
  children!: LineageProposalView[];
  @Field(() => [LineageProposalView], { description: 'All ancestors, nearest first' })
  ancestors!: LineageProposalView[];
  @Field(() => [LineageProposalView], { description: 'All descendants, nearest first' })
  descendants!: LineageProposalView[];
  @Field(() => [LineageEdgeView], {
    description: 'Every edge among this proposal, its ancestors and descendants',
  })
  edges!: LineageEdgeView[];
}
