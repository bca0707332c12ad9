import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { TranslocoDirective } from '@jsverse/transloco';
import { COMPLETE_LOCALES, textDirection } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { LANGUAGE_NATIVE_NAMES, LanguageService, htmlLang } from '@mitreden/web/core';

/**
 * Offers the completely translated languages, each named in itself and marked with its own `lang`
 * so screen readers pronounce it correctly. The button announces the current language.
 */
@Component({
  selector: 'mr-language-switcher',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <button
        mat-button
        type="button"
        class="mr-language-button"
        [matMenuTriggerFor]="languageMenu"
        [attr.aria-label]="t('shell.language.button', { language: currentName() })"
      >
        <svg class="mr-icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.9 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.08 16Zm2.95-8H5.08a7.99 7.99 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.03 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
          />
        </svg>
        <span [attr.lang]="currentLang()" [attr.dir]="currentDir()">{{ currentName() }}</span>
      </button>
      <mat-menu #languageMenu="matMenu">
        @for (locale of locales; track locale) {
          <button
            mat-menu-item
            type="button"
            role="menuitemradio"
            [attr.aria-checked]="locale === language.current()"
            [attr.lang]="langOf(locale)"
            [attr.dir]="dirOf(locale)"
            (click)="choose(locale)"
          >
            <span class="mr-language-check" aria-hidden="true">{{ locale === language.current() ? '✓' : '' }}</span>
            {{ names[locale] }}
          </button>
        }
      </mat-menu>
    </ng-container>
  `,
  styles: `
    .mr-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin-inline-end: 0.375rem;
      vertical-align: middle;
    }
    .mr-language-check {
      display: inline-block;
      inline-size: 1.25rem;
    }
  `,
})
export class LanguageSwitcherComponent {
  protected readonly language = inject(LanguageService);
  protected readonly locales = COMPLETE_LOCALES;
  protected readonly names = LANGUAGE_NATIVE_NAMES;
  protected readonly currentName = computed(() => LANGUAGE_NATIVE_NAMES[this.language.current()]);
  protected readonly currentLang = computed(() => htmlLang(this.language.current()));
  protected readonly currentDir = computed(() => textDirection(this.language.current()));

  protected langOf(locale: Locale): string {
    return htmlLang(locale);
  }

  protected dirOf(locale: Locale): string {
    return textDirection(locale);
  }

  protected choose(locale: Locale): void {
    void this.language.choose(locale);
  }
}
