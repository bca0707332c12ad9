import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { COMPLETE_LOCALES, DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, isLocale } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { ChangePasswordGQL, FieldErrorPipe, FormController, FormStatusComponent, htmlLang, LANGUAGE_NATIVE_NAMES, LanguageService, noForbiddenCharacters, PasswordToggleComponent, SessionService, UpdateMyProfileGQL } from '@mitreden/web/core';

@Component({
  selector: 'mr-account-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    PasswordToggleComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account.page.html',
})
export class AccountPage {
  protected readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly updateProfile = inject(UpdateMyProfileGQL);
  private readonly changePassword = inject(ChangePasswordGQL);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly locales = COMPLETE_LOCALES;
  protected readonly languageNames = LANGUAGE_NATIVE_NAMES;
  protected readonly htmlLang = htmlLang;
  protected readonly limits = { displayName: DISPLAY_NAME_MAX, passwordMin: PASSWORD_MIN };

  protected readonly profile = new FormController();
  protected readonly profileForm = this.formBuilder.group({
    displayName: [
      this.session.user()?.displayName ?? '',
      [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters],
    ],
    locale: [this.initialLocale(), [Validators.required]],
  });

  protected readonly password = new FormController();
  protected readonly passwordForm = this.formBuilder.group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
  });

  private readonly passwordFormDirective = viewChild.required<FormGroupDirective>('passwordFormDirective');

  constructor() {
    // The header's switcher saves its language to the account too; without following it here, the
    // next profile save would send the old language back and switch the page to it again.
    this.language.changes.pipe(takeUntilDestroyed()).subscribe(({ locale, chosenByUser }) => {
      if (chosenByUser && COMPLETE_LOCALES.includes(locale)) this.profileForm.controls.locale.setValue(locale);
    });
  }

  private initialLocale(): Locale {
    const saved = this.session.user()?.locale;
    return isLocale(saved) && COMPLETE_LOCALES.includes(saved) ? saved : this.language.current();
  }

  protected saveProfile(): Promise<void> {
    const { displayName, locale } = this.profileForm.getRawValue();
    const input = { displayName: displayName.trim(), locale };
    return this.profile.submit(this.profileForm, () => firstValueFrom(this.updateProfile.mutate({ variables: { input } })), {
      done: async (result) => {
        const user = result.data?.updateMyProfile;
        if (user) this.session.setUser(user);
        // Saving a language in the account is also a choice for this device.
        if (locale !== this.language.current()) await this.language.choose(locale);
        this.profile.succeed('identity.account.profileSaved');
      },
    });
  }

  protected savePassword(): Promise<void> {
    const input = this.passwordForm.getRawValue();
    return this.password.submit(this.passwordForm, () => firstValueFrom(this.changePassword.mutate({ variables: { input } })), {
      done: () => {
        // Also clears the directive's submitted flag, or the emptied fields would show "required".
        this.passwordFormDirective().resetForm();
        this.password.succeed('identity.account.passwordChanged');
      },
      failed: (error) => {
        if (error.code !== 'INVALID_CREDENTIALS') return;
        this.passwordForm.controls.currentPassword.setErrors({ server: ['currentPassword'] });
        // The generic message speaks of "e-mail address or password"; here only one field can be wrong.
        this.password.status.set({ kind: 'error', key: 'identity.account.currentPasswordWrong' });
        this.password.focusLater('input[formControlName="currentPassword"]');
      },
    });
  }
}
