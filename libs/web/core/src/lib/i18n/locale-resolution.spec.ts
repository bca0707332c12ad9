import { resolveInitialLocale } from './locale-resolution';

describe('resolveInitialLocale', () => {
  it('prefers the choice stored on this device over the account and the browser', () => {
    expect(resolveInitialLocale({ stored: 'ar', account: 'en', browser: ['en-GB'] })).toBe('ar');
  });

  it('uses the account language when nothing is stored', () => {
    expect(resolveInitialLocale({ stored: null, account: 'en', browser: ['ar'] })).toBe('en');
  });

  it('takes the first completely translated browser language, matching by primary subtag', () => {
    expect(resolveInitialLocale({ stored: null, account: null, browser: ['tr-TR', 'en-GB', 'de'] })).toBe('en');
  });

  it('falls back to German when nothing matches', () => {
    expect(resolveInitialLocale({ stored: 'klingon', account: undefined, browser: ['ja', 'tr'] })).toBe('de');
  });
});
