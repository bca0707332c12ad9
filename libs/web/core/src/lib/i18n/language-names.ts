import type { Locale } from '@mitreden/shared/contracts';

/** Each language named in itself, so people find theirs whatever language the page is in. */
export const LANGUAGE_NATIVE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  ru: 'Русский',
  uk: 'Українська',
  pl: 'Polski',
  fa: 'فارسی',
  'de-LS': 'Leichte Sprache',
};
