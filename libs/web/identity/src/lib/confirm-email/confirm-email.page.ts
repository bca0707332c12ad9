import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal, viewChild } from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ConfirmEmailGQL, errorMessageKey, FieldErrorPipe, FormController, FormStatusComponent, ResendConfirmationGQL, toUiError } from '@mitreden/web/core';
import { createEmailForm } from '../email-form';

type ConfirmState = 'confirming' | 'confirmed' | 'failed' | 'noToken';

/** Opened from the confirmation e-mail: confirms at once, or offers a new link. */
@Component({
  selector: 'mr-confirm-email-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './confirm-email.page.html',
})
export class ConfirmEmailPage implements OnInit {
  readonly token = input<string | undefined>();

  private readonly confirmEmail = inject(ConfirmEmailGQL);
  private readonly resendConfirmation = inject(ResendConfirmationGQL);
  protected readonly state = signal<ConfirmState>('confirming');
  protected readonly failureKey = signal<string | null>(null);
  protected readonly resend = new FormController();
  protected readonly resendForm = createEmailForm();
  private readonly resendFormDirective = viewChild.required<FormGroupDirective>('resendFormDirective');

  async ngOnInit(): Promise<void> {
    const token = this.token();
    if (!token) {
      this.state.set('noToken');
      return;
    }
    try {
      await firstValueFrom(this.confirmEmail.mutate({ variables: { token } }));
      this.state.set('confirmed');
    } catch (error) {
      this.failureKey.set(errorMessageKey(toUiError(error)));
      this.state.set('failed');
    }
  }

  protected submitResend(): Promise<void> {
    const email = this.resendForm.getRawValue().email.trim();
    return this.resend.submit(this.resendForm, () => firstValueFrom(this.resendConfirmation.mutate({ variables: { email } })), {
      done: () => {
        this.resend.succeed('identity.confirm.resent');
        // Also clears the directive's submitted flag, or the emptied field would show "required".
        this.resendFormDirective().resetForm();
      },
    });
  }
}
