import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LANGUAGE_STORAGE } from '@mitreden/web/core';
import de from '../i18n/de.json';
import en from '../i18n/en.json';
import ar from '../i18n/ar.json';
import { LanguageSwitcherComponent } from './language-switcher.component';

describe('LanguageSwitcherComponent', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
  });

  it('announces the current language and offers each complete language in its own language', async () => {
    const stored: Record<string, string> = {};
    TestBed.configureTestingModule({
      imports: [
        LanguageSwitcherComponent,
        TranslocoTestingModule.forRoot({
          langs: { de, en, ar },
          translocoConfig: { availableLangs: ['de', 'en', 'ar'], defaultLang: 'de', reRenderOnLangChange: true },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: LANGUAGE_STORAGE,
          useValue: { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => (stored[key] = value) },
        },
      ],
    });
    const fixture = TestBed.createComponent(LanguageSwitcherComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.getAttribute('aria-label')).toBe('Sprache wählen (aktuell: Deutsch)');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');

    button.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]'));
    expect(items.map((item) => [item.textContent?.trim(), item.getAttribute('lang'), item.getAttribute('aria-checked')])).toEqual([
      ['✓ Deutsch', 'de', 'true'],
      ['English', 'en', 'false'],
      ['العربية', 'ar', 'false'],
    ]);

    items[2].click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(button.getAttribute('aria-label')).toBe('اختيار اللغة (الحالية: العربية)');
    expect(Object.values(stored)).toEqual(['ar']);
  });
});
