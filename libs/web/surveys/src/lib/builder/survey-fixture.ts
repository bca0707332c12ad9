import type { BuilderSurveyFragment } from '@mitreden/web/core';

/** Test data for the builder's specs: two sections, conditions, an "other" option. */
const tr = (de: string, en = '') => [
  { __typename: 'Translation' as const, locale: 'de', text: de },
  ...(en ? [{ __typename: 'Translation' as const, locale: 'en', text: en }] : []),
];

function option(key: string, label: string, isOther = false) {
  return { key, isOther, labelTranslations: tr(label) };
}

function question(key: string, kind: string, extra: Record<string, unknown> = {}) {
  return {
    id: `id-${key}`,
    key,
    kind,
    required: false,
    titleTranslations: tr(`Titel ${key}`),
    helpTranslations: [],
    minChoices: null,
    maxChoices: null,
    minValue: null,
    maxValue: null,
    minLabelTranslations: [],
    maxLabelTranslations: [],
    options: [],
    rows: [],
    condition: null,
    ...extra,
  };
}

export function surveyFixture(overrides: Partial<BuilderSurveyFragment> = {}): BuilderSurveyFragment {
  return {
    id: 'sv1',
    processId: 'p1',
    slug: 'traeger-2026',
    title: 'Trägerbefragung',
    audience: 'INVITED',
    anonymous: true,
    status: 'DRAFT',
    opensAt: null,
    closesAt: null,
    publishedAt: null,
    isOpen: false,
    responseCount: 0,
    completeCount: 0,
    version: 3,
    segmentQuestionKey: null,
    titleTranslations: tr('Trägerbefragung', 'Provider survey'),
    introTranslations: [],
    thanksTranslations: [],
    sections: [
      {
        id: 'sec1',
        key: 's1',
        titleTranslations: tr('Über Sie'),
        descriptionTranslations: [],
        condition: null,
        questions: [
          question('art', 'SINGLE_CHOICE', { options: [option('verein', 'Verein'), option('other', 'Sonstiges', true)] }),
          question('groesse', 'NUMBER', { minValue: 0, maxValue: 10000 }),
        ],
      },
      {
        id: 'sec2',
        key: 's2',
        titleTranslations: tr('Angebote'),
        descriptionTranslations: [],
        condition: { questionKey: 'art', operator: 'EQUALS', value: 'verein' },
        questions: [
          question('zufrieden', 'SCALE', {
            minValue: 1,
            maxValue: 5,
            condition: { questionKey: 'groesse', operator: 'AT_LEAST', value: '10' },
          }),
        ],
      },
    ],
    ...overrides,
  } as BuilderSurveyFragment;
}

