import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_MAX, PASSWORD_MIN } from '@mitreden/shared/contracts';
import { FieldErrorPipe, FormController, FormStatusComponent, PasswordToggleComponent, ResetPasswordGQL } from '@mitreden/web/core';

@Component({
  selector: 'mr-reset-password-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
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
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('identity.reset.heading') }}</h1>
      <mr-form-status
        [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
        [kind]="controller.status()?.kind ?? 'info'"
      />
      @if (!token()) {
        <p>{{ t('errors.INVALID_TOKEN') }}</p>
        <p><a routerLink="/forgot-password">{{ t('identity.reset.requestNew') }}</a></p>
      } @else if (done()) {
        <p><a routerLink="/login" id="reset-done">{{ t('identity.reset.toLogin') }}</a></p>
      } @else {
        <form class="mr-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <p class="mr-form__note">{{ t('forms.requiredNote') }}</p>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('identity.fields.newPassword') }}</mat-label>
            <input matInput #passwordInput type="password" formControlName="password" autocomplete="new-password" required />
            <mr-password-toggle matSuffix [target]="passwordInput" />
            <mat-hint>{{ t('identity.register.passwordHint', { min: passwordMin }) }}</mat-hint>
            @if (form.controls.password.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          <div class="mr-form__actions">
            <button mat-flat-button type="submit">{{ t('identity.reset.submit') }}</button>
            @if (controller.submitting()) {
              <span>{{ t('forms.sending') }}</span>
            }
          </div>
        </form>
        @if (invalidToken()) {
          <p><a routerLink="/forgot-password">{{ t('identity.reset.requestNew') }}</a></p>
        }
      }
    </ng-container>
  `,
})
export class ResetPasswordPage {
  readonly token = input<string | undefined>();

  private readonly resetPassword = inject(ResetPasswordGQL);
  protected readonly controller = new FormController();
  protected readonly passwordMin = PASSWORD_MIN;
  protected readonly done = signal(false);
  protected readonly invalidToken = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
  });

  protected async submit(): Promise<void> {
    const token = this.token();
    if (!token) return;
    const { password } = this.form.getRawValue();
    await this.controller.submit(this.form, () => firstValueFrom(this.resetPassword.mutate({ variables: { input: { token, password } } })), {
      done: () => {
        this.done.set(true);
        this.controller.succeed('identity.reset.done');
        this.controller.focusLater('#reset-done');
      },
      failed: (error) => this.invalidToken.set(error.code === 'INVALID_TOKEN'),
    });
  }
}
