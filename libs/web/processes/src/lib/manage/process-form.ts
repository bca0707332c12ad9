import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { FormGroup } from '@angular/forms';
import { noForbiddenCharacters } from '@mitreden/web/core';
import type { ManagedProcessFragment, ProcessInput } from '@mitreden/web/core';
import { DESCRIPTION_MAX, EDIT_LOCALES, SUMMARY_MAX, TITLE_MAX, translationInput, translationValues } from './translations';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Controls `name_de`, `name_en`, `name_ar`; German required when `required`. */
export function translatedControls(fb: NonNullableFormBuilder, name: string, max: number, { required = true, singleLine = true } = {}) {
  const controls: Record<string, ReturnType<NonNullableFormBuilder['control']>> = {};
  for (const locale of EDIT_LOCALES) {
    const validators = [Validators.maxLength(max), ...(singleLine ? [noForbiddenCharacters] : [])];
    if (locale === 'de' && required) validators.unshift(Validators.required);
    controls[`${name}_${locale}`] = fb.control('', validators);
  }
  return controls;
}

export function processForm(fb: NonNullableFormBuilder): FormGroup {
  return fb.group({
    slug: fb.control('', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]),
    ...translatedControls(fb, 'title', TITLE_MAX),
    ...translatedControls(fb, 'summary', SUMMARY_MAX, { required: false, singleLine: false }),
    ...translatedControls(fb, 'description', DESCRIPTION_MAX, { required: false, singleLine: false }),
  });
}

export function processInputFrom(form: FormGroup): ProcessInput {
  const values = form.getRawValue() as Record<string, unknown>;
  return {
    slug: String(values['slug'] ?? '').trim(),
    title: translationInput(values, 'title'),
    summary: translationInput(values, 'summary'),
    description: translationInput(values, 'description'),
  };
}

export function processFormValues(process: ManagedProcessFragment): Record<string, string> {
  return {
    slug: process.slug,
    ...translationValues('title', process.titleTranslations),
    ...translationValues('summary', process.summaryTranslations),
    ...translationValues('description', process.descriptionTranslations),
  };
}
