import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { FieldErrorPipe, FormController, FormStatusComponent, RequestPasswordResetGQL } from '@mitreden/web/core';
import { createEmailForm } from '../email-form';

@Component({
  selector: 'mr-forgot-password-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('identity.forgot.heading') }}</h1>
      <p class="mr-page-intro">{{ t('identity.forgot.intro') }}</p>
      <mr-form-status
        [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
        [kind]="controller.status()?.kind ?? 'info'"
      />
      <form class="mr-form" #formDirective="ngForm" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <p class="mr-form__note">{{ t('forms.requiredNote') }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('identity.fields.email') }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required inputmode="email" />
          <mat-hint>{{ t('identity.forgot.emailHint') }}</mat-hint>
          @if (form.controls.email.errors | mrFieldError; as e) {
            <mat-error>{{ t(e.key, e.params) }}</mat-error>
          }
        </mat-form-field>
        <div class="mr-form__actions">
          <button mat-flat-button type="submit">{{ t('identity.forgot.submit') }}</button>
          @if (controller.submitting()) {
            <span>{{ t('forms.sending') }}</span>
          }
        </div>
      </form>
      <p><a routerLink="/login">{{ t('identity.forgot.backToLogin') }}</a></p>
    </ng-container>
  `,
})
export class ForgotPasswordPage {
  private readonly requestReset = inject(RequestPasswordResetGQL);
  protected readonly controller = new FormController();
  protected readonly form = createEmailForm();
  private readonly formDirective = viewChild.required<FormGroupDirective>('formDirective');

  protected submit(): Promise<void> {
    const email = this.form.getRawValue().email.trim();
    return this.controller.submit(this.form, () => firstValueFrom(this.requestReset.mutate({ variables: { email } })), {
      done: () => {
        // Same answer for known and unknown addresses.
        this.controller.succeed('identity.forgot.sent');
        // Also clears the directive's submitted flag, or the emptied field would show "required".
        this.formDirective().resetForm();
      },
    });
  }
}
