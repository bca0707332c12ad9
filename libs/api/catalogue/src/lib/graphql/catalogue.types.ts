import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TranslationView } from '@mitreden/api/processes';

export enum CatalogueVersionStatus {
  DRAFT = 'draft',
  ADOPTED = 'adopted',
}
registerEnumType(CatalogueVersionStatus, {
  name: 'CatalogueVersionStatus',
  description: 'DRAFT: the project group edits it; ADOPTED: decided by the council, frozen except implementation status',
});

export enum ImplementationStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  IMPLEMENTED = 'implemented',
  DROPPED = 'dropped',
}
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus' });

export enum MeasurePriority {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}
registerEnumType(MeasurePriority, { name: 'MeasurePriority' });

@ObjectType('CatalogueVersion', { description: 'One version of a process catalogue' })
export class CatalogueVersionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) processId!: string;
  @Field(() => Int) number!: number;
  @Field(() => CatalogueVersionStatus) status!: CatalogueVersionStatus;
  @Field(() => Int, { nullable: true, description: 'The version this draft was started from' })
  basedOnNumber!: number | null;
  @Field(() => String, { nullable: true, description: 'Council decision date, YYYY-MM-DD' })
  adoptedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Drucksache 1234/2026"' })
  councilReference!: string | null;
  @Field(() => Date, { nullable: true }) adoptedAt!: Date | null;
  @Field(() => Int) goalCount!: number;
  @Field(() => Int) measureCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('ProvenanceProposal', { description: 'A proposal a measure or goal came from (directly or through merges)' })
export class ProvenanceProposalView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field({ description: 'Language the title was written in (BCP 47)' }) language!: string;
  @Field({ description: 'ONLINE, FORUM, PAPER, SURVEY or CURATED (a merge result)' }) source!: string;
  @Field({ description: 'published, merged, split or withdrawn' }) state!: string;
  @Field(() => String, { nullable: true }) forumTitle!: string | null;
  @Field(() => Int) supportCount!: number;
  @Field({ description: 'Linked to the measure itself, not only reached through the lineage' }) direct!: boolean;
}

@ObjectType('ProvenanceForum')
export class ProvenanceForumView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

@ObjectType('MeasureProvenance', {
  description:
    'Where a measure came from. Counts cover the direct sources and every original they were merged or split from; ' +
    'hidden proposals are left out. contributorCount: distinct authors; supportCount: distinct supporters',
})
export class MeasureProvenanceView {
  @Field(() => Int) proposalCount!: number;
  @Field(() => Int) forumCount!: number;
  @Field(() => Int) contributorCount!: number;
  @Field(() => Int) supportCount!: number;
  @Field(() => [ProvenanceProposalView]) proposals!: ProvenanceProposalView[];
  @Field(() => [ProvenanceForumView]) forums!: ProvenanceForumView[];
}

@ObjectType('CatalogueMilestone')
export class CatalogueMilestoneView {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field({ description: 'Language of `title`: the requested one, or "de" when it fell back' }) titleLocale!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) doneOn!: string | null;
}

@ObjectType('MeasureStatusChange')
export class MeasureStatusChangeView {
  @Field(() => ImplementationStatus) status!: ImplementationStatus;
  @Field(() => Int) progress!: number;
  @Field() note!: string;
  @Field(() => String, { nullable: true, description: 'Display name; project group only' }) changedBy!: string | null;
  @Field() changedAt!: Date;
}

@ObjectType('CatalogueMeasure')
export class CatalogueMeasureView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  @Field(() => ID) goalId!: string;
  @Field(() => Int, { description: 'Per action field, 1..N in reading order' }) number!: number;
  @Field({ description: 'e.g. "3.2": action field position and number' }) code!: string;
  @Field({ description: 'In the requested language (German fallback)' }) text!: string;
  @Field({ description: 'Language of `text`: the requested one, or "de" when it fell back' }) textLocale!: string;
  @Field(() => [TranslationView]) textTranslations!: TranslationView[];
  @Field() responsibility!: string;
  @Field() department!: string;
  @Field() costNote!: string;
  @Field(() => MeasurePriority, { nullable: true }) priority!: MeasurePriority | null;
  @Field(() => ImplementationStatus) status!: ImplementationStatus;
  @Field(() => Int, { description: '0..100' }) progress!: number;
  @Field(() => [CatalogueMilestoneView]) milestones!: CatalogueMilestoneView[];
  @Field(() => MeasureProvenanceView) provenance!: MeasureProvenanceView;
  @Field(() => [MeasureStatusChangeView], { description: 'Newest first' }) statusHistory!: MeasureStatusChangeView[];
}

