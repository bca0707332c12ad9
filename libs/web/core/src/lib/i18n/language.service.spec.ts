import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { LANGUAGE_STORAGE, LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';
import type { LanguageChange } from './language.service';

function setUp(stored: Record<string, string> = {}) {
  const storage = {
    values: { ...stored } as Record<string, string>,
    getItem(key: string) {
      return this.values[key] ?? null;
    },
    setItem(key: string, value: string) {
      this.values[key] = value;
    },
  };
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: { hello: 'Hallo' }, en: { hello: 'Hello' }, ar: { hello: 'مرحبا' }, fa: {}, 'de-LS': {} },
        translocoConfig: { availableLangs: ['de', 'en', 'ar', 'fa', 'de-LS'], defaultLang: 'de' },
      }),
    ],
    providers: [{ provide: LANGUAGE_STORAGE, useValue: storage }],
  });
  const service = TestBed.inject(LanguageService);
  const changes: LanguageChange[] = [];
  service.changes.subscribe((change) => changes.push(change));
  return { service, storage, changes, root: TestBed.inject(DOCUMENT).documentElement };
}

describe('LanguageService', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('sets lang and dir on <html> and the active translation when switching', async () => {
    const { service, root } = setUp();

    await service.choose('ar');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(service.direction()).toBe('rtl');
    expect(TestBed.inject(TranslocoService).translate('hello')).toBe('مرحبا');

    await service.choose('en');
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(service.current()).toBe('en');
  });

  it('treats Farsi as right-to-left and marks Leichte Sprache as German for assistive technology', async () => {
    const { service, root } = setUp();
    await service.use('fa');
    expect(root.getAttribute('dir')).toBe('rtl');
    await service.use('de-LS');
    expect(root.getAttribute('lang')).toBe('de');
    expect(root.getAttribute('dir')).toBe('ltr');
  });

  it('remembers a chosen language but not one applied automatically', async () => {
    const { service, storage } = setUp();
    await service.use('ar');
    expect(storage.values[LANGUAGE_STORAGE_KEY]).toBeUndefined();
    expect(service.storedChoice()).toBeNull();

    await service.choose('en');
    expect(storage.values[LANGUAGE_STORAGE_KEY]).toBe('en');
    expect(service.storedChoice()).toBe('en');
  });

  it('ignores stored values that are not supported languages', () => {
    const { service } = setUp({ [LANGUAGE_STORAGE_KEY]: 'xx-evil' });
    expect(service.storedChoice()).toBeNull();
  });

  it('reports who caused a change, and only real changes', async () => {
    const { service, changes } = setUp();
    await service.use('de');
    await service.choose('en');
    await service.use('ar');
    await service.use('ar');
    expect(changes).toEqual([
      { locale: 'en', chosenByUser: true },
      { locale: 'ar', chosenByUser: false },
    ]);
  });
});
