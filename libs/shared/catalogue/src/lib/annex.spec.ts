import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANNEX_LIMITS, parseAnnex } from './annex';

const measures = (from: number, texts: string[]) => texts.map((text, index) => ({ number: from + index, text }));

const twoFields = () => [
  {
    actionField: ' Bildung und Sprache ',
    goals: [
      { goal: 'Sprache fördern', measures: measures(1, ['Sprachkurse anbieten', 'Kitas stärken']) },
      { goal: 'Abschlüsse anerkennen', measures: measures(3, ['Beratung einrichten']) },
    ],
  },
  { actionField: 'Vernetzung', goals: [{ goal: 'Träger vernetzen', measures: measures(1, ['Runder Tisch']) }] },
];

describe('parseAnnex', () => {
  it('accepts the annex shape, numbering running across the goals of a field, and trims texts', () => {
    const { annex, problems } = parseAnnex(twoFields());
    expect(problems).toEqual([]);
    expect(annex[0].actionField).toBe('Bildung und Sprache');
    expect(annex[0].goals.flatMap((goal) => goal.measures.map((measure) => measure.number))).toEqual([1, 2, 3]);
    expect(annex[1].goals[0].measures).toEqual([{ number: 1, text: 'Runder Tisch' }]);
  });

  it('drops properties it does not know and normalises line ends', () => {
    const file = twoFields() as unknown as Record<string, unknown>[];
    Object.assign(file[1], { extra: 'x' });
    (file[1]['goals'] as { measures: { text: string }[] }[])[0].measures[0].text = '  Runder\r\nTisch  ';
    const { annex, problems } = parseAnnex(file);
    expect(problems).toEqual([]);
    expect(annex[1]).toEqual({ actionField: 'Vernetzung', goals: [{ goal: 'Träger vernetzen', measures: [{ number: 1, text: 'Runder\nTisch' }] }] });
  });

  it('refuses anything but a list', () => {
    for (const value of [null, 'text', 42, { actionField: 'x', goals: [] }])
      expect(parseAnnex(value)).toEqual({ annex: [], problems: [{ path: '', rule: 'type' }] });
  });

  it('reports broken numbering where it breaks: per goal restarts and gaps', () => {
    const file = twoFields();
    file[0].goals[1].measures[0].number = 1;
    file[1].goals[0].measures[0].number = 2;
    const { annex, problems } = parseAnnex(file);
    expect(annex).toEqual([]);
    expect(problems).toEqual([
      { path: '[0].goals[1].measures[0].number', rule: 'numbering' },
      { path: '[1].goals[0].measures[0].number', rule: 'numbering' },
    ]);
  });

  it('reports missing, mistyped, empty and overlong values with their paths', () => {
    const file: unknown[] = [
      { actionField: '', goals: 'none' },
      {
        actionField: 'Vernetzung',
        goals: [
          7,
          { goal: 'x'.repeat(ANNEX_LIMITS.goalLength + 1), measures: [{ number: '2', text: '   ' }, { text: 'ohne Nummer' }, 'y'] },
          { measures: [{ number: 4, text: 'z'.repeat(ANNEX_LIMITS.measureLength + 1) }] },
        ],
      },
    ];
    expect(parseAnnex(file).problems).toEqual([
      { path: '[0].actionField', rule: 'required' },
      { path: '[0].goals', rule: 'type' },
      { path: '[1].goals[0]', rule: 'type' },
      { path: '[1].goals[1].goal', rule: 'tooLong' },
      { path: '[1].goals[1].measures[0].number', rule: 'type' },
      { path: '[1].goals[1].measures[0].text', rule: 'required' },
      { path: '[1].goals[1].measures[1].number', rule: 'required' },
      { path: '[1].goals[1].measures[2]', rule: 'type' },
      { path: '[1].goals[2].goal', rule: 'required' },
      { path: '[1].goals[2].measures[0].text', rule: 'tooLong' },
    ]);
  });

  it('counts length in code points, as the database does', () => {
    const file = twoFields();
    // 4000 emoji are 8000 UTF-16 units but 4000 characters for PostgreSQL.
    file[1].goals[0].measures[0].text = '😀'.repeat(ANNEX_LIMITS.measureLength);
    expect(parseAnnex(file).problems).toEqual([]);
  });

  it('refuses a field named twice (case and spaces do not matter)', () => {
    const file = [...twoFields(), { actionField: 'vernetzung ', goals: [] }];
    expect(parseAnnex(file).problems).toEqual([{ path: '[2].actionField', rule: 'duplicateField' }]);
  });

  it('refuses more fields, goals or measures than the limits without walking them', () => {
    const many = Array.from({ length: ANNEX_LIMITS.fields + 1 }, (_, index) => ({ actionField: `F${index}`, goals: [] }));
    expect(parseAnnex(many).problems).toEqual([{ path: '', rule: 'tooMany' }]);
    const goals = Array.from({ length: ANNEX_LIMITS.goalsPerField + 1 }, () => ({ goal: 'g', measures: [] }));
    expect(parseAnnex([{ actionField: 'F', goals }]).problems).toEqual([{ path: '[0].goals', rule: 'tooMany' }]);
    const tooManyMeasures = measures(1, Array.from({ length: ANNEX_LIMITS.measuresPerGoal + 1 }, () => 'm'));
    expect(parseAnnex([{ actionField: 'F', goals: [{ goal: 'g', measures: tooManyMeasures }] }]).problems).toEqual([
      { path: '[0].goals[0].measures', rule: 'tooMany' },
    ]);
  });

  it('reads the real Region Hannover annex: 8 action fields, 37 goals, 144 measures', () => {
    // Read from disk: a shared library must not import another library's files.
    const path = resolve(__dirname, '../../../../../libs/api/processes/src/lib/demo/region-hannover-annex.json');
    const { annex, problems } = parseAnnex(JSON.parse(readFileSync(path, 'utf8')));
    expect(problems).toEqual([]);
    expect(annex).toHaveLength(8);
    expect(annex.reduce((sum, field) => sum + field.goals.length, 0)).toBe(37);
    const numbers = annex.map((field) => field.goals.flatMap((goal) => goal.measures.map((measure) => measure.number)));
    expect(numbers.flat()).toHaveLength(144);
    for (const fieldNumbers of numbers) expect(fieldNumbers).toEqual(fieldNumbers.map((_, index) => index + 1));
    expect(annex[0].actionField).toBe('Partizipation und Teilhabe');
  });
});
