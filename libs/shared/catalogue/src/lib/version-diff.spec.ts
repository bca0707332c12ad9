import { diffVersions, VersionSnapshot, VersionSnapshotMeasure } from './version-diff';

const measure = (key: string, actionFieldPosition: number, number: number, text: string, goalKey = 'g1'): VersionSnapshotMeasure => ({
  key,
  actionFieldPosition,
  goalKey,
  number,
  text,
});

const goals = [
  { key: 'g1', actionFieldPosition: 1, title: 'Ziel eins' },
  { key: 'g2', actionFieldPosition: 2, title: 'Ziel zwei' },
];

describe('diffVersions', () => {
  it('reports nothing for identical versions', () => {
    const version: VersionSnapshot = { goals, measures: [measure('a', 1, 1, 'A'), measure('b', 1, 2, 'B')] };
    expect(diffVersions(version, version)).toEqual({
      added: [],
      removed: [],
      renumbered: [],
      reworded: [],
      goalsAdded: [],
      goalsRemoved: [],
      goalsReworded: [],
    });
  });

  it('matches measures by key, not by number or text', () => {
    const before: VersionSnapshot = { goals, measures: [measure('a', 1, 1, 'Radwege'), measure('b', 1, 2, 'Busse')] };
    // Same texts at swapped numbers but different keys: one removed, one added, the other renumbered.
    const after: VersionSnapshot = { goals, measures: [measure('c', 1, 2, 'Radwege'), measure('b', 1, 1, 'Busse')] };
    const diff = diffVersions(before, after);
    expect(diff.added).toEqual([{ key: 'c', after: { code: '1.2', text: 'Radwege', goalKey: 'g1' } }]);
    expect(diff.removed).toEqual([{ key: 'a', before: { code: '1.1', text: 'Radwege', goalKey: 'g1' } }]);
    expect(diff.renumbered).toEqual([
      { key: 'b', before: { code: '1.2', text: 'Busse', goalKey: 'g1' }, after: { code: '1.1', text: 'Busse', goalKey: 'g1' } },
    ]);
    expect(diff.reworded).toEqual([]);
  });

  it('counts a move to another action field as renumbered even with the same number', () => {
    const before: VersionSnapshot = { goals, measures: [measure('a', 1, 1, 'A')] };
    const after: VersionSnapshot = { goals, measures: [measure('a', 2, 1, 'A', 'g2')] };
    const diff = diffVersions(before, after);
    expect(diff.renumbered.map((entry) => [entry.before?.code, entry.after?.code, entry.after?.goalKey])).toEqual([['1.1', '2.1', 'g2']]);
  });

  it('lists a measure both renumbered and reworded when both changed', () => {
    const before: VersionSnapshot = { goals, measures: [measure('a', 1, 1, 'alt'), measure('b', 1, 2, 'B')] };
    const after: VersionSnapshot = { goals, measures: [measure('b', 1, 1, 'B'), measure('a', 1, 2, 'neu')] };
    const diff = diffVersions(before, after);
    expect(diff.renumbered.map((entry) => entry.key)).toEqual(['b', 'a']);
    expect(diff.reworded).toEqual([
      { key: 'a', before: { code: '1.1', text: 'alt', goalKey: 'g1' }, after: { code: '1.2', text: 'neu', goalKey: 'g1' } },
    ]);
  });

  it('keeps a reworded measure out of renumbered when its code stays', () => {
    const diff = diffVersions({ goals, measures: [measure('a', 1, 1, 'alt')] }, { goals, measures: [measure('a', 1, 1, 'neu')] });
    expect(diff.renumbered).toEqual([]);
    expect(diff.reworded.map((entry) => entry.key)).toEqual(['a']);
  });

  it('orders lists by code numerically, removed by their former code', () => {
    const before: VersionSnapshot = {
      goals,
      measures: [measure('r10', 1, 10, 'x'), measure('r2', 2, 1, 'x', 'g2'), measure('r9', 1, 9, 'x')],
    };
    const after: VersionSnapshot = {
      goals,
      measures: [measure('n3', 2, 3, 'x', 'g2'), measure('n10', 1, 10, 'x'), measure('n9', 1, 9, 'x')],
    };
    const diff = diffVersions(before, after);
    expect(diff.added.map((entry) => entry.after?.code)).toEqual(['1.9', '1.10', '2.3']);
    expect(diff.removed.map((entry) => entry.before?.code)).toEqual(['1.9', '1.10', '2.1']);
  });

  it('compares goals by key: added, removed and reworded titles', () => {
    const before: VersionSnapshot = {
      goals: [
        { key: 'g1', actionFieldPosition: 1, title: 'Ziel eins' },
        { key: 'g2', actionFieldPosition: 2, title: 'Ziel zwei' },
      ],
      measures: [],
    };
    const after: VersionSnapshot = {
      goals: [
        { key: 'g3', actionFieldPosition: 3, title: 'Ziel drei' },
        { key: 'g1', actionFieldPosition: 1, title: 'Ziel eins, geschärft' },
      ],
      measures: [],
    };
    const diff = diffVersions(before, after);
    expect(diff.goalsAdded).toEqual([{ key: 'g3', title: 'Ziel drei' }]);
    expect(diff.goalsRemoved).toEqual([{ key: 'g2', title: 'Ziel zwei' }]);
    expect(diff.goalsReworded).toEqual([{ key: 'g1', before: 'Ziel eins', after: 'Ziel eins, geschärft' }]);
  });
});
