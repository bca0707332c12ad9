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
  body: Scalars['String']['input'];
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
  place: Scalars['String']['output'];
  processId: Scalars['ID']['output'];
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
  /** Idempotent; returns true (now following) */
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
  voteComment: Comment;
  withdrawProposal: Proposal;
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
  processId: Scalars['ID']['output'];
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
  locale: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProposalInput = {
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
    title: string;
    summary: string;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      description: string;
      crossCutting: boolean;
    }>;
  } | null;
};

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
      title
      summary
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