@ObjectType('CatalogueGoal')
export class CatalogueGoalView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  @Field(() => Int, { description: 'Order within the action field' }) position!: number;
  @Field() title!: string;
  @Field({ description: 'Language of `title`: the requested one, or "de" when it fell back' }) titleLocale!: string;
  @Field(() => [TranslationView]) titleTranslations!: TranslationView[];
  @Field(() => [ProvenanceProposalView], { description: 'Goal proposals it came from' }) sources!: ProvenanceProposalView[];
  @Field(() => [CatalogueMeasureView]) measures!: CatalogueMeasureView[];
}

@ObjectType('CatalogueActionField')
export class CatalogueActionFieldView {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) measureCount!: number;
  @Field(() => [CatalogueGoalView]) goals!: CatalogueGoalView[];
}

@ObjectType('Catalogue', { description: 'A catalogue version with its action fields, goals and measures' })
export class CatalogueView {
  @Field(() => ID) processId!: string;
  @Field() processSlug!: string;
  @Field() processTitle!: string;
  @Field(() => CatalogueVersionView) version!: CatalogueVersionView;
  @Field(() => [CatalogueVersionView], { description: 'Public: adopted versions; project group: all' })
  versions!: CatalogueVersionView[];
  @Field(() => [CatalogueActionFieldView], { description: 'Every action field of the process, also those without goals' })
  actionFields!: CatalogueActionFieldView[];
}

@ObjectType('MeasureDiffSide')
export class MeasureDiffSideView {
  @Field() code!: string;
  @Field() text!: string;
  @Field(() => ID) goalKey!: string;
}

@ObjectType('MeasureDiff')
export class MeasureDiffView {
  @Field(() => ID) key!: string;
  @Field(() => MeasureDiffSideView, { nullable: true }) before!: MeasureDiffSideView | null;
  @Field(() => MeasureDiffSideView, { nullable: true }) after!: MeasureDiffSideView | null;
}

@ObjectType('GoalDiff')
export class GoalDiffView {
  @Field(() => ID) key!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('CatalogueVersionDiff', { description: 'Measure by measure (German texts), matched by key' })
export class CatalogueVersionDiffView {
  @Field(() => CatalogueVersionView) from!: CatalogueVersionView;
  @Field(() => CatalogueVersionView) to!: CatalogueVersionView;
  @Field(() => [MeasureDiffView]) added!: MeasureDiffView[];
  @Field(() => [MeasureDiffView]) removed!: MeasureDiffView[];
  @Field(() => [MeasureDiffView]) renumbered!: MeasureDiffView[];
  @Field(() => [MeasureDiffView]) reworded!: MeasureDiffView[];
  @Field(() => [GoalDiffView]) goalsAdded!: GoalDiffView[];
  @Field(() => [GoalDiffView]) goalsRemoved!: GoalDiffView[];
  @Field(() => [GoalDiffView]) goalsReworded!: GoalDiffView[];
}

@ObjectType('CatalogueImportResult')
export class CatalogueImportResultView {
  @Field(() => CatalogueVersionView) version!: CatalogueVersionView;
  @Field(() => Int) actionFieldCount!: number;
  @Field(() => Int) goalCount!: number;
  @Field(() => Int) measureCount!: number;
  @Field(() => [String], { description: 'Action field titles in the file that the process does not have (skipped: none, the import fails)' })
  unknownActionFields!: string[];
}

@ObjectType('CatalogueAdoption', { description: 'The adopted version and how many authors the closing-the-loop mail goes to' })
export class CatalogueAdoptionView {
  @Field(() => CatalogueVersionView) version!: CatalogueVersionView;
  @Field(() => Int) notifiedAuthorCount!: number;
}

@ObjectType('ProposalPick', { description: 'A proposal offered as a source in the catalogue editor' })
export class ProposalPickView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field() kind!: string;
  @Field() state!: string;
  @Field(() => ID) actionFieldId!: string;
  @Field(() => Int) supportCount!: number;
  @Field(() => [String], { description: 'Codes of measures in this draft that already use it' }) usedIn!: string[];
}

@ObjectType('CatalogueMeasureReference', {
  description: 'A measure of the latest adopted catalogue that a proposal fed, directly or through merges and splits',
})
export class CatalogueMeasureReferenceView {
  @Field(() => ID) measureId!: string;
  @Field({ description: 'e.g. "3.2"' }) code!: string;
  @Field({ description: 'In the requested language (German fallback)' }) text!: string;
  @Field({ description: 'Language of `text`: the requested one, or "de" when it fell back' }) textLocale!: string;
  @Field(() => Int) actionFieldPosition!: number;
  @Field() actionFieldTitle!: string;
  @Field(() => ImplementationStatus) status!: ImplementationStatus;
  @Field(() => Int) progress!: number;
  @Field(() => Int) versionNumber!: number;
  @Field({ description: 'YYYY-MM-DD' }) adoptedOn!: string;
  @Field() councilReference!: string;
}
