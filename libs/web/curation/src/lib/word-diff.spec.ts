import { tokenize, wordDiff } from './word-diff';
import type { DiffSegment } from './word-diff';

const side = (segments: DiffSegment[], kind: 'del' | 'ins') =>
  segments.filter((segment) => segment.kind !== kind).map((segment) => segment.text).join('');

describe('wordDiff', () => {
  it('keeps whitespace so both texts can be rebuilt', () => {
    expect(tokenize('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
  });

  it('returns one same segment for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('Mehr Bänke', 'Mehr Bänke')).toEqual([{ kind: 'same', text: 'Mehr Bänke' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('marks a replaced word as deletion then insertion', () => {
    expect(wordDiff('Mehr Bänke am See', 'Mehr Stühle am See')).toEqual([
      { kind: 'same', text: 'Mehr ' },
      { kind: 'del', text: 'Bänke' },
      { kind: 'ins', text: 'Stühle' },
      { kind: 'same', text: ' am See' },
    ]);
  });

  it('finds insertions and deletions in the middle', () => {
    const segments = wordDiff('Kurse am Abend für alle', 'Kurse am späten Abend für Erwachsene');
    expect(segments.filter((segment) => segment.kind === 'ins').map((segment) => segment.text.trim())).toEqual([
      'späten',
      'Erwachsene',
    ]);
    expect(segments.filter((segment) => segment.kind === 'del').map((segment) => segment.text.trim())).toEqual(['alle']);
  });

  it('keeps a rewritten phrase together instead of splitting it at shared spaces', () => {
    expect(wordDiff('Einen Beirat auf Regionsebene einrichten', 'Einen Beirat für die ganze Region einrichten')).toEqual([
      { kind: 'same', text: 'Einen Beirat ' },
      { kind: 'del', text: 'auf Regionsebene' },
      { kind: 'ins', text: 'für die ganze Region' },
      { kind: 'same', text: ' einrichten' },
    ]);
  });

  it.each([
    ['', 'Neu geschrieben'],
    ['Alles weg', ''],
    ['a b c d e f', 'f e d c b a'],
    ['Zeile eins\n\nZeile zwei', 'Zeile eins\nZeile drei\n\nZeile zwei'],
    ['مرحبا بالعالم', 'مرحبا بكم في العالم'],
  ])('rebuilds both sides of %j → %j', (before, after) => {
    const segments = wordDiff(before, after);
    expect(side(segments, 'ins')).toBe(before);
    expect(side(segments, 'del')).toBe(after);
  });

  it('stays bounded for long, completely different texts', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `alt${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `neu${i}`).join(' ');
    const segments = wordDiff(before, after);
    expect(side(segments, 'ins')).toBe(before);
    expect(side(segments, 'del')).toBe(after);
  });
});
