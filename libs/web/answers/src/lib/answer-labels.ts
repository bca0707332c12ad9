import type { AnswerOutcome, AnswerStatus } from '@mitreden/web/core';

/** In the order the editor offers them. */
export const ANSWER_OUTCOMES: readonly AnswerOutcome[] = [
  'ACCEPTED',
  'UNDER_EVALUATION',
  'ALREADY_IMPLEMENTED',
  'NOT_OUR_RESPONSIBILITY',
  'REJECTED',
];

/** The work list's sections, in the order the answers move through them. */
export const ANSWER_STATUSES: readonly AnswerStatus[] = ['DRAFT', 'APPROVED', 'PUBLISHED'];

/** Languages the editor offers; German is required, the others optional (the API accepts all). */
export const ANSWER_EDIT_LOCALES = ['de', 'en', 'ar'] as const;
export type AnswerEditLocale = (typeof ANSWER_EDIT_LOCALES)[number];

/** Same limit as the server (10 000 characters per language). */
export const ANSWER_TEXT_MAX = 10_000;
