import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Mirrors the server rule for multi-line texts: newlines are fine, bidi overrides are not. */
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/u;

export const noBidiOverrides: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && BIDI_OVERRIDES.test(control.value) ? { forbiddenCharacters: true } : null;

/** Only spaces counts as empty, as on the server (which trims). */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null;
