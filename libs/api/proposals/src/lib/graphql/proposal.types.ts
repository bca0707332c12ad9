import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantView } from '@mitreden/api/identity';
import { ActionFieldView, ForumView } from '@mitreden/api/processes';

export enum ProposalKind {
  GOAL = 'goal',
  MEASURE = 'measure',
}
registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description: 'A goal (Ziel) or a measure (Maßnahme) serving a goal.',
});

export enum ProposalSource {
  ONLINE = 'online',
  FORUM = 'forum',
  PAPER = 'paper',
  SURVEY = 'survey',
  /** Written by moderators out of other proposals: a merge result or a split part. */
  CURATED = 'curated',
}
registerEnumType(ProposalSource, {
  name: 'ProposalSource',
  description: 'Where a proposal came from; forum and paper input is entered by a moderator.',
});

export enum ProposalState {
  PUBLISHED = 'published',
  WITHDRAWN = 'withdrawn',
  MERGED = 'merged',
  SPLIT = 'split',
}
registerEnumType(ProposalState, {
  name: 'ProposalState',
  valuesMap: {
    MERGED: { description: 'Merged into another proposal: read-only, its supports carried over' },
    SPLIT: { description: 'Split into several proposals: read-only' },
  },
});

export enum ProposalSort {
  NEWEST = 'newest',
  MOST_SUPPORTED = 'most_supported',
  MOST_DISCUSSED = 'most_discussed',
  RANDOM = 'random',
}
registerEnumType(ProposalSort, {
  name: 'ProposalSort',
  valuesMap: {
    RANDOM: { description: 'Shuffled by `seed`; the same seed gives the same order, so pages never repeat' },
  },
});

@ObjectType('ProposalRevision', {
  description: 'One version of a proposal’s wording; revision 1 is the original',
})
export class ProposalRevisionView {
  @Field(() => Int) revision!: number;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => ParticipantView, { nullable: true }) editedBy!: ParticipantView | null;
  @Field({ description: 'Revised by a moderator or the project group, not by the author' })
  editorial!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the wording was revised (editorial revisions)' })
  note!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('Proposal')
