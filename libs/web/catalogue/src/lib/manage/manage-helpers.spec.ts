import { changeCount } from './catalogue-compare.page';
import { toBase64 } from './manage-catalogue.page';

describe('catalogue management helpers', () => {
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
