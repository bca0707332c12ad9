/**
 * The mails Mitreden sends and what each needs to be rendered. Payloads are stored as jsonb in the
 * outbox; only ids travel through Redis.
 */
export const MAIL_TEMPLATES = [
  'confirm_email',
  'account_exists',
  'reset_password',
  'password_changed',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export type ConfirmEmailPayload = { displayName: string; link: string };
/** Someone tried to register with an address that already has an account. */
export type AccountExistsPayload = { displayName: string; loginLink: string; resetLink: string };
export type ResetPasswordPayload = { displayName: string; link: string };
export type PasswordChangedPayload = { displayName: string };

export interface MailPayloads {
  confirm_email: ConfirmEmailPayload;
  account_exists: AccountExistsPayload;
  reset_password: ResetPasswordPayload;
  password_changed: PasswordChangedPayload;
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
