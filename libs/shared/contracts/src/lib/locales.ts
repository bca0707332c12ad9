/**
 * Languages Mitreden is built for. `complete` languages are offered in the switcher; the others
 * have their structure in place and fall back to German until translated.
 */
export const LOCALES = ['de', 'en', 'ar', 'tr', 'ru', 'uk', 'pl', 'fa', 'de-LS'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'de';
export const COMPLETE_LOCALES: readonly Locale[] = ['de', 'en', 'ar'];
export const RTL_LOCALES: readonly Locale[] = ['ar', 'fa'];

/** Languages e-mail templates exist in; other recipients get German. */
export const MAIL_LOCALES = ['de', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: string): 'rtl' | 'ltr' {
  return (RTL_LOCALES as readonly string[]).includes(locale) ? 'rtl' : 'ltr';
}

export function mailLocale(locale: string): MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(locale) ? (locale as MailLocale) : 'de';
}
