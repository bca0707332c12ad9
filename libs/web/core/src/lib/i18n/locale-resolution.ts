import { COMPLETE_LOCALES, DEFAULT_LOCALE, isLocale } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';

export interface LocaleCandidates {
  /** The choice this browser remembered (localStorage). */
  stored: string | null;
  /** `users.locale` of the logged-in account, if any. */
  account: string | null | undefined;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/**
 * Order: what the person picked on this device, then their account's language, then the first
 * browser language we translate completely, then German. Browser tags like `en-GB` count as `en`.
 */
export function resolveInitialLocale({ stored, account, browser }: LocaleCandidates): Locale {
  if (isLocale(stored)) return stored;
  if (isLocale(account)) return account;
  for (const tag of browser) {
    const candidates = [tag, tag.split('-')[0]];
    const match = candidates.find((candidate) => (COMPLETE_LOCALES as readonly string[]).includes(candidate));
    if (match) return match as Locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The value for `<html lang>`. Leichte Sprache is German; "de-LS" would name German as spoken in
 * Lesotho, so assistive technology gets plain `de`.
 */
export function htmlLang(locale: Locale): string {
  return locale === 'de-LS' ? 'de' : locale;
}
