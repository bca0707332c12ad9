import { measureCode, numberMeasures, renumberPreview } from './numbering';

describe('numberMeasures', () => {
  it('numbers 1..N across the goals of a field in reading order', () => {
    const numbers = numberMeasures({
      goals: [
        { goalId: 'g1', measureIds: ['a', 'b'] },
        { goalId: 'g2', measureIds: [] },
        { goalId: 'g3', measureIds: ['c'] },
      ],
    });
    expect([...numbers]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('gives a measure listed twice its first place only', () => {
    const numbers = numberMeasures({ goals: [{ goalId: 'g1', measureIds: ['a', 'b', 'a'] }] });
    expect([...numbers]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('numbers nothing for an empty field', () => {
    expect(numberMeasures({ goals: [] }).size).toBe(0);
  });
});

describe('renumberPreview', () => {
  const current = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ]);

  it('lists only the measures whose number moves, in their new order', () => {
    const changes = renumberPreview(current, {
      goals: [
        { goalId: 'g1', measureIds: ['a', 'c'] },
        { goalId: 'g2', measureIds: ['b', 'd'] },
      ],
    });
    expect(changes).toEqual([
      { measureId: 'c', from: 3, to: 2 },
      { measureId: 'b', from: 2, to: 3 },
    ]);
  });

  it('is empty when the order keeps every number, also when goals are regrouped', () => {
    expect(
      renumberPreview(current, {
        goals: [
          { goalId: 'g2', measureIds: ['a', 'b', 'c'] },
          { goalId: 'g1', measureIds: ['d'] },
        ],
      }),
    ).toEqual([]);
  });

  it('leaves out new measures and shows what a removal moves up', () => {
    expect(renumberPreview(current, { goals: [{ goalId: 'g1', measureIds: ['new', 'b', 'c', 'd'] }] })).toEqual([]);
    expect(renumberPreview(current, { goals: [{ goalId: 'g1', measureIds: ['b', 'c', 'd'] }] })).toEqual([
      { measureId: 'b', from: 2, to: 1 },
      { measureId: 'c', from: 3, to: 2 },
      { measureId: 'd', from: 4, to: 3 },
    ]);
  });
});

describe('measureCode', () => {
  it('joins the field position and the number', () => {
    expect(measureCode(3, 12)).toBe('3.12');
  });
});
