import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Loads `/i18n/<lang>.json` (shell strings) and `/i18n/<scope>/<lang>.json` (feature libraries);
 * apps/web/project.json copies each library's `src/i18n` folder to those paths.
 */
@Injectable({ providedIn: 'root' })
export class HttpTranslationLoader implements TranslocoLoader {
  async getTranslation(path: string): Promise<Translation> {
    const response = await fetch(`/i18n/${path}.json`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`Translation ${path} could not be loaded (${response.status})`);
    return (await response.json()) as Translation;
  }
}
