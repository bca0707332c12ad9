import { translate } from '@mitreden/api/core';

/** Organisation types (stored lowercase) as segment labels; German where a language is missing. */
export const ORGANISATION_TYPE_LABELS: Record<string, Partial<Record<string, string>>> = {
  migrant_organisation: { de: 'Migrantenorganisation', en: 'Migrant organisation', ar: 'منظمة مهاجرين' },
  municipal_contact: { de: 'Kommunale Ansprechpartner*in', en: 'Municipal contact', ar: 'جهة اتصال بلدية' },
  education: { de: 'Bildung', en: 'Education', ar: 'التعليم' },
  counselling: { de: 'Beratung', en: 'Counselling', ar: 'الاستشارة' },
  integration_council: { de: 'Integrationsbeirat', en: 'Integration council', ar: 'مجلس الاندماج' },
  religious_community: { de: 'Religionsgemeinschaft', en: 'Religious community', ar: 'جماعة دينية' },
  integration_guide: { de: 'Integrationslots*in', en: 'Integration guide', ar: 'مرشد الاندماج' },
  welfare: { de: 'Wohlfahrt', en: 'Welfare', ar: 'الرعاية الاجتماعية' },
  other: { de: 'Sonstige', en: 'Other', ar: 'أخرى' },
};
export const ORGANISATION_TYPE_ORDER = Object.keys(ORGANISATION_TYPE_LABELS);

export const organisationTypeLabel = (type: string, locale: string): string =>
  translate(ORGANISATION_TYPE_LABELS[type], locale) || type;

export const ORGANISATION_TYPE_TITLE = { de: 'Art der Organisation', en: 'Type of organisation', ar: 'نوع المنظمة' };
