import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The server's limits for curated wording (same as a resident's proposal). */
export const CURATED_TITLE_MAX = 200;
export const CURATED_BODY_MAX = 20_000;
export const CURATION_NOTE_MAX = 1000;

const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/u;

export const noBidiOverrides: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && BIDI_OVERRIDES.test(control.value) ? { forbiddenCharacters: true } : null;

/** Only spaces counts as empty, as on the server (which trims). */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === ''
    ? { required: true }
    : null;
