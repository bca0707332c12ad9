import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { fieldErrorMessage } from '@mitreden/web/core';
import type { FieldErrorMessage } from '@mitreden/web/core';

/** Server rules of this API with their own message (assessments.errors.*). */
const OWN_RULES = new Set(['unknownDepartment', 'dueInPast', 'alreadySubmitted']);

/** The message for a control: this library's own server rules first, then the shared ones. */
export function assessmentFieldMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  const server = errors?.['server'];
  if (Array.isArray(server)) {
    const own = server.map(String).find((rule) => OWN_RULES.has(rule));
    if (own) return { key: `assessments.errors.${own}`, params: {} };
    if (server.includes('required')) return { key: 'validation.required', params: {} };
  }
  return fieldErrorMessage(errors);
}

/** Pure: re-runs when the control's errors object changes (setErrors replaces it). */
@Pipe({ name: 'mrAssessmentFieldError' })
export class AssessmentFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return assessmentFieldMessage(errors);
  }
}
