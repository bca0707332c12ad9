import { hasBidiControls, hasForbiddenNameCharacters, hasForbiddenTextCharacters } from './text-rules';

describe('text rules', () => {
  it('lets multi-line texts keep line breaks and tabs but nothing else of the control range', () => {
    expect(hasForbiddenTextCharacters('Erste Zeile\r\nZweite\tZeile')).toBe(false);
    expect(hasForbiddenTextCharacters('Klingel\u0007')).toBe(true);
    expect(hasForbiddenTextCharacters('\u0085')).toBe(true);
  });

  it('refuses every bidi embedding, override and isolate control, in texts and in names', () => {
    for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(hasBidiControls(`abc${control}def`)).toBe(true);
      expect(hasForbiddenTextCharacters(`abc${control}def`)).toBe(true);
      expect(hasForbiddenNameCharacters(`abc${control}def`)).toBe(true);
    }
    // Arabic text itself and the implicit marks are not controls to refuse.
    expect(hasBidiControls('خطة الاندماج \u200f')).toBe(false);
  });

  it('refuses line breaks in names only', () => {
    expect(hasForbiddenNameCharacters('Ayşe\nYılmaz')).toBe(true);
    expect(hasForbiddenTextCharacters('Ayşe\nYılmaz')).toBe(false);
  });
});
