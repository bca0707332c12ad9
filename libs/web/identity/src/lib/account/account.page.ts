import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { COMPLETE_LOCALES, DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, REGION_MUNICIPALITIES, isLocale } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { ChangePasswordGQL, FieldErrorPipe, FormController, FormStatusComponent, htmlLang, LANGUAGE_NATIVE_NAMES, LanguageService, MyMunicipalityGQL, noForbiddenCharacters, PasswordToggleComponent, SessionService, UpdateMyProfileGQL } from '@mitreden/web/core';

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
  private readonly myMunicipality = inject(MyMunicipalityGQL);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly locales = COMPLETE_LOCALES;
  protected readonly languageNames = LANGUAGE_NATIVE_NAMES;
  protected readonly htmlLang = htmlLang;
  protected readonly municipalities = REGION_MUNICIPALITIES;
  protected readonly limits = { displayName: DISPLAY_NAME_MAX, passwordMin: PASSWORD_MIN };

  protected readonly profile = new FormController();
  protected readonly profileForm = this.formBuilder.group({
    displayName: [
      this.session.user()?.displayName ?? '',
      [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters],
    ],
    locale: [this.initialLocale(), [Validators.required]],
    /** '' = not stated. */
    municipality: [''],
  });
  /** Until the saved value is known, a save leaves the municipality alone instead of clearing it. */
  private municipalityLoaded = false;

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
    void this.loadMunicipality();
  }

  private async loadMunicipality(): Promise<void> {
    try {
      const result = await firstValueFrom(this.myMunicipality.fetch({ fetchPolicy: 'network-only' }));
      const saved = result.data?.me?.municipality ?? '';
      const control = this.profileForm.controls.municipality;
      if (!control.dirty) control.setValue((REGION_MUNICIPALITIES as readonly string[]).includes(saved) ? saved : '');
      this.municipalityLoaded = true;
    } catch {
      // The select stays on "not stated" and is only sent once the user changes it.
    }
  }

  private initialLocale(): Locale {
    const saved = this.session.user()?.locale;
    return isLocale(saved) && COMPLETE_LOCALES.includes(saved) ? saved : this.language.current();
  }

  protected saveProfile(): Promise<void> {
    const { displayName, locale, municipality } = this.profileForm.getRawValue();
    const sendMunicipality = this.municipalityLoaded || this.profileForm.controls.municipality.dirty;
    const input = { displayName: displayName.trim(), locale, ...(sendMunicipality ? { municipality } : {}) };
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
