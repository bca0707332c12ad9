import { provideAppInitializer } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import type { MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { TitleStrategy } from '@angular/router';
import { provideGraphql } from './graphql/provide-graphql';
import { provideI18n } from './i18n/provide-i18n';
import { startLanguageAndSession } from './i18n/language-startup';
import { TranslatedTitleStrategy } from './routing/translated-title-strategy';

/** Everything the web app needs from core: i18n, GraphQL, translated titles, session + language start. */
export function provideMitredenCore() {
  return [
    provideI18n(),
    provideGraphql(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Hints and errors in German or Arabic often wrap; a dynamic subscript keeps them from
    // overlapping the next field at 320 px.
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
    },
    provideAppInitializer(startLanguageAndSession),
  ];
}
