import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';

export interface FieldErrorMessage {
  key: string;
  params: Record<string, unknown>;
}

/** Server rule names (class-validator constraint names) that have their own message. */
const SERVER_RULES_WITH_MESSAGES = new Set([
  'isEmail',
  'isNotEmpty',
  'maxLength',
  'minLength',
  'isIn',
  'isLength',
  'isLocale',
  'noControlCharacters',
  'forbiddenCharacters',
  'noForbiddenCharacters',
  'mustAccept',
]);

/**
 * The message for the first error of a control as a translation key of the root file
 * (`validation.*`). Client validators and server rules (set by applyServerFieldErrors) share it.
 */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'validation.required', params: {} };
  if (errors['email']) return { key: 'validation.email', params: {} };
  if (errors['minlength']) return { key: 'validation.minlength', params: { min: errors['minlength'].requiredLength } };
  if (errors['maxlength']) return { key: 'validation.maxlength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['forbiddenCharacters']) return { key: 'validation.forbiddenCharacters', params: {} };
  const server = errors['server'];
  if (Array.isArray(server) && server.length > 0) {
    const rule = String(server[0]);
    return { key: SERVER_RULES_WITH_MESSAGES.has(rule) ? `validation.server.${rule}` : 'validation.server.invalid', params: {} };
  }
  return { key: 'validation.invalid', params: {} };
}

@Pipe({ name: 'mrFieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return fieldErrorMessage(errors);
  }
}
