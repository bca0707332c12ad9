import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Subject } from 'rxjs';
import { DEFAULT_LOCALE, isLocale, textDirection } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { htmlLang } from './locale-resolution';

export const LANGUAGE_STORAGE_KEY = 'mitreden.locale';

/** Where the chosen language is remembered; a token so tests and private-mode browsers can swap it. */
export const LANGUAGE_STORAGE = new InjectionToken<Pick<Storage, 'getItem' | 'setItem'> | null>(
  'LANGUAGE_STORAGE',
  {
    providedIn: 'root',
    factory: () => {
      try {
        return inject(DOCUMENT).defaultView?.localStorage ?? null;
      } catch {
        // Some browsers throw on access when storage is disabled; the choice then lasts one visit.
        return null;
      }
    },
  },
);

export interface LanguageChange {
  locale: Locale;
  /** True when the person picked it in the switcher (and it should be saved to the account). */
  chosenByUser: boolean;
}

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(LANGUAGE_STORAGE);
  private readonly changesSubject = new Subject<LanguageChange>();

  private readonly currentLocale = signal<Locale>(DEFAULT_LOCALE);
  readonly current = this.currentLocale.asReadonly();
  readonly direction = computed(() => textDirection(this.current()));
  /** Emits after the translations of a new language are loaded and the document is updated. */
  readonly changes = this.changesSubject.asObservable();

  storedChoice(): Locale | null {
    let stored: string | null = null;
    try {
      stored = this.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      stored = null;
    }
    return isLocale(stored) ? stored : null;
  }

  /** Switches language because the person asked for it: remembered on this device. */
  async choose(locale: Locale): Promise<void> {
    try {
      this.storage?.setItem(LANGUAGE_STORAGE_KEY, locale);
    } catch {
      // Storage full or disabled: the switch still applies for this visit.
    }
    await this.apply(locale, true);
  }

  /** Switches language without remembering it (initial detection, the account's preference). */
  async use(locale: Locale): Promise<void> {
    await this.apply(locale, false);
  }

  private async apply(locale: Locale, chosenByUser: boolean): Promise<void> {
    const changed = locale !== this.currentLocale() || this.transloco.getActiveLang() !== locale;
    // Load first so the page never flashes keys or half-translated text while switching.
    await firstValueFrom(this.transloco.load(locale));
    this.transloco.setActiveLang(locale);
    this.currentLocale.set(locale);
    const root = this.document.documentElement;
    root.setAttribute('lang', htmlLang(locale));
    root.setAttribute('dir', textDirection(locale));
    if (changed) this.changesSubject.next({ locale, chosenByUser });
  }
}
