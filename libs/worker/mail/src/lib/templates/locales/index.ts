import type { MailLocale } from '@mitreden/shared/contracts';
import type { MailCatalog } from '../mail-catalog';
import { de } from './de';
import { en } from './en';

/** One catalog per mail language; a new language is a new file here plus an entry in MAIL_LOCALES. */
export const MAIL_CATALOGS: { readonly [L in MailLocale]: MailCatalog } = { de, en };
