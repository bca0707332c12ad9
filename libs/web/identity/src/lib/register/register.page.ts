import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DISPLAY_NAME_MAX, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@mitreden/shared/contracts';
import { FieldErrorPipe, FormController, FormStatusComponent, LanguageService, noForbiddenCharacters, PasswordToggleComponent, RegisterGQL } from '@mitreden/web/core';
import { CheckboxInvalidDirective } from '../checkbox-invalid.directive';

@Component({
  selector: 'mr-register-page',
  imports: [
    CheckboxInvalidDirective,
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    PasswordToggleComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
  styles: `
    .mr-consent {
      margin-block: 0.5rem 0.75rem;
    }
    .mr-consent__error {
      margin: 0.25rem 0 0;
      padding-inline-start: 0.75rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RegisterPage {
  private readonly register = inject(RegisterGQL);
  private readonly language = inject(LanguageService);
  protected readonly controller = new FormController();
  protected readonly limits = { displayName: DISPLAY_NAME_MAX, passwordMin: PASSWORD_MIN };
  /** After a successful request the form gives way to the neutral "check your inbox" message. */
  protected readonly done = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
    acceptPrivacy: [false, Validators.requiredTrue],
  });

  /** Shown once the person tried to go on without ticking the box, or the server refused it. */
  protected consentError(): boolean {
    const consent = this.form.controls.acceptPrivacy;
    return consent.invalid && consent.touched;
  }

  protected submit(): Promise<void> {
    const { displayName, email, password, acceptPrivacy } = this.form.getRawValue();
    const input = { displayName: displayName.trim(), email: email.trim(), password, locale: this.language.current(), acceptPrivacy };
    return this.controller.submit(this.form, () => firstValueFrom(this.register.mutate({ variables: { input } })), {
      done: () => {
        this.done.set(true);
        // The same words whether or not the address already has an account: nothing to enumerate.
        this.controller.succeed('identity.register.sent');
        this.controller.focusLater('#register-done');
      },
    });
  }
}
