import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Role } from '@mitreden/web/core';

/** Same limit as the server (hidings.reason, review_request, users.block_reason). */
export const MODERATION_TEXT_MAX = 2000;

/** Who sees hidden content and may hide, unhide and block (the server decides again). */
export function isModerating(role: Role | null | undefined): boolean {
  return role === 'MODERATOR' || role === 'PROJECT_GROUP' || role === 'ADMIN';
}

/** Blank text is not text. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value !== '' && control.value.trim() === '' ? { required: true } : null;

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

/** Bidi overrides can make a text display as something it is not; the server refuses them too. */
export const noBidiOverrides: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && BIDI_CONTROLS.test(control.value) ? { forbiddenCharacters: true } : null;
