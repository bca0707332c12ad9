import type { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { FieldErrors } from '@mitreden/shared/contracts';
import { hasBidiControls, hasForbiddenNameCharacters, hasForbiddenTextCharacters } from '@mitreden/shared/contracts';

/** Mirrors the server rule: no control or bidi override characters in names. */
export const noForbiddenCharacters: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && hasForbiddenNameCharacters(control.value) ? { forbiddenCharacters: true } : null;

/** Mirrors the server rule for multi-line texts: line breaks and tabs are fine, other controls and bidi overrides are not. */
export const noForbiddenTextCharacters: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && hasForbiddenTextCharacters(control.value) ? { forbiddenCharacters: true } : null;

/** Bidi overrides can make a text display as something it is not; the server refuses them too. */
export const noBidiOverrides: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && hasBidiControls(control.value) ? { forbiddenCharacters: true } : null;

/** Only spaces counts as empty, as on the server (which trims); '' is left to `Validators.required`. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null;

/**
 * Puts the server's per-field rules (`{ "input.displayName": ["maxLength"] }`) onto the matching
 * controls as a `server` error. Paths are matched by their last segment, so a resolver that
 * validates `input` and one that validates the object itself both land on `displayName`.
 * Returns whether at least one field was matched; if not, the caller shows a form-level message.
 */
export function applyServerFieldErrors(form: FormGroup, fields: FieldErrors): boolean {
  let matched = false;
  for (const [path, rules] of Object.entries(fields)) {
    const name = path.split('.').pop() ?? path;
    const control = form.get(name);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: rules });
    control.markAsTouched();
    matched = true;
  }
  return matched;
}

/**
 * Moves focus to the first invalid field so keyboard and screen reader users land on the problem.
 * Runs after the error messages are rendered, so the field's description already names it.
 */
export function focusFirstInvalidField(form: HTMLElement | null | undefined): boolean {
  const field = form?.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, select.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]',
  );
  field?.focus();
  return !!field;
}
