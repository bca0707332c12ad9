import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import { fieldErrorMessage, LANGUAGE_NATIVE_NAMES, noForbiddenCharacters } from '@mitreden/web/core';
import type { FieldErrorMessage, FormController, UiError } from '@mitreden/web/core';
import { textDirection } from '@mitreden/shared/contracts';
import { catalogueRuleKey, controlPathForServerField, EDIT_LOCALES } from './editor-form';
import type { EditLocale, Texts } from './editor-form';

export interface LocaleEntry {
  locale: EditLocale;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The editor languages with their own names and writing direction, German first. */
export function localeEntries(): LocaleEntry[] {
  return EDIT_LOCALES.map((locale) => ({ locale, name: LANGUAGE_NATIVE_NAMES[locale], dir: textDirection(locale) }));
}

/** One control per editor language; German required. */
export function textsGroup(max: number, initial: Texts): FormGroup<Record<EditLocale, FormControl<string>>> {
  const control = (locale: EditLocale) =>
    new FormControl(initial[locale], {
      nonNullable: true,
      validators: locale === 'de' ? [Validators.required, Validators.maxLength(max), noForbiddenCharacters] : [Validators.maxLength(max), noForbiddenCharacters],
    });
  return new FormGroup({ de: control('de'), en: control('en'), ar: control('ar') });
}

/** The message for a control's first problem; catalogue rules (German missing, dates) first. */
export function editorFieldError(control: AbstractControl | null): FieldErrorMessage | null {
  if (!control?.errors || !(control.touched || control.errors['server'])) return null;
  const server = control.errors['server'];
  if (Array.isArray(server) && server.length > 0) {
    const key = catalogueRuleKey(String(server[0]));
    if (key) return { key, params: {} };
  }
  if (control.errors['min'] || control.errors['max']) return { key: 'catalogue.editor.rules.progress', params: {} };
  return fieldErrorMessage(control.errors);
}

/**
 * After a failed save (the controller has shown the code already): puts server field rules on
 * the matching controls, and words conflicts in the editor's own terms.
 */
export function applyServerErrors(form: FormGroup, error: UiError, controller: FormController): void {
  if (error.code === 'CONFLICT') {
    controller.status.set({ kind: 'error', key: 'catalogue.editor.conflict' });
    return;
  }
  const known = Object.keys(form.controls);
  let matched = false;
  for (const [path, rules] of Object.entries(error.fields)) {
    const target = controlPathForServerField(path, known);
    const control = target ? form.get(target) : null;
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: rules });
    control.markAsTouched();
    matched = true;
  }
  if (matched) {
    controller.status.set({ kind: 'error', key: 'forms.checkFields' });
    controller.focusLater('.ng-invalid:is(input, textarea, mat-select)');
  } else if (Object.keys(error.fields).length > 0) {
    controller.status.set({ kind: 'error', key: 'catalogue.editor.invalidInput' });
  }
}
