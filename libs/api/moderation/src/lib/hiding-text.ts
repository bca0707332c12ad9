import { badInput } from '@mitreden/api/core';
import { hasForbiddenTextCharacters } from '@mitreden/shared/contracts';

/** Same limit as the CHECKs on hidings.reason, hidings.review_request and users.block_reason. */
export const MODERATION_TEXT_MAX = 2000;


/**
 * Checks a free text a moderator or author typed (note, review request, block reason): trimmed,
 * within `max`, no control or bidi characters. Returns '' for a missing optional text; a required
 * one that is blank is refused with the field's name, so the form can mark it.
 */
export function moderationText(
  field: string,
  value: string | null | undefined,
  options: { required: boolean; max?: number },
): string {
  const text = (value ?? '').trim();
  const max = options.max ?? MODERATION_TEXT_MAX;
  if (text === '') {
    if (options.required) throw badInput({ [field]: ['required'] });
    return '';
  }
  if (text.length > max) throw badInput({ [field]: ['maxLength'] });
  if (hasForbiddenTextCharacters(text)) throw badInput({ [field]: ['forbiddenCharacters'] });
  return text;
}

/** The PostgreSQL error code and constraint of a failed statement, if it is one. */
export function pgErrorOf(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  if (typeof driverError !== 'object' || driverError === null) return {};
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}