export class ProposalView {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Short public reference, e.g. #123' })
  number!: number;
  @Field(() => ID) processId!: string;
  @Field({ description: 'URL name of the process, for links back to it' })
  processSlug!: string;
  @Field({
    description: 'Whether the process’s forums phase runs now: supports, comments and edits are open',
  })
  participationOpen!: boolean;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field() title!: string;
  @Field({ description: 'Markdown as written' })
  body!: string;
  @Field({
    description: 'The body rendered to a safe HTML subset (no raw HTML, no scripts, safe links only)',
  })
  bodyHtml!: string;
  @Field({ description: 'Language the proposal is written in' })
  language!: string;
  @Field(() => ProposalSource) source!: ProposalSource;
  @Field(() => ProposalState) state!: ProposalState;
  @Field(() => String, { nullable: true }) withdrawalReason!: string | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field({ description: 'Hidden by moderation; only moderators and the author ever see a hidden proposal' })
  hidden!: boolean;
  @Field(() => ID, { nullable: true, description: 'The proposal this one was merged into (state MERGED)' })
  mergedIntoId!: string | null;
  @Field(() => Int, {
    description: 'Direct lineage links (merge sources, split parts…); more than 0: ask proposalLineage',
  })
  lineageCount!: number;
  @Field(() => ActionFieldView) actionField!: ActionFieldView;
  @Field(() => ForumView, { nullable: true }) forum!: ForumView | null;
  @Field(() => ID, { nullable: true, description: 'The goal a measure serves' })
  goalId!: string | null;
  @Field(() => String, { nullable: true, description: 'Title of the goal a measure serves' })
  goalTitle!: string | null;
  @Field(() => ParticipantView, {
    nullable: true,
    description: 'Who wrote it; null for forum and paper input',
  })
  author!: ParticipantView | null;
  @Field(() => ParticipantView, {
    nullable: true,
    description: 'The moderator who entered forum or paper input',
  })
  enteredBy!: ParticipantView | null;
  @Field(() => Int, { nullable: true, description: 'How many people stood behind forum or paper input' })
  participantCount!: number | null;
  @Field(() => Int) supportCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field({ description: 'False for anonymous callers' })
  supportedByMe!: boolean;
  @Field({ description: 'False for anonymous callers' })
  followedByMe!: boolean;
  @Field({ description: 'The caller may edit the wording now (author, while the phase is open)' })
  canEdit!: boolean;
  @Field({ description: 'The caller may withdraw it now' })
  canWithdraw!: boolean;
  @Field(() => Int, { description: 'Number of versions; more than 1 means it was edited' })
  revisionCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('PageInfo')
export class PageInfoView {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('FacetCount')
export class FacetCountView {
  @Field({ description: 'The filter value (an id or an enum value in lowercase, e.g. `measure`)' })
  value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ProposalFacets', {
  description: 'How many proposals match the current filters, per value of each filter',
})
export class ProposalFacetsView {
  @Field(() => [FacetCountView]) actionField!: FacetCountView[];
  @Field(() => [FacetCountView]) forum!: FacetCountView[];
  @Field(() => [FacetCountView]) kind!: FacetCountView[];
  @Field(() => [FacetCountView]) state!: FacetCountView[];
  @Field(() => [FacetCountView]) source!: FacetCountView[];
  @Field(() => [FacetCountView]) language!: FacetCountView[];
}

@ObjectType('ProposalConnection')
export class ProposalConnectionView {
  @Field(() => [ProposalView]) nodes!: ProposalView[];
  @Field(() => PageInfoView) pageInfo!: PageInfoView;
  @Field(() => Int) totalCount!: number;
  @Field(() => ProposalFacetsView) facets!: ProposalFacetsView;
}

@ObjectType('SimilarProposal')
export class SimilarProposalView {
  @Field(() => ProposalView) proposal!: ProposalView;
  @Field(() => Float, { description: '0…1, higher is more alike' })
  similarity!: number;
}

export enum ImportField {
  TITLE = 'title',
  BODY = 'body',
  KIND = 'kind',
  ACTION_FIELD = 'action_field',
  FORUM = 'forum',
  GOAL = 'goal',
  LANGUAGE = 'language',
  SOURCE = 'source',
  PARTICIPANT_COUNT = 'participant_count',
}
registerEnumType(ImportField, {
  name: 'ImportField',
  description: 'A proposal field a spreadsheet column can fill',
});

export enum ImportRowStatus {
  VALID = 'valid',
  INVALID = 'invalid',
  DUPLICATE = 'duplicate',
}
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  valuesMap: { DUPLICATE: { description: 'Already imported (same process, same content): skipped' } },
});

@ObjectType('ColumnMapping')
export class ColumnMappingView {
  @Field(() => ImportField) field!: ImportField;
  @Field({ description: 'Column header as it appears in the file' })
  column!: string;
}

@ObjectType('ImportRowError')
export class ImportRowErrorView {
  @Field(() => ImportField) field!: ImportField;
  @Field({ description: 'Rule code, translated by the client (e.g. required, unknownActionField, tooLong)' })
  code!: string;
}

@ObjectType('ImportRowPreview')
export class ImportRowPreviewView {
  @Field(() => Int, { description: 'Row number in the file (header is row 1)' })
  rowNumber!: number;
  @Field(() => ImportRowStatus) status!: ImportRowStatus;
  @Field() title!: string;
  @Field(() => ProposalKind, { nullable: true }) kind!: ProposalKind | null;
  @Field(() => String, { nullable: true, description: 'Resolved action field title' })
  actionField!: string | null;
  @Field(() => String, { nullable: true, description: 'Resolved forum title' })
  forum!: string | null;
  @Field(() => [ImportRowErrorView]) errors!: ImportRowErrorView[];
}

@ObjectType('ProposalImportPreview', { description: 'A dry run: nothing is written' })
export class ProposalImportPreviewView {
  @Field(() => [String]) columns!: string[];
  @Field(() => [ColumnMappingView], {
    description: 'The mapping used: the one given, or one guessed from the headers',
  })
  mapping!: ColumnMappingView[];
  @Field(() => [ImportRowPreviewView]) rows!: ImportRowPreviewView[];
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) validCount!: number;
  @Field(() => Int) invalidCount!: number;
  @Field(() => Int) duplicateCount!: number;
}

@ObjectType('ProposalImportResult')
export class ProposalImportResultView {
  @Field(() => ID) importId!: string;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int, { description: 'Rows already imported before' })
  skippedCount!: number;
}
