import type { SurveyFormSessionFragment } from '@mitreden/web/core';
import type { FormQuestion, FormSection } from './survey-form';

/** Test data only (not exported from the library): a small survey with every control kind. */
export function question(overrides: Partial<FormQuestion> & Pick<FormQuestion, 'key' | 'kind'>): FormQuestion {
  return {
    id: `id-${overrides.key}`,
    title: `Frage ${overrides.key}`,
    help: '',
    required: false,
    minChoices: null,
    maxChoices: null,
    minValue: null,
    maxValue: null,
    minLabel: '',
    maxLabel: '',
    options: [],
    rows: [],
    condition: null,
    ...overrides,
  };
}

export const option = (key: string, label = key, isOther = false) => ({ key, label, isOther });

export function section(key: string, questions: FormQuestion[], overrides: Partial<FormSection> = {}): FormSection {
  return { id: `id-${key}`, key, title: `Teil ${key}`, description: '', condition: null, questions, ...overrides };
}

/** Page 1: type (single choice with other) + required name; page 2 only for type "verein"; page 3: scale. */
export function sampleSections(): FormSection[] {
  return [
    section('s1', [
      question({
        key: 'typ',
        kind: 'SINGLE_CHOICE',
        required: true,
        options: [option('verein', 'Verein'), option('schule', 'Schule'), option('andere', 'Andere', true)],
      }),
      question({ key: 'name', kind: 'SHORT_TEXT', required: true }),
    ]),
    section('s2', [question({ key: 'mitglieder', kind: 'NUMBER', minValue: 1, maxValue: 1000 })], {
      condition: { questionKey: 'typ', operator: 'EQUALS', value: 'verein' },
    }),
    section('s3', [
      question({ key: 'zufrieden', kind: 'SCALE', required: true, minValue: 1, maxValue: 5, minLabel: 'gar nicht', maxLabel: 'sehr' }),
    ]),
  ];
}

export function sampleSession(overrides: Partial<SurveyFormSessionFragment> = {}): SurveyFormSessionFragment {
  return {
    accessKind: 'INVITATION',
    organisationName: 'Kulturverein Linden',
    complete: false,
    reachedSection: 1,
    answers: [],
    survey: {
      id: 'sv1',
      slug: 'integration-2026',
      title: 'Integration in der Region',
      intro: 'Bitte nehmen Sie sich 10 Minuten Zeit.',
      thanks: 'Danke für Ihre Zeit!',
      anonymous: false,
      audience: 'INVITED',
      status: 'PUBLISHED',
      isOpen: true,
      closesAt: null,
      sections: sampleSections(),
    },
    ...overrides,
  } as SurveyFormSessionFragment;
}
