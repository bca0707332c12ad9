import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { EMAIL_MAX } from '@mitreden/shared/contracts';

/** A single e-mail field, as used by "resend confirmation" and "forgot password". */
export function createEmailForm() {
  return inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
  });
}
