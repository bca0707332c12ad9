import type {
  HidingReviewDecidedPayload,
  MailPayloads,
  MailTemplate,
  ModeratedContent,
  OfficialAnswerPublishedPayload,
} from '@mitreden/api/mail';

/**
 * Links each template shows as a button (in this order). Most come from the payload; the worker
 * derives `forgotPasswordLink` from PUBLIC_URL so a "was this you?" mail needs no token.
 */
export const MAIL_ACTIONS = {
  confirm_email: ['link'],
  account_exists: ['loginLink', 'resetLink'],
  reset_password: ['link'],
  password_changed: ['forgotPasswordLink'],
  content_hidden: ['link'],
  hiding_review_decided: ['link'],
  proposals_merged: ['link'],
  proposal_split: ['link'],
  assessments_due: ['link'],
  official_answer_published: ['link'],
  survey_invitation: ['link', 'optOutLink'],
  survey_reminder: ['link', 'optOutLink'],
  catalogue_adopted: ['link'],
} as const satisfies { [T in MailTemplate]: readonly string[] };

export type MailActionKey<T extends MailTemplate> = (typeof MAIL_ACTIONS)[T][number];

/** Links the worker adds itself; every other action key must be a link in the payload. */
export const DERIVED_LINKS = ['forgotPasswordLink'] as const;
export type DerivedLink = (typeof DERIVED_LINKS)[number];

// Compile-time proof that every non-derived action key is a payload field.
type PayloadLinkKeys = {
  [T in MailTemplate]: Exclude<MailActionKey<T>, DerivedLink> extends keyof MailPayloads[T] ? true : never;
};
export const ACTIONS_MATCH_PAYLOADS: PayloadLinkKeys = {
  confirm_email: true,
  account_exists: true,
  reset_password: true,
  password_changed: true,
  content_hidden: true,
  hiding_review_decided: true,
  proposals_merged: true,
  proposal_split: true,
  assessments_due: true,
  official_answer_published: true,
  survey_invitation: true,
  survey_reminder: true,
  catalogue_adopted: true,
};

/**
 * Named placeholders a template's texts may use (besides `{displayName}` in the greeting). The
 * renderer fills them from the payload — escaped, and bidi-isolated when they carry user content —
 * or from the catalog's `labels` for enum values.
 */
export const MAIL_PLACEHOLDERS = {
  confirm_email: [],
  account_exists: [],
  reset_password: [],
  password_changed: [],
  content_hidden: ['contentKind', 'contentTitle'],
  hiding_review_decided: ['contentKind', 'contentTitle', 'outcome'],
  proposals_merged: ['mergedTitle'],
  proposal_split: ['originalTitle'],
  assessments_due: ['department'],
  official_answer_published: ['proposalTitle', 'outcome'],
  // `anonymity` and `deadline` are whole sentences from the catalog's labels.
  survey_invitation: ['surveyTitle', 'anonymity', 'deadline'],
  survey_reminder: ['surveyTitle', 'anonymity', 'deadline'],
  catalogue_adopted: ['councilReference', 'adoptedOn'],
} as const satisfies { [T in MailTemplate]: readonly string[] };

export type MailPlaceholder<T extends MailTemplate> = (typeof MAIL_PLACEHOLDERS)[T][number];

/** Placeholders of one bullet in the assessments digest. */
export const ASSESSMENT_ITEM_PLACEHOLDERS = ['number', 'title', 'dueOn'] as const;

/** Placeholders of one bullet in the catalogue adoption mail; `measures` is a list of codes ("3.2 und 3.4"). */
export const CATALOGUE_ITEM_PLACEHOLDERS = ['number', 'title', 'measures'] as const;

/**
 * Texts of one template in one language. Placeholders are `{name}` from MAIL_PLACEHOLDERS; values
 * are escaped by the renderer, never here. Subjects stay free of placeholders so a hostile title
 * never reaches a mail header.
 */
export interface TemplateTexts<A extends string> {
  subject: string;
  /** Shown by mail clients next to the subject. */
  preheader: string;
  heading: string;
  /** Paragraphs after the greeting; followed by the template's bullet list, if it has one. */
  intro: readonly string[];
  /**
   * Introduces a quoted block of free text from the payload (a moderator's reason, an answer);
   * the sentence and the block are left out when that text is empty.
   */
  quoteIntro?: string;
  /** Button label per link. */
  actions: Readonly<Record<A, string>>;
  /** Paragraphs after the buttons. */
  outro: readonly string[];
  /** Footer: why the recipient got this mail. */
  reason: string;
}

/** Translated enum values the payloads carry as codes. */
export interface MailLabels {
  contentKind: Readonly<Record<ModeratedContent['contentKind'], string>>;
  /** A whole sentence: what the review decided about the hidden content. */
  reviewOutcome: Readonly<Record<HidingReviewDecidedPayload['outcome'], string>>;
  answerOutcome: Readonly<Record<OfficialAnswerPublishedPayload['outcome'], string>>;
  /** One bullet of the assessments digest; placeholders from ASSESSMENT_ITEM_PLACEHOLDERS. */
  assessmentDue: string;
  assessmentOverdue: string;
  /** Survey mails: whether answers can be traced back to the organisation (whole sentences). */
  surveyAnonymous: string;
  surveyNamed: string;
  /** Survey mails: the last day to answer, placeholder `{closesOn}`; or the sentence for no end date. */
  surveyDeadline: string;
  surveyNoDeadline: string;
  /**
   * One bullet of the catalogue adoption mail, for a proposal that fed one measure or several;
   * placeholders from CATALOGUE_ITEM_PLACEHOLDERS.
   */
  catalogueItemOneMeasure: string;
  catalogueItemManyMeasures: string;
  /** BCP 47 tag for formatting dates and lists in this language. */
  dateLocale: string;
}

export interface MailCatalog {
  /** Value of the html lang attribute. */
  lang: string;
  dir: 'ltr' | 'rtl';
  common: {
    productName: string;
    tagline: string;
    greeting: string;
    /** Introduces the raw links for clients that do not show buttons. */
    linkFallback: string;
    signOff: readonly string[];
    automated: string;
  };
  labels: MailLabels;
  templates: { readonly [T in MailTemplate]: TemplateTexts<MailActionKey<T>> };
}
