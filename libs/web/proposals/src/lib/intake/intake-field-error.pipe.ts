import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import type { FieldErrorMessage } from '@mitreden/web/core';
import { intakeFieldError } from './intake-messages';

/** Like `mrFieldError`, plus the intake rules (unknown forum, goal, participant range). */
@Pipe({ name: 'mrIntakeFieldError' })
export class IntakeFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return intakeFieldError(errors);
  }
}
