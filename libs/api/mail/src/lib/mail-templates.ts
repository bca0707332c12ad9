/**
 * The mails Mitreden sends and what each needs to be rendered. Payloads are stored as jsonb in the
 * outbox; only ids travel through Redis.
 */
export const MAIL_TEMPLATES = [
  'confirm_email',
  'account_exists',
  'reset_password',
  'password_changed',
  'content_hidden',
  'hiding_review_decided',
  'proposals_merged',
  'proposal_split',
  'assessments_due',
  'official_answer_published',
  'survey_invitation',
  'survey_reminder',
  'catalogue_adopted',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export type ConfirmEmailPayload = { displayName: string; link: string };
/** Someone tried to register with an address that already has an account. */
export type AccountExistsPayload = { displayName: string; loginLink: string; resetLink: string };
export type ResetPasswordPayload = { displayName: string; link: string };
export type PasswordChangedPayload = { displayName: string };

/** What moderation acted on, named so the recipient recognises it (a comment by its opening words). */
export type ModeratedContent = { contentKind: 'proposal' | 'comment'; contentTitle: string };
/** A moderator hid the recipient's proposal or comment; `reason` is the netiquette text in the recipient's language plus the moderator's note. */
export type ContentHiddenPayload = ModeratedContent & { displayName: string; reason: string; link: string };
export type HidingReviewDecidedPayload = ModeratedContent & {
  displayName: string;
  outcome: 'upheld' | 'lifted';
  note: string;
  link: string;
};
/** To authors and supporters of the originals (one mail per person, however many originals they touched). */
export type ProposalsMergedPayload = {
  displayName: string;
  originalTitles: string[];
  mergedTitle: string;
  link: string;
};
export type ProposalSplitPayload = {
  displayName: string;
  originalTitle: string;
  partTitles: string[];
  link: string;
};
/** The daily digest to a department expert. */
export type AssessmentsDuePayload = {
  displayName: string;
  department: string;
  items: { number: number; title: string; dueOn: string; overdue: boolean }[];
  link: string;
};
/** `answerText` is already in the recipient's language (or German). */
export type OfficialAnswerPublishedPayload = {
  displayName: string;
  proposalTitle: string;
  outcome: 'accepted' | 'rejected' | 'under_evaluation' | 'already_implemented' | 'not_our_responsibility';
  answerText: string;
  link: string;
};

/**
 * A survey invitation or reminder to an organisation: `displayName` is the organisation's name,
 * `closesOn` the last day to answer (YYYY-MM-DD, city time) or null when the survey has no end.
 * `link` is the organisation's personal survey link, `optOutLink` stops all survey mail to it.
 */
export type SurveyMailPayload = {
  displayName: string;
  surveyTitle: string;
  anonymous: boolean;
  closesOn?: string;
  link: string;
  optOutLink: string;
};

/**
 * Closing the loop: the council adopted a catalogue version and the recipient's proposals (directly
 * or through merges) became part of measures. One mail per author and version; `items` lists each
 * proposal with the measure codes it fed ("3.2"), texts in German (the binding wording).
 */
export type CatalogueAdoptedPayload = {
  displayName: string;
  councilReference: string;
  /** YYYY-MM-DD */
  adoptedOn: string;
  items: { proposalNumber: number; proposalTitle: string; measureCodes: string[] }[];
  link: string;
};

export interface MailPayloads {
  confirm_email: ConfirmEmailPayload;
  account_exists: AccountExistsPayload;
  reset_password: ResetPasswordPayload;
  password_changed: PasswordChangedPayload;
  content_hidden: ContentHiddenPayload;
  hiding_review_decided: HidingReviewDecidedPayload;
  proposals_merged: ProposalsMergedPayload;
  proposal_split: ProposalSplitPayload;
  assessments_due: AssessmentsDuePayload;
  official_answer_published: OfficialAnswerPublishedPayload;
  survey_invitation: SurveyMailPayload;
  survey_reminder: SurveyMailPayload;
  catalogue_adopted: CatalogueAdoptedPayload;
}

/**
 * Payload keys that carry a secret (a one-time token inside a link). The worker blanks them once
 * the mail is sent, so the outbox keeps what an admin needs to see but no working links.
 */
export const SECRET_PAYLOAD_KEYS: { readonly [T in MailTemplate]: readonly (keyof MailPayloads[T])[] } = {
  confirm_email: ['link'],
  account_exists: [],
  reset_password: ['link'],
  password_changed: [],
  content_hidden: [],
  hiding_review_decided: [],
  proposals_merged: [],
  proposal_split: [],
  assessments_due: [],
  official_answer_published: [],
  // Survey links carry their token in the path and stay valid for every reminder, so blanking
  // the query would protect nothing; they are signed ids, revocable by closing the survey.
  survey_invitation: [],
  survey_reminder: [],
  catalogue_adopted: [],
};

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === 'string' && (MAIL_TEMPLATES as readonly string[]).includes(value);
}

/** One mail to enqueue; the payload type follows the template. */
export type OutboxMail = {
  [T in MailTemplate]: {
    template: T;
    recipientEmail: string;
    recipientUserId?: string | null;
    /** The recipient's preferred language (users.locale); the worker maps it with mailLocale(). */
    locale: string;
    payload: MailPayloads[T];
  };
}[MailTemplate];
