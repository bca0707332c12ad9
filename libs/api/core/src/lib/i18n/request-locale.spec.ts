import { negotiateLocale, translate } from './request-locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'de'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, ar;q=0.8, en;q=0.5', 'ar'],
    ['de-LS', 'de-LS'],
    ['xx, yy', 'de'],
    ['en;q=0, ar', 'ar'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('translate', () => {
  it('falls back to German when a language is missing', () => {
    expect(translate({ de: 'Hallo', en: 'Hello' }, 'ar')).toBe('Hallo');
    expect(translate({ de: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello');
    expect(translate(null, 'en')).toBe('');
  });
});
