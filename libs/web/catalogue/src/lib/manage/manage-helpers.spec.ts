import { changeCount } from './catalogue-compare.page';
import { cityToday, toBase64 } from './manage-catalogue.page';

describe('catalogue management helpers', () => {
  it('takes "today" from the city calendar, not UTC', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(cityToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(cityToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });

  it('encodes files of any size as base64 without overflowing the stack', () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 256);
    expect(Buffer.from(toBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(new TextEncoder().encode('Maßnahme'))).toBe(Buffer.from('Maßnahme').toString('base64'));
  });

  it('counts every listed change once', () => {
    const entry = { key: 'k', before: null, after: null };
    const goal = { key: 'g', before: null, after: null };
    expect(
      changeCount({
        added: [entry, entry],
        removed: [],
        renumbered: [entry],
        reworded: [],
        goalsAdded: [goal],
        goalsRemoved: [],
        goalsReworded: [],
      }),
    ).toBe(4);
  });
});
