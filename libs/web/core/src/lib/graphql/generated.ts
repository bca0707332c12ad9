import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

/** A Handlungsfeld; texts in the requested language */
export type ActionField = {
  /** Cross-cutting themes such as anti-discrimination apply to every field */
  crossCutting: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  descriptionTranslations: Array<Translation>;
  /** False for anonymous callers */
  followedByMe: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  processId: Scalars['ID']['output'];
  /** Published proposals in this field */
  proposalCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type ActionFieldInput = {
  crossCutting: Scalars['Boolean']['input'];
  description?: InputMaybe<Array<TranslationInput>>;
  /** Display order, unique within the process */
  position: Scalars['Int']['input'];
  title: Array<TranslationInput>;
};

export type AddCommentInput = {
  /** Plain text, up to 5000 characters; line breaks allowed, HTML is kept as text */
  body: Scalars['String']['input'];
  /** The comment this one answers; omitted for a comment on the proposal */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
};

export type AdoptCatalogueInput = {
  /** Date of the council decision, YYYY-MM-DD, not in the future */
  adoptedOn: Scalars['String']['input'];
  /** e.g. "Drucksache 1234/2026" */
  councilReference: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};

/** The state an official answer gives a proposal */
export type AnswerOutcome =
  'ACCEPTED' | 'ALREADY_IMPLEMENTED' | 'NOT_OUR_RESPONSIBILITY' | 'REJECTED' | 'UNDER_EVALUATION';

export type AnswerStatus =
  /** Approved by a second project group member (four eyes), not yet public */
  'APPROVED' | 'DRAFT' | 'PUBLISHED';

/** What the web app may show in this deployment. */
export type AppInfo = {
  /** True in development when mails go to the local mail sink and can be read at /dev/mails. */
  devMailViewer: Scalars['Boolean']['output'];
};

export type AssessedProposal = {
  actionFieldTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ProposalKind;
  number: Scalars['Int']['output'];
  supportCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A department’s fachliche Einschätzung of one proposal (staff only) */
export type Assessment = {
  assessedAt: Maybe<Scalars['DateTime']['output']>;
  assessedBy: Maybe<Participant>;
  assignedAt: Scalars['DateTime']['output'];
  assignedBy: Maybe<Participant>;
  /** The caller may record this assessment (an expert of its department) */
  canRecord: Scalars['Boolean']['output'];
  costNote: Scalars['String']['output'];
  department: Scalars['String']['output'];
  /** ISO date (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  feasibility: Maybe<Feasibility>;
  id: Scalars['ID']['output'];
  /** Never shown to the public */
  internalComment: Scalars['String']['output'];
  /** Not submitted and the due date has passed */
  overdue: Scalars['Boolean']['output'];
  proposal: AssessedProposal;
  publicComment: Scalars['String']['output'];
  responsibility: Maybe<ResponsibilityLevel>;
  status: AssessmentStatus;
};

export type AssessmentFilter = {
  /** Experts always see their own department only */
  department?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AssessmentStatus>;
};

export type AssessmentStatus =
  | 'ASSIGNED'
  /** A draft is saved, not yet submitted */
  | 'IN_PROGRESS'
  | 'SUBMITTED';

export type AssignAssessmentInput = {
  /** A department that has at least one expert */
  department: Scalars['String']['input'];
  /** ISO date (YYYY-MM-DD), today or later */
  dueOn: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};

/** One moderation or curation action; the log is append-only */
export type AuditEntry = {
  /** <area>.<verb>, e.g. proposal.merge, comment.hide, answer.publish */
  action: Scalars['String']['output'];
  /** Null for actions the system took on its own */
  actorId: Maybe<Scalars['ID']['output']>;
  /** Display name at the time of the action, or "system" */
  actorName: Scalars['String']['output'];
  actorRole: Maybe<Scalars['String']['output']>;
  /** State after, as JSON text */
  after: Maybe<Scalars['String']['output']>;
  /** State before, as JSON text */
  before: Maybe<Scalars['String']['output']>;
  /** Increasing with time */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  processId: Maybe<Scalars['ID']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  targetId: Maybe<Scalars['ID']['output']>;
  targetLabel: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Inclusive */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words in the actor name, target label or reason */
  search?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Exclusive */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditLogPage = {
  /** Pass as `after` for older entries */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<AuditEntry>;
  totalCount: Scalars['Int']['output'];
};

export type BlockUserInput = {
  /** Also hide every proposal and comment of the account */
  hideContent?: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type CastVoteInput = {
  /** Option ids; RANKED: most preferred first */
  choices: Array<Scalars['ID']['input']>;
  /** A one-time voting code instead of the account */
  code?: InputMaybe<Scalars['String']['input']>;
  pollId: Scalars['ID']['input'];
};

/** A catalogue version with its action fields, goals and measures */
export type Catalogue = {
  /** Every action field of the process, also those without goals */
  actionFields: Array<CatalogueActionField>;
  processId: Scalars['ID']['output'];
  processSlug: Scalars['String']['output'];
  processTitle: Scalars['String']['output'];
  version: CatalogueVersion;
  /** Public: adopted versions; project group: all */
  versions: Array<CatalogueVersion>;
};

export type CatalogueActionField = {
  description: Scalars['String']['output'];
  goals: Array<CatalogueGoal>;
  id: Scalars['ID']['output'];
  measureCount: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** The adopted version and how many authors the closing-the-loop mail goes to */
export type CatalogueAdoption = {
  notifiedAuthorCount: Scalars['Int']['output'];
  version: CatalogueVersion;
};

export type CatalogueExportFormat = 'CSV' | 'DOCX' | 'JSON' | 'PDF' | 'XLSX';

export type CatalogueExportInput = {
  format: CatalogueExportFormat;
  /** Language of DOCX/PDF/XLSX texts (de default; JSON/CSV carry every language or German) */
  language?: InputMaybe<Scalars['String']['input']>;
  versionId: Scalars['ID']['input'];
};

export type CatalogueGoal = {
  id: Scalars['ID']['output'];
  /** Stable across versions */
  key: Scalars['ID']['output'];
  measures: Array<CatalogueMeasure>;
  /** Order within the action field */
  position: Scalars['Int']['output'];
  /** Goal proposals it came from */
  sources: Array<ProvenanceProposal>;
  title: Scalars['String']['output'];
  /** Language of `title`: the requested one, or "de" when it fell back */
  titleLocale: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

/** Creates (no goalId) or saves a goal of a draft; a new goal goes to the end of its field */
export type CatalogueGoalInput = {
  /** Ignored when saving an existing goal */
  actionFieldId: Scalars['ID']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** Goal proposals it comes from (may be empty: written new) */
  sourceProposalIds: Array<Scalars['ID']['input']>;
  title: Array<TranslationInput>;
  versionId: Scalars['ID']['input'];
};

export type CatalogueImportResult = {
  actionFieldCount: Scalars['Int']['output'];
  goalCount: Scalars['Int']['output'];
  measureCount: Scalars['Int']['output'];
  /** Action field titles in the file that the process does not have (skipped: none, the import fails) */
  unknownActionFields: Array<Scalars['String']['output']>;
  version: CatalogueVersion;
};

export type CatalogueMeasure = {
  /** e.g. "3.2": action field position and number */
  code: Scalars['String']['output'];
  costNote: Scalars['String']['output'];
  department: Scalars['String']['output'];
  goalId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Stable across versions */
  key: Scalars['ID']['output'];
  milestones: Array<CatalogueMilestone>;
  /** Per action field, 1..N in reading order */
  number: Scalars['Int']['output'];
  priority: Maybe<MeasurePriority>;
  /** 0..100 */
  progress: Scalars['Int']['output'];
  provenance: MeasureProvenance;
  responsibility: Scalars['String']['output'];
  status: ImplementationStatus;
  /** Newest first */
  statusHistory: Array<MeasureStatusChange>;
  /** In the requested language (German fallback) */
  text: Scalars['String']['output'];
  /** Language of `text`: the requested one, or "de" when it fell back */
  textLocale: Scalars['String']['output'];
  textTranslations: Array<Translation>;
};

/** Creates (no measureId) or saves a measure of a draft; a new measure goes to the end of its goal */
export type CatalogueMeasureInput = {
  costNote: Scalars['String']['input'];
  department: Scalars['String']['input'];
  /** Moving to another goal of the same field appends it there */
  goalId: Scalars['ID']['input'];
  measureId?: InputMaybe<Scalars['ID']['input']>;
  milestones: Array<CatalogueMilestoneInput>;
  priority?: InputMaybe<MeasurePriority>;
  responsibility: Scalars['String']['input'];
  /** Measure proposals it comes from (may be empty: written new) */
  sourceProposalIds: Array<Scalars['ID']['input']>;
  text: Array<TranslationInput>;
  versionId: Scalars['ID']['input'];
};

/** A measure of the latest adopted catalogue that a proposal fed, directly or through merges and splits */
export type CatalogueMeasureReference = {
  actionFieldPosition: Scalars['Int']['output'];
  actionFieldTitle: Scalars['String']['output'];
  /** YYYY-MM-DD */
  adoptedOn: Scalars['String']['output'];
  /** e.g. "3.2" */
  code: Scalars['String']['output'];
  councilReference: Scalars['String']['output'];
  measureId: Scalars['ID']['output'];
  progress: Scalars['Int']['output'];
  status: ImplementationStatus;
  /** In the requested language (German fallback) */
  text: Scalars['String']['output'];
  /** Language of `text`: the requested one, or "de" when it fell back */
  textLocale: Scalars['String']['output'];
  versionNumber: Scalars['Int']['output'];
};

export type CatalogueMilestone = {
  /** YYYY-MM-DD */
  doneOn: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Language of `title`: the requested one, or "de" when it fell back */
  titleLocale: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type CatalogueMilestoneInput = {
  /** YYYY-MM-DD */
  doneOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  title: Array<TranslationInput>;
};

/** One version of a process catalogue */
export type CatalogueVersion = {
  adoptedAt: Maybe<Scalars['DateTime']['output']>;
  /** Council decision date, YYYY-MM-DD */
  adoptedOn: Maybe<Scalars['String']['output']>;
  /** The version this draft was started from */
  basedOnNumber: Maybe<Scalars['Int']['output']>;
  /** e.g. "Drucksache 1234/2026" */
  councilReference: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  goalCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  measureCount: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  processId: Scalars['ID']['output'];
  status: CatalogueVersionStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** Measure by measure (German texts), matched by key */
export type CatalogueVersionDiff = {
  added: Array<MeasureDiff>;
  from: CatalogueVersion;
  goalsAdded: Array<GoalDiff>;
  goalsRemoved: Array<GoalDiff>;
  goalsReworded: Array<GoalDiff>;
  removed: Array<MeasureDiff>;
  renumbered: Array<MeasureDiff>;
  reworded: Array<MeasureDiff>;
  to: CatalogueVersion;
};

/** DRAFT: the project group edits it; ADOPTED: decided by the council, frozen except implementation status */
export type CatalogueVersionStatus = 'ADOPTED' | 'DRAFT';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ColumnMapping = {
  /** Column header as it appears in the file */
  column: Scalars['String']['output'];
  field: ImportField;
};

export type ColumnMappingInput = {
  /** Column header as it appears in the file */
  column: Scalars['String']['input'];
  field: ImportField;
};

/** Plain text, rendered as text; a deleted comment stays as a tombstone so replies keep their place */
export type Comment = {
  /** Null once deleted */
  author: Maybe<Participant>;
  /** Empty once deleted */
  body: Scalars['String']['output'];
  canDelete: Scalars['Boolean']['output'];
  /** Author, within the edit window */
  canEdit: Scalars['Boolean']['output'];
  /** Whether replies to this comment are possible (depth limit) */
  canReply: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  /** 0 for a comment on the proposal, 1 for a reply, … */
  depth: Scalars['Int']['output'];
  downvotes: Scalars['Int']['output'];
  /** Until when the author may edit */
  editableUntil: Maybe<Scalars['DateTime']['output']>;
  editedAt: Maybe<Scalars['DateTime']['output']>;
  /** Hidden by moderation: the public sees an empty placeholder, the author and moderators the text, marked */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** NONE for anonymous callers */
  myVote: CommentVote;
  parentId: Maybe<Scalars['ID']['output']>;
  proposalId: Scalars['ID']['output'];
  upvotes: Scalars['Int']['output'];
};

/** One vote per person per comment; NONE takes it back */
export type CommentVote = 'DOWN' | 'NONE' | 'UP';

export type ConditionInput = {
  operator: ConditionOperator;
  questionKey: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type ConditionOperator = 'AT_LEAST' | 'EQUALS' | 'INCLUDES';

export type CreateProposalInput = {
  actionFieldId: Scalars['ID']['input'];
  /** Markdown */
  body: Scalars['String']['input'];
  forumId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for measures: the goal it serves */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  kind: ProposalKind;
  /** Language the proposal is written in, e.g. de, en, ar */
  language: Scalars['String']['input'];
  processId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateSurveyInput = {
  /** Only INVITED chooses; ANONYMOUS is always anonymous, PUBLIC never */
  anonymous: Scalars['Boolean']['input'];
  audience: SurveyAudience;
  processId: Scalars['ID']['input'];
  /** URL name: lowercase letters, digits and single dashes */
  slug: Scalars['String']['input'];
  title: Array<TranslationInput>;
};

export type DecideReviewInput = {
  hidingId: Scalars['ID']['input'];
  /** Sent to the author */
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ReviewOutcome;
};

export type DepartmentAssessmentCounts = {
  assigned: Scalars['Int']['output'];
  department: Scalars['String']['output'];
  /** Not submitted, due within 3 days */
  dueSoon: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

/** A mail captured by the development mail sink (development only). */
export type DevMail = {
  from: Scalars['String']['output'];
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Array<Scalars['String']['output']>;
};

export type DraftOfficialAnswerInput = {
  outcome: AnswerOutcome;
  proposalId: Scalars['ID']['input'];
  /** German required; up to 10000 characters each */
  text: Array<TranslationInput>;
};

/** Input collected at a forum or on paper, entered by a moderator on behalf of the forum */
export type EnterProposalInput = {
  /** Defaults to the forum’s action field */
  actionFieldId?: InputMaybe<Scalars['ID']['input']>;
  /** Markdown; may be empty when the slip only has a title */
  body: Scalars['String']['input'];
  forumId: Scalars['ID']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  kind: ProposalKind;
  language: Scalars['String']['input'];
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  processId: Scalars['ID']['input'];
  /** FORUM or PAPER */
  source: ProposalSource;
  title: Scalars['String']['input'];
};

export type ExportFormat = 'CSV' | 'DOCX' | 'JSON' | 'PDF' | 'XLSX';

/** A file the worker builds; poll until DONE, then download */
export type ExportJob = {
  byteSize: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Same-origin path, for the requester only, once DONE */
  downloadUrl: Maybe<Scalars['String']['output']>;
  error: Maybe<Scalars['String']['output']>;
  /** When the file is deleted; after that it cannot be downloaded (null: kept) */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  fileName: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  format: ExportFormat;
  id: Scalars['ID']['output'];
  /** What is exported, e.g. survey_responses */
  kind: Scalars['String']['output'];
  processed: Scalars['Int']['output'];
  status: JobStatus;
  total: Scalars['Int']['output'];
};

export type FacetCount = {
  count: Scalars['Int']['output'];
  /** The filter value (an id or an enum value in lowercase, e.g. `measure`) */
  value: Scalars['String']['output'];
};

export type Feasibility = 'ALREADY_IMPLEMENTED' | 'FEASIBLE' | 'NOT_FEASIBLE' | 'PARTLY_FEASIBLE';

export type Follow = {
  createdAt: Scalars['DateTime']['output'];
  /** Slug of the process the followed item belongs to (for links) */
  processSlug: Maybe<Scalars['String']['output']>;
  target: FollowTarget;
  targetId: Scalars['ID']['output'];
  /** Title of the followed item in the requested language */
  title: Scalars['String']['output'];
};

/** What a person can follow to hear about news */
export type FollowTarget = 'ACTION_FIELD' | 'FORUM' | 'PROPOSAL';

/** A thematic forum, on site, online or both */
export type Forum = {
  /** Whether new proposals may name this forum */
  acceptsInput: Scalars['Boolean']['output'];
  actionField: ActionField;
  description: Scalars['String']['output'];
  descriptionTranslations: Array<Translation>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** False for anonymous callers */
  followedByMe: Scalars['Boolean']['output'];
  format: ForumFormat;
  id: Scalars['ID']['output'];
  municipality: Scalars['String']['output'];
  /** True while the forums phase of its process runs and the forum accepts input */
  openForInput: Scalars['Boolean']['output'];
  place: Scalars['String']['output'];
  processId: Scalars['ID']['output'];
  /** URL name of the process, for links from the forum page */
  processSlug: Scalars['String']['output'];
  /** Process title in the requested language */
  processTitle: Scalars['String']['output'];
  /** Published proposals from this forum */
  proposalCount: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type ForumFormat = 'HYBRID' | 'ONLINE' | 'ON_SITE';

export type ForumInput = {
  acceptsInput: Scalars['Boolean']['input'];
  actionFieldId: Scalars['ID']['input'];
  description?: InputMaybe<Array<TranslationInput>>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  format: ForumFormat;
  municipality: Scalars['String']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Array<TranslationInput>;
};

export type GeneratedVotingCodes = {
  batch: Scalars['Int']['output'];
  /** Shown once; only hashes are kept */
  codes: Array<Scalars['String']['output']>;
};

export type GoalDiff = {
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  key: Scalars['ID']['output'];
};

export type GoalOrderInput = {
  goalId: Scalars['ID']['input'];
  measureIds: Array<Scalars['ID']['input']>;
};

export type HideContentInput = {
  /** The moderator’s own words; required without a template */
  note?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
  targetType: HideTargetType;
  /** A netiquette template; its text goes to the author */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type HideTargetType = 'COMMENT' | 'PROPOSAL';

/** Why and by whom something was hidden, and the author’s one review request */
export type Hiding = {
  /** Hidden by the auto-hide threshold, not by a person */
  automatic: Scalars['Boolean']['output'];
  /** The caller (its author) may still ask for a review */
  canRequestReview: Scalars['Boolean']['output'];
  hiddenAt: Scalars['DateTime']['output'];
  /** Visible to moderators only */
  hiddenBy: Maybe<Participant>;
  id: Scalars['ID']['output'];
  liftedAt: Maybe<Scalars['DateTime']['output']>;
  /** The reason as the author was told it */
  reason: Scalars['String']['output'];
  reviewDecidedAt: Maybe<Scalars['DateTime']['output']>;
  reviewOutcome: Maybe<ReviewOutcome>;
  reviewRequest: Maybe<Scalars['String']['output']>;
  reviewRequestedAt: Maybe<Scalars['DateTime']['output']>;
  targetId: Scalars['ID']['output'];
  targetType: HideTargetType;
  templateKey: Maybe<Scalars['String']['output']>;
};

export type ImplementationStatus = 'DROPPED' | 'IMPLEMENTED' | 'IN_PROGRESS' | 'PLANNED';

/** A catalogue in the annex shape (JSON or XLSX with Ziel | Nr. | Maßnahme per action field sheet); becomes a new draft */
export type ImportCatalogueInput = {
  /** Base64, at most 2097152 bytes decoded */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  processId: Scalars['ID']['input'];
};

/** A proposal field a spreadsheet column can fill */
export type ImportField =
  'ACTION_FIELD' | 'BODY' | 'FORUM' | 'GOAL' | 'KIND' | 'LANGUAGE' | 'PARTICIPANT_COUNT' | 'SOURCE' | 'TITLE';

export type ImportRowError = {
  /** Rule code, translated by the client (e.g. required, unknownActionField, tooLong) */
  code: Scalars['String']['output'];
  field: ImportField;
};

export type ImportRowPreview = {
  /** Resolved action field title */
  actionField: Maybe<Scalars['String']['output']>;
  errors: Array<ImportRowError>;
  /** Resolved forum title */
  forum: Maybe<Scalars['String']['output']>;
  kind: Maybe<ProposalKind>;
  /** Row number in the file (header is row 1) */
  rowNumber: Scalars['Int']['output'];
  status: ImportRowStatus;
  title: Scalars['String']['output'];
};

export type ImportRowStatus =
  /** Already imported (same process, same content): skipped */
  'DUPLICATE' | 'INVALID' | 'VALID';

/** PENDING: not mailed yet. The only thing an invitation keeps about its response */
export type InvitationStatus = 'COMPLETE' | 'INVITED' | 'OPENED' | 'PARTIAL' | 'PENDING';

/** Long work run by the worker */
export type JobStatus = 'DONE' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** parent → child: a merge source into its result, or a split original into a part */
export type LineageEdge = {
  childId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  kind: LineageKind;
  parentId: Scalars['ID']['output'];
};

export type LineageKind = 'MERGE' | 'SPLIT';

/** A proposal as a node of the lineage graph */
export type LineageProposal = {
  commentCount: Scalars['Int']['output'];
  /** Hidden nodes appear (as title "") only to moderators */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ProposalKind;
  number: Scalars['Int']['output'];
  state: ProposalState;
  supportCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A mail that could not be delivered after all attempts. */
export type MailDeliveryFailure = {
  attempts: Scalars['Int']['output'];
  failedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  recipientEmail: Scalars['String']['output'];
  template: Scalars['String']['output'];
};

/** INVITATION mails the pending invitations; REMINDER those invited but not complete. Opted-out organisations get neither */
export type MailingKind = 'INVITATION' | 'REMINDER';

export type ManagedPollOption = {
  description: Array<Translation>;
  id: Scalars['ID']['output'];
  imageAlt: Array<Translation>;
  imageUrl: Maybe<Scalars['String']['output']>;
  label: Array<Translation>;
  position: Scalars['Int']['output'];
};

/** A poll as the project group edits it: every translation, no results */
export type ManagedPollView = {
  acceptsAccounts: Scalars['Boolean']['output'];
  acceptsCodes: Scalars['Boolean']['output'];
  allowVoteChange: Scalars['Boolean']['output'];
  closesAt: Scalars['DateTime']['output'];
  codes: VotingCodeStats;
  description: Array<Translation>;
  id: Scalars['ID']['output'];
  maxChoices: Maybe<Scalars['Int']['output']>;
  method: PollMethod;
  municipality: Maybe<Scalars['String']['output']>;
  opensAt: Scalars['DateTime']['output'];
  options: Array<ManagedPollOption>;
  phaseId: Maybe<Scalars['ID']['output']>;
  processId: Scalars['ID']['output'];
  question: Array<Translation>;
  slug: Scalars['String']['output'];
  status: PollStatus;
  turnout: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type MatrixCellInput = {
  column: Scalars['String']['input'];
  row: Scalars['String']['input'];
};

export type MeasureDiff = {
  after: Maybe<MeasureDiffSide>;
  before: Maybe<MeasureDiffSide>;
  key: Scalars['ID']['output'];
};

export type MeasureDiffSide = {
  code: Scalars['String']['output'];
  goalKey: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type MeasurePriority = 'HIGH' | 'LOW' | 'MEDIUM';

/** Where a measure came from. Counts cover the direct sources and every original they were merged or split from; hidden proposals are left out. contributorCount: distinct authors; supportCount: distinct supporters */
export type MeasureProvenance = {
  contributorCount: Scalars['Int']['output'];
  forumCount: Scalars['Int']['output'];
  forums: Array<ProvenanceForum>;
  proposalCount: Scalars['Int']['output'];
  proposals: Array<ProvenanceProposal>;
  supportCount: Scalars['Int']['output'];
};

export type MeasureStatusChange = {
  changedAt: Scalars['DateTime']['output'];
  /** Display name; project group only */
  changedBy: Maybe<Scalars['String']['output']>;
  note: Scalars['String']['output'];
  progress: Scalars['Int']['output'];
  status: ImplementationStatus;
};

/** Allowed on drafts and adopted versions; kept in the status history */
export type MeasureStatusInput = {
  measureId: Scalars['ID']['input'];
  /** Completion dates of milestones (adopted versions too) */
  milestonesDone?: InputMaybe<Array<MilestoneDoneInput>>;
  note?: InputMaybe<Scalars['String']['input']>;
  progress: Scalars['Int']['input'];
  status: ImplementationStatus;
};

export type MergeProposalsInput = {
  /** Defaults to the action field of the first source */
  actionFieldId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
  /** Defaults to the kind of the first source */
  kind?: InputMaybe<ProposalKind>;
  /** Why: goes to the audit log and the notification */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Two to 20 published proposals of one process */
  sourceIds: Array<Scalars['ID']['input']>;
  /** One of the sources that becomes the result; omitted: a new proposal */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type MilestoneDoneInput = {
  doneOn?: InputMaybe<Scalars['String']['input']>;
  milestoneId: Scalars['ID']['input'];
};

/** A comment with its context, for moderators */
export type ModeratedComment = {
  author: Maybe<Participant>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The comment it answers, if any */
  parentBody: Maybe<Scalars['String']['output']>;
  proposalId: Scalars['ID']['output'];
  proposalNumber: Scalars['Int']['output'];
  proposalTitle: Scalars['String']['output'];
};

/** An account as moderators see it */
export type ModeratedUser = {
  blockReason: Maybe<Scalars['String']['output']>;
  blockedAt: Maybe<Scalars['DateTime']['output']>;
  /** The caller may block this account (role rule: never project group or admins for moderators) */
  canBlock: Scalars['Boolean']['output'];
  commentCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  proposalCount: Scalars['Int']['output'];
  role: Role;
};

/** One reported or hidden item with everything needed to decide */
export type ModerationCase = {
  comment: Maybe<ModeratedComment>;
  /** The active hiding, if hidden */
  hiding: Maybe<Hiding>;
  lastReportedAt: Maybe<Scalars['DateTime']['output']>;
  /** Distinct people with an open report */
  openReportCount: Scalars['Int']['output'];
  proposal: Maybe<Proposal>;
  reasons: Array<ReportReasonCount>;
  /** Open reports, newest first */
  reports: Array<Report>;
  targetId: Scalars['ID']['output'];
  targetType: ReportTargetType;
  user: Maybe<ModeratedUser>;
};

export type ModerationCounts = {
  hidden: Scalars['Int']['output'];
  /** Items with open reports */
  reported: Scalars['Int']['output'];
  reviewRequests: Scalars['Int']['output'];
};

export type ModerationQueue = {
  cases: Array<ModerationCase>;
  counts: ModerationCounts;
  /** Cases matching the filter */
  totalCount: Scalars['Int']['output'];
};

export type ModerationQueueFilter = {
  kind?: ModerationQueueKind;
  processId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<ReportReason>;
  targetType?: InputMaybe<ReportTargetType>;
};

export type ModerationQueueKind =
  /** Everything hidden now */
  | 'HIDDEN'
  /** Items with open reports */
  | 'REPORTS'
  /** Hidden items whose author asked for a review not yet decided */
  | 'REVIEW_REQUESTS';

export type Mutation = {
  /** Only while the forums phase runs and the proposal is not withdrawn */
  addComment: Comment;
  /** Draft → adopted (immutable); mails every author whose proposal reached a measure */
  adoptCatalogueVersion: CatalogueAdoption;
  /** FOUR_EYES when the caller drafted (last edited) it; CONFLICT unless it is a DRAFT */
  approveOfficialAnswer: OfficialAnswer;
  /** CONFLICT if that department already has this proposal */
  assignAssessment: Assessment;
  /** Login and sessions stop at once; moderators cannot block project group or admins */
  blockUser: ModeratedUser;
  /** With the account (confirmed, eligible) or a voting code. POLL_NOT_OPEN, ALREADY_VOTED, NOT_ELIGIBLE, BAD_USER_INPUT (choices), INVALID_TOKEN (code), RATE_LIMITED */
  castVote: VoteReceiptView;
  /** Needs the current password; other sessions of the account end. */
  changePassword: Scalars['Boolean']['output'];
  /** Ends an open poll now; the worker counts it */
  closePollNow: ManagedPollView;
  /** PUBLISHED → CLOSED: no more answers; results stay */
  closeSurvey: Survey;
  /** Confirms the address from the link in the registration mail. */
  confirmEmail: Scalars['Boolean']['output'];
  createActionField: ActionField;
  createForum: Forum;
  createNetiquetteTemplate: NetiquetteTemplate;
  createPhase: Phase;
  createProcess: Process;
  /** Only while the forums phase runs */
  createProposal: Proposal;
  /** A DRAFT with one empty section */
  createSurvey: Survey;
  /** ANONYMOUS surveys: new one-time access codes, returned once (only their hashes are stored) */
  createSurveyAccessCodes: Array<Scalars['String']['output']>;
  /** Upholds or lifts a hiding after review; mails the author */
  decideHidingReview: Hiding;
  /** Drafts only */
  deleteCatalogueDraft: Scalars['Boolean']['output'];
  /** With its measures; the field is renumbered */
  deleteCatalogueGoal: Scalars['Boolean']['output'];
  /** The field is renumbered */
  deleteCatalogueMeasure: Scalars['Boolean']['output'];
  /** Own comments; leaves a tombstone */
  deleteComment: Comment;
  deletePhase: Scalars['Boolean']['output'];
  /** Drafts only */
  deletePoll: Scalars['Boolean']['output'];
  /** Only a DRAFT without responses (else CONFLICT) */
  deleteSurvey: Scalars['Boolean']['output'];
  /** Closes the open reports of an item without action; returns how many */
  dismissReports: Scalars['Int']['output'];
  /** Creates or edits the draft; editing an approved answer returns it to DRAFT and clears the approval. A published answer is final: CONFLICT */
  draftOfficialAnswer: OfficialAnswer;
  /** Own comments, within the edit window */
  editComment: Comment;
  /** Forum or paper input entered on behalf of a forum */
  enterProposal: Proposal;
  /** Idempotent; returns true (now following); NOT_FOUND for an unknown target */
  follow: Scalars['Boolean']['output'];
  /** A batch of one-time voting codes (1..10000), shown once; the poll must accept codes and not be closed */
  generateVotingCodes: GeneratedVotingCodes;
  /** Hides for the public, resolves open reports, mails the author why */
  hideContent: Hiding;
  /** Imports the annex shape as a new draft; CONFLICT if a draft exists */
  importCatalogue: CatalogueImportResult;
  /** Creates or updates organisations by e-mail; with surveyId also invites them (PENDING until mailed) */
  importOrganisations: OrganisationImportResult;
  /** Refused while any row is invalid; rows imported before are skipped */
  importProposals: ProposalImportResult;
  /** Invites organisations (by id and/or every organisation of the types); existing invitations stay as they are */
  inviteOrganisations: Array<SurveyInvitation>;
  login: User;
  /** Ends the session. True also when nobody was logged in. */
  logout: Scalars['Boolean']['output'];
  /** Sources become MERGED (read-only, linked); supports carry over once per person; authors and supporters are notified */
  mergeProposals: Proposal;
  /** The opt-out link of a survey mail: the organisation gets no more survey mail. INVALID_TOKEN for a wrong link */
  optOutOfSurveyMail: Scalars['Boolean']['output'];
  /** Only APPROVED answers (else CONFLICT); notifies the author and supporters once each */
  publishOfficialAnswer: OfficialAnswer;
  /** Draft → published; schedules the count at the closing time */
  publishPoll: ManagedPollView;
  /** DRAFT → PUBLISHED (needs at least one question); a CLOSED survey reopens */
  publishSurvey: Survey;
  /** Experts of the assigned department only; a submitted assessment can still be corrected */
  recordAssessment: Assessment;
  /** Starts a double opt-in registration. Always true for valid input, whether or not the address has an account. */
  register: Scalars['Boolean']['output'];
  /** Reorders goals and measures of one field and renumbers its measures */
  reorderCatalogueField: CatalogueActionField;
  /** Report a proposal, comment or account. Idempotent per person and item while the report is open */
  report: Scalars['Boolean']['output'];
  /** XLSX, CSV, JSON (open data), DOCX (council annex) or PDF of a version, built by the worker */
  requestCatalogueExport: ExportJob;
  /** The author asks once for a review; it lands in the moderation queue */
  requestHidingReview: Hiding;
  /** Mails a reset link if the address has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Every proposal of the process with the columns the project group works with */
  requestProposalsExport: ExportJob;
  /** CSV or XLSX of every response, built by the worker; poll exportJob */
  requestSurveyExport: ExportJob;
  /** Sends a new confirmation link if the address has an unconfirmed account. Always true. */
  resendConfirmation: Scalars['Boolean']['output'];
  /** Sets a new password from a reset link; other sessions of the account end. */
  resetPassword: Scalars['Boolean']['output'];
  /** A new editorial revision; the original stays in `revisions` */
  reviseProposal: Proposal;
  /** CATALOGUE_ADOPTED on an adopted version */
  saveCatalogueGoal: CatalogueGoal;
  /** CATALOGUE_ADOPTED on an adopted version; the field is renumbered */
  saveCatalogueMeasure: CatalogueMeasure;
  /** Creates or saves a draft as a whole. POLL_LOCKED once published; CONFLICT on a stale version */
  savePoll: ManagedPollView;
  /** CONFLICT on a stale version; SURVEY_LOCKED for a change the responses forbid */
  saveSurvey: Survey;
  /** BAD_USER_INPUT with extensions.fields { questionKey: [AnswerErrorCode…] } when answers break the rules; SURVEY_COMPLETED once submitted */
  saveSurveyAnswers: SurveySession;
  /** Queues the mailing for the worker; CONFLICT while another mailing of the survey runs, SURVEY_CLOSED unless published */
  sendSurveyMailing: SurveyMailing;
  /** Null turns auto-hide off (the default); otherwise 2…100 */
  setAutoHideThreshold: Maybe<Scalars['Int']['output']>;
  /** Makes this the process the home page shows */
  setCurrentProcess: Process;
  /** Sets (or with base64 empty, removes) an option image; drafts only */
  setPollOptionImage: ManagedPollOption;
  /** Admins only. The last active admin keeps the role (LAST_ADMIN). */
  setUserRole: User;
  /** The original becomes SPLIT; each part links back and inherits its supporters */
  splitProposal: Array<Proposal>;
  /** Starts the draft: empty for the first version, else a copy of fromVersionId (default the latest adopted). CONFLICT if a draft exists */
  startCatalogueDraft: CatalogueVersion;
  /** Opens the form: marks an invitation OPENED, returns what was saved so far. INVALID_TOKEN for an unknown link or code, SURVEY_CLOSED outside the survey’s dates, UNAUTHENTICATED for a PUBLIC survey without login */
  startSurvey: SurveySession;
  /** Idempotent: supporting twice keeps one support */
  supportProposal: Proposal;
  /** Only while not submitted */
  unassignAssessment: Scalars['Boolean']['output'];
  unblockUser: ModeratedUser;
  /** Idempotent; returns false (no longer following) */
  unfollow: Scalars['Boolean']['output'];
  /** Lifts the active hiding */
  unhideContent: Scalars['Boolean']['output'];
  updateActionField: ActionField;
  updateForum: Forum;
  /** Implementation status and progress; allowed on adopted versions, kept in the history */
  updateMeasureStatus: CatalogueMeasure;
  updateMyProfile: User;
  updateNetiquetteTemplate: NetiquetteTemplate;
  updatePhase: Phase;
  updateProcess: Process;
  /** Author only, while the forums phase runs; the old wording is kept */
  updateProposal: Proposal;
  /** One vote per person; not on one’s own comment (FORBIDDEN) */
  voteComment: Comment;
  /** Author only, while the forums phase runs; the reason is shown with it */
  withdrawProposal: Proposal;
  /** While the forums phase runs; idempotent */
  withdrawSupport: Proposal;
};

export type MutationAddCommentArgs = {
  input: AddCommentInput;
};

export type MutationAdoptCatalogueVersionArgs = {
  input: AdoptCatalogueInput;
};

export type MutationApproveOfficialAnswerArgs = {
  id: Scalars['ID']['input'];
};

export type MutationAssignAssessmentArgs = {
  input: AssignAssessmentInput;
};

export type MutationBlockUserArgs = {
  input: BlockUserInput;
};

export type MutationCastVoteArgs = {
  input: CastVoteInput;
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationClosePollNowArgs = {
  id: Scalars['ID']['input'];
};

export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
};

export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};

export type MutationCreateActionFieldArgs = {
  input: ActionFieldInput;
  processId: Scalars['ID']['input'];
};

export type MutationCreateForumArgs = {
  input: ForumInput;
  processId: Scalars['ID']['input'];
};

export type MutationCreateNetiquetteTemplateArgs = {
  input: NetiquetteTemplateInput;
};

export type MutationCreatePhaseArgs = {
  input: PhaseInput;
  processId: Scalars['ID']['input'];
};

export type MutationCreateProcessArgs = {
  input: ProcessInput;
};

export type MutationCreateProposalArgs = {
  input: CreateProposalInput;
};

export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};

export type MutationCreateSurveyAccessCodesArgs = {
  count: Scalars['Int']['input'];
  surveyId: Scalars['ID']['input'];
};

export type MutationDecideHidingReviewArgs = {
  input: DecideReviewInput;
};

export type MutationDeleteCatalogueDraftArgs = {
  versionId: Scalars['ID']['input'];
};

export type MutationDeleteCatalogueGoalArgs = {
  goalId: Scalars['ID']['input'];
};

export type MutationDeleteCatalogueMeasureArgs = {
  measureId: Scalars['ID']['input'];
};

export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeletePhaseArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeletePollArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeleteSurveyArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDismissReportsArgs = {
  targetId: Scalars['ID']['input'];
  targetType: ReportTargetType;
};

export type MutationDraftOfficialAnswerArgs = {
  input: DraftOfficialAnswerInput;
};

export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type MutationEnterProposalArgs = {
  input: EnterProposalInput;
};

export type MutationFollowArgs = {
  id: Scalars['ID']['input'];
  target: FollowTarget;
};

export type MutationGenerateVotingCodesArgs = {
  count: Scalars['Int']['input'];
  pollId: Scalars['ID']['input'];
};

export type MutationHideContentArgs = {
  input: HideContentInput;
};

export type MutationImportCatalogueArgs = {
  input: ImportCatalogueInput;
};

export type MutationImportOrganisationsArgs = {
  input: OrganisationImportInput;
  surveyId: InputMaybe<Scalars['ID']['input']>;
};

export type MutationImportProposalsArgs = {
  input: ProposalImportInput;
};

export type MutationInviteOrganisationsArgs = {
  organisationIds: InputMaybe<Array<Scalars['ID']['input']>>;
  surveyId: Scalars['ID']['input'];
  types: InputMaybe<Array<OrganisationType>>;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationMergeProposalsArgs = {
  input: MergeProposalsInput;
};

export type MutationOptOutOfSurveyMailArgs = {
  token: Scalars['String']['input'];
};

export type MutationPublishOfficialAnswerArgs = {
  id: Scalars['ID']['input'];
};

export type MutationPublishPollArgs = {
  id: Scalars['ID']['input'];
};

export type MutationPublishSurveyArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};

export type MutationRegisterArgs = {
  input: RegisterInput;
};

export type MutationReorderCatalogueFieldArgs = {
  input: ReorderCatalogueFieldInput;
};

export type MutationReportArgs = {
  input: ReportInput;
};

export type MutationRequestCatalogueExportArgs = {
  input: CatalogueExportInput;
};

export type MutationRequestHidingReviewArgs = {
  hidingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};

export type MutationRequestProposalsExportArgs = {
  input: ProposalsExportInput;
};

export type MutationRequestSurveyExportArgs = {
  format: ExportFormat;
  surveyId: Scalars['ID']['input'];
};

export type MutationResendConfirmationArgs = {
  email: Scalars['String']['input'];
};

export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationReviseProposalArgs = {
  input: ReviseProposalInput;
};

export type MutationSaveCatalogueGoalArgs = {
  input: CatalogueGoalInput;
};

export type MutationSaveCatalogueMeasureArgs = {
  input: CatalogueMeasureInput;
};

export type MutationSavePollArgs = {
  input: PollInput;
};

export type MutationSaveSurveyArgs = {
  input: SaveSurveyInput;
};

export type MutationSaveSurveyAnswersArgs = {
  input: SaveSurveyAnswersInput;
};

export type MutationSendSurveyMailingArgs = {
  kind: MailingKind;
  surveyId: Scalars['ID']['input'];
};

export type MutationSetAutoHideThresholdArgs = {
  processId: Scalars['ID']['input'];
  threshold: InputMaybe<Scalars['Int']['input']>;
};

export type MutationSetCurrentProcessArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSetPollOptionImageArgs = {
  input: PollOptionImageInput;
};

export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};

export type MutationSplitProposalArgs = {
  input: SplitProposalInput;
};

export type MutationStartCatalogueDraftArgs = {
  input: StartCatalogueDraftInput;
};

export type MutationStartSurveyArgs = {
  access: SurveyAccessInput;
};

export type MutationSupportProposalArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnassignAssessmentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnblockUserArgs = {
  userId: Scalars['ID']['input'];
};

export type MutationUnfollowArgs = {
  id: Scalars['ID']['input'];
  target: FollowTarget;
};

export type MutationUnhideContentArgs = {
  note: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
  targetType: HideTargetType;
};

export type MutationUpdateActionFieldArgs = {
  id: Scalars['ID']['input'];
  input: ActionFieldInput;
};

export type MutationUpdateForumArgs = {
  id: Scalars['ID']['input'];
  input: ForumInput;
};

export type MutationUpdateMeasureStatusArgs = {
  input: MeasureStatusInput;
};

export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
};

export type MutationUpdateNetiquetteTemplateArgs = {
  id: Scalars['ID']['input'];
  input: NetiquetteTemplateInput;
};

export type MutationUpdatePhaseArgs = {
  id: Scalars['ID']['input'];
  input: PhaseInput;
};

export type MutationUpdateProcessArgs = {
  id: Scalars['ID']['input'];
  input: ProcessInput;
};

export type MutationUpdateProposalArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProposalInput;
};

export type MutationVoteCommentArgs = {
  id: Scalars['ID']['input'];
  vote: CommentVote;
};

export type MutationWithdrawProposalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationWithdrawSupportArgs = {
  id: Scalars['ID']['input'];
};

/** A reusable reason for hiding content, shown to the author */
export type NetiquetteTemplate = {
  active: Scalars['Boolean']['output'];
  /** In the requested language (German if missing) */
  body: Scalars['String']['output'];
  bodyTranslations: Array<Translation>;
  id: Scalars['ID']['output'];
  /** Stable name, e.g. insult */
  key: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** In the requested language (German if missing) */
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type NetiquetteTemplateInput = {
  active?: Scalars['Boolean']['input'];
  body: Array<NetiquetteTranslationInput>;
  key: Scalars['String']['input'];
  position: Scalars['Int']['input'];
  title: Array<NetiquetteTranslationInput>;
};

export type NetiquetteTranslationInput = {
  locale: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type OfficialAnswer = {
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Staff only */
  approvedBy: Maybe<Participant>;
  /** The caller may approve it (project group or admin, not its drafter, status DRAFT) */
  canApprove: Scalars['Boolean']['output'];
  /** The caller may edit it (status DRAFT or APPROVED; editing returns it to DRAFT) */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may publish it (status APPROVED) */
  canPublish: Scalars['Boolean']['output'];
  /** Staff only */
  draftedBy: Maybe<Participant>;
  id: Scalars['ID']['output'];
  outcome: AnswerOutcome;
  proposalId: Scalars['ID']['output'];
  proposalNumber: Scalars['Int']['output'];
  proposalTitle: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  status: AnswerStatus;
  /** In the requested language (German if missing) */
  text: Scalars['String']['output'];
  /** The language `text` is in: the requested one, or de when it is not translated */
  textLocale: Scalars['String']['output'];
  /** Staff only; empty for the public */
  textTranslations: Array<Translation>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OptionVotesView = {
  optionId: Scalars['ID']['output'];
  votes: Scalars['Int']['output'];
};

export type Organisation = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Asked to receive no more survey mail */
  optedOut: Scalars['Boolean']['output'];
  type: OrganisationType;
};

export type OrganisationImportInput = {
  /** The file, base64; at most 2 MB decoded */
  fileBase64: Scalars['String']['input'];
  /** .csv or .xlsx; columns name, e-mail, type, municipality (German or English headers) */
  fileName: Scalars['String']['input'];
};

export type OrganisationImportOutcome = 'INVALID' | 'NEW' | 'UNCHANGED' | 'UPDATE';

export type OrganisationImportPreview = {
  invalidCount: Scalars['Int']['output'];
  newCount: Scalars['Int']['output'];
  rows: Array<OrganisationImportRow>;
  unchangedCount: Scalars['Int']['output'];
  updateCount: Scalars['Int']['output'];
};

export type OrganisationImportResult = {
  created: Scalars['Int']['output'];
  /** Invitations created for the survey (when surveyId was given) */
  invited: Scalars['Int']['output'];
  /** Invalid rows left out */
  skipped: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type OrganisationImportRow = {
  email: Scalars['String']['output'];
  /** Field-scoped codes, e.g. "email:invalid", "type:unknown" */
  errors: Array<Scalars['String']['output']>;
  /** Spreadsheet line (header = 1) */
  line: Scalars['Int']['output'];
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  outcome: OrganisationImportOutcome;
  type: Maybe<OrganisationType>;
};

export type OrganisationType =
  | 'COUNSELLING'
  | 'EDUCATION'
  | 'INTEGRATION_COUNCIL'
  | 'INTEGRATION_GUIDE'
  | 'MIGRANT_ORGANISATION'
  | 'MUNICIPAL_CONTACT'
  | 'OTHER'
  | 'RELIGIOUS_COMMUNITY'
  | 'WELFARE';

export type PageInfo = {
  /** Pass as `after` to get the next page */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participant = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A stretch of a process; phases of one process never overlap */
export type Phase = {
  description: Scalars['String']['output'];
  descriptionTranslations: Array<Translation>;
  /** Exclusive end */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: PhaseKind;
  startsAt: Scalars['DateTime']['output'];
  status: PhaseStatus;
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type PhaseInput = {
  description?: InputMaybe<Array<TranslationInput>>;
  endsAt: Scalars['DateTime']['input'];
  kind: PhaseKind;
  startsAt: Scalars['DateTime']['input'];
  title: Array<TranslationInput>;
};

/** What a phase is for; the current phase decides what residents can do. */
export type PhaseKind =
  /** Departments assess feasibility. */
  | 'ASSESSMENT'
  /** The project group builds the catalogue for the council. */
  | 'CATALOGUE'
  /** Thematic forums: proposals, supports and comments are open. */
  | 'FORUMS'
  /** Online survey (needs analysis). */
  | 'SURVEY'
  /** Residents vote, e.g. on the plan’s name. */
  | 'VOTE';

/** Where a phase stands relative to now. */
export type PhaseStatus = 'CURRENT' | 'PAST' | 'UPCOMING';

/** The whole poll; only drafts can be saved (POLL_LOCKED otherwise) */
export type PollInput = {
  /** Confirmed accounts may vote */
  acceptsAccounts?: Scalars['Boolean']['input'];
  /** One-time voting codes may be used */
  acceptsCodes?: Scalars['Boolean']['input'];
  /** Voters may change their vote until the close */
  allowVoteChange?: Scalars['Boolean']['input'];
  closesAt: Scalars['DateTime']['input'];
  description?: Array<TranslationInput>;
  /** Omit to create */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** MULTIPLE only: at most this many options (1..number of options) */
  maxChoices?: InputMaybe<Scalars['Int']['input']>;
  method: PollMethod;
  /** Restrict account voting to residents of this municipality */
  municipality?: InputMaybe<Scalars['String']['input']>;
  opensAt: Scalars['DateTime']['input'];
  /** 2 to 30 options in ballot-paper order */
  options: Array<PollOptionInput>;
  /** A phase of the same process, usually its vote phase */
  phaseId?: InputMaybe<Scalars['ID']['input']>;
  processId: Scalars['ID']['input'];
  question: Array<TranslationInput>;
  /** URL name: lowercase letters, digits and single dashes */
  slug: Scalars['String']['input'];
  /** The version read; a stale one gives CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** SINGLE: one option; MULTIPLE: up to maxChoices; APPROVAL: any number; RANKED: instant runoff */
export type PollMethod = 'APPROVAL' | 'MULTIPLE' | 'RANKED' | 'SINGLE';

export type PollOptionImageInput = {
  /** Base64, at most 1 MB decoded */
  base64: Scalars['String']['input'];
  /** image/png, image/jpeg or image/webp (checked against the bytes) */
  contentType: Scalars['String']['input'];
  optionId: Scalars['ID']['input'];
};

export type PollOptionInput = {
  description?: Array<TranslationInput>;
  /** Keep an existing option (its id stays stable); omit for a new one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Alternative text of the image; German required once an image is set */
  imageAlt?: Array<TranslationInput>;
  /** German required; up to 200 characters, one line */
  label: Array<TranslationInput>;
};

export type PollOptionResultView = {
  /** Ranked only: average position among ballots that ranked it */
  averageRank: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  optionId: Scalars['ID']['output'];
  /** votes / ballots, 0..1 */
  share: Scalars['Float']['output'];
  /** Votes, choices, approvals or (ranked) first preferences */
  votes: Scalars['Int']['output'];
  winner: Scalars['Boolean']['output'];
};

export type PollOptionView = {
  /** Markdown-free plain text; empty when none */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Alternative text of the image */
  imageAlt: Maybe<Scalars['String']['output']>;
  /** Same-origin URL of the image, when there is one */
  imageUrl: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** Ballot-paper order, from 1 */
  position: Scalars['Int']['output'];
};

export type PollReceiptPage = {
  /** Alphabetical */
  receipts: Array<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

/** Exists only after the close and the count */
export type PollResultsView = {
  ballots: Scalars['Int']['output'];
  countedAt: Scalars['DateTime']['output'];
  /** Ballot-paper order */
  options: Array<PollOptionResultView>;
  /** Ranked polls: every instant-runoff round */
  rounds: Maybe<Array<RunoffRoundView>>;
  /** Entries on the voter roll */
  voters: Scalars['Int']['output'];
  winners: Array<Scalars['ID']['output']>;
};

/** Derived from publication, the opening and closing times and the count. Results exist only when CLOSED */
export type PollStatus = 'CLOSED' | 'COUNTING' | 'DRAFT' | 'OPEN' | 'SCHEDULED';

export type PollTurnout = {
  pollId: Scalars['ID']['output'];
  voters: Scalars['Int']['output'];
};

export type PollView = {
  acceptsAccounts: Scalars['Boolean']['output'];
  acceptsCodes: Scalars['Boolean']['output'];
  allowVoteChange: Scalars['Boolean']['output'];
  closesAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  maxChoices: Maybe<Scalars['Int']['output']>;
  method: PollMethod;
  /** Only residents of this municipality may vote */
  municipality: Maybe<Scalars['String']['output']>;
  opensAt: Scalars['DateTime']['output'];
  options: Array<PollOptionView>;
  phaseTitle: Maybe<Scalars['String']['output']>;
  processSlug: Scalars['String']['output'];
  processTitle: Scalars['String']['output'];
  question: Scalars['String']['output'];
  /** Null until the poll is CLOSED and counted — for everyone, admins included */
  results: Maybe<PollResultsView>;
  slug: Scalars['String']['output'];
  status: PollStatus;
  /** Voters so far (the voter roll); live through the pollTurnout subscription */
  turnout: Scalars['Int']['output'];
  viewer: PollViewerState;
};

/** What the current viewer may do */
export type PollViewerState = {
  block: Maybe<VoteBlock>;
  /** True when the viewer can cast (or, if allowed, change) a vote with the account */
  canVote: Scalars['Boolean']['output'];
  /** The account is on the voter roll of this poll */
  hasVoted: Scalars['Boolean']['output'];
};

/** A participation process; texts in the requested language */
export type Process = {
  actionFields: Array<ActionField>;
  /** The phase running now, if any */
  currentPhase: Maybe<Phase>;
  description: Scalars['String']['output'];
  descriptionTranslations: Array<Translation>;
  /** In date order */
  forums: Array<Forum>;
  id: Scalars['ID']['output'];
  isCurrent: Scalars['Boolean']['output'];
  /** In time order */
  phases: Array<Phase>;
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  summaryTranslations: Array<Translation>;
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type ProcessInput = {
  description: Array<TranslationInput>;
  /** URL name: lowercase letters, digits and single dashes */
  slug: Scalars['String']['input'];
  summary: Array<TranslationInput>;
  title: Array<TranslationInput>;
};

export type Proposal = {
  actionField: ActionField;
  /** Who wrote it; null for forum and paper input */
  author: Maybe<Participant>;
  /** Markdown as written */
  body: Scalars['String']['output'];
  /** The body rendered to a safe HTML subset (no raw HTML, no scripts, safe links only) */
  bodyHtml: Scalars['String']['output'];
  /** The caller may edit the wording now (author, while the phase is open) */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may withdraw it now */
  canWithdraw: Scalars['Boolean']['output'];
  commentCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The moderator who entered forum or paper input */
  enteredBy: Maybe<Participant>;
  /** False for anonymous callers */
  followedByMe: Scalars['Boolean']['output'];
  forum: Maybe<Forum>;
  /** The goal a measure serves */
  goalId: Maybe<Scalars['ID']['output']>;
  /** Title of the goal a measure serves */
  goalTitle: Maybe<Scalars['String']['output']>;
  /** Hidden by moderation; only moderators and the author ever see a hidden proposal */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ProposalKind;
  /** Language the proposal is written in */
  language: Scalars['String']['output'];
  /** Direct lineage links (merge sources, split parts…); more than 0: ask proposalLineage */
  lineageCount: Scalars['Int']['output'];
  /** The proposal this one was merged into (state MERGED) */
  mergedIntoId: Maybe<Scalars['ID']['output']>;
  /** Short public reference, e.g. #123 */
  number: Scalars['Int']['output'];
  /** How many people stood behind forum or paper input */
  participantCount: Maybe<Scalars['Int']['output']>;
  /** Whether the process’s forums phase runs now: supports, comments and edits are open */
  participationOpen: Scalars['Boolean']['output'];
  processId: Scalars['ID']['output'];
  /** URL name of the process, for links back to it */
  processSlug: Scalars['String']['output'];
  /** Number of versions; more than 1 means it was edited */
  revisionCount: Scalars['Int']['output'];
  /** Every version, oldest first */
  revisions: Array<ProposalRevision>;
  source: ProposalSource;
  state: ProposalState;
  supportCount: Scalars['Int']['output'];
  /** False for anonymous callers */
  supportedByMe: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  withdrawalReason: Maybe<Scalars['String']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

export type ProposalConnection = {
  facets: ProposalFacets;
  nodes: Array<Proposal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many proposals match the current filters, per value of each filter */
export type ProposalFacets = {
  actionField: Array<FacetCount>;
  forum: Array<FacetCount>;
  kind: Array<FacetCount>;
  language: Array<FacetCount>;
  source: Array<FacetCount>;
  state: Array<FacetCount>;
};

export type ProposalFilter = {
  actionFieldId?: InputMaybe<Scalars['ID']['input']>;
  forumId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ProposalKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  processId: Scalars['ID']['input'];
  /** German full-text search over title and body */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<ProposalSource>;
  /** Default: published only */
  state?: InputMaybe<ProposalState>;
};

export type ProposalImportInput = {
  /** Source for rows that name none: FORUM (default) or PAPER */
  defaultSource?: InputMaybe<ProposalSource>;
  /** The file, base64-encoded (at most 2 MB decoded) */
  fileBase64: Scalars['String']['input'];
  /** Decides the parser: .csv or .xlsx */
  fileName: Scalars['String']['input'];
  /** Forum for rows that name none */
  forumId?: InputMaybe<Scalars['ID']['input']>;
  /** Omit to use the mapping guessed from the headers */
  mapping?: InputMaybe<Array<ColumnMappingInput>>;
  processId: Scalars['ID']['input'];
};

/** A dry run: nothing is written */
export type ProposalImportPreview = {
  columns: Array<Scalars['String']['output']>;
  duplicateCount: Scalars['Int']['output'];
  invalidCount: Scalars['Int']['output'];
  /** The mapping used: the one given, or one guessed from the headers */
  mapping: Array<ColumnMapping>;
  rowCount: Scalars['Int']['output'];
  rows: Array<ImportRowPreview>;
  validCount: Scalars['Int']['output'];
};

export type ProposalImportResult = {
  createdCount: Scalars['Int']['output'];
  importId: Scalars['ID']['output'];
  /** Rows already imported before */
  skippedCount: Scalars['Int']['output'];
};

/** A goal (Ziel) or a measure (Maßnahme) serving a goal. */
export type ProposalKind = 'GOAL' | 'MEASURE';

/** Everything this proposal came from and became, across repeated merges and splits */
export type ProposalLineage = {
  /** All ancestors, nearest first */
  ancestors: Array<LineageProposal>;
  /** Direct children (the merge result or the split parts) */
  children: Array<LineageProposal>;
  /** All descendants, nearest first */
  descendants: Array<LineageProposal>;
  /** Every edge among this proposal, its ancestors and descendants */
  edges: Array<LineageEdge>;
  /** Direct parents (merge sources or the split original) */
  parents: Array<LineageProposal>;
  proposalId: Scalars['ID']['output'];
};

/** A proposal offered as a source in the catalogue editor */
export type ProposalPick = {
  actionFieldId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  state: Scalars['String']['output'];
  supportCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Codes of measures in this draft that already use it */
  usedIn: Array<Scalars['String']['output']>;
};

export type ProposalPickQueryInput = {
  actionFieldId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  /** goal or measure */
  kind: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  versionId: Scalars['ID']['input'];
};

/** One version of a proposal’s wording; revision 1 is the original */
export type ProposalRevision = {
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editedBy: Maybe<Participant>;
  /** Revised by a moderator or the project group, not by the author */
  editorial: Scalars['Boolean']['output'];
  /** Why the wording was revised (editorial revisions) */
  note: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ProposalSort =
  | 'MOST_DISCUSSED'
  | 'MOST_SUPPORTED'
  | 'NEWEST'
  /** Shuffled by `seed`; the same seed gives the same order, so pages never repeat */
  | 'RANDOM';

/** Where a proposal came from; forum and paper input is entered by a moderator. */
export type ProposalSource = 'CURATED' | 'FORUM' | 'ONLINE' | 'PAPER' | 'SURVEY';

export type ProposalState =
  /** Merged into another proposal: read-only, its supports carried over */
  | 'MERGED'
  | 'PUBLISHED'
  /** Split into several proposals: read-only */
  | 'SPLIT'
  | 'WITHDRAWN';

export type ProposalsExportFormat = 'CSV' | 'XLSX';

export type ProposalsExportInput = {
  format: ProposalsExportFormat;
  processId: Scalars['ID']['input'];
};

export type ProvenanceForum = {
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A proposal a measure or goal came from (directly or through merges) */
export type ProvenanceProposal = {
  /** Linked to the measure itself, not only reached through the lineage */
  direct: Scalars['Boolean']['output'];
  forumTitle: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Language the title was written in (BCP 47) */
  language: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** ONLINE, FORUM, PAPER, SURVEY or CURATED (a merge result) */
  source: Scalars['String']['output'];
  /** published, merged, split or withdrawn */
  state: Scalars['String']['output'];
  supportCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** What the public sees of a submitted assessment */
export type PublicAssessment = {
  assessedAt: Scalars['DateTime']['output'];
  department: Scalars['String']['output'];
  feasibility: Feasibility;
  publicComment: Scalars['String']['output'];
  responsibility: ResponsibilityLevel;
};

export type Query = {
  appInfo: AppInfo;
  /** NOT_FOUND also for another department’s assessment asked by an expert */
  assessment: Assessment;
  /** Per department and status */
  assessmentOverview: Array<DepartmentAssessmentCounts>;
  /** Due date first; experts see their own department only */
  assessments: Array<Assessment>;
  /** Every action name that occurs in the log, for the filter */
  auditActions: Array<Scalars['String']['output']>;
  /** Newest first; the same filter downloads as CSV from /api/audit-log.csv */
  auditLog: AuditLogPage;
  /** Open reports from distinct people that hide an item at once; null = off */
  autoHideThreshold: Maybe<Scalars['Int']['output']>;
  /** The latest adopted version (or versionNumber, adopted only) of the process (default: the current one); null if none */
  catalogue: Maybe<Catalogue>;
  /** What changed between two versions of one process; drafts only for the project group (NOT_FOUND otherwise) */
  catalogueDiff: CatalogueVersionDiff;
  /** Proposals to take goals or measures from, most supported first; merged originals excluded */
  catalogueProposalPicks: Array<ProposalPick>;
  /** Every version of the process catalogue, newest first */
  catalogueVersions: Array<CatalogueVersion>;
  /** The whole thread of a proposal, depth-first, oldest first on each level */
  comments: Array<Comment>;
  currentProcess: Maybe<Process>;
  /** Departments that have at least one unblocked expert */
  departments: Array<Scalars['String']['output']>;
  /** Mails captured by the development mail sink; NOT_FOUND outside development. */
  devMails: Array<DevMail>;
  /** Progress of an export the caller requested (admins: any) */
  exportJob: Maybe<ExportJob>;
  forum: Maybe<Forum>;
  /** The active hiding of an item: its author and moderators only */
  hiding: Maybe<Hiding>;
  /** Mails that failed for good, newest first. Admins only. */
  mailDeliveryFailures: Array<MailDeliveryFailure>;
  /** Any version, drafts included */
  managedCatalogue: Maybe<Catalogue>;
  managedPoll: Maybe<ManagedPollView>;
  /** Every poll, newest first */
  managedPolls: Array<ManagedPollView>;
  /** The logged-in account, or null. */
  me: Maybe<User>;
  /** Supporters a merge of these proposals would have: distinct people, each counted once */
  mergePreview: Scalars['Int']['output'];
  moderationQueue: ModerationQueue;
  /** What the caller follows, newest first */
  myFollows: Array<Follow>;
  /** Ordered by position */
  netiquetteTemplates: Array<NetiquetteTemplate>;
  /** The public sees a published answer only; project group and admins also drafts */
  officialAnswer: Maybe<OfficialAnswer>;
  /** Work list, most recently changed first */
  officialAnswers: Array<OfficialAnswer>;
  /** Published, open PUBLIC and ANONYMOUS surveys (invited ones are reached by link only) */
  openSurveys: Array<Survey>;
  /** Dry run of importOrganisations */
  organisationImportPreview: OrganisationImportPreview;
  /** By name */
  organisations: Array<Organisation>;
  /** A published poll; drafts only for the project group and admins */
  poll: Maybe<PollView>;
  /** The receipts of all counted ballots; RESULTS_SEALED before the count */
  pollReceipts: PollReceiptPage;
  /** Published polls, open first, then upcoming, then closed */
  polls: Array<PollView>;
  /** A process by its URL name */
  process: Maybe<Process>;
  /** Every process, newest first (project group) */
  processes: Array<Process>;
  proposal: Maybe<Proposal>;
  /** Dry run of a CSV/XLSX import: per-row errors, nothing written */
  proposalImportPreview: ProposalImportPreview;
  /** Measures of the latest adopted catalogue a proposal fed (directly or through merges and splits); empty for hidden ones */
  proposalInCatalogue: Array<CatalogueMeasureReference>;
  /** NOT_FOUND for unknown or hidden (to non-moderators) proposals */
  proposalLineage: ProposalLineage;
  proposals: ProposalConnection;
  /** Submitted assessments of a visible proposal */
  publicAssessments: Array<PublicAssessment>;
  /** Up to 5 published proposals of the process that resemble a draft */
  similarProposals: Array<SimilarProposal>;
  /** Any survey, drafts included, for the builder */
  survey: Maybe<Survey>;
  /** A published or closed PUBLIC or ANONYMOUS survey */
  surveyBySlug: Maybe<Survey>;
  /** By organisation name */
  surveyInvitations: Array<SurveyInvitation>;
  /** Newest first, with progress */
  surveyMailings: Array<SurveyMailing>;
  /** Invited, opened, started, complete: overall and per organisation type */
  surveyResponseRates: SurveyResponseRates;
  /** Read from the tallies; segment filters by organisation or self-declared type */
  surveyResults: SurveyResults;
  /** Free texts of a question (answers, "other" texts, dates), searchable */
  surveyTextAnswers: SurveyTextAnswerPage;
  /** Every survey of the process (all processes when omitted), newest first */
  surveys: Array<Survey>;
  /** Accounts by name or e-mail, optionally of one role. Admins only. */
  users: UserPage;
};

export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAssessmentsArgs = {
  filter: InputMaybe<AssessmentFilter>;
};

export type QueryAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
};

export type QueryAutoHideThresholdArgs = {
  processId: Scalars['ID']['input'];
};

export type QueryCatalogueArgs = {
  processSlug: InputMaybe<Scalars['String']['input']>;
  versionNumber: InputMaybe<Scalars['Int']['input']>;
};

export type QueryCatalogueDiffArgs = {
  fromVersionId: Scalars['ID']['input'];
  toVersionId: Scalars['ID']['input'];
};

export type QueryCatalogueProposalPicksArgs = {
  input: ProposalPickQueryInput;
};

export type QueryCatalogueVersionsArgs = {
  processId: Scalars['ID']['input'];
};

export type QueryCommentsArgs = {
  proposalId: Scalars['ID']['input'];
};

export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryForumArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHidingArgs = {
  targetId: Scalars['ID']['input'];
  targetType: HideTargetType;
};

export type QueryMailDeliveryFailuresArgs = {
  limit?: Scalars['Int']['input'];
};

export type QueryManagedCatalogueArgs = {
  versionId: Scalars['ID']['input'];
};

export type QueryManagedPollArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMergePreviewArgs = {
  sourceIds: Array<Scalars['ID']['input']>;
};

export type QueryModerationQueueArgs = {
  filter: InputMaybe<ModerationQueueFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type QueryNetiquetteTemplatesArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

export type QueryOfficialAnswerArgs = {
  proposalId: Scalars['ID']['input'];
};

export type QueryOfficialAnswersArgs = {
  status: InputMaybe<AnswerStatus>;
};

export type QueryOrganisationImportPreviewArgs = {
  input: OrganisationImportInput;
};

export type QueryOrganisationsArgs = {
  type: InputMaybe<OrganisationType>;
};

export type QueryPollArgs = {
  slug: Scalars['String']['input'];
};

export type QueryPollReceiptsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  pollId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};

export type QueryPollsArgs = {
  processSlug: InputMaybe<Scalars['String']['input']>;
};

export type QueryProcessArgs = {
  slug: Scalars['String']['input'];
};

export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProposalImportPreviewArgs = {
  input: ProposalImportInput;
};

export type QueryProposalInCatalogueArgs = {
  proposalId: Scalars['ID']['input'];
};

export type QueryProposalLineageArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProposalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: ProposalFilter;
  first?: Scalars['Int']['input'];
  seed: InputMaybe<Scalars['String']['input']>;
  sort?: ProposalSort;
};

export type QueryPublicAssessmentsArgs = {
  proposalId: Scalars['ID']['input'];
};

export type QuerySimilarProposalsArgs = {
  body: InputMaybe<Scalars['String']['input']>;
  processId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySurveyBySlugArgs = {
  slug: Scalars['String']['input'];
};

export type QuerySurveyInvitationsArgs = {
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveyMailingsArgs = {
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveyResponseRatesArgs = {
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveyResultsArgs = {
  completeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  segment: InputMaybe<Scalars['String']['input']>;
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveyTextAnswersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  questionKey: Scalars['String']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  segment: InputMaybe<Scalars['String']['input']>;
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveysArgs = {
  processId: InputMaybe<Scalars['ID']['input']>;
};

export type QueryUsersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  role: InputMaybe<Role>;
  search: InputMaybe<Scalars['String']['input']>;
};

export type RecordAssessmentInput = {
  assessmentId: Scalars['ID']['input'];
  costNote?: Scalars['String']['input'];
  feasibility?: InputMaybe<Feasibility>;
  internalComment?: Scalars['String']['input'];
  publicComment?: Scalars['String']['input'];
  responsibility?: InputMaybe<ResponsibilityLevel>;
  /** False saves a draft (IN_PROGRESS); true submits and needs feasibility and responsibility */
  submit: Scalars['Boolean']['input'];
};

export type RegisterInput = {
  /** The person has read the privacy notice and agrees to the processing. Must be true. */
  acceptPrivacy: Scalars['Boolean']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Language for e-mails and the interface: de, en, ar, tr, ru, uk, pl, fa, de-LS */
  locale: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The whole order of one action field: every goal once, every measure of the field once. Measures are renumbered 1..N in this order */
export type ReorderCatalogueFieldInput = {
  actionFieldId: Scalars['ID']['input'];
  goals: Array<GoalOrderInput>;
  versionId: Scalars['ID']['input'];
};

export type Report = {
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: ReportReason;
  reporter: Participant;
};

export type ReportInput = {
  /** Required for OTHER; at most 2000 characters */
  details?: InputMaybe<Scalars['String']['input']>;
  reason: ReportReason;
  targetId: Scalars['ID']['input'];
  targetType: ReportTargetType;
};

export type ReportReason =
  | 'DISCRIMINATORY'
  | 'OFFENSIVE'
  | 'OFF_TOPIC'
  /** Needs details */
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type ReportReasonCount = {
  count: Scalars['Int']['output'];
  reason: ReportReason;
};

export type ReportTargetType = 'COMMENT' | 'PROPOSAL' | 'USER';

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Who could act on it: the city/region, a municipality, the Land, the federal government or a third party */
export type ResponsibilityLevel = 'BUND' | 'CITY_REGION' | 'LAND' | 'MUNICIPALITY' | 'THIRD_PARTY';

export type ReviewOutcome = 'LIFTED' | 'UPHELD';

export type ReviseProposalInput = {
  /** Markdown */
  body: Scalars['String']['input'];
  /** Why the wording changed; shown with the revision */
  note: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** What an account may do. Department experts always belong to a department. */
export type Role =
  /** Manages users, roles and instance settings. */
  | 'ADMIN'
  /** Assesses proposals for one municipal department. */
  | 'DEPARTMENT_EXPERT'
  /** Reviews reports, hides content, blocks users. */
  | 'MODERATOR'
  /** Steers processes and publishes the catalogue. */
  | 'PROJECT_GROUP'
  /** Default role: takes part in processes. */
  | 'RESIDENT';

export type RunoffRoundView = {
  continuing: Scalars['Int']['output'];
  /** Options still in the count, ballot-paper order */
  counts: Array<OptionVotesView>;
  elected: Maybe<Scalars['ID']['output']>;
  eliminated: Maybe<Scalars['ID']['output']>;
  /** Ballots ranking no option still in the count (cumulative) */
  exhausted: Scalars['Int']['output'];
  round: Scalars['Int']['output'];
  tieBreak: Maybe<TieBreakRule>;
};

/** Saves the answers of the whole form so far (replacing what was saved). submit=true completes the response: every visible required question must be answered; answers to hidden questions are discarded */
export type SaveSurveyAnswersInput = {
  access: SurveyAccessInput;
  answers: Array<SurveyAnswerInput>;
  reachedSection: Scalars['Int']['input'];
  submit: Scalars['Boolean']['input'];
};

export type SaveSurveyInput = {
  anonymous: Scalars['Boolean']['input'];
  audience: SurveyAudience;
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  intro?: InputMaybe<Array<TranslationInput>>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  sections: Array<SurveySectionInput>;
  segmentQuestionKey?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  thanks?: InputMaybe<Array<TranslationInput>>;
  title: Array<TranslationInput>;
  /** The version the editor loaded; CONFLICT when stale */
  version: Scalars['Int']['input'];
};

export type SetUserRoleInput = {
  /** Required for DEPARTMENT_EXPERT, ignored otherwise. */
  department?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};

export type SimilarProposal = {
  proposal: Proposal;
  /** 0…1, higher is more alike */
  similarity: Scalars['Float']['output'];
};

export type SplitPartInput = {
  actionFieldId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
  kind?: InputMaybe<ProposalKind>;
  title: Scalars['String']['input'];
};

export type SplitProposalInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** Two to 10 parts */
  parts: Array<SplitPartInput>;
  proposalId: Scalars['ID']['input'];
};

export type StartCatalogueDraftInput = {
  /** Copy this version; default: the latest adopted one, or empty for the first */
  fromVersionId?: InputMaybe<Scalars['ID']['input']>;
  processId: Scalars['ID']['input'];
};

export type Subscription = {
  /** Voters so far, pushed (at most a few times a second) while a published poll is open; over graphql-ws at /graphql */
  pollTurnout: PollTurnout;
};

export type SubscriptionPollTurnoutArgs = {
  pollId: Scalars['ID']['input'];
};

export type Survey = {
  /** Answers carry no link to an account, invitation or code */
  anonymous: Scalars['Boolean']['output'];
  audience: SurveyAudience;
  closesAt: Maybe<Scalars['DateTime']['output']>;
  /** Null outside the staff views */
  completeCount: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  intro: Scalars['String']['output'];
  introTranslations: Array<Translation>;
  /** Published and within its dates */
  isOpen: Scalars['Boolean']['output'];
  opensAt: Maybe<Scalars['DateTime']['output']>;
  processId: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Responses started (partial and complete); null outside the staff views */
  responseCount: Maybe<Scalars['Int']['output']>;
  sections: Array<SurveySection>;
  /** A SINGLE_CHOICE question whose answer is the respondent’s self-declared type (results filter) */
  segmentQuestionKey: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  status: SurveyStatus;
  /** Shown after submitting */
  thanks: Scalars['String']['output'];
  thanksTranslations: Array<Translation>;
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
  /** Optimistic lock for saveSurvey */
  version: Scalars['Int']['output'];
};

export type SurveyAccessCodeStats = {
  complete: Scalars['Int']['output'];
  issued: Scalars['Int']['output'];
  started: Scalars['Int']['output'];
};

/** Exactly one of: a token (invitation link or access code), or a slug (account surveys, preview) */
export type SurveyAccessInput = {
  /** Project group only: try the survey without storing anything */
  preview?: InputMaybe<Scalars['Boolean']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};

/** How the respondent reached the form; PREVIEW is the project group trying a survey (nothing is stored) */
export type SurveyAccessKind = 'ACCOUNT' | 'CODE' | 'INVITATION' | 'PREVIEW';

/** One stored answer; only the fields of its question kind are set */
export type SurveyAnswer = {
  choice: Maybe<Scalars['String']['output']>;
  choices: Maybe<Array<Scalars['String']['output']>>;
  /** YYYY-MM-DD */
  date: Maybe<Scalars['String']['output']>;
  matrix: Maybe<Array<SurveyMatrixCell>>;
  number: Maybe<Scalars['Float']['output']>;
  other: Maybe<Scalars['String']['output']>;
  questionKey: Scalars['String']['output'];
  /** Option keys, first = rank 1 */
  ranking: Maybe<Array<Scalars['String']['output']>>;
  text: Maybe<Scalars['String']['output']>;
};

export type SurveyAnswerInput = {
  choice?: InputMaybe<Scalars['String']['input']>;
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['String']['input']>;
  matrix?: InputMaybe<Array<MatrixCellInput>>;
  number?: InputMaybe<Scalars['Float']['input']>;
  other?: InputMaybe<Scalars['String']['input']>;
  questionKey: Scalars['String']['input'];
  ranking?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** PUBLIC: one response per account. ANONYMOUS: no account, one response per one-time access code or link. INVITED: personal links mailed to organisations */
export type SurveyAudience = 'ANONYMOUS' | 'INVITED' | 'PUBLIC';

/** Shown only if the earlier question’s answer equals / includes / is at least the value */
export type SurveyCondition = {
  operator: ConditionOperator;
  questionKey: Scalars['String']['output'];
  /** Option key, or a number as text for AT_LEAST */
  value: Scalars['String']['output'];
};

export type SurveyInvitation = {
  id: Scalars['ID']['output'];
  invitedAt: Maybe<Scalars['DateTime']['output']>;
  lastRemindedAt: Maybe<Scalars['DateTime']['output']>;
  organisation: Organisation;
  reminderCount: Scalars['Int']['output'];
  status: InvitationStatus;
};

/** A batch of invitation or reminder mails, sent by the worker with progress */
export type SurveyMailing = {
  createdAt: Scalars['DateTime']['output'];
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: MailingKind;
  processed: Scalars['Int']['output'];
  status: JobStatus;
  total: Scalars['Int']['output'];
};

export type SurveyMatrixCell = {
  column: Scalars['String']['output'];
  row: Scalars['String']['output'];
};

export type SurveyMatrixRowResult = {
  answered: Scalars['Int']['output'];
  /** One per column, in column order */
  cells: Array<SurveyOptionCount>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type SurveyOption = {
  /** Choosing it asks for a text */
  isOther: Scalars['Boolean']['output'];
  /** Stable code; export columns and stored answers use it */
  key: Scalars['String']['output'];
  /** In the requested language, German when not translated */
  label: Scalars['String']['output'];
  labelTranslations: Array<Translation>;
};

export type SurveyOptionCount = {
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** count / respondents who answered the question, 0…1 */
  share: Scalars['Float']['output'];
};

export type SurveyOptionInput = {
  isOther?: InputMaybe<Scalars['Boolean']['input']>;
  key: Scalars['String']['input'];
  label: Array<TranslationInput>;
};

export type SurveyQuestion = {
  condition: Maybe<SurveyCondition>;
  help: Scalars['String']['output'];
  helpTranslations: Array<Translation>;
  id: Scalars['ID']['output'];
  /** Stable code; export columns use it */
  key: Scalars['String']['output'];
  kind: SurveyQuestionKind;
  maxChoices: Maybe<Scalars['Int']['output']>;
  /** SCALE: label of the high end */
  maxLabel: Scalars['String']['output'];
  maxLabelTranslations: Array<Translation>;
  /** NUMBER range or SCALE end */
  maxValue: Maybe<Scalars['Float']['output']>;
  minChoices: Maybe<Scalars['Int']['output']>;
  /** SCALE: label of the low end */
  minLabel: Scalars['String']['output'];
  minLabelTranslations: Array<Translation>;
  /** NUMBER range or SCALE start */
  minValue: Maybe<Scalars['Float']['output']>;
  /** Choices; the columns of a MATRIX */
  options: Array<SurveyOption>;
  required: Scalars['Boolean']['output'];
  /** MATRIX rows */
  rows: Array<SurveyOption>;
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type SurveyQuestionInput = {
  condition?: InputMaybe<ConditionInput>;
  help?: InputMaybe<Array<TranslationInput>>;
  key: Scalars['String']['input'];
  kind: SurveyQuestionKind;
  maxChoices?: InputMaybe<Scalars['Int']['input']>;
  maxLabel?: InputMaybe<Array<TranslationInput>>;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minChoices?: InputMaybe<Scalars['Int']['input']>;
  minLabel?: InputMaybe<Array<TranslationInput>>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  options?: InputMaybe<Array<SurveyOptionInput>>;
  required: Scalars['Boolean']['input'];
  /** MATRIX rows */
  rows?: InputMaybe<Array<SurveyOptionInput>>;
  title: Array<TranslationInput>;
};

export type SurveyQuestionKind =
  | 'DATE'
  | 'LONG_TEXT'
  | 'MATRIX'
  | 'MULTIPLE_CHOICE'
  | 'NUMBER'
  | 'RANKING'
  | 'SCALE'
  | 'SHORT_TEXT'
  | 'SINGLE_CHOICE';

export type SurveyQuestionResult = {
  /** Respondents who answered it */
  answered: Scalars['Int']['output'];
  /** SCALE, NUMBER */
  average: Maybe<Scalars['Float']['output']>;
  /** SCALE: every step from min to max; NUMBER: given values */
  distribution: Array<SurveyValueCount>;
  kind: SurveyQuestionKind;
  matrix: Array<SurveyMatrixRowResult>;
  /** SINGLE_CHOICE, MULTIPLE_CHOICE (option order) */
  options: Array<SurveyOptionCount>;
  questionKey: Scalars['String']['output'];
  /** RANKING, best average first */
  ranking: Array<SurveyRankResult>;
  sectionTitle: Scalars['String']['output'];
  /** Free texts (answers and "other" texts) to list with surveyTextAnswers */
  textCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type SurveyRankResult = {
  /** 1 = always first */
  averageRank: Maybe<Scalars['Float']['output']>;
  /** How often ranked first */
  firstPlaces: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Started = partial or complete; shares are of invited */
export type SurveyRateRow = {
  complete: Scalars['Int']['output'];
  completeShare: Scalars['Float']['output'];
  invited: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  openedShare: Scalars['Float']['output'];
  started: Scalars['Int']['output'];
  startedShare: Scalars['Float']['output'];
  /** null for the overall row */
  type: Maybe<OrganisationType>;
};

export type SurveyResponseRates = {
  byType: Array<SurveyRateRow>;
  /** ANONYMOUS surveys */
  codes: Maybe<SurveyAccessCodeStats>;
  complete: Scalars['Int']['output'];
  overall: SurveyRateRow;
  /** Responses started, whatever the audience */
  started: Scalars['Int']['output'];
};

export type SurveyResults = {
  complete: Scalars['Int']['output'];
  questions: Array<SurveyQuestionResult>;
  respondents: Scalars['Int']['output'];
  /** Segments are organisation types (invited, not anonymous) or the self-declared type */
  segmentTitle: Scalars['String']['output'];
  segments: Array<SurveySegment>;
};

/** One page of the survey form */
export type SurveySection = {
  condition: Maybe<SurveyCondition>;
  description: Scalars['String']['output'];
  descriptionTranslations: Array<Translation>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  title: Scalars['String']['output'];
  titleTranslations: Array<Translation>;
};

export type SurveySectionInput = {
  condition?: InputMaybe<ConditionInput>;
  description?: InputMaybe<Array<TranslationInput>>;
  key: Scalars['String']['input'];
  questions: Array<SurveyQuestionInput>;
  title?: InputMaybe<Array<TranslationInput>>;
};

/** A value the results can be filtered by */
export type SurveySegment = {
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  respondents: Scalars['Int']['output'];
};

/** The form as this respondent sees it, with what they saved so far */
export type SurveySession = {
  accessKind: SurveyAccessKind;
  answers: Array<SurveyAnswer>;
  /** Submitted; answers can no longer change */
  complete: Scalars['Boolean']['output'];
  /** The invited organisation, for non-anonymous invitations */
  organisationName: Maybe<Scalars['String']['output']>;
  /** The furthest page reached (1-based), to resume there */
  reachedSection: Scalars['Int']['output'];
  survey: Survey;
};

export type SurveyStatus = 'CLOSED' | 'DRAFT' | 'PUBLISHED';

export type SurveyTextAnswerPage = {
  items: Array<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

/** How many gave this number (SCALE, NUMBER) */
export type SurveyValueCount = {
  count: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

/** How a tie for the fewest votes was broken (docs/vote-counting.md) */
export type TieBreakRule = 'BALLOT_ORDER' | 'EARLIER_ROUNDS';

export type Translation = {
  locale: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type TranslationInput = {
  /** One of de, en, ar, tr, ru, uk, pl, fa, de-LS */
  locale: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  /** One of the municipalities of the Region Hannover; the empty string clears it */
  municipality?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProposalInput = {
  /** Markdown */
  body: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type User = {
  createdAt: Scalars['DateTime']['output'];
  department: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Only for the account itself and for admins; null for everyone else. */
  email: Maybe<Scalars['String']['output']>;
  emailConfirmed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** Self-declared home municipality; polls may be restricted to one */
  municipality: Maybe<Scalars['String']['output']>;
  role: Role;
};

export type UserPage = {
  items: Array<User>;
  totalCount: Scalars['Int']['output'];
};

/** Why the viewer cannot vote (with an account) right now */
export type VoteBlock =
  | 'ALREADY_VOTED'
  | 'CODE_REQUIRED'
  | 'EMAIL_NOT_CONFIRMED'
  | 'LOGIN_REQUIRED'
  | 'MUNICIPALITY_MISSING'
  | 'NOT_OPEN'
  | 'WRONG_MUNICIPALITY';

export type VoteReceiptView = {
  /** Shown once: after the close it appears in the public receipt list */
  receipt: Scalars['String']['output'];
  /** True when this vote replaced the voter’s earlier one (its receipt no longer counts) */
  replacedEarlierVote: Scalars['Boolean']['output'];
};

export type VotingCodeStats = {
  batches: Scalars['Int']['output'];
  generated: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

export type OfficialAnswerItemFragment = {
  id: string;
  proposalId: string;
  proposalNumber: number;
  proposalTitle: string;
  status: AnswerStatus;
  outcome: AnswerOutcome;
  text: string;
  textLocale: string;
  approvedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  canApprove: boolean;
  canPublish: boolean;
  canEdit: boolean;
  textTranslations: Array<{ locale: string; text: string }>;
  draftedBy: { id: string; displayName: string } | null;
  approvedBy: { id: string; displayName: string } | null;
};

export type OfficialAnswerQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;

export type OfficialAnswerQuery = {
  officialAnswer: {
    id: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    status: AnswerStatus;
    outcome: AnswerOutcome;
    text: string;
    textLocale: string;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    canApprove: boolean;
    canPublish: boolean;
    canEdit: boolean;
    textTranslations: Array<{ locale: string; text: string }>;
    draftedBy: { id: string; displayName: string } | null;
    approvedBy: { id: string; displayName: string } | null;
  } | null;
};

export type OfficialAnswersQueryVariables = Exact<{
  status: InputMaybe<AnswerStatus>;
}>;

export type OfficialAnswersQuery = {
  officialAnswers: Array<{
    id: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    status: AnswerStatus;
    outcome: AnswerOutcome;
    text: string;
    textLocale: string;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    canApprove: boolean;
    canPublish: boolean;
    canEdit: boolean;
    textTranslations: Array<{ locale: string; text: string }>;
    draftedBy: { id: string; displayName: string } | null;
    approvedBy: { id: string; displayName: string } | null;
  }>;
};

export type DraftOfficialAnswerMutationVariables = Exact<{
  input: DraftOfficialAnswerInput;
}>;

export type DraftOfficialAnswerMutation = {
  draftOfficialAnswer: {
    id: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    status: AnswerStatus;
    outcome: AnswerOutcome;
    text: string;
    textLocale: string;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    canApprove: boolean;
    canPublish: boolean;
    canEdit: boolean;
    textTranslations: Array<{ locale: string; text: string }>;
    draftedBy: { id: string; displayName: string } | null;
    approvedBy: { id: string; displayName: string } | null;
  };
};

export type ApproveOfficialAnswerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ApproveOfficialAnswerMutation = {
  approveOfficialAnswer: {
    id: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    status: AnswerStatus;
    outcome: AnswerOutcome;
    text: string;
    textLocale: string;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    canApprove: boolean;
    canPublish: boolean;
    canEdit: boolean;
    textTranslations: Array<{ locale: string; text: string }>;
    draftedBy: { id: string; displayName: string } | null;
    approvedBy: { id: string; displayName: string } | null;
  };
};

export type PublishOfficialAnswerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type PublishOfficialAnswerMutation = {
  publishOfficialAnswer: {
    id: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    status: AnswerStatus;
    outcome: AnswerOutcome;
    text: string;
    textLocale: string;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    canApprove: boolean;
    canPublish: boolean;
    canEdit: boolean;
    textTranslations: Array<{ locale: string; text: string }>;
    draftedBy: { id: string; displayName: string } | null;
    approvedBy: { id: string; displayName: string } | null;
  };
};

export type AssessmentItemFragment = {
  id: string;
  department: string;
  dueOn: string;
  overdue: boolean;
  status: AssessmentStatus;
  feasibility: Feasibility | null;
  responsibility: ResponsibilityLevel | null;
  canRecord: boolean;
  assessedAt: string | null;
  proposal: {
    id: string;
    number: number;
    title: string;
    kind: ProposalKind;
    actionFieldTitle: string;
    supportCount: number;
  };
};

export type AssessmentDetailFragment = {
  costNote: string;
  publicComment: string;
  internalComment: string;
  assignedAt: string;
  id: string;
  department: string;
  dueOn: string;
  overdue: boolean;
  status: AssessmentStatus;
  feasibility: Feasibility | null;
  responsibility: ResponsibilityLevel | null;
  canRecord: boolean;
  assessedAt: string | null;
  assignedBy: { id: string; displayName: string } | null;
  assessedBy: { id: string; displayName: string } | null;
  proposal: {
    id: string;
    number: number;
    title: string;
    kind: ProposalKind;
    actionFieldTitle: string;
    supportCount: number;
  };
};

export type PublicAssessmentsQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;

export type PublicAssessmentsQuery = {
  publicAssessments: Array<{
    department: string;
    feasibility: Feasibility;
    responsibility: ResponsibilityLevel;
    publicComment: string;
    assessedAt: string;
  }>;
};

export type ProposalAssessmentsQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;

export type ProposalAssessmentsQuery = {
  assessments: Array<{
    id: string;
    department: string;
    dueOn: string;
    overdue: boolean;
    status: AssessmentStatus;
    feasibility: Feasibility | null;
    responsibility: ResponsibilityLevel | null;
    canRecord: boolean;
    assessedAt: string | null;
    proposal: {
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      actionFieldTitle: string;
      supportCount: number;
    };
  }>;
};

export type AssessmentDepartmentsQueryVariables = Exact<{ [key: string]: never }>;

export type AssessmentDepartmentsQuery = { departments: Array<string> };

export type AssessmentOverviewQueryVariables = Exact<{
  filter: InputMaybe<AssessmentFilter>;
}>;

export type AssessmentOverviewQuery = {
  assessmentOverview: Array<{
    department: string;
    assigned: number;
    inProgress: number;
    submitted: number;
    overdue: number;
    dueSoon: number;
  }>;
  assessments: Array<{
    id: string;
    department: string;
    dueOn: string;
    overdue: boolean;
    status: AssessmentStatus;
    feasibility: Feasibility | null;
    responsibility: ResponsibilityLevel | null;
    canRecord: boolean;
    assessedAt: string | null;
    proposal: {
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      actionFieldTitle: string;
      supportCount: number;
    };
  }>;
};

export type AssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AssessmentQuery = {
  assessment: {
    costNote: string;
    publicComment: string;
    internalComment: string;
    assignedAt: string;
    id: string;
    department: string;
    dueOn: string;
    overdue: boolean;
    status: AssessmentStatus;
    feasibility: Feasibility | null;
    responsibility: ResponsibilityLevel | null;
    canRecord: boolean;
    assessedAt: string | null;
    assignedBy: { id: string; displayName: string } | null;
    assessedBy: { id: string; displayName: string } | null;
    proposal: {
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      actionFieldTitle: string;
      supportCount: number;
    };
  };
};

export type AssignAssessmentMutationVariables = Exact<{
  input: AssignAssessmentInput;
}>;

export type AssignAssessmentMutation = {
  assignAssessment: {
    id: string;
    department: string;
    dueOn: string;
    overdue: boolean;
    status: AssessmentStatus;
    feasibility: Feasibility | null;
    responsibility: ResponsibilityLevel | null;
    canRecord: boolean;
    assessedAt: string | null;
    proposal: {
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      actionFieldTitle: string;
      supportCount: number;
    };
  };
};

export type UnassignAssessmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnassignAssessmentMutation = { unassignAssessment: boolean };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;

export type RecordAssessmentMutation = {
  recordAssessment: {
    costNote: string;
    publicComment: string;
    internalComment: string;
    assignedAt: string;
    id: string;
    department: string;
    dueOn: string;
    overdue: boolean;
    status: AssessmentStatus;
    feasibility: Feasibility | null;
    responsibility: ResponsibilityLevel | null;
    canRecord: boolean;
    assessedAt: string | null;
    assignedBy: { id: string; displayName: string } | null;
    assessedBy: { id: string; displayName: string } | null;
    proposal: {
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      actionFieldTitle: string;
      supportCount: number;
    };
  };
};

export type AuditEntryItemFragment = {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  processId: string | null;
  reason: string | null;
  before: string | null;
  after: string | null;
};

export type AuditLogPageQueryVariables = Exact<{
  filter: InputMaybe<AuditLogFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type AuditLogPageQuery = {
  auditLog: {
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    nodes: Array<{
      id: string;
      occurredAt: string;
      actorId: string | null;
      actorName: string;
      actorRole: string | null;
      action: string;
      targetType: string;
      targetId: string | null;
      targetLabel: string;
      processId: string | null;
      reason: string | null;
      before: string | null;
      after: string | null;
    }>;
  };
};

export type AuditActionNamesQueryVariables = Exact<{ [key: string]: never }>;

export type AuditActionNamesQuery = { auditActions: Array<string> };

export type EditorTranslationFragment = { locale: string; text: string };

export type EditorSourceFragment = {
  id: string;
  number: number;
  title: string;
  state: string;
  supportCount: number;
  direct: boolean;
};

export type EditorMilestoneFragment = {
  id: string;
  position: number;
  title: string;
  dueOn: string;
  doneOn: string | null;
  titleTranslations: Array<{ locale: string; text: string }>;
};

export type EditorMeasureFragment = {
  id: string;
  key: string;
  goalId: string;
  number: number;
  code: string;
  text: string;
  responsibility: string;
  department: string;
  costNote: string;
  priority: MeasurePriority | null;
  status: ImplementationStatus;
  progress: number;
  textTranslations: Array<{ locale: string; text: string }>;
  milestones: Array<{
    id: string;
    position: number;
    title: string;
    dueOn: string;
    doneOn: string | null;
    titleTranslations: Array<{ locale: string; text: string }>;
  }>;
  provenance: {
    proposalCount: number;
    proposals: Array<{
      id: string;
      number: number;
      title: string;
      state: string;
      supportCount: number;
      direct: boolean;
    }>;
  };
  statusHistory: Array<{
    status: ImplementationStatus;
    progress: number;
    note: string;
    changedBy: string | null;
    changedAt: string;
  }>;
};

export type EditorGoalFragment = {
  id: string;
  key: string;
  position: number;
  title: string;
  titleTranslations: Array<{ locale: string; text: string }>;
  sources: Array<{
    id: string;
    number: number;
    title: string;
    state: string;
    supportCount: number;
    direct: boolean;
  }>;
  measures: Array<{
    id: string;
    key: string;
    goalId: string;
    number: number;
    code: string;
    text: string;
    responsibility: string;
    department: string;
    costNote: string;
    priority: MeasurePriority | null;
    status: ImplementationStatus;
    progress: number;
    textTranslations: Array<{ locale: string; text: string }>;
    milestones: Array<{
      id: string;
      position: number;
      title: string;
      dueOn: string;
      doneOn: string | null;
      titleTranslations: Array<{ locale: string; text: string }>;
    }>;
    provenance: {
      proposalCount: number;
      proposals: Array<{
        id: string;
        number: number;
        title: string;
        state: string;
        supportCount: number;
        direct: boolean;
      }>;
    };
    statusHistory: Array<{
      status: ImplementationStatus;
      progress: number;
      note: string;
      changedBy: string | null;
      changedAt: string;
    }>;
  }>;
};

export type EditorActionFieldFragment = {
  id: string;
  position: number;
  title: string;
  measureCount: number;
  goals: Array<{
    id: string;
    key: string;
    position: number;
    title: string;
    titleTranslations: Array<{ locale: string; text: string }>;
    sources: Array<{
      id: string;
      number: number;
      title: string;
      state: string;
      supportCount: number;
      direct: boolean;
    }>;
    measures: Array<{
      id: string;
      key: string;
      goalId: string;
      number: number;
      code: string;
      text: string;
      responsibility: string;
      department: string;
      costNote: string;
      priority: MeasurePriority | null;
      status: ImplementationStatus;
      progress: number;
      textTranslations: Array<{ locale: string; text: string }>;
      milestones: Array<{
        id: string;
        position: number;
        title: string;
        dueOn: string;
        doneOn: string | null;
        titleTranslations: Array<{ locale: string; text: string }>;
      }>;
      provenance: {
        proposalCount: number;
        proposals: Array<{
          id: string;
          number: number;
          title: string;
          state: string;
          supportCount: number;
          direct: boolean;
        }>;
      };
      statusHistory: Array<{
        status: ImplementationStatus;
        progress: number;
        note: string;
        changedBy: string | null;
        changedAt: string;
      }>;
    }>;
  }>;
};

export type EditorCatalogueQueryVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;

export type EditorCatalogueQuery = {
  managedCatalogue: {
    processId: string;
    processTitle: string;
    version: {
      id: string;
      number: number;
      status: CatalogueVersionStatus;
      basedOnNumber: number | null;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      updatedAt: string;
    };
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      measureCount: number;
      goals: Array<{
        id: string;
        key: string;
        position: number;
        title: string;
        titleTranslations: Array<{ locale: string; text: string }>;
        sources: Array<{
          id: string;
          number: number;
          title: string;
          state: string;
          supportCount: number;
          direct: boolean;
        }>;
        measures: Array<{
          id: string;
          key: string;
          goalId: string;
          number: number;
          code: string;
          text: string;
          responsibility: string;
          department: string;
          costNote: string;
          priority: MeasurePriority | null;
          status: ImplementationStatus;
          progress: number;
          textTranslations: Array<{ locale: string; text: string }>;
          milestones: Array<{
            id: string;
            position: number;
            title: string;
            dueOn: string;
            doneOn: string | null;
            titleTranslations: Array<{ locale: string; text: string }>;
          }>;
          provenance: {
            proposalCount: number;
            proposals: Array<{
              id: string;
              number: number;
              title: string;
              state: string;
              supportCount: number;
              direct: boolean;
            }>;
          };
          statusHistory: Array<{
            status: ImplementationStatus;
            progress: number;
            note: string;
            changedBy: string | null;
            changedAt: string;
          }>;
        }>;
      }>;
    }>;
  } | null;
};

export type EditorProposalPicksQueryVariables = Exact<{
  input: ProposalPickQueryInput;
}>;

export type EditorProposalPicksQuery = {
  catalogueProposalPicks: Array<{
    id: string;
    number: number;
    title: string;
    kind: string;
    state: string;
    actionFieldId: string;
    supportCount: number;
    usedIn: Array<string>;
  }>;
};

export type EditorSaveGoalMutationVariables = Exact<{
  input: CatalogueGoalInput;
}>;

export type EditorSaveGoalMutation = {
  saveCatalogueGoal: {
    id: string;
    key: string;
    position: number;
    title: string;
    titleTranslations: Array<{ locale: string; text: string }>;
    sources: Array<{
      id: string;
      number: number;
      title: string;
      state: string;
      supportCount: number;
      direct: boolean;
    }>;
    measures: Array<{
      id: string;
      key: string;
      goalId: string;
      number: number;
      code: string;
      text: string;
      responsibility: string;
      department: string;
      costNote: string;
      priority: MeasurePriority | null;
      status: ImplementationStatus;
      progress: number;
      textTranslations: Array<{ locale: string; text: string }>;
      milestones: Array<{
        id: string;
        position: number;
        title: string;
        dueOn: string;
        doneOn: string | null;
        titleTranslations: Array<{ locale: string; text: string }>;
      }>;
      provenance: {
        proposalCount: number;
        proposals: Array<{
          id: string;
          number: number;
          title: string;
          state: string;
          supportCount: number;
          direct: boolean;
        }>;
      };
      statusHistory: Array<{
        status: ImplementationStatus;
        progress: number;
        note: string;
        changedBy: string | null;
        changedAt: string;
      }>;
    }>;
  };
};

export type EditorDeleteGoalMutationVariables = Exact<{
  goalId: Scalars['ID']['input'];
}>;

export type EditorDeleteGoalMutation = { deleteCatalogueGoal: boolean };

export type EditorSaveMeasureMutationVariables = Exact<{
  input: CatalogueMeasureInput;
}>;

export type EditorSaveMeasureMutation = {
  saveCatalogueMeasure: {
    id: string;
    key: string;
    goalId: string;
    number: number;
    code: string;
    text: string;
    responsibility: string;
    department: string;
    costNote: string;
    priority: MeasurePriority | null;
    status: ImplementationStatus;
    progress: number;
    textTranslations: Array<{ locale: string; text: string }>;
    milestones: Array<{
      id: string;
      position: number;
      title: string;
      dueOn: string;
      doneOn: string | null;
      titleTranslations: Array<{ locale: string; text: string }>;
    }>;
    provenance: {
      proposalCount: number;
      proposals: Array<{
        id: string;
        number: number;
        title: string;
        state: string;
        supportCount: number;
        direct: boolean;
      }>;
    };
    statusHistory: Array<{
      status: ImplementationStatus;
      progress: number;
      note: string;
      changedBy: string | null;
      changedAt: string;
    }>;
  };
};

export type EditorDeleteMeasureMutationVariables = Exact<{
  measureId: Scalars['ID']['input'];
}>;

export type EditorDeleteMeasureMutation = { deleteCatalogueMeasure: boolean };

export type EditorReorderFieldMutationVariables = Exact<{
  input: ReorderCatalogueFieldInput;
}>;

export type EditorReorderFieldMutation = {
  reorderCatalogueField: {
    id: string;
    position: number;
    title: string;
    measureCount: number;
    goals: Array<{
      id: string;
      key: string;
      position: number;
      title: string;
      titleTranslations: Array<{ locale: string; text: string }>;
      sources: Array<{
        id: string;
        number: number;
        title: string;
        state: string;
        supportCount: number;
        direct: boolean;
      }>;
      measures: Array<{
        id: string;
        key: string;
        goalId: string;
        number: number;
        code: string;
        text: string;
        responsibility: string;
        department: string;
        costNote: string;
        priority: MeasurePriority | null;
        status: ImplementationStatus;
        progress: number;
        textTranslations: Array<{ locale: string; text: string }>;
        milestones: Array<{
          id: string;
          position: number;
          title: string;
          dueOn: string;
          doneOn: string | null;
          titleTranslations: Array<{ locale: string; text: string }>;
        }>;
        provenance: {
          proposalCount: number;
          proposals: Array<{
            id: string;
            number: number;
            title: string;
            state: string;
            supportCount: number;
            direct: boolean;
          }>;
        };
        statusHistory: Array<{
          status: ImplementationStatus;
          progress: number;
          note: string;
          changedBy: string | null;
          changedAt: string;
        }>;
      }>;
    }>;
  };
};

export type EditorUpdateMeasureStatusMutationVariables = Exact<{
  input: MeasureStatusInput;
}>;

export type EditorUpdateMeasureStatusMutation = {
  updateMeasureStatus: {
    id: string;
    key: string;
    goalId: string;
    number: number;
    code: string;
    text: string;
    responsibility: string;
    department: string;
    costNote: string;
    priority: MeasurePriority | null;
    status: ImplementationStatus;
    progress: number;
    textTranslations: Array<{ locale: string; text: string }>;
    milestones: Array<{
      id: string;
      position: number;
      title: string;
      dueOn: string;
      doneOn: string | null;
      titleTranslations: Array<{ locale: string; text: string }>;
    }>;
    provenance: {
      proposalCount: number;
      proposals: Array<{
        id: string;
        number: number;
        title: string;
        state: string;
        supportCount: number;
        direct: boolean;
      }>;
    };
    statusHistory: Array<{
      status: ImplementationStatus;
      progress: number;
      note: string;
      changedBy: string | null;
      changedAt: string;
    }>;
  };
};

export type CatalogueVersionItemFragment = {
  id: string;
  processId: string;
  number: number;
  status: CatalogueVersionStatus;
  basedOnNumber: number | null;
  adoptedOn: string | null;
  councilReference: string | null;
  adoptedAt: string | null;
  goalCount: number;
  measureCount: number;
  createdAt: string;
  updatedAt: string;
};

export type CatalogueExportJobItemFragment = {
  id: string;
  kind: string;
  format: ExportFormat;
  status: JobStatus;
  total: number;
  processed: number;
  fileName: string | null;
  byteSize: number | null;
  downloadUrl: string | null;
  error: string | null;
};

export type CatalogueProcessesQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueProcessesQuery = {
  processes: Array<{ id: string; slug: string; title: string; isCurrent: boolean }>;
};

export type CatalogueVersionsQueryVariables = Exact<{
  processId: Scalars['ID']['input'];
}>;

export type CatalogueVersionsQuery = {
  catalogueVersions: Array<{
    id: string;
    processId: string;
    number: number;
    status: CatalogueVersionStatus;
    basedOnNumber: number | null;
    adoptedOn: string | null;
    councilReference: string | null;
    adoptedAt: string | null;
    goalCount: number;
    measureCount: number;
    createdAt: string;
    updatedAt: string;
  }>;
};

export type StartCatalogueDraftMutationVariables = Exact<{
  input: StartCatalogueDraftInput;
}>;

export type StartCatalogueDraftMutation = {
  startCatalogueDraft: {
    id: string;
    processId: string;
    number: number;
    status: CatalogueVersionStatus;
    basedOnNumber: number | null;
    adoptedOn: string | null;
    councilReference: string | null;
    adoptedAt: string | null;
    goalCount: number;
    measureCount: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type DeleteCatalogueDraftMutationVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;

export type DeleteCatalogueDraftMutation = { deleteCatalogueDraft: boolean };

export type AdoptCatalogueVersionMutationVariables = Exact<{
  input: AdoptCatalogueInput;
}>;

export type AdoptCatalogueVersionMutation = {
  adoptCatalogueVersion: {
    notifiedAuthorCount: number;
    version: {
      id: string;
      processId: string;
      number: number;
      status: CatalogueVersionStatus;
      basedOnNumber: number | null;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      goalCount: number;
      measureCount: number;
      createdAt: string;
      updatedAt: string;
    };
  };
};

export type ImportCatalogueMutationVariables = Exact<{
  input: ImportCatalogueInput;
}>;

export type ImportCatalogueMutation = {
  importCatalogue: {
    actionFieldCount: number;
    goalCount: number;
    measureCount: number;
    version: {
      id: string;
      processId: string;
      number: number;
      status: CatalogueVersionStatus;
      basedOnNumber: number | null;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      goalCount: number;
      measureCount: number;
      createdAt: string;
      updatedAt: string;
    };
  };
};

export type RequestCatalogueExportMutationVariables = Exact<{
  input: CatalogueExportInput;
}>;

export type RequestCatalogueExportMutation = {
  requestCatalogueExport: {
    id: string;
    kind: string;
    format: ExportFormat;
    status: JobStatus;
    total: number;
    processed: number;
    fileName: string | null;
    byteSize: number | null;
    downloadUrl: string | null;
    error: string | null;
  };
};

export type RequestProposalsExportMutationVariables = Exact<{
  input: ProposalsExportInput;
}>;

export type RequestProposalsExportMutation = {
  requestProposalsExport: {
    id: string;
    kind: string;
    format: ExportFormat;
    status: JobStatus;
    total: number;
    processed: number;
    fileName: string | null;
    byteSize: number | null;
    downloadUrl: string | null;
    error: string | null;
  };
};

export type CatalogueExportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CatalogueExportJobQuery = {
  exportJob: {
    id: string;
    kind: string;
    format: ExportFormat;
    status: JobStatus;
    total: number;
    processed: number;
    fileName: string | null;
    byteSize: number | null;
    downloadUrl: string | null;
    error: string | null;
  } | null;
};

export type CatalogueDiffQueryVariables = Exact<{
  fromVersionId: Scalars['ID']['input'];
  toVersionId: Scalars['ID']['input'];
}>;

export type CatalogueDiffQuery = {
  catalogueDiff: {
    from: {
      id: string;
      processId: string;
      number: number;
      status: CatalogueVersionStatus;
      basedOnNumber: number | null;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      goalCount: number;
      measureCount: number;
      createdAt: string;
      updatedAt: string;
    };
    to: {
      id: string;
      processId: string;
      number: number;
      status: CatalogueVersionStatus;
      basedOnNumber: number | null;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      goalCount: number;
      measureCount: number;
      createdAt: string;
      updatedAt: string;
    };
    added: Array<{
      key: string;
      before: { code: string; text: string; goalKey: string } | null;
      after: { code: string; text: string; goalKey: string } | null;
    }>;
    removed: Array<{
      key: string;
      before: { code: string; text: string; goalKey: string } | null;
      after: { code: string; text: string; goalKey: string } | null;
    }>;
    renumbered: Array<{
      key: string;
      before: { code: string; text: string; goalKey: string } | null;
      after: { code: string; text: string; goalKey: string } | null;
    }>;
    reworded: Array<{
      key: string;
      before: { code: string; text: string; goalKey: string } | null;
      after: { code: string; text: string; goalKey: string } | null;
    }>;
    goalsAdded: Array<{ key: string; before: string | null; after: string | null }>;
    goalsRemoved: Array<{ key: string; before: string | null; after: string | null }>;
    goalsReworded: Array<{ key: string; before: string | null; after: string | null }>;
  };
};

export type MeasureDiffItemFragment = {
  key: string;
  before: { code: string; text: string; goalKey: string } | null;
  after: { code: string; text: string; goalKey: string } | null;
};

export type GoalDiffItemFragment = { key: string; before: string | null; after: string | null };

export type PublicCatalogueVersionFragment = {
  id: string;
  number: number;
  adoptedOn: string | null;
  councilReference: string | null;
  goalCount: number;
  measureCount: number;
};

export type PublicProvenanceProposalFragment = {
  id: string;
  number: number;
  title: string;
  language: string;
  source: string;
  state: string;
  forumTitle: string | null;
  supportCount: number;
  direct: boolean;
};

export type PublicCatalogueMeasureFragment = {
  id: string;
  number: number;
  code: string;
  text: string;
  textLocale: string;
  responsibility: string;
  department: string;
  costNote: string;
  priority: MeasurePriority | null;
  status: ImplementationStatus;
  progress: number;
  milestones: Array<{
    id: string;
    position: number;
    title: string;
    titleLocale: string;
    dueOn: string;
    doneOn: string | null;
  }>;
  provenance: {
    proposalCount: number;
    forumCount: number;
    contributorCount: number;
    supportCount: number;
    proposals: Array<{
      id: string;
      number: number;
      title: string;
      language: string;
      source: string;
      state: string;
      forumTitle: string | null;
      supportCount: number;
      direct: boolean;
    }>;
    forums: Array<{ id: string; title: string }>;
  };
};

export type PublicCatalogueGoalFragment = {
  id: string;
  position: number;
  title: string;
  titleLocale: string;
  sources: Array<{
    id: string;
    number: number;
    title: string;
    language: string;
    source: string;
    state: string;
    forumTitle: string | null;
    supportCount: number;
    direct: boolean;
  }>;
  measures: Array<{
    id: string;
    number: number;
    code: string;
    text: string;
    textLocale: string;
    responsibility: string;
    department: string;
    costNote: string;
    priority: MeasurePriority | null;
    status: ImplementationStatus;
    progress: number;
    milestones: Array<{
      id: string;
      position: number;
      title: string;
      titleLocale: string;
      dueOn: string;
      doneOn: string | null;
    }>;
    provenance: {
      proposalCount: number;
      forumCount: number;
      contributorCount: number;
      supportCount: number;
      proposals: Array<{
        id: string;
        number: number;
        title: string;
        language: string;
        source: string;
        state: string;
        forumTitle: string | null;
        supportCount: number;
        direct: boolean;
      }>;
      forums: Array<{ id: string; title: string }>;
    };
  }>;
};

export type CatalogueQueryVariables = Exact<{
  processSlug: InputMaybe<Scalars['String']['input']>;
  versionNumber: InputMaybe<Scalars['Int']['input']>;
}>;

export type CatalogueQuery = {
  catalogue: {
    processId: string;
    processSlug: string;
    processTitle: string;
    version: {
      id: string;
      number: number;
      adoptedOn: string | null;
      councilReference: string | null;
      goalCount: number;
      measureCount: number;
    };
    versions: Array<{
      id: string;
      number: number;
      adoptedOn: string | null;
      councilReference: string | null;
      goalCount: number;
      measureCount: number;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      measureCount: number;
      goals: Array<{ id: string; measures: Array<{ id: string; status: ImplementationStatus }> }>;
    }>;
  } | null;
};

export type CatalogueFieldDetailQueryVariables = Exact<{
  processSlug: InputMaybe<Scalars['String']['input']>;
  versionNumber: InputMaybe<Scalars['Int']['input']>;
}>;

export type CatalogueFieldDetailQuery = {
  catalogue: {
    processId: string;
    processSlug: string;
    processTitle: string;
    version: {
      id: string;
      number: number;
      adoptedOn: string | null;
      councilReference: string | null;
      goalCount: number;
      measureCount: number;
    };
    versions: Array<{
      id: string;
      number: number;
      adoptedOn: string | null;
      councilReference: string | null;
      goalCount: number;
      measureCount: number;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      description: string;
      measureCount: number;
      goals: Array<{
        id: string;
        position: number;
        title: string;
        titleLocale: string;
        sources: Array<{
          id: string;
          number: number;
          title: string;
          language: string;
          source: string;
          state: string;
          forumTitle: string | null;
          supportCount: number;
          direct: boolean;
        }>;
        measures: Array<{
          id: string;
          number: number;
          code: string;
          text: string;
          textLocale: string;
          responsibility: string;
          department: string;
          costNote: string;
          priority: MeasurePriority | null;
          status: ImplementationStatus;
          progress: number;
          milestones: Array<{
            id: string;
            position: number;
            title: string;
            titleLocale: string;
            dueOn: string;
            doneOn: string | null;
          }>;
          provenance: {
            proposalCount: number;
            forumCount: number;
            contributorCount: number;
            supportCount: number;
            proposals: Array<{
              id: string;
              number: number;
              title: string;
              language: string;
              source: string;
              state: string;
              forumTitle: string | null;
              supportCount: number;
              direct: boolean;
            }>;
            forums: Array<{ id: string; title: string }>;
          };
        }>;
      }>;
    }>;
  } | null;
};

export type ProposalInCatalogueQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;

export type ProposalInCatalogueQuery = {
  proposalInCatalogue: Array<{
    measureId: string;
    code: string;
    text: string;
    textLocale: string;
    actionFieldPosition: number;
    actionFieldTitle: string;
    status: ImplementationStatus;
    progress: number;
    versionNumber: number;
    adoptedOn: string;
    councilReference: string;
  }>;
};

export type ThreadCommentFragment = {
  id: string;
  proposalId: string;
  parentId: string | null;
  depth: number;
  body: string;
  deleted: boolean;
  hidden: boolean;
  createdAt: string;
  editedAt: string | null;
  upvotes: number;
  downvotes: number;
  myVote: CommentVote;
  canEdit: boolean;
  canDelete: boolean;
  canReply: boolean;
  editableUntil: string | null;
  author: { id: string; displayName: string } | null;
};

export type CommentThreadQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;

export type CommentThreadQuery = {
  comments: Array<{
    id: string;
    proposalId: string;
    parentId: string | null;
    depth: number;
    body: string;
    deleted: boolean;
    hidden: boolean;
    createdAt: string;
    editedAt: string | null;
    upvotes: number;
    downvotes: number;
    myVote: CommentVote;
    canEdit: boolean;
    canDelete: boolean;
    canReply: boolean;
    editableUntil: string | null;
    author: { id: string; displayName: string } | null;
  }>;
};

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type AddCommentMutation = {
  addComment: {
    id: string;
    proposalId: string;
    parentId: string | null;
    depth: number;
    body: string;
    deleted: boolean;
    hidden: boolean;
    createdAt: string;
    editedAt: string | null;
    upvotes: number;
    downvotes: number;
    myVote: CommentVote;
    canEdit: boolean;
    canDelete: boolean;
    canReply: boolean;
    editableUntil: string | null;
    author: { id: string; displayName: string } | null;
  };
};

export type EditCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;

export type EditCommentMutation = {
  editComment: {
    id: string;
    proposalId: string;
    parentId: string | null;
    depth: number;
    body: string;
    deleted: boolean;
    hidden: boolean;
    createdAt: string;
    editedAt: string | null;
    upvotes: number;
    downvotes: number;
    myVote: CommentVote;
    canEdit: boolean;
    canDelete: boolean;
    canReply: boolean;
    editableUntil: string | null;
    author: { id: string; displayName: string } | null;
  };
};

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteCommentMutation = {
  deleteComment: {
    id: string;
    proposalId: string;
    parentId: string | null;
    depth: number;
    body: string;
    deleted: boolean;
    hidden: boolean;
    createdAt: string;
    editedAt: string | null;
    upvotes: number;
    downvotes: number;
    myVote: CommentVote;
    canEdit: boolean;
    canDelete: boolean;
    canReply: boolean;
    editableUntil: string | null;
    author: { id: string; displayName: string } | null;
  };
};

export type VoteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  vote: CommentVote;
}>;

export type VoteCommentMutation = {
  voteComment: {
    id: string;
    proposalId: string;
    parentId: string | null;
    depth: number;
    body: string;
    deleted: boolean;
    hidden: boolean;
    createdAt: string;
    editedAt: string | null;
    upvotes: number;
    downvotes: number;
    myVote: CommentVote;
    canEdit: boolean;
    canDelete: boolean;
    canReply: boolean;
    editableUntil: string | null;
    author: { id: string; displayName: string } | null;
  };
};

export type SessionUserFragment = {
  id: string;
  displayName: string;
  role: Role;
  department: string | null;
  locale: string;
  email: string | null;
  emailConfirmed: boolean;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Scalars['String']['input'];
}>;

export type UpdateMyLocaleMutation = {
  updateMyProfile: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type LineageNodeFragment = {
  id: string;
  number: number;
  title: string;
  kind: ProposalKind;
  state: ProposalState;
  supportCount: number;
  commentCount: number;
  hidden: boolean;
};

export type CurationLineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CurationLineageQuery = {
  proposalLineage: {
    proposalId: string;
    parents: Array<{
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      state: ProposalState;
      supportCount: number;
      commentCount: number;
      hidden: boolean;
    }>;
    children: Array<{
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      state: ProposalState;
      supportCount: number;
      commentCount: number;
      hidden: boolean;
    }>;
    ancestors: Array<{
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      state: ProposalState;
      supportCount: number;
      commentCount: number;
      hidden: boolean;
    }>;
    descendants: Array<{
      id: string;
      number: number;
      title: string;
      kind: ProposalKind;
      state: ProposalState;
      supportCount: number;
      commentCount: number;
      hidden: boolean;
    }>;
    edges: Array<{ parentId: string; childId: string; kind: LineageKind }>;
  };
};

export type CurationProposalFragment = {
  id: string;
  number: number;
  title: string;
  body: string;
  kind: ProposalKind;
  state: ProposalState;
  hidden: boolean;
  processId: string;
  processSlug: string;
  supportCount: number;
  commentCount: number;
  actionField: { id: string; title: string };
};

export type CurationProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CurationProposalQuery = {
  proposal: {
    id: string;
    number: number;
    title: string;
    body: string;
    kind: ProposalKind;
    state: ProposalState;
    hidden: boolean;
    processId: string;
    processSlug: string;
    supportCount: number;
    commentCount: number;
    actionField: { id: string; title: string };
  } | null;
};

export type CurationCandidatesQueryVariables = Exact<{
  filter: ProposalFilter;
  first: Scalars['Int']['input'];
}>;

export type CurationCandidatesQuery = {
  proposals: {
    totalCount: number;
    nodes: Array<{
      id: string;
      number: number;
      title: string;
      body: string;
      kind: ProposalKind;
      state: ProposalState;
      hidden: boolean;
      processId: string;
      processSlug: string;
      supportCount: number;
      commentCount: number;
      actionField: { id: string; title: string };
    }>;
  };
};

export type CurationMergePreviewQueryVariables = Exact<{
  sourceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type CurationMergePreviewQuery = { mergePreview: number };

export type CurationMergeMutationVariables = Exact<{
  input: MergeProposalsInput;
}>;

export type CurationMergeMutation = { mergeProposals: { id: string; number: number; supportCount: number } };

export type CurationSplitMutationVariables = Exact<{
  input: SplitProposalInput;
}>;

export type CurationSplitMutation = { splitProposal: Array<{ id: string; number: number; title: string }> };

export type WordingRevisionFragment = {
  revision: number;
  title: string;
  body: string;
  editorial: boolean;
  note: string | null;
  createdAt: string;
  editedBy: { id: string; displayName: string } | null;
};

export type WordingHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WordingHistoryQuery = {
  proposal: {
    id: string;
    revisionCount: number;
    revisions: Array<{
      revision: number;
      title: string;
      body: string;
      editorial: boolean;
      note: string | null;
      createdAt: string;
      editedBy: { id: string; displayName: string } | null;
    }>;
  } | null;
};

export type WordingReviseMutationVariables = Exact<{
  input: ReviseProposalInput;
}>;

export type WordingReviseMutation = {
  reviseProposal: { id: string; title: string; body: string; revisionCount: number };
};

export type DevMailsQueryVariables = Exact<{ [key: string]: never }>;

export type DevMailsQuery = {
  devMails: Array<{
    id: string;
    to: Array<string>;
    from: string;
    subject: string;
    text: string;
    html: string;
    receivedAt: string;
  }>;
};

export type DevMailViewerEnabledQueryVariables = Exact<{ [key: string]: never }>;

export type DevMailViewerEnabledQuery = { appInfo: { devMailViewer: boolean } };

export type MyFollowsQueryVariables = Exact<{ [key: string]: never }>;

export type MyFollowsQuery = {
  myFollows: Array<{
    target: FollowTarget;
    targetId: string;
    title: string;
    processSlug: string | null;
    createdAt: string;
  }>;
};

export type FollowMutationVariables = Exact<{
  target: FollowTarget;
  id: Scalars['ID']['input'];
}>;

export type FollowMutation = { follow: boolean };

export type UnfollowMutationVariables = Exact<{
  target: FollowTarget;
  id: Scalars['ID']['input'];
}>;

export type UnfollowMutation = { unfollow: boolean };

export type AdminUserRowFragment = {
  id: string;
  displayName: string;
  email: string | null;
  role: Role;
  department: string | null;
  emailConfirmed: boolean;
  createdAt: string;
};

export type AdminUsersQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  role: InputMaybe<Role>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;

export type AdminUsersQuery = {
  users: {
    totalCount: number;
    items: Array<{
      id: string;
      displayName: string;
      email: string | null;
      role: Role;
      department: string | null;
      emailConfirmed: boolean;
      createdAt: string;
    }>;
  };
};

export type SetUserRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;

export type SetUserRoleMutation = {
  setUserRole: {
    id: string;
    displayName: string;
    email: string | null;
    role: Role;
    department: string | null;
    emailConfirmed: boolean;
    createdAt: string;
  };
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = { register: boolean };

export type ConfirmEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type ConfirmEmailMutation = { confirmEmail: boolean };

export type ResendConfirmationMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;

export type ResendConfirmationMutation = { resendConfirmation: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: {
    municipality: string | null;
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type MyMunicipalityQueryVariables = Exact<{ [key: string]: never }>;

export type MyMunicipalityQuery = { me: { id: string; municipality: string | null } | null };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type MailDeliveryFailuresQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;

export type MailDeliveryFailuresQuery = {
  mailDeliveryFailures: Array<{
    id: string;
    template: string;
    recipientEmail: string;
    attempts: number;
    lastError: string | null;
    failedAt: string;
  }>;
};

export type AutoHideThresholdQueryVariables = Exact<{
  processId: Scalars['ID']['input'];
}>;

export type AutoHideThresholdQuery = { autoHideThreshold: number | null };

export type SetAutoHideThresholdMutationVariables = Exact<{
  processId: Scalars['ID']['input'];
  threshold: InputMaybe<Scalars['Int']['input']>;
}>;

export type SetAutoHideThresholdMutation = { setAutoHideThreshold: number | null };

export type HidingDetailsFragment = {
  id: string;
  targetType: HideTargetType;
  targetId: string;
  reason: string;
  templateKey: string | null;
  automatic: boolean;
  hiddenAt: string;
  liftedAt: string | null;
  reviewRequestedAt: string | null;
  reviewRequest: string | null;
  reviewDecidedAt: string | null;
  reviewOutcome: ReviewOutcome | null;
  canRequestReview: boolean;
  hiddenBy: { id: string; displayName: string } | null;
};

export type ContentHidingQueryVariables = Exact<{
  targetType: HideTargetType;
  targetId: Scalars['ID']['input'];
}>;

export type ContentHidingQuery = {
  hiding: {
    id: string;
    targetType: HideTargetType;
    targetId: string;
    reason: string;
    templateKey: string | null;
    automatic: boolean;
    hiddenAt: string;
    liftedAt: string | null;
    reviewRequestedAt: string | null;
    reviewRequest: string | null;
    reviewDecidedAt: string | null;
    reviewOutcome: ReviewOutcome | null;
    canRequestReview: boolean;
    hiddenBy: { id: string; displayName: string } | null;
  } | null;
};

export type HideContentMutationVariables = Exact<{
  input: HideContentInput;
}>;

export type HideContentMutation = {
  hideContent: {
    id: string;
    targetType: HideTargetType;
    targetId: string;
    reason: string;
    templateKey: string | null;
    automatic: boolean;
    hiddenAt: string;
    liftedAt: string | null;
    reviewRequestedAt: string | null;
    reviewRequest: string | null;
    reviewDecidedAt: string | null;
    reviewOutcome: ReviewOutcome | null;
    canRequestReview: boolean;
    hiddenBy: { id: string; displayName: string } | null;
  };
};

export type UnhideContentMutationVariables = Exact<{
  targetType: HideTargetType;
  targetId: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
}>;

export type UnhideContentMutation = { unhideContent: boolean };

export type RequestHidingReviewMutationVariables = Exact<{
  hidingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;

export type RequestHidingReviewMutation = {
  requestHidingReview: {
    id: string;
    targetType: HideTargetType;
    targetId: string;
    reason: string;
    templateKey: string | null;
    automatic: boolean;
    hiddenAt: string;
    liftedAt: string | null;
    reviewRequestedAt: string | null;
    reviewRequest: string | null;
    reviewDecidedAt: string | null;
    reviewOutcome: ReviewOutcome | null;
    canRequestReview: boolean;
    hiddenBy: { id: string; displayName: string } | null;
  };
};

export type DecideHidingReviewMutationVariables = Exact<{
  input: DecideReviewInput;
}>;

export type DecideHidingReviewMutation = {
  decideHidingReview: {
    id: string;
    targetType: HideTargetType;
    targetId: string;
    reason: string;
    templateKey: string | null;
    automatic: boolean;
    hiddenAt: string;
    liftedAt: string | null;
    reviewRequestedAt: string | null;
    reviewRequest: string | null;
    reviewDecidedAt: string | null;
    reviewOutcome: ReviewOutcome | null;
    canRequestReview: boolean;
    hiddenBy: { id: string; displayName: string } | null;
  };
};

export type BlockUserMutationVariables = Exact<{
  input: BlockUserInput;
}>;

export type BlockUserMutation = {
  blockUser: {
    id: string;
    displayName: string;
    role: Role;
    blockedAt: string | null;
    blockReason: string | null;
    canBlock: boolean;
  };
};

export type UnblockUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;

export type UnblockUserMutation = {
  unblockUser: {
    id: string;
    displayName: string;
    role: Role;
    blockedAt: string | null;
    blockReason: string | null;
    canBlock: boolean;
  };
};

export type NetiquetteTemplateDetailsFragment = {
  id: string;
  key: string;
  title: string;
  body: string;
  position: number;
  active: boolean;
  titleTranslations: Array<{ locale: string; text: string }>;
  bodyTranslations: Array<{ locale: string; text: string }>;
};

export type NetiquetteTemplatesQueryVariables = Exact<{
  includeInactive: Scalars['Boolean']['input'];
}>;

export type NetiquetteTemplatesQuery = {
  netiquetteTemplates: Array<{
    id: string;
    key: string;
    title: string;
    body: string;
    position: number;
    active: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    bodyTranslations: Array<{ locale: string; text: string }>;
  }>;
};

export type CreateNetiquetteTemplateMutationVariables = Exact<{
  input: NetiquetteTemplateInput;
}>;

export type CreateNetiquetteTemplateMutation = {
  createNetiquetteTemplate: {
    id: string;
    key: string;
    title: string;
    body: string;
    position: number;
    active: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    bodyTranslations: Array<{ locale: string; text: string }>;
  };
};

export type UpdateNetiquetteTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: NetiquetteTemplateInput;
}>;

export type UpdateNetiquetteTemplateMutation = {
  updateNetiquetteTemplate: {
    id: string;
    key: string;
    title: string;
    body: string;
    position: number;
    active: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    bodyTranslations: Array<{ locale: string; text: string }>;
  };
};

export type ReportContentMutationVariables = Exact<{
  input: ReportInput;
}>;

export type ReportContentMutation = { report: boolean };

export type DismissReportsMutationVariables = Exact<{
  targetType: ReportTargetType;
  targetId: Scalars['ID']['input'];
}>;

export type DismissReportsMutation = { dismissReports: number };

export type ModerationQueueQueryVariables = Exact<{
  filter: InputMaybe<ModerationQueueFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;

export type ModerationQueueQuery = {
  moderationQueue: {
    totalCount: number;
    counts: { reported: number; reviewRequests: number; hidden: number };
    cases: Array<{
      targetType: ReportTargetType;
      targetId: string;
      openReportCount: number;
      lastReportedAt: string | null;
      reasons: Array<{ reason: ReportReason; count: number }>;
      reports: Array<{
        id: string;
        reason: ReportReason;
        details: string;
        createdAt: string;
        reporter: { id: string; displayName: string };
      }>;
      hiding: {
        id: string;
        reason: string;
        templateKey: string | null;
        automatic: boolean;
        hiddenAt: string;
        reviewRequestedAt: string | null;
        reviewRequest: string | null;
        hiddenBy: { id: string; displayName: string } | null;
      } | null;
      proposal: {
        id: string;
        number: number;
        title: string;
        bodyHtml: string;
        hidden: boolean;
        state: ProposalState;
        processSlug: string;
        author: { id: string; displayName: string } | null;
      } | null;
      comment: {
        id: string;
        body: string;
        createdAt: string;
        proposalId: string;
        proposalNumber: number;
        proposalTitle: string;
        parentBody: string | null;
        hidden: boolean;
        deleted: boolean;
        author: { id: string; displayName: string } | null;
      } | null;
      user: {
        id: string;
        displayName: string;
        role: Role;
        blockedAt: string | null;
        blockReason: string | null;
        proposalCount: number;
        commentCount: number;
        canBlock: boolean;
        createdAt: string;
      } | null;
    }>;
  };
};

export type ModerationCaseFragment = {
  targetType: ReportTargetType;
  targetId: string;
  openReportCount: number;
  lastReportedAt: string | null;
  reasons: Array<{ reason: ReportReason; count: number }>;
  reports: Array<{
    id: string;
    reason: ReportReason;
    details: string;
    createdAt: string;
    reporter: { id: string; displayName: string };
  }>;
  hiding: {
    id: string;
    reason: string;
    templateKey: string | null;
    automatic: boolean;
    hiddenAt: string;
    reviewRequestedAt: string | null;
    reviewRequest: string | null;
    hiddenBy: { id: string; displayName: string } | null;
  } | null;
  proposal: {
    id: string;
    number: number;
    title: string;
    bodyHtml: string;
    hidden: boolean;
    state: ProposalState;
    processSlug: string;
    author: { id: string; displayName: string } | null;
  } | null;
  comment: {
    id: string;
    body: string;
    createdAt: string;
    proposalId: string;
    proposalNumber: number;
    proposalTitle: string;
    parentBody: string | null;
    hidden: boolean;
    deleted: boolean;
    author: { id: string; displayName: string } | null;
  } | null;
  user: {
    id: string;
    displayName: string;
    role: Role;
    blockedAt: string | null;
    blockReason: string | null;
    proposalCount: number;
    commentCount: number;
    canBlock: boolean;
    createdAt: string;
  } | null;
};

export type CurrentProcessQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentProcessQuery = {
  currentProcess: {
    id: string;
    slug: string;
    title: string;
    summary: string;
    currentPhase: { id: string; kind: PhaseKind; title: string; endsAt: string } | null;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      description: string;
      crossCutting: boolean;
    }>;
  } | null;
};

export type TranslationItemFragment = { locale: string; text: string };

export type ManagedProcessFragment = {
  id: string;
  slug: string;
  title: string;
  isCurrent: boolean;
  titleTranslations: Array<{ locale: string; text: string }>;
  summaryTranslations: Array<{ locale: string; text: string }>;
  descriptionTranslations: Array<{ locale: string; text: string }>;
  currentPhase: { id: string; title: string } | null;
  phases: Array<{
    id: string;
    kind: PhaseKind;
    title: string;
    startsAt: string;
    endsAt: string;
    status: PhaseStatus;
    titleTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
  }>;
  actionFields: Array<{
    id: string;
    position: number;
    title: string;
    crossCutting: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
  }>;
  forums: Array<{
    id: string;
    title: string;
    startsAt: string;
    endsAt: string | null;
    place: string;
    municipality: string;
    format: ForumFormat;
    acceptsInput: boolean;
    actionField: { id: string; title: string };
    titleTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
  }>;
};

export type ManageProcessesQueryVariables = Exact<{ [key: string]: never }>;

export type ManageProcessesQuery = {
  processes: Array<{
    id: string;
    slug: string;
    title: string;
    isCurrent: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    summaryTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
    currentPhase: { id: string; title: string } | null;
    phases: Array<{
      id: string;
      kind: PhaseKind;
      title: string;
      startsAt: string;
      endsAt: string;
      status: PhaseStatus;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      crossCutting: boolean;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    forums: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      place: string;
      municipality: string;
      format: ForumFormat;
      acceptsInput: boolean;
      actionField: { id: string; title: string };
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
  }>;
};

export type CreateProcessMutationVariables = Exact<{
  input: ProcessInput;
}>;

export type CreateProcessMutation = {
  createProcess: {
    id: string;
    slug: string;
    title: string;
    isCurrent: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    summaryTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
    currentPhase: { id: string; title: string } | null;
    phases: Array<{
      id: string;
      kind: PhaseKind;
      title: string;
      startsAt: string;
      endsAt: string;
      status: PhaseStatus;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      crossCutting: boolean;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    forums: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      place: string;
      municipality: string;
      format: ForumFormat;
      acceptsInput: boolean;
      actionField: { id: string; title: string };
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
  };
};

export type UpdateProcessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProcessInput;
}>;

export type UpdateProcessMutation = {
  updateProcess: {
    id: string;
    slug: string;
    title: string;
    isCurrent: boolean;
    titleTranslations: Array<{ locale: string; text: string }>;
    summaryTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
    currentPhase: { id: string; title: string } | null;
    phases: Array<{
      id: string;
      kind: PhaseKind;
      title: string;
      startsAt: string;
      endsAt: string;
      status: PhaseStatus;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      crossCutting: boolean;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
    forums: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      place: string;
      municipality: string;
      format: ForumFormat;
      acceptsInput: boolean;
      actionField: { id: string; title: string };
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
    }>;
  };
};

export type SetCurrentProcessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SetCurrentProcessMutation = { setCurrentProcess: { id: string; isCurrent: boolean } };

export type CreatePhaseMutationVariables = Exact<{
  processId: Scalars['ID']['input'];
  input: PhaseInput;
}>;

export type CreatePhaseMutation = { createPhase: { id: string } };

export type UpdatePhaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PhaseInput;
}>;

export type UpdatePhaseMutation = { updatePhase: { id: string } };

export type DeletePhaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeletePhaseMutation = { deletePhase: boolean };

export type CreateActionFieldMutationVariables = Exact<{
  processId: Scalars['ID']['input'];
  input: ActionFieldInput;
}>;

export type CreateActionFieldMutation = { createActionField: { id: string } };

export type UpdateActionFieldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ActionFieldInput;
}>;

export type UpdateActionFieldMutation = { updateActionField: { id: string } };

export type CreateForumMutationVariables = Exact<{
  processId: Scalars['ID']['input'];
  input: ForumInput;
}>;

export type CreateForumMutation = { createForum: { id: string } };

export type UpdateForumMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ForumInput;
}>;

export type UpdateForumMutation = { updateForum: { id: string } };

export type PhaseItemFragment = {
  id: string;
  kind: PhaseKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  status: PhaseStatus;
};

export type ForumItemFragment = {
  id: string;
  processId: string;
  processSlug: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  municipality: string;
  format: ForumFormat;
  acceptsInput: boolean;
  openForInput: boolean;
  proposalCount: number;
  followedByMe: boolean;
  actionField: { id: string; title: string };
};

export type ProcessPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type ProcessPageQuery = {
  process: {
    id: string;
    slug: string;
    title: string;
    summary: string;
    description: string;
    isCurrent: boolean;
    currentPhase: {
      id: string;
      kind: PhaseKind;
      title: string;
      description: string;
      startsAt: string;
      endsAt: string;
      status: PhaseStatus;
    } | null;
    phases: Array<{
      id: string;
      kind: PhaseKind;
      title: string;
      description: string;
      startsAt: string;
      endsAt: string;
      status: PhaseStatus;
    }>;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      description: string;
      crossCutting: boolean;
      proposalCount: number;
      followedByMe: boolean;
    }>;
    forums: Array<{
      id: string;
      processId: string;
      processSlug: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      place: string;
      municipality: string;
      format: ForumFormat;
      acceptsInput: boolean;
      openForInput: boolean;
      proposalCount: number;
      followedByMe: boolean;
      actionField: { id: string; title: string };
    }>;
  } | null;
};

export type ForumPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ForumPageQuery = {
  forum: {
    description: string;
    processTitle: string;
    id: string;
    processId: string;
    processSlug: string;
    title: string;
    startsAt: string;
    endsAt: string | null;
    place: string;
    municipality: string;
    format: ForumFormat;
    acceptsInput: boolean;
    openForInput: boolean;
    proposalCount: number;
    followedByMe: boolean;
    actionField: { id: string; title: string; description: string };
  } | null;
};

export type IntakeProcessFieldsFragment = {
  id: string;
  slug: string;
  title: string;
  actionFields: Array<{ id: string; position: number; title: string }>;
  forums: Array<{
    id: string;
    title: string;
    startsAt: string;
    municipality: string;
    acceptsInput: boolean;
    actionField: { id: string; title: string };
  }>;
};

export type IntakeProcessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type IntakeProcessQuery = {
  process: {
    id: string;
    slug: string;
    title: string;
    actionFields: Array<{ id: string; position: number; title: string }>;
    forums: Array<{
      id: string;
      title: string;
      startsAt: string;
      municipality: string;
      acceptsInput: boolean;
      actionField: { id: string; title: string };
    }>;
  } | null;
};

export type IntakeCurrentProcessQueryVariables = Exact<{ [key: string]: never }>;

export type IntakeCurrentProcessQuery = {
  currentProcess: {
    id: string;
    slug: string;
    title: string;
    actionFields: Array<{ id: string; position: number; title: string }>;
    forums: Array<{
      id: string;
      title: string;
      startsAt: string;
      municipality: string;
      acceptsInput: boolean;
      actionField: { id: string; title: string };
    }>;
  } | null;
};

export type IntakeGoalsQueryVariables = Exact<{
  filter: ProposalFilter;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type IntakeGoalsQuery = {
  proposals: {
    nodes: Array<{ id: string; number: number; title: string; actionField: { id: string } }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type EnterProposalMutationVariables = Exact<{
  input: EnterProposalInput;
}>;

export type EnterProposalMutation = { enterProposal: { id: string; number: number; title: string } };

export type ProposalImportPreviewQueryVariables = Exact<{
  input: ProposalImportInput;
}>;

export type ProposalImportPreviewQuery = {
  proposalImportPreview: {
    columns: Array<string>;
    rowCount: number;
    validCount: number;
    invalidCount: number;
    duplicateCount: number;
    mapping: Array<{ field: ImportField; column: string }>;
    rows: Array<{
      rowNumber: number;
      status: ImportRowStatus;
      title: string;
      kind: ProposalKind | null;
      actionField: string | null;
      forum: string | null;
      errors: Array<{ field: ImportField; code: string }>;
    }>;
  };
};

export type ImportProposalsMutationVariables = Exact<{
  input: ProposalImportInput;
}>;

export type ImportProposalsMutation = {
  importProposals: { importId: string; createdCount: number; skippedCount: number };
};

export type ProposalCardFragment = {
  id: string;
  number: number;
  kind: ProposalKind;
  title: string;
  state: ProposalState;
  hidden: boolean;
  source: ProposalSource;
  language: string;
  participantCount: number | null;
  supportCount: number;
  commentCount: number;
  supportedByMe: boolean;
  createdAt: string;
  author: { id: string; displayName: string } | null;
  enteredBy: { id: string; displayName: string } | null;
  actionField: { id: string; title: string };
  forum: { id: string; title: string } | null;
};

export type ProposalDetailFragment = {
  processId: string;
  processSlug: string;
  participationOpen: boolean;
  body: string;
  bodyHtml: string;
  goalId: string | null;
  goalTitle: string | null;
  canEdit: boolean;
  canWithdraw: boolean;
  followedByMe: boolean;
  revisionCount: number;
  updatedAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  hidden: boolean;
  mergedIntoId: string | null;
  lineageCount: number;
  id: string;
  number: number;
  kind: ProposalKind;
  title: string;
  state: ProposalState;
  source: ProposalSource;
  language: string;
  participantCount: number | null;
  supportCount: number;
  commentCount: number;
  supportedByMe: boolean;
  createdAt: string;
  author: { id: string; displayName: string } | null;
  enteredBy: { id: string; displayName: string } | null;
  actionField: { id: string; title: string };
  forum: { id: string; title: string } | null;
};

export type FacetCountFieldsFragment = { value: string; count: number };

export type ProposalListProcessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type ProposalListProcessQuery = {
  process: {
    id: string;
    slug: string;
    title: string;
    currentPhase: { id: string; kind: PhaseKind } | null;
    actionFields: Array<{ id: string; position: number; title: string }>;
    forums: Array<{
      id: string;
      title: string;
      acceptsInput: boolean;
      startsAt: string;
      municipality: string;
      actionField: { id: string };
    }>;
  } | null;
};

export type ProposalListQueryVariables = Exact<{
  filter: ProposalFilter;
  sort: ProposalSort;
  seed: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type ProposalListQuery = {
  proposals: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      number: number;
      kind: ProposalKind;
      title: string;
      state: ProposalState;
      hidden: boolean;
      source: ProposalSource;
      language: string;
      participantCount: number | null;
      supportCount: number;
      commentCount: number;
      supportedByMe: boolean;
      createdAt: string;
      author: { id: string; displayName: string } | null;
      enteredBy: { id: string; displayName: string } | null;
      actionField: { id: string; title: string };
      forum: { id: string; title: string } | null;
    }>;
    facets: {
      actionField: Array<{ value: string; count: number }>;
      forum: Array<{ value: string; count: number }>;
      kind: Array<{ value: string; count: number }>;
      state: Array<{ value: string; count: number }>;
      source: Array<{ value: string; count: number }>;
      language: Array<{ value: string; count: number }>;
    };
  };
};

export type ProposalGoalsQueryVariables = Exact<{
  filter: ProposalFilter;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type ProposalGoalsQuery = {
  proposals: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{ id: string; number: number; title: string; actionField: { id: string } }>;
  };
};

export type ProposalDetailPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ProposalDetailPageQuery = {
  proposal: {
    processId: string;
    processSlug: string;
    participationOpen: boolean;
    body: string;
    bodyHtml: string;
    goalId: string | null;
    goalTitle: string | null;
    canEdit: boolean;
    canWithdraw: boolean;
    followedByMe: boolean;
    revisionCount: number;
    updatedAt: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    hidden: boolean;
    mergedIntoId: string | null;
    lineageCount: number;
    id: string;
    number: number;
    kind: ProposalKind;
    title: string;
    state: ProposalState;
    source: ProposalSource;
    language: string;
    participantCount: number | null;
    supportCount: number;
    commentCount: number;
    supportedByMe: boolean;
    createdAt: string;
    author: { id: string; displayName: string } | null;
    enteredBy: { id: string; displayName: string } | null;
    actionField: { id: string; title: string };
    forum: { id: string; title: string } | null;
  } | null;
};

export type SimilarProposalsQueryVariables = Exact<{
  processId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  body: InputMaybe<Scalars['String']['input']>;
}>;

export type SimilarProposalsQuery = {
  similarProposals: Array<{
    similarity: number;
    proposal: {
      id: string;
      number: number;
      kind: ProposalKind;
      title: string;
      state: ProposalState;
      supportCount: number;
      supportedByMe: boolean;
    };
  }>;
};

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;

export type CreateProposalMutation = {
  createProposal: {
    processId: string;
    processSlug: string;
    participationOpen: boolean;
    body: string;
    bodyHtml: string;
    goalId: string | null;
    goalTitle: string | null;
    canEdit: boolean;
    canWithdraw: boolean;
    followedByMe: boolean;
    revisionCount: number;
    updatedAt: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    hidden: boolean;
    mergedIntoId: string | null;
    lineageCount: number;
    id: string;
    number: number;
    kind: ProposalKind;
    title: string;
    state: ProposalState;
    source: ProposalSource;
    language: string;
    participantCount: number | null;
    supportCount: number;
    commentCount: number;
    supportedByMe: boolean;
    createdAt: string;
    author: { id: string; displayName: string } | null;
    enteredBy: { id: string; displayName: string } | null;
    actionField: { id: string; title: string };
    forum: { id: string; title: string } | null;
  };
};

export type UpdateProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProposalInput;
}>;

export type UpdateProposalMutation = {
  updateProposal: {
    processId: string;
    processSlug: string;
    participationOpen: boolean;
    body: string;
    bodyHtml: string;
    goalId: string | null;
    goalTitle: string | null;
    canEdit: boolean;
    canWithdraw: boolean;
    followedByMe: boolean;
    revisionCount: number;
    updatedAt: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    hidden: boolean;
    mergedIntoId: string | null;
    lineageCount: number;
    id: string;
    number: number;
    kind: ProposalKind;
    title: string;
    state: ProposalState;
    source: ProposalSource;
    language: string;
    participantCount: number | null;
    supportCount: number;
    commentCount: number;
    supportedByMe: boolean;
    createdAt: string;
    author: { id: string; displayName: string } | null;
    enteredBy: { id: string; displayName: string } | null;
    actionField: { id: string; title: string };
    forum: { id: string; title: string } | null;
  };
};

export type WithdrawProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type WithdrawProposalMutation = {
  withdrawProposal: {
    processId: string;
    processSlug: string;
    participationOpen: boolean;
    body: string;
    bodyHtml: string;
    goalId: string | null;
    goalTitle: string | null;
    canEdit: boolean;
    canWithdraw: boolean;
    followedByMe: boolean;
    revisionCount: number;
    updatedAt: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    hidden: boolean;
    mergedIntoId: string | null;
    lineageCount: number;
    id: string;
    number: number;
    kind: ProposalKind;
    title: string;
    state: ProposalState;
    source: ProposalSource;
    language: string;
    participantCount: number | null;
    supportCount: number;
    commentCount: number;
    supportedByMe: boolean;
    createdAt: string;
    author: { id: string; displayName: string } | null;
    enteredBy: { id: string; displayName: string } | null;
    actionField: { id: string; title: string };
    forum: { id: string; title: string } | null;
  };
};

export type SupportProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SupportProposalMutation = {
  supportProposal: { id: string; supportCount: number; supportedByMe: boolean };
};

export type WithdrawSupportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WithdrawSupportMutation = {
  withdrawSupport: { id: string; supportCount: number; supportedByMe: boolean };
};

export type ProposalFormForumQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ProposalFormForumQuery = { forum: { id: string; processSlug: string } | null };

export type SurveyFormConditionFragment = { questionKey: string; operator: ConditionOperator; value: string };

export type SurveyFormOptionFragment = { key: string; label: string; isOther: boolean };

export type SurveyFormQuestionFragment = {
  id: string;
  key: string;
  kind: SurveyQuestionKind;
  title: string;
  help: string;
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  minValue: number | null;
  maxValue: number | null;
  minLabel: string;
  maxLabel: string;
  options: Array<{ key: string; label: string; isOther: boolean }>;
  rows: Array<{ key: string; label: string; isOther: boolean }>;
  condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
};

export type SurveyFormSectionFragment = {
  id: string;
  key: string;
  title: string;
  description: string;
  condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
  questions: Array<{
    id: string;
    key: string;
    kind: SurveyQuestionKind;
    title: string;
    help: string;
    required: boolean;
    minChoices: number | null;
    maxChoices: number | null;
    minValue: number | null;
    maxValue: number | null;
    minLabel: string;
    maxLabel: string;
    options: Array<{ key: string; label: string; isOther: boolean }>;
    rows: Array<{ key: string; label: string; isOther: boolean }>;
    condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
  }>;
};

export type SurveyFormSessionFragment = {
  accessKind: SurveyAccessKind;
  organisationName: string | null;
  complete: boolean;
  reachedSection: number;
  answers: Array<{
    questionKey: string;
    choice: string | null;
    choices: Array<string> | null;
    other: string | null;
    text: string | null;
    number: number | null;
    date: string | null;
    ranking: Array<string> | null;
    matrix: Array<{ row: string; column: string }> | null;
  }>;
  survey: {
    id: string;
    slug: string;
    title: string;
    intro: string;
    thanks: string;
    anonymous: boolean;
    audience: SurveyAudience;
    status: SurveyStatus;
    isOpen: boolean;
    closesAt: string | null;
    sections: Array<{
      id: string;
      key: string;
      title: string;
      description: string;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      questions: Array<{
        id: string;
        key: string;
        kind: SurveyQuestionKind;
        title: string;
        help: string;
        required: boolean;
        minChoices: number | null;
        maxChoices: number | null;
        minValue: number | null;
        maxValue: number | null;
        minLabel: string;
        maxLabel: string;
        options: Array<{ key: string; label: string; isOther: boolean }>;
        rows: Array<{ key: string; label: string; isOther: boolean }>;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      }>;
    }>;
  };
};

export type StartSurveyMutationVariables = Exact<{
  access: SurveyAccessInput;
}>;

export type StartSurveyMutation = {
  startSurvey: {
    accessKind: SurveyAccessKind;
    organisationName: string | null;
    complete: boolean;
    reachedSection: number;
    answers: Array<{
      questionKey: string;
      choice: string | null;
      choices: Array<string> | null;
      other: string | null;
      text: string | null;
      number: number | null;
      date: string | null;
      ranking: Array<string> | null;
      matrix: Array<{ row: string; column: string }> | null;
    }>;
    survey: {
      id: string;
      slug: string;
      title: string;
      intro: string;
      thanks: string;
      anonymous: boolean;
      audience: SurveyAudience;
      status: SurveyStatus;
      isOpen: boolean;
      closesAt: string | null;
      sections: Array<{
        id: string;
        key: string;
        title: string;
        description: string;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
        questions: Array<{
          id: string;
          key: string;
          kind: SurveyQuestionKind;
          title: string;
          help: string;
          required: boolean;
          minChoices: number | null;
          maxChoices: number | null;
          minValue: number | null;
          maxValue: number | null;
          minLabel: string;
          maxLabel: string;
          options: Array<{ key: string; label: string; isOther: boolean }>;
          rows: Array<{ key: string; label: string; isOther: boolean }>;
          condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
        }>;
      }>;
    };
  };
};

export type SaveSurveyAnswersMutationVariables = Exact<{
  input: SaveSurveyAnswersInput;
}>;

export type SaveSurveyAnswersMutation = {
  saveSurveyAnswers: {
    accessKind: SurveyAccessKind;
    organisationName: string | null;
    complete: boolean;
    reachedSection: number;
    answers: Array<{
      questionKey: string;
      choice: string | null;
      choices: Array<string> | null;
      other: string | null;
      text: string | null;
      number: number | null;
      date: string | null;
      ranking: Array<string> | null;
      matrix: Array<{ row: string; column: string }> | null;
    }>;
    survey: {
      id: string;
      slug: string;
      title: string;
      intro: string;
      thanks: string;
      anonymous: boolean;
      audience: SurveyAudience;
      status: SurveyStatus;
      isOpen: boolean;
      closesAt: string | null;
      sections: Array<{
        id: string;
        key: string;
        title: string;
        description: string;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
        questions: Array<{
          id: string;
          key: string;
          kind: SurveyQuestionKind;
          title: string;
          help: string;
          required: boolean;
          minChoices: number | null;
          maxChoices: number | null;
          minValue: number | null;
          maxValue: number | null;
          minLabel: string;
          maxLabel: string;
          options: Array<{ key: string; label: string; isOther: boolean }>;
          rows: Array<{ key: string; label: string; isOther: boolean }>;
          condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
        }>;
      }>;
    };
  };
};

export type SurveyPreviewSlugQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SurveyPreviewSlugQuery = { survey: { id: string; slug: string } | null };

export type BuilderTranslationFragment = { locale: string; text: string };

export type BuilderConditionFragment = { questionKey: string; operator: ConditionOperator; value: string };

export type BuilderOptionFragment = {
  key: string;
  isOther: boolean;
  labelTranslations: Array<{ locale: string; text: string }>;
};

export type BuilderSurveyListItemFragment = {
  id: string;
  processId: string;
  slug: string;
  title: string;
  audience: SurveyAudience;
  anonymous: boolean;
  status: SurveyStatus;
  opensAt: string | null;
  closesAt: string | null;
  publishedAt: string | null;
  isOpen: boolean;
  responseCount: number | null;
  completeCount: number | null;
};

export type BuilderSurveyFragment = {
  version: number;
  segmentQuestionKey: string | null;
  id: string;
  processId: string;
  slug: string;
  title: string;
  audience: SurveyAudience;
  anonymous: boolean;
  status: SurveyStatus;
  opensAt: string | null;
  closesAt: string | null;
  publishedAt: string | null;
  isOpen: boolean;
  responseCount: number | null;
  completeCount: number | null;
  titleTranslations: Array<{ locale: string; text: string }>;
  introTranslations: Array<{ locale: string; text: string }>;
  thanksTranslations: Array<{ locale: string; text: string }>;
  sections: Array<{
    id: string;
    key: string;
    titleTranslations: Array<{ locale: string; text: string }>;
    descriptionTranslations: Array<{ locale: string; text: string }>;
    condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
    questions: Array<{
      id: string;
      key: string;
      kind: SurveyQuestionKind;
      required: boolean;
      minChoices: number | null;
      maxChoices: number | null;
      minValue: number | null;
      maxValue: number | null;
      titleTranslations: Array<{ locale: string; text: string }>;
      helpTranslations: Array<{ locale: string; text: string }>;
      minLabelTranslations: Array<{ locale: string; text: string }>;
      maxLabelTranslations: Array<{ locale: string; text: string }>;
      options: Array<{
        key: string;
        isOther: boolean;
        labelTranslations: Array<{ locale: string; text: string }>;
      }>;
      rows: Array<{
        key: string;
        isOther: boolean;
        labelTranslations: Array<{ locale: string; text: string }>;
      }>;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
    }>;
  }>;
};

export type BuilderSurveysQueryVariables = Exact<{
  processId: InputMaybe<Scalars['ID']['input']>;
}>;

export type BuilderSurveysQuery = {
  surveys: Array<{
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
  }>;
};

export type BuilderProcessesQueryVariables = Exact<{ [key: string]: never }>;

export type BuilderProcessesQuery = { processes: Array<{ id: string; title: string; isCurrent: boolean }> };

export type BuilderSurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BuilderSurveyQuery = {
  survey: {
    version: number;
    segmentQuestionKey: string | null;
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
    titleTranslations: Array<{ locale: string; text: string }>;
    introTranslations: Array<{ locale: string; text: string }>;
    thanksTranslations: Array<{ locale: string; text: string }>;
    sections: Array<{
      id: string;
      key: string;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      questions: Array<{
        id: string;
        key: string;
        kind: SurveyQuestionKind;
        required: boolean;
        minChoices: number | null;
        maxChoices: number | null;
        minValue: number | null;
        maxValue: number | null;
        titleTranslations: Array<{ locale: string; text: string }>;
        helpTranslations: Array<{ locale: string; text: string }>;
        minLabelTranslations: Array<{ locale: string; text: string }>;
        maxLabelTranslations: Array<{ locale: string; text: string }>;
        options: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        rows: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      }>;
    }>;
  } | null;
};

export type BuilderCreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;

export type BuilderCreateSurveyMutation = {
  createSurvey: {
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
  };
};

export type BuilderSaveSurveyMutationVariables = Exact<{
  input: SaveSurveyInput;
}>;

export type BuilderSaveSurveyMutation = {
  saveSurvey: {
    version: number;
    segmentQuestionKey: string | null;
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
    titleTranslations: Array<{ locale: string; text: string }>;
    introTranslations: Array<{ locale: string; text: string }>;
    thanksTranslations: Array<{ locale: string; text: string }>;
    sections: Array<{
      id: string;
      key: string;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      questions: Array<{
        id: string;
        key: string;
        kind: SurveyQuestionKind;
        required: boolean;
        minChoices: number | null;
        maxChoices: number | null;
        minValue: number | null;
        maxValue: number | null;
        titleTranslations: Array<{ locale: string; text: string }>;
        helpTranslations: Array<{ locale: string; text: string }>;
        minLabelTranslations: Array<{ locale: string; text: string }>;
        maxLabelTranslations: Array<{ locale: string; text: string }>;
        options: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        rows: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      }>;
    }>;
  };
};

export type BuilderPublishSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BuilderPublishSurveyMutation = {
  publishSurvey: {
    version: number;
    segmentQuestionKey: string | null;
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
    titleTranslations: Array<{ locale: string; text: string }>;
    introTranslations: Array<{ locale: string; text: string }>;
    thanksTranslations: Array<{ locale: string; text: string }>;
    sections: Array<{
      id: string;
      key: string;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      questions: Array<{
        id: string;
        key: string;
        kind: SurveyQuestionKind;
        required: boolean;
        minChoices: number | null;
        maxChoices: number | null;
        minValue: number | null;
        maxValue: number | null;
        titleTranslations: Array<{ locale: string; text: string }>;
        helpTranslations: Array<{ locale: string; text: string }>;
        minLabelTranslations: Array<{ locale: string; text: string }>;
        maxLabelTranslations: Array<{ locale: string; text: string }>;
        options: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        rows: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      }>;
    }>;
  };
};

export type BuilderCloseSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BuilderCloseSurveyMutation = {
  closeSurvey: {
    version: number;
    segmentQuestionKey: string | null;
    id: string;
    processId: string;
    slug: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    opensAt: string | null;
    closesAt: string | null;
    publishedAt: string | null;
    isOpen: boolean;
    responseCount: number | null;
    completeCount: number | null;
    titleTranslations: Array<{ locale: string; text: string }>;
    introTranslations: Array<{ locale: string; text: string }>;
    thanksTranslations: Array<{ locale: string; text: string }>;
    sections: Array<{
      id: string;
      key: string;
      titleTranslations: Array<{ locale: string; text: string }>;
      descriptionTranslations: Array<{ locale: string; text: string }>;
      condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      questions: Array<{
        id: string;
        key: string;
        kind: SurveyQuestionKind;
        required: boolean;
        minChoices: number | null;
        maxChoices: number | null;
        minValue: number | null;
        maxValue: number | null;
        titleTranslations: Array<{ locale: string; text: string }>;
        helpTranslations: Array<{ locale: string; text: string }>;
        minLabelTranslations: Array<{ locale: string; text: string }>;
        maxLabelTranslations: Array<{ locale: string; text: string }>;
        options: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        rows: Array<{
          key: string;
          isOther: boolean;
          labelTranslations: Array<{ locale: string; text: string }>;
        }>;
        condition: { questionKey: string; operator: ConditionOperator; value: string } | null;
      }>;
    }>;
  };
};

export type BuilderDeleteSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BuilderDeleteSurveyMutation = { deleteSurvey: boolean };

export type InvitationsSurveyFieldsFragment = {
  id: string;
  title: string;
  audience: SurveyAudience;
  anonymous: boolean;
  status: SurveyStatus;
  isOpen: boolean;
  closesAt: string | null;
};

export type InvitationsSurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type InvitationsSurveyQuery = {
  survey: {
    id: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    isOpen: boolean;
    closesAt: string | null;
  } | null;
};

export type InvitationRowFieldsFragment = {
  id: string;
  status: InvitationStatus;
  invitedAt: string | null;
  reminderCount: number;
  lastRemindedAt: string | null;
  organisation: {
    id: string;
    name: string;
    email: string;
    type: OrganisationType;
    municipality: string;
    optedOut: boolean;
  };
};

export type InvitationsOverviewQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;

export type InvitationsOverviewQuery = {
  surveyInvitations: Array<{
    id: string;
    status: InvitationStatus;
    invitedAt: string | null;
    reminderCount: number;
    lastRemindedAt: string | null;
    organisation: {
      id: string;
      name: string;
      email: string;
      type: OrganisationType;
      municipality: string;
      optedOut: boolean;
    };
  }>;
  organisations: Array<{ id: string; type: OrganisationType; optedOut: boolean }>;
};

export type InvitationMailingFieldsFragment = {
  id: string;
  kind: MailingKind;
  status: JobStatus;
  total: number;
  processed: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type InvitationMailingsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;

export type InvitationMailingsQuery = {
  surveyMailings: Array<{
    id: string;
    kind: MailingKind;
    status: JobStatus;
    total: number;
    processed: number;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
  }>;
};

export type InvitationsImportPreviewQueryVariables = Exact<{
  input: OrganisationImportInput;
}>;

export type InvitationsImportPreviewQuery = {
  organisationImportPreview: {
    newCount: number;
    updateCount: number;
    unchangedCount: number;
    invalidCount: number;
    rows: Array<{
      line: number;
      name: string;
      email: string;
      type: OrganisationType | null;
      municipality: string;
      outcome: OrganisationImportOutcome;
      errors: Array<string>;
    }>;
  };
};

export type InvitationsImportMutationVariables = Exact<{
  input: OrganisationImportInput;
  surveyId: InputMaybe<Scalars['ID']['input']>;
}>;

export type InvitationsImportMutation = {
  importOrganisations: { created: number; updated: number; skipped: number; invited: number };
};

export type InvitationsInviteTypesMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  types: InputMaybe<Array<OrganisationType> | OrganisationType>;
}>;

export type InvitationsInviteTypesMutation = { inviteOrganisations: Array<{ id: string }> };

export type InvitationsSendMailingMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  kind: MailingKind;
}>;

export type InvitationsSendMailingMutation = {
  sendSurveyMailing: {
    id: string;
    kind: MailingKind;
    status: JobStatus;
    total: number;
    processed: number;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
  };
};

export type InvitationsCreateAccessCodesMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
}>;

export type InvitationsCreateAccessCodesMutation = { createSurveyAccessCodes: Array<string> };

export type DashboardResponseRatesQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;

export type DashboardResponseRatesQuery = {
  survey: {
    id: string;
    title: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    isOpen: boolean;
    closesAt: string | null;
  } | null;
  surveyResponseRates: {
    started: number;
    complete: number;
    overall: {
      type: OrganisationType | null;
      invited: number;
      opened: number;
      started: number;
      complete: number;
      openedShare: number;
      startedShare: number;
      completeShare: number;
    };
    byType: Array<{
      type: OrganisationType | null;
      invited: number;
      opened: number;
      started: number;
      complete: number;
      openedShare: number;
      startedShare: number;
      completeShare: number;
    }>;
    codes: { issued: number; started: number; complete: number } | null;
  };
};

export type DashboardRateRowFieldsFragment = {
  type: OrganisationType | null;
  invited: number;
  opened: number;
  started: number;
  complete: number;
  openedShare: number;
  startedShare: number;
  completeShare: number;
};

export type PublicSurveyItemFragment = {
  id: string;
  slug: string;
  title: string;
  intro: string;
  audience: SurveyAudience;
  anonymous: boolean;
  status: SurveyStatus;
  isOpen: boolean;
  opensAt: string | null;
  closesAt: string | null;
};

export type OpenSurveysQueryVariables = Exact<{ [key: string]: never }>;

export type OpenSurveysQuery = {
  openSurveys: Array<{
    id: string;
    slug: string;
    title: string;
    intro: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    isOpen: boolean;
    opensAt: string | null;
    closesAt: string | null;
  }>;
};

export type SurveyBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type SurveyBySlugQuery = {
  surveyBySlug: {
    id: string;
    slug: string;
    title: string;
    intro: string;
    audience: SurveyAudience;
    anonymous: boolean;
    status: SurveyStatus;
    isOpen: boolean;
    opensAt: string | null;
    closesAt: string | null;
  } | null;
};

export type OptOutOfSurveyMailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type OptOutOfSurveyMailMutation = { optOutOfSurveyMail: boolean };

export type SurveyResultOptionFragment = { key: string; label: string; count: number; share: number };

export type SurveyQuestionResultItemFragment = {
  questionKey: string;
  kind: SurveyQuestionKind;
  title: string;
  sectionTitle: string;
  answered: number;
  average: number | null;
  textCount: number;
  options: Array<{ key: string; label: string; count: number; share: number }>;
  matrix: Array<{
    key: string;
    label: string;
    answered: number;
    cells: Array<{ key: string; label: string; count: number; share: number }>;
  }>;
  distribution: Array<{ value: number; count: number }>;
  ranking: Array<{ key: string; label: string; averageRank: number | null; firstPlaces: number }>;
};

export type SurveyResultsOverviewQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  segment: InputMaybe<Scalars['String']['input']>;
  completeOnly: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type SurveyResultsOverviewQuery = {
  survey: {
    id: string;
    title: string;
    anonymous: boolean;
    audience: SurveyAudience;
    status: SurveyStatus;
    sections: Array<{
      key: string;
      questions: Array<{
        key: string;
        kind: SurveyQuestionKind;
        minValue: number | null;
        maxValue: number | null;
        minLabel: string;
        maxLabel: string;
      }>;
    }>;
  } | null;
  surveyResults: {
    respondents: number;
    complete: number;
    segmentTitle: string;
    segments: Array<{ key: string; label: string; respondents: number }>;
    questions: Array<{
      questionKey: string;
      kind: SurveyQuestionKind;
      title: string;
      sectionTitle: string;
      answered: number;
      average: number | null;
      textCount: number;
      options: Array<{ key: string; label: string; count: number; share: number }>;
      matrix: Array<{
        key: string;
        label: string;
        answered: number;
        cells: Array<{ key: string; label: string; count: number; share: number }>;
      }>;
      distribution: Array<{ value: number; count: number }>;
      ranking: Array<{ key: string; label: string; averageRank: number | null; firstPlaces: number }>;
    }>;
  };
};

export type SurveyTextAnswerListQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  questionKey: Scalars['String']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  segment: InputMaybe<Scalars['String']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
}>;

export type SurveyTextAnswerListQuery = { surveyTextAnswers: { total: number; items: Array<string> } };

export type SurveyExportJobItemFragment = {
  id: string;
  kind: string;
  format: ExportFormat;
  status: JobStatus;
  total: number;
  processed: number;
  fileName: string | null;
  byteSize: number | null;
  downloadUrl: string | null;
  error: string | null;
};

export type RequestSurveyExportMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  format: ExportFormat;
}>;

export type RequestSurveyExportMutation = {
  requestSurveyExport: {
    id: string;
    kind: string;
    format: ExportFormat;
    status: JobStatus;
    total: number;
    processed: number;
    fileName: string | null;
    byteSize: number | null;
    downloadUrl: string | null;
    error: string | null;
  };
};

export type SurveyExportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SurveyExportJobQuery = {
  exportJob: {
    id: string;
    kind: string;
    format: ExportFormat;
    status: JobStatus;
    total: number;
    processed: number;
    fileName: string | null;
    byteSize: number | null;
    downloadUrl: string | null;
    error: string | null;
  } | null;
};

export type ManagePollTranslationFragment = { locale: string; text: string };

export type ManagePollOptionFragment = {
  id: string;
  position: number;
  imageUrl: string | null;
  label: Array<{ locale: string; text: string }>;
  description: Array<{ locale: string; text: string }>;
  imageAlt: Array<{ locale: string; text: string }>;
};

export type ManagePollListItemFragment = {
  id: string;
  slug: string;
  status: PollStatus;
  opensAt: string;
  closesAt: string;
  turnout: number;
  question: Array<{ locale: string; text: string }>;
};

export type ManagePollDetailFragment = {
  version: number;
  processId: string;
  phaseId: string | null;
  method: PollMethod;
  maxChoices: number | null;
  acceptsAccounts: boolean;
  acceptsCodes: boolean;
  allowVoteChange: boolean;
  municipality: string | null;
  id: string;
  slug: string;
  status: PollStatus;
  opensAt: string;
  closesAt: string;
  turnout: number;
  description: Array<{ locale: string; text: string }>;
  options: Array<{
    id: string;
    position: number;
    imageUrl: string | null;
    label: Array<{ locale: string; text: string }>;
    description: Array<{ locale: string; text: string }>;
    imageAlt: Array<{ locale: string; text: string }>;
  }>;
  codes: { generated: number; used: number; batches: number };
  question: Array<{ locale: string; text: string }>;
};

export type ManagedPollsQueryVariables = Exact<{ [key: string]: never }>;

export type ManagedPollsQuery = {
  managedPolls: Array<{
    id: string;
    slug: string;
    status: PollStatus;
    opensAt: string;
    closesAt: string;
    turnout: number;
    question: Array<{ locale: string; text: string }>;
  }>;
};

export type ManagedPollQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ManagedPollQuery = {
  managedPoll: {
    version: number;
    processId: string;
    phaseId: string | null;
    method: PollMethod;
    maxChoices: number | null;
    acceptsAccounts: boolean;
    acceptsCodes: boolean;
    allowVoteChange: boolean;
    municipality: string | null;
    id: string;
    slug: string;
    status: PollStatus;
    opensAt: string;
    closesAt: string;
    turnout: number;
    description: Array<{ locale: string; text: string }>;
    options: Array<{
      id: string;
      position: number;
      imageUrl: string | null;
      label: Array<{ locale: string; text: string }>;
      description: Array<{ locale: string; text: string }>;
      imageAlt: Array<{ locale: string; text: string }>;
    }>;
    codes: { generated: number; used: number; batches: number };
    question: Array<{ locale: string; text: string }>;
  } | null;
};

export type ManagePollProcessesQueryVariables = Exact<{ [key: string]: never }>;

export type ManagePollProcessesQuery = {
  processes: Array<{
    id: string;
    title: string;
    isCurrent: boolean;
    phases: Array<{ id: string; kind: PhaseKind; title: string; startsAt: string; endsAt: string }>;
  }>;
};

export type SavePollMutationVariables = Exact<{
  input: PollInput;
}>;

export type SavePollMutation = {
  savePoll: {
    version: number;
    processId: string;
    phaseId: string | null;
    method: PollMethod;
    maxChoices: number | null;
    acceptsAccounts: boolean;
    acceptsCodes: boolean;
    allowVoteChange: boolean;
    municipality: string | null;
    id: string;
    slug: string;
    status: PollStatus;
    opensAt: string;
    closesAt: string;
    turnout: number;
    description: Array<{ locale: string; text: string }>;
    options: Array<{
      id: string;
      position: number;
      imageUrl: string | null;
      label: Array<{ locale: string; text: string }>;
      description: Array<{ locale: string; text: string }>;
      imageAlt: Array<{ locale: string; text: string }>;
    }>;
    codes: { generated: number; used: number; batches: number };
    question: Array<{ locale: string; text: string }>;
  };
};

export type SetPollOptionImageMutationVariables = Exact<{
  input: PollOptionImageInput;
}>;

export type SetPollOptionImageMutation = {
  setPollOptionImage: {
    id: string;
    position: number;
    imageUrl: string | null;
    label: Array<{ locale: string; text: string }>;
    description: Array<{ locale: string; text: string }>;
    imageAlt: Array<{ locale: string; text: string }>;
  };
};

export type DeletePollMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeletePollMutation = { deletePoll: boolean };

export type PublishPollMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type PublishPollMutation = {
  publishPoll: {
    version: number;
    processId: string;
    phaseId: string | null;
    method: PollMethod;
    maxChoices: number | null;
    acceptsAccounts: boolean;
    acceptsCodes: boolean;
    allowVoteChange: boolean;
    municipality: string | null;
    id: string;
    slug: string;
    status: PollStatus;
    opensAt: string;
    closesAt: string;
    turnout: number;
    description: Array<{ locale: string; text: string }>;
    options: Array<{
      id: string;
      position: number;
      imageUrl: string | null;
      label: Array<{ locale: string; text: string }>;
      description: Array<{ locale: string; text: string }>;
      imageAlt: Array<{ locale: string; text: string }>;
    }>;
    codes: { generated: number; used: number; batches: number };
    question: Array<{ locale: string; text: string }>;
  };
};

export type ClosePollNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ClosePollNowMutation = {
  closePollNow: {
    version: number;
    processId: string;
    phaseId: string | null;
    method: PollMethod;
    maxChoices: number | null;
    acceptsAccounts: boolean;
    acceptsCodes: boolean;
    allowVoteChange: boolean;
    municipality: string | null;
    id: string;
    slug: string;
    status: PollStatus;
    opensAt: string;
    closesAt: string;
    turnout: number;
    description: Array<{ locale: string; text: string }>;
    options: Array<{
      id: string;
      position: number;
      imageUrl: string | null;
      label: Array<{ locale: string; text: string }>;
      description: Array<{ locale: string; text: string }>;
      imageAlt: Array<{ locale: string; text: string }>;
    }>;
    codes: { generated: number; used: number; batches: number };
    question: Array<{ locale: string; text: string }>;
  };
};

export type GenerateVotingCodesMutationVariables = Exact<{
  pollId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
}>;

export type GenerateVotingCodesMutation = { generateVotingCodes: { batch: number; codes: Array<string> } };

export type PublicPollItemFragment = {
  id: string;
  slug: string;
  processSlug: string;
  processTitle: string;
  phaseTitle: string | null;
  question: string;
  method: PollMethod;
  maxChoices: number | null;
  opensAt: string;
  closesAt: string;
  status: PollStatus;
  turnout: number;
};

export type PollsQueryVariables = Exact<{
  processSlug: InputMaybe<Scalars['String']['input']>;
}>;

export type PollsQuery = {
  polls: Array<{
    id: string;
    slug: string;
    processSlug: string;
    processTitle: string;
    phaseTitle: string | null;
    question: string;
    method: PollMethod;
    maxChoices: number | null;
    opensAt: string;
    closesAt: string;
    status: PollStatus;
    turnout: number;
  }>;
};

export type PollQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PollQuery = {
  poll: {
    description: string;
    acceptsAccounts: boolean;
    acceptsCodes: boolean;
    allowVoteChange: boolean;
    municipality: string | null;
    id: string;
    slug: string;
    processSlug: string;
    processTitle: string;
    phaseTitle: string | null;
    question: string;
    method: PollMethod;
    maxChoices: number | null;
    opensAt: string;
    closesAt: string;
    status: PollStatus;
    turnout: number;
    options: Array<{
      id: string;
      position: number;
      label: string;
      description: string;
      imageUrl: string | null;
      imageAlt: string | null;
    }>;
    viewer: { canVote: boolean; hasVoted: boolean; block: VoteBlock | null };
    results: {
      voters: number;
      ballots: number;
      countedAt: string;
      winners: Array<string>;
      options: Array<{
        optionId: string;
        label: string;
        votes: number;
        share: number;
        averageRank: number | null;
        winner: boolean;
      }>;
      rounds: Array<{
        round: number;
        exhausted: number;
        continuing: number;
        elected: string | null;
        eliminated: string | null;
        tieBreak: TieBreakRule | null;
        counts: Array<{ optionId: string; votes: number }>;
      }> | null;
    } | null;
  } | null;
};

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;

export type CastVoteMutation = { castVote: { receipt: string; replacedEarlierVote: boolean } };

export type PollTurnoutSubscriptionVariables = Exact<{
  pollId: Scalars['ID']['input'];
}>;

export type PollTurnoutSubscription = { pollTurnout: { pollId: string; voters: number } };

export type PollReceiptsQueryVariables = Exact<{
  pollId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
}>;

export type PollReceiptsQuery = { pollReceipts: { total: number; receipts: Array<string> } };

export type PollResultsFieldsFragment = {
  voters: number;
  ballots: number;
  countedAt: string;
  winners: Array<string>;
  options: Array<{
    optionId: string;
    label: string;
    votes: number;
    share: number;
    averageRank: number | null;
    winner: boolean;
  }>;
  rounds: Array<{
    round: number;
    exhausted: number;
    continuing: number;
    elected: string | null;
    eliminated: string | null;
    tieBreak: TieBreakRule | null;
    counts: Array<{ optionId: string; votes: number }>;
  }> | null;
};

export const OfficialAnswerItemFragmentDoc = gql`
  fragment OfficialAnswerItem on OfficialAnswer {
    id
    proposalId
    proposalNumber
    proposalTitle
    status
    outcome
    text
    textLocale
    textTranslations {
      locale
      text
    }
    draftedBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    approvedAt
    publishedAt
    updatedAt
    canApprove
    canPublish
    canEdit
  }
`;
export const AssessmentItemFragmentDoc = gql`
  fragment AssessmentItem on Assessment {
    id
    department
    dueOn
    overdue
    status
    feasibility
    responsibility
    canRecord
    assessedAt
    proposal {
      id
      number
      title
      kind
      actionFieldTitle
      supportCount
    }
  }
`;
export const AssessmentDetailFragmentDoc = gql`
  fragment AssessmentDetail on Assessment {
    ...AssessmentItem
    costNote
    publicComment
    internalComment
    assignedAt
    assignedBy {
      id
      displayName
    }
    assessedBy {
      id
      displayName
    }
  }
`;
export const AuditEntryItemFragmentDoc = gql`
  fragment AuditEntryItem on AuditEntry {
    id
    occurredAt
    actorId
    actorName
    actorRole
    action
    targetType
    targetId
    targetLabel
    processId
    reason
    before
    after
  }
`;
export const EditorTranslationFragmentDoc = gql`
  fragment EditorTranslation on Translation {
    locale
    text
  }
`;
export const EditorSourceFragmentDoc = gql`
  fragment EditorSource on ProvenanceProposal {
    id
    number
    title
    state
    supportCount
    direct
  }
`;
export const EditorMilestoneFragmentDoc = gql`
  fragment EditorMilestone on CatalogueMilestone {
    id
    position
    title
    titleTranslations {
      ...EditorTranslation
    }
    dueOn
    doneOn
  }
`;
export const EditorMeasureFragmentDoc = gql`
  fragment EditorMeasure on CatalogueMeasure {
    id
    key
    goalId
    number
    code
    text
    textTranslations {
      ...EditorTranslation
    }
    responsibility
    department
    costNote
    priority
    status
    progress
    milestones {
      ...EditorMilestone
    }
    provenance {
      proposalCount
      proposals {
        ...EditorSource
      }
    }
    statusHistory {
      status
      progress
      note
      changedBy
      changedAt
    }
  }
`;
export const EditorGoalFragmentDoc = gql`
  fragment EditorGoal on CatalogueGoal {
    id
    key
    position
    title
    titleTranslations {
      ...EditorTranslation
    }
    sources {
      ...EditorSource
    }
    measures {
      ...EditorMeasure
    }
  }
`;
export const EditorActionFieldFragmentDoc = gql`
  fragment EditorActionField on CatalogueActionField {
    id
    position
    title
    measureCount
    goals {
      ...EditorGoal
    }
  }
`;
export const CatalogueVersionItemFragmentDoc = gql`
  fragment CatalogueVersionItem on CatalogueVersion {
    id
    processId
    number
    status
    basedOnNumber
    adoptedOn
    councilReference
    adoptedAt
    goalCount
    measureCount
    createdAt
    updatedAt
  }
`;
export const CatalogueExportJobItemFragmentDoc = gql`
  fragment CatalogueExportJobItem on ExportJob {
    id
    kind
    format
    status
    total
    processed
    fileName
    byteSize
    downloadUrl
    error
  }
`;
export const MeasureDiffItemFragmentDoc = gql`
  fragment MeasureDiffItem on MeasureDiff {
    key
    before {
      code
      text
      goalKey
    }
    after {
      code
      text
      goalKey
    }
  }
`;
export const GoalDiffItemFragmentDoc = gql`
  fragment GoalDiffItem on GoalDiff {
    key
    before
    after
  }
`;
export const PublicCatalogueVersionFragmentDoc = gql`
  fragment PublicCatalogueVersion on CatalogueVersion {
    id
    number
    adoptedOn
    councilReference
    goalCount
    measureCount
  }
`;
export const PublicProvenanceProposalFragmentDoc = gql`
  fragment PublicProvenanceProposal on ProvenanceProposal {
    id
    number
    title
    language
    source
    state
    forumTitle
    supportCount
    direct
  }
`;
export const PublicCatalogueMeasureFragmentDoc = gql`
  fragment PublicCatalogueMeasure on CatalogueMeasure {
    id
    number
    code
    text
    textLocale
    responsibility
    department
    costNote
    priority
    status
    progress
    milestones {
      id
      position
      title
      titleLocale
      dueOn
      doneOn
    }
    provenance {
      proposalCount
      forumCount
      contributorCount
      supportCount
      proposals {
        ...PublicProvenanceProposal
      }
      forums {
        id
        title
      }
    }
  }
`;
export const PublicCatalogueGoalFragmentDoc = gql`
  fragment PublicCatalogueGoal on CatalogueGoal {
    id
    position
    title
    titleLocale
    sources {
      ...PublicProvenanceProposal
    }
    measures {
      ...PublicCatalogueMeasure
    }
  }
`;
export const ThreadCommentFragmentDoc = gql`
  fragment ThreadComment on Comment {
    id
    proposalId
    parentId
    depth
    author {
      id
      displayName
    }
    body
    deleted
    hidden
    createdAt
    editedAt
    upvotes
    downvotes
    myVote
    canEdit
    canDelete
    canReply
    editableUntil
  }
`;
export const SessionUserFragmentDoc = gql`
  fragment SessionUser on User {
    id
    displayName
    role
    department
    locale
    email
    emailConfirmed
  }
`;
export const LineageNodeFragmentDoc = gql`
  fragment LineageNode on LineageProposal {
    id
    number
    title
    kind
    state
    supportCount
    commentCount
    hidden
  }
`;
export const CurationProposalFragmentDoc = gql`
  fragment CurationProposal on Proposal {
    id
    number
    title
    body
    kind
    state
    hidden
    processId
    processSlug
    supportCount
    commentCount
    actionField {
      id
      title
    }
  }
`;
export const WordingRevisionFragmentDoc = gql`
  fragment WordingRevision on ProposalRevision {
    revision
    title
    body
    editorial
    note
    createdAt
    editedBy {
      id
      displayName
    }
  }
`;
export const AdminUserRowFragmentDoc = gql`
  fragment AdminUserRow on User {
    id
    displayName
    email
    role
    department
    emailConfirmed
    createdAt
  }
`;
export const HidingDetailsFragmentDoc = gql`
  fragment HidingDetails on Hiding {
    id
    targetType
    targetId
    reason
    templateKey
    automatic
    hiddenAt
    liftedAt
    hiddenBy {
      id
      displayName
    }
    reviewRequestedAt
    reviewRequest
    reviewDecidedAt
    reviewOutcome
    canRequestReview
  }
`;
export const NetiquetteTemplateDetailsFragmentDoc = gql`
  fragment NetiquetteTemplateDetails on NetiquetteTemplate {
    id
    key
    title
    body
    position
    active
    titleTranslations {
      locale
      text
    }
    bodyTranslations {
      locale
      text
    }
  }
`;
export const ModerationCaseFragmentDoc = gql`
  fragment ModerationCase on ModerationCase {
    targetType
    targetId
    openReportCount
    lastReportedAt
    reasons {
      reason
      count
    }
    reports {
      id
      reason
      details
      createdAt
      reporter {
        id
        displayName
      }
    }
    hiding {
      id
      reason
      templateKey
      automatic
      hiddenAt
      hiddenBy {
        id
        displayName
      }
      reviewRequestedAt
      reviewRequest
    }
    proposal {
      id
      number
      title
      bodyHtml
      hidden
      state
      processSlug
      author {
        id
        displayName
      }
    }
    comment {
      id
      body
      createdAt
      proposalId
      proposalNumber
      proposalTitle
      parentBody
      hidden
      deleted
      author {
        id
        displayName
      }
    }
    user {
      id
      displayName
      role
      blockedAt
      blockReason
      proposalCount
      commentCount
      canBlock
      createdAt
    }
  }
`;
export const TranslationItemFragmentDoc = gql`
  fragment TranslationItem on Translation {
    locale
    text
  }
`;
export const ManagedProcessFragmentDoc = gql`
  fragment ManagedProcess on Process {
    id
    slug
    title
    isCurrent
    titleTranslations {
      ...TranslationItem
    }
    summaryTranslations {
      ...TranslationItem
    }
    descriptionTranslations {
      ...TranslationItem
    }
    currentPhase {
      id
      title
    }
    phases {
      id
      kind
      title
      startsAt
      endsAt
      status
      titleTranslations {
        ...TranslationItem
      }
      descriptionTranslations {
        ...TranslationItem
      }
    }
    actionFields {
      id
      position
      title
      crossCutting
      titleTranslations {
        ...TranslationItem
      }
      descriptionTranslations {
        ...TranslationItem
      }
    }
    forums {
      id
      title
      startsAt
      endsAt
      place
      municipality
      format
      acceptsInput
      actionField {
        id
        title
      }
      titleTranslations {
        ...TranslationItem
      }
      descriptionTranslations {
        ...TranslationItem
      }
    }
  }
`;
export const PhaseItemFragmentDoc = gql`
  fragment PhaseItem on Phase {
    id
    kind
    title
    description
    startsAt
    endsAt
    status
  }
`;
export const ForumItemFragmentDoc = gql`
  fragment ForumItem on Forum {
    id
    processId
    processSlug
    title
    startsAt
    endsAt
    place
    municipality
    format
    acceptsInput
    openForInput
    proposalCount
    followedByMe
    actionField {
      id
      title
    }
  }
`;
export const IntakeProcessFieldsFragmentDoc = gql`
  fragment IntakeProcessFields on Process {
    id
    slug
    title
    actionFields {
      id
      position
      title
    }
    forums {
      id
      title
      startsAt
      municipality
      acceptsInput
      actionField {
        id
        title
      }
    }
  }
`;
export const ProposalCardFragmentDoc = gql`
  fragment ProposalCard on Proposal {
    id
    number
    kind
    title
    state
    hidden
    source
    language
    participantCount
    supportCount
    commentCount
    supportedByMe
    createdAt
    author {
      id
      displayName
    }
    enteredBy {
      id
      displayName
    }
    actionField {
      id
      title
    }
    forum {
      id
      title
    }
  }
`;
export const ProposalDetailFragmentDoc = gql`
  fragment ProposalDetail on Proposal {
    ...ProposalCard
    processId
    processSlug
    participationOpen
    body
    bodyHtml
    goalId
    goalTitle
    canEdit
    canWithdraw
    followedByMe
    revisionCount
    updatedAt
    withdrawnAt
    withdrawalReason
    hidden
    mergedIntoId
    lineageCount
  }
`;
export const FacetCountFieldsFragmentDoc = gql`
  fragment FacetCountFields on FacetCount {
    value
    count
  }
`;
export const SurveyFormConditionFragmentDoc = gql`
  fragment SurveyFormCondition on SurveyCondition {
    questionKey
    operator
    value
  }
`;
export const SurveyFormOptionFragmentDoc = gql`
  fragment SurveyFormOption on SurveyOption {
    key
    label
    isOther
  }
`;
export const SurveyFormQuestionFragmentDoc = gql`
  fragment SurveyFormQuestion on SurveyQuestion {
    id
    key
    kind
    title
    help
    required
    minChoices
    maxChoices
    minValue
    maxValue
    minLabel
    maxLabel
    options {
      ...SurveyFormOption
    }
    rows {
      ...SurveyFormOption
    }
    condition {
      ...SurveyFormCondition
    }
  }
`;
export const SurveyFormSectionFragmentDoc = gql`
  fragment SurveyFormSection on SurveySection {
    id
    key
    title
    description
    condition {
      ...SurveyFormCondition
    }
    questions {
      ...SurveyFormQuestion
    }
  }
`;
export const SurveyFormSessionFragmentDoc = gql`
  fragment SurveyFormSession on SurveySession {
    accessKind
    organisationName
    complete
    reachedSection
    answers {
      questionKey
      choice
      choices
      other
      text
      number
      date
      matrix {
        row
        column
      }
      ranking
    }
    survey {
      id
      slug
      title
      intro
      thanks
      anonymous
      audience
      status
      isOpen
      closesAt
      sections {
        ...SurveyFormSection
      }
    }
  }
`;
export const BuilderSurveyListItemFragmentDoc = gql`
  fragment BuilderSurveyListItem on Survey {
    id
    processId
    slug
    title
    audience
    anonymous
    status
    opensAt
    closesAt
    publishedAt
    isOpen
    responseCount
    completeCount
  }
`;
export const BuilderTranslationFragmentDoc = gql`
  fragment BuilderTranslation on Translation {
    locale
    text
  }
`;
export const BuilderConditionFragmentDoc = gql`
  fragment BuilderCondition on SurveyCondition {
    questionKey
    operator
    value
  }
`;
export const BuilderOptionFragmentDoc = gql`
  fragment BuilderOption on SurveyOption {
    key
    isOther
    labelTranslations {
      ...BuilderTranslation
    }
  }
`;
export const BuilderSurveyFragmentDoc = gql`
  fragment BuilderSurvey on Survey {
    ...BuilderSurveyListItem
    version
    segmentQuestionKey
    titleTranslations {
      ...BuilderTranslation
    }
    introTranslations {
      ...BuilderTranslation
    }
    thanksTranslations {
      ...BuilderTranslation
    }
    sections {
      id
      key
      titleTranslations {
        ...BuilderTranslation
      }
      descriptionTranslations {
        ...BuilderTranslation
      }
      condition {
        ...BuilderCondition
      }
      questions {
        id
        key
        kind
        required
        titleTranslations {
          ...BuilderTranslation
        }
        helpTranslations {
          ...BuilderTranslation
        }
        minChoices
        maxChoices
        minValue
        maxValue
        minLabelTranslations {
          ...BuilderTranslation
        }
        maxLabelTranslations {
          ...BuilderTranslation
        }
        options {
          ...BuilderOption
        }
        rows {
          ...BuilderOption
        }
        condition {
          ...BuilderCondition
        }
      }
    }
  }
`;
export const InvitationsSurveyFieldsFragmentDoc = gql`
  fragment InvitationsSurveyFields on Survey {
    id
    title
    audience
    anonymous
    status
    isOpen
    closesAt
  }
`;
export const InvitationRowFieldsFragmentDoc = gql`
  fragment InvitationRowFields on SurveyInvitation {
    id
    status
    invitedAt
    reminderCount
    lastRemindedAt
    organisation {
      id
      name
      email
      type
      municipality
      optedOut
    }
  }
`;
export const InvitationMailingFieldsFragmentDoc = gql`
  fragment InvitationMailingFields on SurveyMailing {
    id
    kind
    status
    total
    processed
    error
    createdAt
    finishedAt
  }
`;
export const DashboardRateRowFieldsFragmentDoc = gql`
  fragment DashboardRateRowFields on SurveyRateRow {
    type
    invited
    opened
    started
    complete
    openedShare
    startedShare
    completeShare
  }
`;
export const PublicSurveyItemFragmentDoc = gql`
  fragment PublicSurveyItem on Survey {
    id
    slug
    title
    intro
    audience
    anonymous
    status
    isOpen
    opensAt
    closesAt
  }
`;
export const SurveyResultOptionFragmentDoc = gql`
  fragment SurveyResultOption on SurveyOptionCount {
    key
    label
    count
    share
  }
`;
export const SurveyQuestionResultItemFragmentDoc = gql`
  fragment SurveyQuestionResultItem on SurveyQuestionResult {
    questionKey
    kind
    title
    sectionTitle
    answered
    options {
      ...SurveyResultOption
    }
    matrix {
      key
      label
      answered
      cells {
        ...SurveyResultOption
      }
    }
    average
    distribution {
      value
      count
    }
    ranking {
      key
      label
      averageRank
      firstPlaces
    }
    textCount
  }
`;
export const SurveyExportJobItemFragmentDoc = gql`
  fragment SurveyExportJobItem on ExportJob {
    id
    kind
    format
    status
    total
    processed
    fileName
    byteSize
    downloadUrl
    error
  }
`;
export const ManagePollTranslationFragmentDoc = gql`
  fragment ManagePollTranslation on Translation {
    locale
    text
  }
`;
export const ManagePollListItemFragmentDoc = gql`
  fragment ManagePollListItem on ManagedPollView {
    id
    slug
    status
    opensAt
    closesAt
    turnout
    question {
      ...ManagePollTranslation
    }
  }
`;
export const ManagePollOptionFragmentDoc = gql`
  fragment ManagePollOption on ManagedPollOption {
    id
    position
    imageUrl
    label {
      ...ManagePollTranslation
    }
    description {
      ...ManagePollTranslation
    }
    imageAlt {
      ...ManagePollTranslation
    }
  }
`;
export const ManagePollDetailFragmentDoc = gql`
  fragment ManagePollDetail on ManagedPollView {
    ...ManagePollListItem
    version
    processId
    phaseId
    method
    maxChoices
    acceptsAccounts
    acceptsCodes
    allowVoteChange
    municipality
    description {
      ...ManagePollTranslation
    }
    options {
      ...ManagePollOption
    }
    codes {
      generated
      used
      batches
    }
  }
`;
export const PublicPollItemFragmentDoc = gql`
  fragment PublicPollItem on PollView {
    id
    slug
    processSlug
    processTitle
    phaseTitle
    question
    method
    maxChoices
    opensAt
    closesAt
    status
    turnout
  }
`;
export const PollResultsFieldsFragmentDoc = gql`
  fragment PollResultsFields on PollResultsView {
    voters
    ballots
    countedAt
    winners
    options {
      optionId
      label
      votes
      share
      averageRank
      winner
    }
    rounds {
      round
      counts {
        optionId
        votes
      }
      exhausted
      continuing
      elected
      eliminated
      tieBreak
    }
  }
`;
export const OfficialAnswerDocument = gql`
  query OfficialAnswer($proposalId: ID!) {
    officialAnswer(proposalId: $proposalId) {
      ...OfficialAnswerItem
    }
  }
  ${OfficialAnswerItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class OfficialAnswerGQL extends Apollo.Query<OfficialAnswerQuery, OfficialAnswerQueryVariables> {
  override document = OfficialAnswerDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const OfficialAnswersDocument = gql`
  query OfficialAnswers($status: AnswerStatus) {
    officialAnswers(status: $status) {
      ...OfficialAnswerItem
    }
  }
  ${OfficialAnswerItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class OfficialAnswersGQL extends Apollo.Query<OfficialAnswersQuery, OfficialAnswersQueryVariables> {
  override document = OfficialAnswersDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DraftOfficialAnswerDocument = gql`
  mutation DraftOfficialAnswer($input: DraftOfficialAnswerInput!) {
    draftOfficialAnswer(input: $input) {
      ...OfficialAnswerItem
    }
  }
  ${OfficialAnswerItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class DraftOfficialAnswerGQL extends Apollo.Mutation<
  DraftOfficialAnswerMutation,
  DraftOfficialAnswerMutationVariables
> {
  override document = DraftOfficialAnswerDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ApproveOfficialAnswerDocument = gql`
  mutation ApproveOfficialAnswer($id: ID!) {
    approveOfficialAnswer(id: $id) {
      ...OfficialAnswerItem
    }
  }
  ${OfficialAnswerItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ApproveOfficialAnswerGQL extends Apollo.Mutation<
  ApproveOfficialAnswerMutation,
  ApproveOfficialAnswerMutationVariables
> {
  override document = ApproveOfficialAnswerDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PublishOfficialAnswerDocument = gql`
  mutation PublishOfficialAnswer($id: ID!) {
    publishOfficialAnswer(id: $id) {
      ...OfficialAnswerItem
    }
  }
  ${OfficialAnswerItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class PublishOfficialAnswerGQL extends Apollo.Mutation<
  PublishOfficialAnswerMutation,
  PublishOfficialAnswerMutationVariables
> {
  override document = PublishOfficialAnswerDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PublicAssessmentsDocument = gql`
  query PublicAssessments($proposalId: ID!) {
    publicAssessments(proposalId: $proposalId) {
      department
      feasibility
      responsibility
      publicComment
      assessedAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class PublicAssessmentsGQL extends Apollo.Query<
  PublicAssessmentsQuery,
  PublicAssessmentsQueryVariables
> {
  override document = PublicAssessmentsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalAssessmentsDocument = gql`
  query ProposalAssessments($proposalId: ID!) {
    assessments(filter: { proposalId: $proposalId }) {
      ...AssessmentItem
    }
  }
  ${AssessmentItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalAssessmentsGQL extends Apollo.Query<
  ProposalAssessmentsQuery,
  ProposalAssessmentsQueryVariables
> {
  override document = ProposalAssessmentsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AssessmentDepartmentsDocument = gql`
  query AssessmentDepartments {
    departments
  }
`;

@Injectable({
  providedIn: 'root',
})
export class AssessmentDepartmentsGQL extends Apollo.Query<
  AssessmentDepartmentsQuery,
  AssessmentDepartmentsQueryVariables
> {
  override document = AssessmentDepartmentsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AssessmentOverviewDocument = gql`
  query AssessmentOverview($filter: AssessmentFilter) {
    assessmentOverview {
      department
      assigned
      inProgress
      submitted
      overdue
      dueSoon
    }
    assessments(filter: $filter) {
      ...AssessmentItem
    }
  }
  ${AssessmentItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AssessmentOverviewGQL extends Apollo.Query<
  AssessmentOverviewQuery,
  AssessmentOverviewQueryVariables
> {
  override document = AssessmentOverviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AssessmentDocument = gql`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentDetail
    }
  }
  ${AssessmentDetailFragmentDoc}
  ${AssessmentItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AssessmentGQL extends Apollo.Query<AssessmentQuery, AssessmentQueryVariables> {
  override document = AssessmentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AssignAssessmentDocument = gql`
  mutation AssignAssessment($input: AssignAssessmentInput!) {
    assignAssessment(input: $input) {
      ...AssessmentItem
    }
  }
  ${AssessmentItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AssignAssessmentGQL extends Apollo.Mutation<
  AssignAssessmentMutation,
  AssignAssessmentMutationVariables
> {
  override document = AssignAssessmentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UnassignAssessmentDocument = gql`
  mutation UnassignAssessment($id: ID!) {
    unassignAssessment(id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UnassignAssessmentGQL extends Apollo.Mutation<
  UnassignAssessmentMutation,
  UnassignAssessmentMutationVariables
> {
  override document = UnassignAssessmentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RecordAssessmentDocument = gql`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...AssessmentDetail
    }
  }
  ${AssessmentDetailFragmentDoc}
  ${AssessmentItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class RecordAssessmentGQL extends Apollo.Mutation<
  RecordAssessmentMutation,
  RecordAssessmentMutationVariables
> {
  override document = RecordAssessmentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AuditLogPageDocument = gql`
  query AuditLogPage($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        ...AuditEntryItem
      }
    }
  }
  ${AuditEntryItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AuditLogPageGQL extends Apollo.Query<AuditLogPageQuery, AuditLogPageQueryVariables> {
  override document = AuditLogPageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AuditActionNamesDocument = gql`
  query AuditActionNames {
    auditActions
  }
`;

@Injectable({
  providedIn: 'root',
})
export class AuditActionNamesGQL extends Apollo.Query<AuditActionNamesQuery, AuditActionNamesQueryVariables> {
  override document = AuditActionNamesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorCatalogueDocument = gql`
  query EditorCatalogue($versionId: ID!) {
    managedCatalogue(versionId: $versionId) {
      processId
      processTitle
      version {
        id
        number
        status
        basedOnNumber
        adoptedOn
        councilReference
        adoptedAt
        updatedAt
      }
      actionFields {
        ...EditorActionField
      }
    }
  }
  ${EditorActionFieldFragmentDoc}
  ${EditorGoalFragmentDoc}
  ${EditorTranslationFragmentDoc}
  ${EditorSourceFragmentDoc}
  ${EditorMeasureFragmentDoc}
  ${EditorMilestoneFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditorCatalogueGQL extends Apollo.Query<EditorCatalogueQuery, EditorCatalogueQueryVariables> {
  override document = EditorCatalogueDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorProposalPicksDocument = gql`
  query EditorProposalPicks($input: ProposalPickQueryInput!) {
    catalogueProposalPicks(input: $input) {
      id
      number
      title
      kind
      state
      actionFieldId
      supportCount
      usedIn
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class EditorProposalPicksGQL extends Apollo.Query<
  EditorProposalPicksQuery,
  EditorProposalPicksQueryVariables
> {
  override document = EditorProposalPicksDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorSaveGoalDocument = gql`
  mutation EditorSaveGoal($input: CatalogueGoalInput!) {
    saveCatalogueGoal(input: $input) {
      ...EditorGoal
    }
  }
  ${EditorGoalFragmentDoc}
  ${EditorTranslationFragmentDoc}
  ${EditorSourceFragmentDoc}
  ${EditorMeasureFragmentDoc}
  ${EditorMilestoneFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditorSaveGoalGQL extends Apollo.Mutation<
  EditorSaveGoalMutation,
  EditorSaveGoalMutationVariables
> {
  override document = EditorSaveGoalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorDeleteGoalDocument = gql`
  mutation EditorDeleteGoal($goalId: ID!) {
    deleteCatalogueGoal(goalId: $goalId)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class EditorDeleteGoalGQL extends Apollo.Mutation<
  EditorDeleteGoalMutation,
  EditorDeleteGoalMutationVariables
> {
  override document = EditorDeleteGoalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorSaveMeasureDocument = gql`
  mutation EditorSaveMeasure($input: CatalogueMeasureInput!) {
    saveCatalogueMeasure(input: $input) {
      ...EditorMeasure
    }
  }
  ${EditorMeasureFragmentDoc}
  ${EditorTranslationFragmentDoc}
  ${EditorMilestoneFragmentDoc}
  ${EditorSourceFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditorSaveMeasureGQL extends Apollo.Mutation<
  EditorSaveMeasureMutation,
  EditorSaveMeasureMutationVariables
> {
  override document = EditorSaveMeasureDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorDeleteMeasureDocument = gql`
  mutation EditorDeleteMeasure($measureId: ID!) {
    deleteCatalogueMeasure(measureId: $measureId)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class EditorDeleteMeasureGQL extends Apollo.Mutation<
  EditorDeleteMeasureMutation,
  EditorDeleteMeasureMutationVariables
> {
  override document = EditorDeleteMeasureDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorReorderFieldDocument = gql`
  mutation EditorReorderField($input: ReorderCatalogueFieldInput!) {
    reorderCatalogueField(input: $input) {
      ...EditorActionField
    }
  }
  ${EditorActionFieldFragmentDoc}
  ${EditorGoalFragmentDoc}
  ${EditorTranslationFragmentDoc}
  ${EditorSourceFragmentDoc}
  ${EditorMeasureFragmentDoc}
  ${EditorMilestoneFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditorReorderFieldGQL extends Apollo.Mutation<
  EditorReorderFieldMutation,
  EditorReorderFieldMutationVariables
> {
  override document = EditorReorderFieldDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditorUpdateMeasureStatusDocument = gql`
  mutation EditorUpdateMeasureStatus($input: MeasureStatusInput!) {
    updateMeasureStatus(input: $input) {
      ...EditorMeasure
    }
  }
  ${EditorMeasureFragmentDoc}
  ${EditorTranslationFragmentDoc}
  ${EditorMilestoneFragmentDoc}
  ${EditorSourceFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditorUpdateMeasureStatusGQL extends Apollo.Mutation<
  EditorUpdateMeasureStatusMutation,
  EditorUpdateMeasureStatusMutationVariables
> {
  override document = EditorUpdateMeasureStatusDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueProcessesDocument = gql`
  query CatalogueProcesses {
    processes {
      id
      slug
      title
      isCurrent
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueProcessesGQL extends Apollo.Query<
  CatalogueProcessesQuery,
  CatalogueProcessesQueryVariables
> {
  override document = CatalogueProcessesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueVersionsDocument = gql`
  query CatalogueVersions($processId: ID!) {
    catalogueVersions(processId: $processId) {
      ...CatalogueVersionItem
    }
  }
  ${CatalogueVersionItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueVersionsGQL extends Apollo.Query<
  CatalogueVersionsQuery,
  CatalogueVersionsQueryVariables
> {
  override document = CatalogueVersionsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const StartCatalogueDraftDocument = gql`
  mutation StartCatalogueDraft($input: StartCatalogueDraftInput!) {
    startCatalogueDraft(input: $input) {
      ...CatalogueVersionItem
    }
  }
  ${CatalogueVersionItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class StartCatalogueDraftGQL extends Apollo.Mutation<
  StartCatalogueDraftMutation,
  StartCatalogueDraftMutationVariables
> {
  override document = StartCatalogueDraftDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DeleteCatalogueDraftDocument = gql`
  mutation DeleteCatalogueDraft($versionId: ID!) {
    deleteCatalogueDraft(versionId: $versionId)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DeleteCatalogueDraftGQL extends Apollo.Mutation<
  DeleteCatalogueDraftMutation,
  DeleteCatalogueDraftMutationVariables
> {
  override document = DeleteCatalogueDraftDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AdoptCatalogueVersionDocument = gql`
  mutation AdoptCatalogueVersion($input: AdoptCatalogueInput!) {
    adoptCatalogueVersion(input: $input) {
      version {
        ...CatalogueVersionItem
      }
      notifiedAuthorCount
    }
  }
  ${CatalogueVersionItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AdoptCatalogueVersionGQL extends Apollo.Mutation<
  AdoptCatalogueVersionMutation,
  AdoptCatalogueVersionMutationVariables
> {
  override document = AdoptCatalogueVersionDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ImportCatalogueDocument = gql`
  mutation ImportCatalogue($input: ImportCatalogueInput!) {
    importCatalogue(input: $input) {
      version {
        ...CatalogueVersionItem
      }
      actionFieldCount
      goalCount
      measureCount
    }
  }
  ${CatalogueVersionItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ImportCatalogueGQL extends Apollo.Mutation<
  ImportCatalogueMutation,
  ImportCatalogueMutationVariables
> {
  override document = ImportCatalogueDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestCatalogueExportDocument = gql`
  mutation RequestCatalogueExport($input: CatalogueExportInput!) {
    requestCatalogueExport(input: $input) {
      ...CatalogueExportJobItem
    }
  }
  ${CatalogueExportJobItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class RequestCatalogueExportGQL extends Apollo.Mutation<
  RequestCatalogueExportMutation,
  RequestCatalogueExportMutationVariables
> {
  override document = RequestCatalogueExportDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestProposalsExportDocument = gql`
  mutation RequestProposalsExport($input: ProposalsExportInput!) {
    requestProposalsExport(input: $input) {
      ...CatalogueExportJobItem
    }
  }
  ${CatalogueExportJobItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class RequestProposalsExportGQL extends Apollo.Mutation<
  RequestProposalsExportMutation,
  RequestProposalsExportMutationVariables
> {
  override document = RequestProposalsExportDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueExportJobDocument = gql`
  query CatalogueExportJob($id: ID!) {
    exportJob(id: $id) {
      ...CatalogueExportJobItem
    }
  }
  ${CatalogueExportJobItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueExportJobGQL extends Apollo.Query<
  CatalogueExportJobQuery,
  CatalogueExportJobQueryVariables
> {
  override document = CatalogueExportJobDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueDiffDocument = gql`
  query CatalogueDiff($fromVersionId: ID!, $toVersionId: ID!) {
    catalogueDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      from {
        ...CatalogueVersionItem
      }
      to {
        ...CatalogueVersionItem
      }
      added {
        ...MeasureDiffItem
      }
      removed {
        ...MeasureDiffItem
      }
      renumbered {
        ...MeasureDiffItem
      }
      reworded {
        ...MeasureDiffItem
      }
      goalsAdded {
        ...GoalDiffItem
      }
      goalsRemoved {
        ...GoalDiffItem
      }
      goalsReworded {
        ...GoalDiffItem
      }
    }
  }
  ${CatalogueVersionItemFragmentDoc}
  ${MeasureDiffItemFragmentDoc}
  ${GoalDiffItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueDiffGQL extends Apollo.Query<CatalogueDiffQuery, CatalogueDiffQueryVariables> {
  override document = CatalogueDiffDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueDocument = gql`
  query Catalogue($processSlug: String, $versionNumber: Int) {
    catalogue(processSlug: $processSlug, versionNumber: $versionNumber) {
      processId
      processSlug
      processTitle
      version {
        ...PublicCatalogueVersion
      }
      versions {
        ...PublicCatalogueVersion
      }
      actionFields {
        id
        position
        title
        measureCount
        goals {
          id
          measures {
            id
            status
          }
        }
      }
    }
  }
  ${PublicCatalogueVersionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueGQL extends Apollo.Query<CatalogueQuery, CatalogueQueryVariables> {
  override document = CatalogueDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CatalogueFieldDetailDocument = gql`
  query CatalogueFieldDetail($processSlug: String, $versionNumber: Int) {
    catalogue(processSlug: $processSlug, versionNumber: $versionNumber) {
      processId
      processSlug
      processTitle
      version {
        ...PublicCatalogueVersion
      }
      versions {
        ...PublicCatalogueVersion
      }
      actionFields {
        id
        position
        title
        description
        measureCount
        goals {
          ...PublicCatalogueGoal
        }
      }
    }
  }
  ${PublicCatalogueVersionFragmentDoc}
  ${PublicCatalogueGoalFragmentDoc}
  ${PublicProvenanceProposalFragmentDoc}
  ${PublicCatalogueMeasureFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CatalogueFieldDetailGQL extends Apollo.Query<
  CatalogueFieldDetailQuery,
  CatalogueFieldDetailQueryVariables
> {
  override document = CatalogueFieldDetailDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalInCatalogueDocument = gql`
  query ProposalInCatalogue($proposalId: ID!) {
    proposalInCatalogue(proposalId: $proposalId) {
      measureId
      code
      text
      textLocale
      actionFieldPosition
      actionFieldTitle
      status
      progress
      versionNumber
      adoptedOn
      councilReference
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalInCatalogueGQL extends Apollo.Query<
  ProposalInCatalogueQuery,
  ProposalInCatalogueQueryVariables
> {
  override document = ProposalInCatalogueDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CommentThreadDocument = gql`
  query CommentThread($proposalId: ID!) {
    comments(proposalId: $proposalId) {
      ...ThreadComment
    }
  }
  ${ThreadCommentFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CommentThreadGQL extends Apollo.Query<CommentThreadQuery, CommentThreadQueryVariables> {
  override document = CommentThreadDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AddCommentDocument = gql`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...ThreadComment
    }
  }
  ${ThreadCommentFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AddCommentGQL extends Apollo.Mutation<AddCommentMutation, AddCommentMutationVariables> {
  override document = AddCommentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EditCommentDocument = gql`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...ThreadComment
    }
  }
  ${ThreadCommentFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class EditCommentGQL extends Apollo.Mutation<EditCommentMutation, EditCommentMutationVariables> {
  override document = EditCommentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DeleteCommentDocument = gql`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...ThreadComment
    }
  }
  ${ThreadCommentFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class DeleteCommentGQL extends Apollo.Mutation<DeleteCommentMutation, DeleteCommentMutationVariables> {
  override document = DeleteCommentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const VoteCommentDocument = gql`
  mutation VoteComment($id: ID!, $vote: CommentVote!) {
    voteComment(id: $id, vote: $vote) {
      ...ThreadComment
    }
  }
  ${ThreadCommentFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class VoteCommentGQL extends Apollo.Mutation<VoteCommentMutation, VoteCommentMutationVariables> {
  override document = VoteCommentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const MeDocument = gql`
  query Me {
    me {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
  override document = MeDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const LogoutDocument = gql`
  mutation Logout {
    logout
  }
`;

@Injectable({
  providedIn: 'root',
})
export class LogoutGQL extends Apollo.Mutation<LogoutMutation, LogoutMutationVariables> {
  override document = LogoutDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateMyLocaleDocument = gql`
  mutation UpdateMyLocale($locale: String!) {
    updateMyProfile(input: { locale: $locale }) {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateMyLocaleGQL extends Apollo.Mutation<
  UpdateMyLocaleMutation,
  UpdateMyLocaleMutationVariables
> {
  override document = UpdateMyLocaleDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationLineageDocument = gql`
  query CurationLineage($id: ID!) {
    proposalLineage(id: $id) {
      proposalId
      parents {
        ...LineageNode
      }
      children {
        ...LineageNode
      }
      ancestors {
        ...LineageNode
      }
      descendants {
        ...LineageNode
      }
      edges {
        parentId
        childId
        kind
      }
    }
  }
  ${LineageNodeFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CurationLineageGQL extends Apollo.Query<CurationLineageQuery, CurationLineageQueryVariables> {
  override document = CurationLineageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationProposalDocument = gql`
  query CurationProposal($id: ID!) {
    proposal(id: $id) {
      ...CurationProposal
    }
  }
  ${CurationProposalFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CurationProposalGQL extends Apollo.Query<CurationProposalQuery, CurationProposalQueryVariables> {
  override document = CurationProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationCandidatesDocument = gql`
  query CurationCandidates($filter: ProposalFilter!, $first: Int!) {
    proposals(filter: $filter, sort: NEWEST, first: $first) {
      totalCount
      nodes {
        ...CurationProposal
      }
    }
  }
  ${CurationProposalFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CurationCandidatesGQL extends Apollo.Query<
  CurationCandidatesQuery,
  CurationCandidatesQueryVariables
> {
  override document = CurationCandidatesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationMergePreviewDocument = gql`
  query CurationMergePreview($sourceIds: [ID!]!) {
    mergePreview(sourceIds: $sourceIds)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CurationMergePreviewGQL extends Apollo.Query<
  CurationMergePreviewQuery,
  CurationMergePreviewQueryVariables
> {
  override document = CurationMergePreviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationMergeDocument = gql`
  mutation CurationMerge($input: MergeProposalsInput!) {
    mergeProposals(input: $input) {
      id
      number
      supportCount
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CurationMergeGQL extends Apollo.Mutation<CurationMergeMutation, CurationMergeMutationVariables> {
  override document = CurationMergeDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurationSplitDocument = gql`
  mutation CurationSplit($input: SplitProposalInput!) {
    splitProposal(input: $input) {
      id
      number
      title
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CurationSplitGQL extends Apollo.Mutation<CurationSplitMutation, CurationSplitMutationVariables> {
  override document = CurationSplitDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const WordingHistoryDocument = gql`
  query WordingHistory($id: ID!) {
    proposal(id: $id) {
      id
      revisionCount
      revisions {
        ...WordingRevision
      }
    }
  }
  ${WordingRevisionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class WordingHistoryGQL extends Apollo.Query<WordingHistoryQuery, WordingHistoryQueryVariables> {
  override document = WordingHistoryDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const WordingReviseDocument = gql`
  mutation WordingRevise($input: ReviseProposalInput!) {
    reviseProposal(input: $input) {
      id
      title
      body
      revisionCount
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class WordingReviseGQL extends Apollo.Mutation<WordingReviseMutation, WordingReviseMutationVariables> {
  override document = WordingReviseDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DevMailsDocument = gql`
  query DevMails {
    devMails {
      id
      to
      from
      subject
      text
      html
      receivedAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DevMailsGQL extends Apollo.Query<DevMailsQuery, DevMailsQueryVariables> {
  override document = DevMailsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DevMailViewerEnabledDocument = gql`
  query DevMailViewerEnabled {
    appInfo {
      devMailViewer
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DevMailViewerEnabledGQL extends Apollo.Query<
  DevMailViewerEnabledQuery,
  DevMailViewerEnabledQueryVariables
> {
  override document = DevMailViewerEnabledDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const MyFollowsDocument = gql`
  query MyFollows {
    myFollows {
      target
      targetId
      title
      processSlug
      createdAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class MyFollowsGQL extends Apollo.Query<MyFollowsQuery, MyFollowsQueryVariables> {
  override document = MyFollowsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const FollowDocument = gql`
  mutation Follow($target: FollowTarget!, $id: ID!) {
    follow(target: $target, id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class FollowGQL extends Apollo.Mutation<FollowMutation, FollowMutationVariables> {
  override document = FollowDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UnfollowDocument = gql`
  mutation Unfollow($target: FollowTarget!, $id: ID!) {
    unfollow(target: $target, id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UnfollowGQL extends Apollo.Mutation<UnfollowMutation, UnfollowMutationVariables> {
  override document = UnfollowDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AdminUsersDocument = gql`
  query AdminUsers($search: String, $role: Role, $offset: Int!, $limit: Int!) {
    users(search: $search, role: $role, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...AdminUserRow
      }
    }
  }
  ${AdminUserRowFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AdminUsersGQL extends Apollo.Query<AdminUsersQuery, AdminUsersQueryVariables> {
  override document = AdminUsersDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SetUserRoleDocument = gql`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      ...AdminUserRow
    }
  }
  ${AdminUserRowFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SetUserRoleGQL extends Apollo.Mutation<SetUserRoleMutation, SetUserRoleMutationVariables> {
  override document = SetUserRoleDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RegisterDocument = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class RegisterGQL extends Apollo.Mutation<RegisterMutation, RegisterMutationVariables> {
  override document = RegisterDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ConfirmEmailDocument = gql`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ConfirmEmailGQL extends Apollo.Mutation<ConfirmEmailMutation, ConfirmEmailMutationVariables> {
  override document = ConfirmEmailDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ResendConfirmationDocument = gql`
  mutation ResendConfirmation($email: String!) {
    resendConfirmation(email: $email)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ResendConfirmationGQL extends Apollo.Mutation<
  ResendConfirmationMutation,
  ResendConfirmationMutationVariables
> {
  override document = ResendConfirmationDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const LoginDocument = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class LoginGQL extends Apollo.Mutation<LoginMutation, LoginMutationVariables> {
  override document = LoginDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestPasswordResetDocument = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class RequestPasswordResetGQL extends Apollo.Mutation<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
> {
  override document = RequestPasswordResetDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ResetPasswordDocument = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ResetPasswordGQL extends Apollo.Mutation<ResetPasswordMutation, ResetPasswordMutationVariables> {
  override document = ResetPasswordDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateMyProfileDocument = gql`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      ...SessionUser
      municipality
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateMyProfileGQL extends Apollo.Mutation<
  UpdateMyProfileMutation,
  UpdateMyProfileMutationVariables
> {
  override document = UpdateMyProfileDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const MyMunicipalityDocument = gql`
  query MyMunicipality {
    me {
      id
      municipality
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class MyMunicipalityGQL extends Apollo.Query<MyMunicipalityQuery, MyMunicipalityQueryVariables> {
  override document = MyMunicipalityDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ChangePasswordDocument = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ChangePasswordGQL extends Apollo.Mutation<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
> {
  override document = ChangePasswordDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const MailDeliveryFailuresDocument = gql`
  query MailDeliveryFailures($limit: Int!) {
    mailDeliveryFailures(limit: $limit) {
      id
      template
      recipientEmail
      attempts
      lastError
      failedAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class MailDeliveryFailuresGQL extends Apollo.Query<
  MailDeliveryFailuresQuery,
  MailDeliveryFailuresQueryVariables
> {
  override document = MailDeliveryFailuresDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AutoHideThresholdDocument = gql`
  query AutoHideThreshold($processId: ID!) {
    autoHideThreshold(processId: $processId)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class AutoHideThresholdGQL extends Apollo.Query<
  AutoHideThresholdQuery,
  AutoHideThresholdQueryVariables
> {
  override document = AutoHideThresholdDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SetAutoHideThresholdDocument = gql`
  mutation SetAutoHideThreshold($processId: ID!, $threshold: Int) {
    setAutoHideThreshold(processId: $processId, threshold: $threshold)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SetAutoHideThresholdGQL extends Apollo.Mutation<
  SetAutoHideThresholdMutation,
  SetAutoHideThresholdMutationVariables
> {
  override document = SetAutoHideThresholdDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ContentHidingDocument = gql`
  query ContentHiding($targetType: HideTargetType!, $targetId: ID!) {
    hiding(targetType: $targetType, targetId: $targetId) {
      ...HidingDetails
    }
  }
  ${HidingDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ContentHidingGQL extends Apollo.Query<ContentHidingQuery, ContentHidingQueryVariables> {
  override document = ContentHidingDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const HideContentDocument = gql`
  mutation HideContent($input: HideContentInput!) {
    hideContent(input: $input) {
      ...HidingDetails
    }
  }
  ${HidingDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class HideContentGQL extends Apollo.Mutation<HideContentMutation, HideContentMutationVariables> {
  override document = HideContentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UnhideContentDocument = gql`
  mutation UnhideContent($targetType: HideTargetType!, $targetId: ID!, $note: String) {
    unhideContent(targetType: $targetType, targetId: $targetId, note: $note)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UnhideContentGQL extends Apollo.Mutation<UnhideContentMutation, UnhideContentMutationVariables> {
  override document = UnhideContentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestHidingReviewDocument = gql`
  mutation RequestHidingReview($hidingId: ID!, $text: String!) {
    requestHidingReview(hidingId: $hidingId, text: $text) {
      ...HidingDetails
    }
  }
  ${HidingDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class RequestHidingReviewGQL extends Apollo.Mutation<
  RequestHidingReviewMutation,
  RequestHidingReviewMutationVariables
> {
  override document = RequestHidingReviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DecideHidingReviewDocument = gql`
  mutation DecideHidingReview($input: DecideReviewInput!) {
    decideHidingReview(input: $input) {
      ...HidingDetails
    }
  }
  ${HidingDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class DecideHidingReviewGQL extends Apollo.Mutation<
  DecideHidingReviewMutation,
  DecideHidingReviewMutationVariables
> {
  override document = DecideHidingReviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BlockUserDocument = gql`
  mutation BlockUser($input: BlockUserInput!) {
    blockUser(input: $input) {
      id
      displayName
      role
      blockedAt
      blockReason
      canBlock
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class BlockUserGQL extends Apollo.Mutation<BlockUserMutation, BlockUserMutationVariables> {
  override document = BlockUserDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UnblockUserDocument = gql`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId) {
      id
      displayName
      role
      blockedAt
      blockReason
      canBlock
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UnblockUserGQL extends Apollo.Mutation<UnblockUserMutation, UnblockUserMutationVariables> {
  override document = UnblockUserDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const NetiquetteTemplatesDocument = gql`
  query NetiquetteTemplates($includeInactive: Boolean!) {
    netiquetteTemplates(includeInactive: $includeInactive) {
      ...NetiquetteTemplateDetails
    }
  }
  ${NetiquetteTemplateDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class NetiquetteTemplatesGQL extends Apollo.Query<
  NetiquetteTemplatesQuery,
  NetiquetteTemplatesQueryVariables
> {
  override document = NetiquetteTemplatesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreateNetiquetteTemplateDocument = gql`
  mutation CreateNetiquetteTemplate($input: NetiquetteTemplateInput!) {
    createNetiquetteTemplate(input: $input) {
      ...NetiquetteTemplateDetails
    }
  }
  ${NetiquetteTemplateDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CreateNetiquetteTemplateGQL extends Apollo.Mutation<
  CreateNetiquetteTemplateMutation,
  CreateNetiquetteTemplateMutationVariables
> {
  override document = CreateNetiquetteTemplateDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateNetiquetteTemplateDocument = gql`
  mutation UpdateNetiquetteTemplate($id: ID!, $input: NetiquetteTemplateInput!) {
    updateNetiquetteTemplate(id: $id, input: $input) {
      ...NetiquetteTemplateDetails
    }
  }
  ${NetiquetteTemplateDetailsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateNetiquetteTemplateGQL extends Apollo.Mutation<
  UpdateNetiquetteTemplateMutation,
  UpdateNetiquetteTemplateMutationVariables
> {
  override document = UpdateNetiquetteTemplateDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ReportContentDocument = gql`
  mutation ReportContent($input: ReportInput!) {
    report(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ReportContentGQL extends Apollo.Mutation<ReportContentMutation, ReportContentMutationVariables> {
  override document = ReportContentDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DismissReportsDocument = gql`
  mutation DismissReports($targetType: ReportTargetType!, $targetId: ID!) {
    dismissReports(targetType: $targetType, targetId: $targetId)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DismissReportsGQL extends Apollo.Mutation<
  DismissReportsMutation,
  DismissReportsMutationVariables
> {
  override document = DismissReportsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ModerationQueueDocument = gql`
  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $offset: Int) {
    moderationQueue(filter: $filter, first: $first, offset: $offset) {
      totalCount
      counts {
        reported
        reviewRequests
        hidden
      }
      cases {
        ...ModerationCase
      }
    }
  }
  ${ModerationCaseFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ModerationQueueGQL extends Apollo.Query<ModerationQueueQuery, ModerationQueueQueryVariables> {
  override document = ModerationQueueDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurrentProcessDocument = gql`
  query CurrentProcess {
    currentProcess {
      id
      slug
      title
      summary
      currentPhase {
        id
        kind
        title
        endsAt
      }
      actionFields {
        id
        position
        title
        description
        crossCutting
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CurrentProcessGQL extends Apollo.Query<CurrentProcessQuery, CurrentProcessQueryVariables> {
  override document = CurrentProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ManageProcessesDocument = gql`
  query ManageProcesses {
    processes {
      ...ManagedProcess
    }
  }
  ${ManagedProcessFragmentDoc}
  ${TranslationItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ManageProcessesGQL extends Apollo.Query<ManageProcessesQuery, ManageProcessesQueryVariables> {
  override document = ManageProcessesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreateProcessDocument = gql`
  mutation CreateProcess($input: ProcessInput!) {
    createProcess(input: $input) {
      ...ManagedProcess
    }
  }
  ${ManagedProcessFragmentDoc}
  ${TranslationItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CreateProcessGQL extends Apollo.Mutation<CreateProcessMutation, CreateProcessMutationVariables> {
  override document = CreateProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateProcessDocument = gql`
  mutation UpdateProcess($id: ID!, $input: ProcessInput!) {
    updateProcess(id: $id, input: $input) {
      ...ManagedProcess
    }
  }
  ${ManagedProcessFragmentDoc}
  ${TranslationItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateProcessGQL extends Apollo.Mutation<UpdateProcessMutation, UpdateProcessMutationVariables> {
  override document = UpdateProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SetCurrentProcessDocument = gql`
  mutation SetCurrentProcess($id: ID!) {
    setCurrentProcess(id: $id) {
      id
      isCurrent
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SetCurrentProcessGQL extends Apollo.Mutation<
  SetCurrentProcessMutation,
  SetCurrentProcessMutationVariables
> {
  override document = SetCurrentProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreatePhaseDocument = gql`
  mutation CreatePhase($processId: ID!, $input: PhaseInput!) {
    createPhase(processId: $processId, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CreatePhaseGQL extends Apollo.Mutation<CreatePhaseMutation, CreatePhaseMutationVariables> {
  override document = CreatePhaseDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdatePhaseDocument = gql`
  mutation UpdatePhase($id: ID!, $input: PhaseInput!) {
    updatePhase(id: $id, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UpdatePhaseGQL extends Apollo.Mutation<UpdatePhaseMutation, UpdatePhaseMutationVariables> {
  override document = UpdatePhaseDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DeletePhaseDocument = gql`
  mutation DeletePhase($id: ID!) {
    deletePhase(id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DeletePhaseGQL extends Apollo.Mutation<DeletePhaseMutation, DeletePhaseMutationVariables> {
  override document = DeletePhaseDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreateActionFieldDocument = gql`
  mutation CreateActionField($processId: ID!, $input: ActionFieldInput!) {
    createActionField(processId: $processId, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CreateActionFieldGQL extends Apollo.Mutation<
  CreateActionFieldMutation,
  CreateActionFieldMutationVariables
> {
  override document = CreateActionFieldDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateActionFieldDocument = gql`
  mutation UpdateActionField($id: ID!, $input: ActionFieldInput!) {
    updateActionField(id: $id, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateActionFieldGQL extends Apollo.Mutation<
  UpdateActionFieldMutation,
  UpdateActionFieldMutationVariables
> {
  override document = UpdateActionFieldDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreateForumDocument = gql`
  mutation CreateForum($processId: ID!, $input: ForumInput!) {
    createForum(processId: $processId, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CreateForumGQL extends Apollo.Mutation<CreateForumMutation, CreateForumMutationVariables> {
  override document = CreateForumDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateForumDocument = gql`
  mutation UpdateForum($id: ID!, $input: ForumInput!) {
    updateForum(id: $id, input: $input) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateForumGQL extends Apollo.Mutation<UpdateForumMutation, UpdateForumMutationVariables> {
  override document = UpdateForumDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProcessPageDocument = gql`
  query ProcessPage($slug: String!) {
    process(slug: $slug) {
      id
      slug
      title
      summary
      description
      isCurrent
      currentPhase {
        ...PhaseItem
      }
      phases {
        ...PhaseItem
      }
      actionFields {
        id
        position
        title
        description
        crossCutting
        proposalCount
        followedByMe
      }
      forums {
        ...ForumItem
      }
    }
  }
  ${PhaseItemFragmentDoc}
  ${ForumItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ProcessPageGQL extends Apollo.Query<ProcessPageQuery, ProcessPageQueryVariables> {
  override document = ProcessPageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ForumPageDocument = gql`
  query ForumPage($id: ID!) {
    forum(id: $id) {
      ...ForumItem
      description
      processTitle
      actionField {
        id
        title
        description
      }
    }
  }
  ${ForumItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ForumPageGQL extends Apollo.Query<ForumPageQuery, ForumPageQueryVariables> {
  override document = ForumPageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const IntakeProcessDocument = gql`
  query IntakeProcess($slug: String!) {
    process(slug: $slug) {
      ...IntakeProcessFields
    }
  }
  ${IntakeProcessFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class IntakeProcessGQL extends Apollo.Query<IntakeProcessQuery, IntakeProcessQueryVariables> {
  override document = IntakeProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const IntakeCurrentProcessDocument = gql`
  query IntakeCurrentProcess {
    currentProcess {
      ...IntakeProcessFields
    }
  }
  ${IntakeProcessFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class IntakeCurrentProcessGQL extends Apollo.Query<
  IntakeCurrentProcessQuery,
  IntakeCurrentProcessQueryVariables
> {
  override document = IntakeCurrentProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const IntakeGoalsDocument = gql`
  query IntakeGoals($filter: ProposalFilter!, $after: String) {
    proposals(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        number
        title
        actionField {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class IntakeGoalsGQL extends Apollo.Query<IntakeGoalsQuery, IntakeGoalsQueryVariables> {
  override document = IntakeGoalsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const EnterProposalDocument = gql`
  mutation EnterProposal($input: EnterProposalInput!) {
    enterProposal(input: $input) {
      id
      number
      title
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class EnterProposalGQL extends Apollo.Mutation<EnterProposalMutation, EnterProposalMutationVariables> {
  override document = EnterProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalImportPreviewDocument = gql`
  query ProposalImportPreview($input: ProposalImportInput!) {
    proposalImportPreview(input: $input) {
      columns
      mapping {
        field
        column
      }
      rows {
        rowNumber
        status
        title
        kind
        actionField
        forum
        errors {
          field
          code
        }
      }
      rowCount
      validCount
      invalidCount
      duplicateCount
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalImportPreviewGQL extends Apollo.Query<
  ProposalImportPreviewQuery,
  ProposalImportPreviewQueryVariables
> {
  override document = ProposalImportPreviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ImportProposalsDocument = gql`
  mutation ImportProposals($input: ProposalImportInput!) {
    importProposals(input: $input) {
      importId
      createdCount
      skippedCount
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ImportProposalsGQL extends Apollo.Mutation<
  ImportProposalsMutation,
  ImportProposalsMutationVariables
> {
  override document = ImportProposalsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalListProcessDocument = gql`
  query ProposalListProcess($slug: String!) {
    process(slug: $slug) {
      id
      slug
      title
      currentPhase {
        id
        kind
      }
      actionFields {
        id
        position
        title
      }
      forums {
        id
        title
        acceptsInput
        startsAt
        municipality
        actionField {
          id
        }
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalListProcessGQL extends Apollo.Query<
  ProposalListProcessQuery,
  ProposalListProcessQueryVariables
> {
  override document = ProposalListProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalListDocument = gql`
  query ProposalList(
    $filter: ProposalFilter!
    $sort: ProposalSort!
    $seed: String
    $first: Int!
    $after: String
  ) {
    proposals(filter: $filter, sort: $sort, seed: $seed, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ProposalCard
      }
      facets {
        actionField {
          ...FacetCountFields
        }
        forum {
          ...FacetCountFields
        }
        kind {
          ...FacetCountFields
        }
        state {
          ...FacetCountFields
        }
        source {
          ...FacetCountFields
        }
        language {
          ...FacetCountFields
        }
      }
    }
  }
  ${ProposalCardFragmentDoc}
  ${FacetCountFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalListGQL extends Apollo.Query<ProposalListQuery, ProposalListQueryVariables> {
  override document = ProposalListDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalGoalsDocument = gql`
  query ProposalGoals($filter: ProposalFilter!, $after: String) {
    proposals(filter: $filter, sort: NEWEST, first: 50, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        number
        title
        actionField {
          id
        }
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalGoalsGQL extends Apollo.Query<ProposalGoalsQuery, ProposalGoalsQueryVariables> {
  override document = ProposalGoalsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalDetailPageDocument = gql`
  query ProposalDetailPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetail
    }
  }
  ${ProposalDetailFragmentDoc}
  ${ProposalCardFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalDetailPageGQL extends Apollo.Query<
  ProposalDetailPageQuery,
  ProposalDetailPageQueryVariables
> {
  override document = ProposalDetailPageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SimilarProposalsDocument = gql`
  query SimilarProposals($processId: ID!, $title: String!, $body: String) {
    similarProposals(processId: $processId, title: $title, body: $body) {
      similarity
      proposal {
        id
        number
        kind
        title
        state
        supportCount
        supportedByMe
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SimilarProposalsGQL extends Apollo.Query<SimilarProposalsQuery, SimilarProposalsQueryVariables> {
  override document = SimilarProposalsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CreateProposalDocument = gql`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      ...ProposalDetail
    }
  }
  ${ProposalDetailFragmentDoc}
  ${ProposalCardFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class CreateProposalGQL extends Apollo.Mutation<
  CreateProposalMutation,
  CreateProposalMutationVariables
> {
  override document = CreateProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateProposalDocument = gql`
  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
  ${ProposalDetailFragmentDoc}
  ${ProposalCardFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateProposalGQL extends Apollo.Mutation<
  UpdateProposalMutation,
  UpdateProposalMutationVariables
> {
  override document = UpdateProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const WithdrawProposalDocument = gql`
  mutation WithdrawProposal($id: ID!, $reason: String!) {
    withdrawProposal(id: $id, reason: $reason) {
      ...ProposalDetail
    }
  }
  ${ProposalDetailFragmentDoc}
  ${ProposalCardFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class WithdrawProposalGQL extends Apollo.Mutation<
  WithdrawProposalMutation,
  WithdrawProposalMutationVariables
> {
  override document = WithdrawProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SupportProposalDocument = gql`
  mutation SupportProposal($id: ID!) {
    supportProposal(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SupportProposalGQL extends Apollo.Mutation<
  SupportProposalMutation,
  SupportProposalMutationVariables
> {
  override document = SupportProposalDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const WithdrawSupportDocument = gql`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class WithdrawSupportGQL extends Apollo.Mutation<
  WithdrawSupportMutation,
  WithdrawSupportMutationVariables
> {
  override document = WithdrawSupportDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ProposalFormForumDocument = gql`
  query ProposalFormForum($id: ID!) {
    forum(id: $id) {
      id
      processSlug
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalFormForumGQL extends Apollo.Query<
  ProposalFormForumQuery,
  ProposalFormForumQueryVariables
> {
  override document = ProposalFormForumDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const StartSurveyDocument = gql`
  mutation StartSurvey($access: SurveyAccessInput!) {
    startSurvey(access: $access) {
      ...SurveyFormSession
    }
  }
  ${SurveyFormSessionFragmentDoc}
  ${SurveyFormSectionFragmentDoc}
  ${SurveyFormConditionFragmentDoc}
  ${SurveyFormQuestionFragmentDoc}
  ${SurveyFormOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class StartSurveyGQL extends Apollo.Mutation<StartSurveyMutation, StartSurveyMutationVariables> {
  override document = StartSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SaveSurveyAnswersDocument = gql`
  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {
    saveSurveyAnswers(input: $input) {
      ...SurveyFormSession
    }
  }
  ${SurveyFormSessionFragmentDoc}
  ${SurveyFormSectionFragmentDoc}
  ${SurveyFormConditionFragmentDoc}
  ${SurveyFormQuestionFragmentDoc}
  ${SurveyFormOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SaveSurveyAnswersGQL extends Apollo.Mutation<
  SaveSurveyAnswersMutation,
  SaveSurveyAnswersMutationVariables
> {
  override document = SaveSurveyAnswersDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SurveyPreviewSlugDocument = gql`
  query SurveyPreviewSlug($id: ID!) {
    survey(id: $id) {
      id
      slug
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SurveyPreviewSlugGQL extends Apollo.Query<
  SurveyPreviewSlugQuery,
  SurveyPreviewSlugQueryVariables
> {
  override document = SurveyPreviewSlugDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderSurveysDocument = gql`
  query BuilderSurveys($processId: ID) {
    surveys(processId: $processId) {
      ...BuilderSurveyListItem
    }
  }
  ${BuilderSurveyListItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderSurveysGQL extends Apollo.Query<BuilderSurveysQuery, BuilderSurveysQueryVariables> {
  override document = BuilderSurveysDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderProcessesDocument = gql`
  query BuilderProcesses {
    processes {
      id
      title
      isCurrent
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderProcessesGQL extends Apollo.Query<BuilderProcessesQuery, BuilderProcessesQueryVariables> {
  override document = BuilderProcessesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderSurveyDocument = gql`
  query BuilderSurvey($id: ID!) {
    survey(id: $id) {
      ...BuilderSurvey
    }
  }
  ${BuilderSurveyFragmentDoc}
  ${BuilderSurveyListItemFragmentDoc}
  ${BuilderTranslationFragmentDoc}
  ${BuilderConditionFragmentDoc}
  ${BuilderOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderSurveyGQL extends Apollo.Query<BuilderSurveyQuery, BuilderSurveyQueryVariables> {
  override document = BuilderSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderCreateSurveyDocument = gql`
  mutation BuilderCreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...BuilderSurveyListItem
    }
  }
  ${BuilderSurveyListItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderCreateSurveyGQL extends Apollo.Mutation<
  BuilderCreateSurveyMutation,
  BuilderCreateSurveyMutationVariables
> {
  override document = BuilderCreateSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderSaveSurveyDocument = gql`
  mutation BuilderSaveSurvey($input: SaveSurveyInput!) {
    saveSurvey(input: $input) {
      ...BuilderSurvey
    }
  }
  ${BuilderSurveyFragmentDoc}
  ${BuilderSurveyListItemFragmentDoc}
  ${BuilderTranslationFragmentDoc}
  ${BuilderConditionFragmentDoc}
  ${BuilderOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderSaveSurveyGQL extends Apollo.Mutation<
  BuilderSaveSurveyMutation,
  BuilderSaveSurveyMutationVariables
> {
  override document = BuilderSaveSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderPublishSurveyDocument = gql`
  mutation BuilderPublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      ...BuilderSurvey
    }
  }
  ${BuilderSurveyFragmentDoc}
  ${BuilderSurveyListItemFragmentDoc}
  ${BuilderTranslationFragmentDoc}
  ${BuilderConditionFragmentDoc}
  ${BuilderOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderPublishSurveyGQL extends Apollo.Mutation<
  BuilderPublishSurveyMutation,
  BuilderPublishSurveyMutationVariables
> {
  override document = BuilderPublishSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderCloseSurveyDocument = gql`
  mutation BuilderCloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...BuilderSurvey
    }
  }
  ${BuilderSurveyFragmentDoc}
  ${BuilderSurveyListItemFragmentDoc}
  ${BuilderTranslationFragmentDoc}
  ${BuilderConditionFragmentDoc}
  ${BuilderOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderCloseSurveyGQL extends Apollo.Mutation<
  BuilderCloseSurveyMutation,
  BuilderCloseSurveyMutationVariables
> {
  override document = BuilderCloseSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const BuilderDeleteSurveyDocument = gql`
  mutation BuilderDeleteSurvey($id: ID!) {
    deleteSurvey(id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class BuilderDeleteSurveyGQL extends Apollo.Mutation<
  BuilderDeleteSurveyMutation,
  BuilderDeleteSurveyMutationVariables
> {
  override document = BuilderDeleteSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsSurveyDocument = gql`
  query InvitationsSurvey($id: ID!) {
    survey(id: $id) {
      ...InvitationsSurveyFields
    }
  }
  ${InvitationsSurveyFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsSurveyGQL extends Apollo.Query<
  InvitationsSurveyQuery,
  InvitationsSurveyQueryVariables
> {
  override document = InvitationsSurveyDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsOverviewDocument = gql`
  query InvitationsOverview($surveyId: ID!) {
    surveyInvitations(surveyId: $surveyId) {
      ...InvitationRowFields
    }
    organisations {
      id
      type
      optedOut
    }
  }
  ${InvitationRowFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsOverviewGQL extends Apollo.Query<
  InvitationsOverviewQuery,
  InvitationsOverviewQueryVariables
> {
  override document = InvitationsOverviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationMailingsDocument = gql`
  query InvitationMailings($surveyId: ID!) {
    surveyMailings(surveyId: $surveyId) {
      ...InvitationMailingFields
    }
  }
  ${InvitationMailingFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationMailingsGQL extends Apollo.Query<
  InvitationMailingsQuery,
  InvitationMailingsQueryVariables
> {
  override document = InvitationMailingsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsImportPreviewDocument = gql`
  query InvitationsImportPreview($input: OrganisationImportInput!) {
    organisationImportPreview(input: $input) {
      rows {
        line
        name
        email
        type
        municipality
        outcome
        errors
      }
      newCount
      updateCount
      unchangedCount
      invalidCount
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsImportPreviewGQL extends Apollo.Query<
  InvitationsImportPreviewQuery,
  InvitationsImportPreviewQueryVariables
> {
  override document = InvitationsImportPreviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsImportDocument = gql`
  mutation InvitationsImport($input: OrganisationImportInput!, $surveyId: ID) {
    importOrganisations(input: $input, surveyId: $surveyId) {
      created
      updated
      skipped
      invited
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsImportGQL extends Apollo.Mutation<
  InvitationsImportMutation,
  InvitationsImportMutationVariables
> {
  override document = InvitationsImportDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsInviteTypesDocument = gql`
  mutation InvitationsInviteTypes($surveyId: ID!, $types: [OrganisationType!]) {
    inviteOrganisations(surveyId: $surveyId, types: $types) {
      id
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsInviteTypesGQL extends Apollo.Mutation<
  InvitationsInviteTypesMutation,
  InvitationsInviteTypesMutationVariables
> {
  override document = InvitationsInviteTypesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsSendMailingDocument = gql`
  mutation InvitationsSendMailing($surveyId: ID!, $kind: MailingKind!) {
    sendSurveyMailing(surveyId: $surveyId, kind: $kind) {
      ...InvitationMailingFields
    }
  }
  ${InvitationMailingFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsSendMailingGQL extends Apollo.Mutation<
  InvitationsSendMailingMutation,
  InvitationsSendMailingMutationVariables
> {
  override document = InvitationsSendMailingDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const InvitationsCreateAccessCodesDocument = gql`
  mutation InvitationsCreateAccessCodes($surveyId: ID!, $count: Int!) {
    createSurveyAccessCodes(surveyId: $surveyId, count: $count)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class InvitationsCreateAccessCodesGQL extends Apollo.Mutation<
  InvitationsCreateAccessCodesMutation,
  InvitationsCreateAccessCodesMutationVariables
> {
  override document = InvitationsCreateAccessCodesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DashboardResponseRatesDocument = gql`
  query DashboardResponseRates($surveyId: ID!) {
    survey(id: $surveyId) {
      ...InvitationsSurveyFields
    }
    surveyResponseRates(surveyId: $surveyId) {
      overall {
        ...DashboardRateRowFields
      }
      byType {
        ...DashboardRateRowFields
      }
      codes {
        issued
        started
        complete
      }
      started
      complete
    }
  }
  ${InvitationsSurveyFieldsFragmentDoc}
  ${DashboardRateRowFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class DashboardResponseRatesGQL extends Apollo.Query<
  DashboardResponseRatesQuery,
  DashboardResponseRatesQueryVariables
> {
  override document = DashboardResponseRatesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const OpenSurveysDocument = gql`
  query OpenSurveys {
    openSurveys {
      ...PublicSurveyItem
    }
  }
  ${PublicSurveyItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class OpenSurveysGQL extends Apollo.Query<OpenSurveysQuery, OpenSurveysQueryVariables> {
  override document = OpenSurveysDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SurveyBySlugDocument = gql`
  query SurveyBySlug($slug: String!) {
    surveyBySlug(slug: $slug) {
      ...PublicSurveyItem
    }
  }
  ${PublicSurveyItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SurveyBySlugGQL extends Apollo.Query<SurveyBySlugQuery, SurveyBySlugQueryVariables> {
  override document = SurveyBySlugDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const OptOutOfSurveyMailDocument = gql`
  mutation OptOutOfSurveyMail($token: String!) {
    optOutOfSurveyMail(token: $token)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class OptOutOfSurveyMailGQL extends Apollo.Mutation<
  OptOutOfSurveyMailMutation,
  OptOutOfSurveyMailMutationVariables
> {
  override document = OptOutOfSurveyMailDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SurveyResultsOverviewDocument = gql`
  query SurveyResultsOverview($surveyId: ID!, $segment: String, $completeOnly: Boolean) {
    survey(id: $surveyId) {
      id
      title
      anonymous
      audience
      status
      sections {
        key
        questions {
          key
          kind
          minValue
          maxValue
          minLabel
          maxLabel
        }
      }
    }
    surveyResults(surveyId: $surveyId, segment: $segment, completeOnly: $completeOnly) {
      respondents
      complete
      segmentTitle
      segments {
        key
        label
        respondents
      }
      questions {
        ...SurveyQuestionResultItem
      }
    }
  }
  ${SurveyQuestionResultItemFragmentDoc}
  ${SurveyResultOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SurveyResultsOverviewGQL extends Apollo.Query<
  SurveyResultsOverviewQuery,
  SurveyResultsOverviewQueryVariables
> {
  override document = SurveyResultsOverviewDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SurveyTextAnswerListDocument = gql`
  query SurveyTextAnswerList(
    $surveyId: ID!
    $questionKey: String!
    $search: String
    $segment: String
    $offset: Int
    $limit: Int
  ) {
    surveyTextAnswers(
      surveyId: $surveyId
      questionKey: $questionKey
      search: $search
      segment: $segment
      offset: $offset
      limit: $limit
    ) {
      total
      items
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class SurveyTextAnswerListGQL extends Apollo.Query<
  SurveyTextAnswerListQuery,
  SurveyTextAnswerListQueryVariables
> {
  override document = SurveyTextAnswerListDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestSurveyExportDocument = gql`
  mutation RequestSurveyExport($surveyId: ID!, $format: ExportFormat!) {
    requestSurveyExport(surveyId: $surveyId, format: $format) {
      ...SurveyExportJobItem
    }
  }
  ${SurveyExportJobItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class RequestSurveyExportGQL extends Apollo.Mutation<
  RequestSurveyExportMutation,
  RequestSurveyExportMutationVariables
> {
  override document = RequestSurveyExportDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SurveyExportJobDocument = gql`
  query SurveyExportJob($id: ID!) {
    exportJob(id: $id) {
      ...SurveyExportJobItem
    }
  }
  ${SurveyExportJobItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SurveyExportJobGQL extends Apollo.Query<SurveyExportJobQuery, SurveyExportJobQueryVariables> {
  override document = SurveyExportJobDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ManagedPollsDocument = gql`
  query ManagedPolls {
    managedPolls {
      ...ManagePollListItem
    }
  }
  ${ManagePollListItemFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ManagedPollsGQL extends Apollo.Query<ManagedPollsQuery, ManagedPollsQueryVariables> {
  override document = ManagedPollsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ManagedPollDocument = gql`
  query ManagedPoll($id: ID!) {
    managedPoll(id: $id) {
      ...ManagePollDetail
    }
  }
  ${ManagePollDetailFragmentDoc}
  ${ManagePollListItemFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
  ${ManagePollOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ManagedPollGQL extends Apollo.Query<ManagedPollQuery, ManagedPollQueryVariables> {
  override document = ManagedPollDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ManagePollProcessesDocument = gql`
  query ManagePollProcesses {
    processes {
      id
      title
      isCurrent
      phases {
        id
        kind
        title
        startsAt
        endsAt
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ManagePollProcessesGQL extends Apollo.Query<
  ManagePollProcessesQuery,
  ManagePollProcessesQueryVariables
> {
  override document = ManagePollProcessesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SavePollDocument = gql`
  mutation SavePoll($input: PollInput!) {
    savePoll(input: $input) {
      ...ManagePollDetail
    }
  }
  ${ManagePollDetailFragmentDoc}
  ${ManagePollListItemFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
  ${ManagePollOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SavePollGQL extends Apollo.Mutation<SavePollMutation, SavePollMutationVariables> {
  override document = SavePollDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SetPollOptionImageDocument = gql`
  mutation SetPollOptionImage($input: PollOptionImageInput!) {
    setPollOptionImage(input: $input) {
      ...ManagePollOption
    }
  }
  ${ManagePollOptionFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SetPollOptionImageGQL extends Apollo.Mutation<
  SetPollOptionImageMutation,
  SetPollOptionImageMutationVariables
> {
  override document = SetPollOptionImageDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DeletePollDocument = gql`
  mutation DeletePoll($id: ID!) {
    deletePoll(id: $id)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DeletePollGQL extends Apollo.Mutation<DeletePollMutation, DeletePollMutationVariables> {
  override document = DeletePollDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PublishPollDocument = gql`
  mutation PublishPoll($id: ID!) {
    publishPoll(id: $id) {
      ...ManagePollDetail
    }
  }
  ${ManagePollDetailFragmentDoc}
  ${ManagePollListItemFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
  ${ManagePollOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class PublishPollGQL extends Apollo.Mutation<PublishPollMutation, PublishPollMutationVariables> {
  override document = PublishPollDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ClosePollNowDocument = gql`
  mutation ClosePollNow($id: ID!) {
    closePollNow(id: $id) {
      ...ManagePollDetail
    }
  }
  ${ManagePollDetailFragmentDoc}
  ${ManagePollListItemFragmentDoc}
  ${ManagePollTranslationFragmentDoc}
  ${ManagePollOptionFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class ClosePollNowGQL extends Apollo.Mutation<ClosePollNowMutation, ClosePollNowMutationVariables> {
  override document = ClosePollNowDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const GenerateVotingCodesDocument = gql`
  mutation GenerateVotingCodes($pollId: ID!, $count: Int!) {
    generateVotingCodes(pollId: $pollId, count: $count) {
      batch
      codes
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class GenerateVotingCodesGQL extends Apollo.Mutation<
  GenerateVotingCodesMutation,
  GenerateVotingCodesMutationVariables
> {
  override document = GenerateVotingCodesDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PollsDocument = gql`
  query Polls($processSlug: String) {
    polls(processSlug: $processSlug) {
      ...PublicPollItem
    }
  }
  ${PublicPollItemFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class PollsGQL extends Apollo.Query<PollsQuery, PollsQueryVariables> {
  override document = PollsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PollDocument = gql`
  query Poll($slug: String!) {
    poll(slug: $slug) {
      ...PublicPollItem
      description
      acceptsAccounts
      acceptsCodes
      allowVoteChange
      municipality
      options {
        id
        position
        label
        description
        imageUrl
        imageAlt
      }
      viewer {
        canVote
        hasVoted
        block
      }
      results {
        ...PollResultsFields
      }
    }
  }
  ${PublicPollItemFragmentDoc}
  ${PollResultsFieldsFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class PollGQL extends Apollo.Query<PollQuery, PollQueryVariables> {
  override document = PollDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CastVoteDocument = gql`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      receipt
      replacedEarlierVote
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CastVoteGQL extends Apollo.Mutation<CastVoteMutation, CastVoteMutationVariables> {
  override document = CastVoteDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PollTurnoutDocument = gql`
  subscription PollTurnout($pollId: ID!) {
    pollTurnout(pollId: $pollId) {
      pollId
      voters
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class PollTurnoutGQL extends Apollo.Subscription<
  PollTurnoutSubscription,
  PollTurnoutSubscriptionVariables
> {
  override document = PollTurnoutDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const PollReceiptsDocument = gql`
  query PollReceipts($pollId: ID!, $search: String, $offset: Int, $limit: Int) {
    pollReceipts(pollId: $pollId, search: $search, offset: $offset, limit: $limit) {
      total
      receipts
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class PollReceiptsGQL extends Apollo.Query<PollReceiptsQuery, PollReceiptsQueryVariables> {
  override document = PollReceiptsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
