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

/** What the web app may show in this deployment. */
export type AppInfo = {
  /** True in development when mails go to the local mail sink and can be read at /dev/mails. */
  devMailViewer: Scalars['Boolean']['output'];
};

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
  id: Scalars['ID']['output'];
  /** NONE for anonymous callers */
  myVote: CommentVote;
  parentId: Maybe<Scalars['ID']['output']>;
  proposalId: Scalars['ID']['output'];
  upvotes: Scalars['Int']['output'];
};

/** One vote per person per comment; NONE takes it back */
export type CommentVote = 'DOWN' | 'NONE' | 'UP';

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

export type FacetCount = {
  count: Scalars['Int']['output'];
  /** The filter value (an id or an enum value in lowercase, e.g. `measure`) */
  value: Scalars['String']['output'];
};

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

export type Mutation = {
  /** Only while the forums phase runs and the proposal is not withdrawn */
  addComment: Comment;
  /** Needs the current password; other sessions of the account end. */
  changePassword: Scalars['Boolean']['output'];
  /** Confirms the address from the link in the registration mail. */
  confirmEmail: Scalars['Boolean']['output'];
  createActionField: ActionField;
  createForum: Forum;
  createPhase: Phase;
  createProcess: Process;
  /** Only while the forums phase runs */
  createProposal: Proposal;
  /** Own comments; leaves a tombstone */
  deleteComment: Comment;
  deletePhase: Scalars['Boolean']['output'];
  /** Own comments, within the edit window */
  editComment: Comment;
  /** Forum or paper input entered on behalf of a forum */
  enterProposal: Proposal;
  /** Idempotent; returns true (now following); NOT_FOUND for an unknown target */
  follow: Scalars['Boolean']['output'];
  /** Refused while any row is invalid; rows imported before are skipped */
  importProposals: ProposalImportResult;
  login: User;
  /** Ends the session. True also when nobody was logged in. */
  logout: Scalars['Boolean']['output'];
  /** Starts a double opt-in registration. Always true for valid input, whether or not the address has an account. */
  register: Scalars['Boolean']['output'];
  /** Mails a reset link if the address has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a new confirmation link if the address has an unconfirmed account. Always true. */
  resendConfirmation: Scalars['Boolean']['output'];
  /** Sets a new password from a reset link; other sessions of the account end. */
  resetPassword: Scalars['Boolean']['output'];
  /** Makes this the process the home page shows */
  setCurrentProcess: Process;
  /** Admins only. The last active admin keeps the role (LAST_ADMIN). */
  setUserRole: User;
  /** Idempotent: supporting twice keeps one support */
  supportProposal: Proposal;
  /** Idempotent; returns false (no longer following) */
  unfollow: Scalars['Boolean']['output'];
  updateActionField: ActionField;
  updateForum: Forum;
  updateMyProfile: User;
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

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
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

export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeletePhaseArgs = {
  id: Scalars['ID']['input'];
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

export type MutationImportProposalsArgs = {
  input: ProposalImportInput;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationRegisterArgs = {
  input: RegisterInput;
};

export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};

export type MutationResendConfirmationArgs = {
  email: Scalars['String']['input'];
};

export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationSetCurrentProcessArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};

export type MutationSupportProposalArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnfollowArgs = {
  id: Scalars['ID']['input'];
  target: FollowTarget;
};

export type MutationUpdateActionFieldArgs = {
  id: Scalars['ID']['input'];
  input: ActionFieldInput;
};

export type MutationUpdateForumArgs = {
  id: Scalars['ID']['input'];
  input: ForumInput;
};

export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
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
  id: Scalars['ID']['output'];
  kind: ProposalKind;
  /** Language the proposal is written in */
  language: Scalars['String']['output'];
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

/** One version of a proposal’s wording; revision 1 is the original */
export type ProposalRevision = {
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editedBy: Maybe<Participant>;
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
export type ProposalSource = 'FORUM' | 'ONLINE' | 'PAPER' | 'SURVEY';

export type ProposalState = 'PUBLISHED' | 'WITHDRAWN';

export type Query = {
  appInfo: AppInfo;
  /** The whole thread of a proposal, depth-first, oldest first on each level */
  comments: Array<Comment>;
  currentProcess: Maybe<Process>;
  /** Mails captured by the development mail sink; NOT_FOUND outside development. */
  devMails: Array<DevMail>;
  forum: Maybe<Forum>;
  /** Mails that failed for good, newest first. Admins only. */
  mailDeliveryFailures: Array<MailDeliveryFailure>;
  /** The logged-in account, or null. */
  me: Maybe<User>;
  /** What the caller follows, newest first */
  myFollows: Array<Follow>;
  /** A process by its URL name */
  process: Maybe<Process>;
  /** Every process, newest first (project group) */
  processes: Array<Process>;
  proposal: Maybe<Proposal>;
  /** Dry run of a CSV/XLSX import: per-row errors, nothing written */
  proposalImportPreview: ProposalImportPreview;
  proposals: ProposalConnection;
  /** Up to 5 published proposals of the process that resemble a draft */
  similarProposals: Array<SimilarProposal>;
  /** Accounts by name or e-mail, optionally of one role. Admins only. */
  users: UserPage;
};

export type QueryCommentsArgs = {
  proposalId: Scalars['ID']['input'];
};

export type QueryForumArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMailDeliveryFailuresArgs = {
  limit?: Scalars['Int']['input'];
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

export type QueryProposalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: ProposalFilter;
  first?: Scalars['Int']['input'];
  seed: InputMaybe<Scalars['String']['input']>;
  sort?: ProposalSort;
};

export type QuerySimilarProposalsArgs = {
  body: InputMaybe<Scalars['String']['input']>;
  processId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type QueryUsersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  role: InputMaybe<Role>;
  search: InputMaybe<Scalars['String']['input']>;
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

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
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
  role: Role;
};

export type UserPage = {
  items: Array<User>;
  totalCount: Scalars['Int']['output'];
};

export type ThreadCommentFragment = {
  id: string;
  proposalId: string;
  parentId: string | null;
  depth: number;
  body: string;
  deleted: boolean;
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
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

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

export type ProposalRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ProposalRevisionsQuery = {
  proposal: {
    id: string;
    revisions: Array<{
      revision: number;
      title: string;
      body: string;
      createdAt: string;
      editedBy: { id: string; displayName: string } | null;
    }>;
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
  }
`;
export const FacetCountFieldsFragmentDoc = gql`
  fragment FacetCountFields on FacetCount {
    value
    count
  }
`;
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
export const ProposalRevisionsDocument = gql`
  query ProposalRevisions($id: ID!) {
    proposal(id: $id) {
      id
      revisions {
        revision
        title
        body
        createdAt
        editedBy {
          id
          displayName
        }
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ProposalRevisionsGQL extends Apollo.Query<
  ProposalRevisionsQuery,
  ProposalRevisionsQueryVariables
> {
  override document = ProposalRevisionsDocument;

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
