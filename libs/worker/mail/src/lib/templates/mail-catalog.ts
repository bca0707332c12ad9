import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';

/**
 * Links each template shows as a button (in this order). Most come from the payload; the worker
 * derives `forgotPasswordLink` from PUBLIC_URL so a "was this you?" mail needs no token.
 */
export const MAIL_ACTIONS = {
  confirm_email: ['link'],
  account_exists: ['loginLink', 'resetLink'],
  reset_password: ['link'],
  password_changed: ['forgotPasswordLink'],
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
};

/**
 * Texts of one template in one language. `{displayName}` is the only placeholder; values are
 * escaped by the renderer, never here.
 */
export interface TemplateTexts<A extends string> {
  subject: string;
  /** Shown by mail clients next to the subject. */
  preheader: string;
  heading: string;
  /** Paragraphs after the greeting, before the buttons. */
  intro: readonly string[];
  /** Button label per link. */
  actions: Readonly<Record<A, string>>;
  /** Paragraphs after the buttons. */
  outro: readonly string[];
  /** Footer: why the recipient got this mail. */
  reason: string;
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
  templates: { readonly [T in MailTemplate]: TemplateTexts<MailActionKey<T>> };
}
