import { isDevMode } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES } from '@mitreden/shared/contracts';
import { HttpTranslationLoader } from './transloco-loader';

/** Runtime i18n: every language falls back to German key by key, so partial translations are usable. */
export function provideI18n() {
  return provideTransloco({
    config: {
      availableLangs: [...LOCALES],
      defaultLang: DEFAULT_LOCALE,
      fallbackLang: DEFAULT_LOCALE,
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
      missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode(), allowEmpty: false },
    },
    loader: HttpTranslationLoader,
  });
}
