import { checkAnswers, conditionMet, isCalendarDate, visibleQuestionKeys, visibleSectionKeys } from './answer-rules';
import {
  ANSWER_ERROR_CODES,
  LONG_TEXT_MAX,
  OTHER_TEXT_MAX,
  SHORT_TEXT_MAX,
  type AnswerErrorCode,
  type AnswerMap,
  type ConditionModel,
  type QuestionModel,
  type SurveyModel,
} from './survey-model';

const opts = (...keys: string[]) => keys.map((key) => ({ key, isOther: key === 'other' }));

function question(key: string, kind: QuestionModel['kind'], extra: Partial<QuestionModel> = {}): QuestionModel {
  return {
    key,
    kind,
    required: false,
    minChoices: null,
    maxChoices: null,
    minValue: null,
    maxValue: null,
    options: [],
    rows: [],
    condition: null,
    ...extra,
  };
}

/** Two pages: the second shown only to migrant organisations; "why" only for high satisfaction. */
const model: SurveyModel = {
  sections: [
    {
      key: 's1',
      condition: null,
      questions: [
        question('type', 'SINGLE_CHOICE', { required: true, options: opts('mo', 'edu', 'other') }),
        question('topics', 'MULTIPLE_CHOICE', { minChoices: 1, maxChoices: 2, options: opts('a', 'b', 'c', 'other') }),
        question('staff', 'NUMBER', { minValue: 0, maxValue: 100 }),
        question('since', 'DATE'),
        question('name', 'SHORT_TEXT'),
        question('topicsA', 'SHORT_TEXT', { condition: { questionKey: 'topics', operator: 'INCLUDES', value: 'a' } }),
      ],
    },
    {
      key: 's2',
      condition: { questionKey: 'type', operator: 'EQUALS', value: 'mo' },
      questions: [
        question('satisfaction', 'SCALE', { required: true, minValue: 1, maxValue: 5 }),
        question('why', 'LONG_TEXT', { required: true, condition: { questionKey: 'satisfaction', operator: 'AT_LEAST', value: '4' } }),
        question('grid', 'MATRIX', { required: true, options: opts('good', 'bad'), rows: opts('r1', 'r2') }),
        question('rank', 'RANKING', { options: opts('x', 'y', 'z') }),
      ],
    },
    {
      key: 's3',
      condition: { questionKey: 'why', operator: 'EQUALS', value: 'weil' },
      questions: [question('followUp', 'SHORT_TEXT')],
    },
  ],
};

const errorsOf = (answers: AnswerMap, submit = false) => checkAnswers(model, answers, { submit }).errors;

describe('conditionMet', () => {
  const visible = new Set(['q']);
  const cases: [ConditionModel, AnswerMap, boolean][] = [
    [{ questionKey: 'q', operator: 'EQUALS', value: 'a' }, { q: { choice: 'a' } }, true],
    [{ questionKey: 'q', operator: 'EQUALS', value: 'a' }, { q: { choice: 'b' } }, false],
    [{ questionKey: 'q', operator: 'EQUALS', value: '3' }, { q: { number: 3 } }, true],
    [{ questionKey: 'q', operator: 'EQUALS', value: '3' }, { q: { number: 4 } }, false],
    [{ questionKey: 'q', operator: 'EQUALS', value: 'Hannover' }, { q: { text: '  Hannover ' } }, true],
    [{ questionKey: 'q', operator: 'EQUALS', value: '2024-05-01' }, { q: { date: '2024-05-01' } }, true],
    [{ questionKey: 'q', operator: 'EQUALS', value: 'a' }, { q: { choices: ['a'] } }, false],
    [{ questionKey: 'q', operator: 'INCLUDES', value: 'b' }, { q: { choices: ['a', 'b'] } }, true],
    [{ questionKey: 'q', operator: 'INCLUDES', value: 'c' }, { q: { choices: ['a', 'b'] } }, false],
    [{ questionKey: 'q', operator: 'INCLUDES', value: 'a' }, { q: { choice: 'a' } }, true],
    [{ questionKey: 'q', operator: 'AT_LEAST', value: '4' }, { q: { number: 4 } }, true],
    [{ questionKey: 'q', operator: 'AT_LEAST', value: '4' }, { q: { number: 5 } }, true],
    [{ questionKey: 'q', operator: 'AT_LEAST', value: '4' }, { q: { number: 3.9 } }, false],
    [{ questionKey: 'q', operator: 'AT_LEAST', value: 'viel' }, { q: { number: 100 } }, false],
    [{ questionKey: 'q', operator: 'AT_LEAST', value: '4' }, { q: { text: '5' } }, false],
    [{ questionKey: 'q', operator: 'EQUALS', value: 'a' }, {}, false],
  ];
  it.each(cases)('%j on %j → %s', (condition, answers, expected) => {
    expect(conditionMet(condition, answers, visible)).toBe(expected);
  });

  it('holds without a condition and never for an answer to a hidden question', () => {
    expect(conditionMet(null, {}, new Set())).toBe(true);
    expect(conditionMet({ questionKey: 'q', operator: 'EQUALS', value: 'a' }, { q: { choice: 'a' } }, new Set())).toBe(false);
  });
});

describe('visibility', () => {
  it('shows the first page only until its answers open the second', () => {
    expect([...visibleQuestionKeys(model, {})]).toEqual(['type', 'topics', 'staff', 'since', 'name']);
    expect([...visibleSectionKeys(model, {})]).toEqual(['s1']);
    const mo: AnswerMap = { type: { choice: 'mo' }, topics: { choices: ['a'] } };
    expect([...visibleQuestionKeys(model, mo)]).toEqual(['type', 'topics', 'staff', 'since', 'name', 'topicsA', 'satisfaction', 'grid', 'rank']);
    expect([...visibleSectionKeys(model, mo)]).toEqual(['s1', 's2']);
  });

  it('chains conditions: a hidden question cannot open a later one, even with a stale answer', () => {
    const chained: AnswerMap = { type: { choice: 'mo' }, satisfaction: { number: 5 }, why: { text: 'weil' } };
    expect(visibleSectionKeys(model, chained).has('s3')).toBe(true);
    expect(visibleQuestionKeys(model, chained).has('followUp')).toBe(true);
    // Changing the first answer hides s2, and with it "why", so s3 closes although "why" still has its answer.
    const changed: AnswerMap = { ...chained, type: { choice: 'edu' } };
    expect([...visibleSectionKeys(model, changed)]).toEqual(['s1']);
    expect(visibleQuestionKeys(model, changed).has('followUp')).toBe(false);
  });
});

describe('checkAnswers', () => {
  it('keeps valid answers in their stored shape, trimmed, and drops empty ones', () => {
    const { cleaned, errors } = checkAnswers(
      model,
      {
        type: { choice: 'other', other: '  Sportverein  ' },
        topics: { choices: ['a', 'a', 'b'] },
        staff: { number: 12 },
        since: { date: ' 2020-02-29 ' },
        name: { text: '   ' },
        topicsA: { text: ' Sprache ' },
      },
      { submit: true },
    );
    expect(errors).toEqual({});
    expect(cleaned).toEqual({
      type: { choice: 'other', other: 'Sportverein' },
      topics: { choices: ['a', 'b'] },
      staff: { number: 12 },
      since: { date: '2020-02-29' },
      topicsA: { text: 'Sprache' },
    });
  });

  it('discards answers to questions the conditions hide', () => {
    const { cleaned, errors } = checkAnswers(
      model,
      {
        type: { choice: 'edu' },
        satisfaction: { number: 99 },
        why: { text: 'versteckt' },
        grid: { rows: { r1: 'nope' } },
        topicsA: { text: 'ohne a' },
        followUp: { text: 'auch versteckt' },
      },
      { submit: true },
    );
    // Out-of-range and unknown values on hidden questions are not even errors: they are dropped.
    expect(errors).toEqual({});
    expect(cleaned).toEqual({ type: { choice: 'edu' } });
  });

  it('requires visible required questions only on submit', () => {
    expect(errorsOf({}, false)).toEqual({});
    expect(errorsOf({}, true)).toEqual({ type: ['required'] });
    expect(errorsOf({ type: { choice: 'mo' } }, true)).toEqual({ satisfaction: ['required'], grid: ['required'] });
    expect(errorsOf({ type: { choice: 'mo' }, satisfaction: { number: 4 }, grid: { rows: { r1: 'good', r2: 'bad' } } }, true)).toEqual({
      why: ['required'],
    });
  });

  it('refuses unknown options on every choice kind', () => {
    expect(errorsOf({ type: { choice: 'nope' } })).toEqual({ type: ['unknownOption'] });
    expect(errorsOf({ topics: { choices: ['a', 'nope'] } })).toEqual({ topics: ['unknownOption'] });
    const mo = { type: { choice: 'mo' } };
    expect(errorsOf({ ...mo, grid: { rows: { r1: 'meh' } } })).toEqual({ grid: ['unknownOption'] });
    expect(errorsOf({ ...mo, grid: { rows: { r9: 'good' } } })).toEqual({ grid: ['unknownOption'] });
    expect(errorsOf({ ...mo, rank: { ranking: ['x', 'y', 'w'] } })).toEqual({ rank: ['unknownOption'] });
  });

  it('asks for the other text and bounds it', () => {
    expect(errorsOf({ type: { choice: 'other' } })).toEqual({ type: ['otherTextMissing'] });
    expect(errorsOf({ type: { choice: 'other', other: '   ' } })).toEqual({ type: ['otherTextMissing'] });
    expect(errorsOf({ topics: { choices: ['other'] } })).toEqual({ topics: ['otherTextMissing'] });
    expect(errorsOf({ type: { choice: 'other', other: 'x'.repeat(OTHER_TEXT_MAX + 1) } })).toEqual({ type: ['tooLong'] });
    expect(errorsOf({ type: { choice: 'other', other: 'x'.repeat(OTHER_TEXT_MAX) } })).toEqual({});
  });

  it('drops an "other" text left over after the other option was unticked', () => {
    const { cleaned } = checkAnswers(model, { type: { choice: 'mo', other: 'stray' }, topics: { choices: ['a'], other: 'stray' } }, { submit: false });
    expect(cleaned['type']).toEqual({ choice: 'mo' });
    expect(cleaned['topics']).toEqual({ choices: ['a'] });
    expect(checkAnswers(model, { topics: { choices: ['a', 'other'], other: ' kept ' } }, { submit: false }).cleaned['topics']).toEqual({
      choices: ['a', 'other'],
      other: 'kept',
    });
  });

  it('enforces the number of choices', () => {
    expect(errorsOf({ topics: { choices: ['a', 'b', 'c'] } })).toEqual({ topics: ['tooManyChoices'] });
    expect(errorsOf({ topics: { choices: ['a', 'b'] } })).toEqual({});
    const atLeastTwo: SurveyModel = {
      sections: [{ key: 's', condition: null, questions: [question('m', 'MULTIPLE_CHOICE', { minChoices: 2, options: opts('a', 'b') })] }],
    };
    expect(checkAnswers(atLeastTwo, { m: { choices: ['a'] } }, { submit: false }).errors).toEqual({ m: ['tooFewChoices'] });
  });

  it('checks numbers, ranges and whole scale steps', () => {
    const mo = { type: { choice: 'mo' } };
    expect(errorsOf({ staff: { number: -1 } })).toEqual({ staff: ['belowMinimum'] });
    expect(errorsOf({ staff: { number: 101 } })).toEqual({ staff: ['aboveMaximum'] });
    expect(errorsOf({ staff: { number: 100 } })).toEqual({});
    expect(errorsOf({ staff: { number: '7' as unknown as number } })).toEqual({ staff: ['notANumber'] });
    expect(errorsOf({ staff: { number: Number.NaN } })).toEqual({ staff: ['notANumber'] });
    expect(errorsOf({ staff: { number: Number.POSITIVE_INFINITY } })).toEqual({ staff: ['notANumber'] });
    expect(errorsOf({ ...mo, satisfaction: { number: 3.5 } })).toEqual({ satisfaction: ['notAWholeStep'] });
    expect(errorsOf({ ...mo, satisfaction: { number: 0 } })).toEqual({ satisfaction: ['belowMinimum'] });
    expect(errorsOf({ ...mo, satisfaction: { number: 6 } })).toEqual({ satisfaction: ['aboveMaximum'] });
  });

  it('needs every matrix row of a required matrix on submit, not while saving', () => {
    const answers = { type: { choice: 'mo' }, satisfaction: { number: 2 }, grid: { rows: { r1: 'good' } } };
    expect(errorsOf(answers, false)).toEqual({});
    expect(errorsOf(answers, true)).toEqual({ grid: ['rowMissing'] });
  });

  it('needs a complete ranking without repeats', () => {
    const mo = { type: { choice: 'mo' } };
    expect(errorsOf({ ...mo, rank: { ranking: ['x', 'y'] } })).toEqual({ rank: ['rankingIncomplete'] });
    expect(errorsOf({ ...mo, rank: { ranking: ['x', 'x', 'y'] } })).toEqual({ rank: ['rankingIncomplete'] });
    expect(errorsOf({ ...mo, rank: { ranking: ['z', 'x', 'y'] } })).toEqual({});
  });

  it('accepts real calendar dates only', () => {
    expect(errorsOf({ since: { date: '2023-02-29' } })).toEqual({ since: ['invalidDate'] });
    expect(errorsOf({ since: { date: '01.02.2023' } })).toEqual({ since: ['invalidDate'] });
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
  });

  it('bounds text lengths by kind', () => {
    expect(errorsOf({ name: { text: 'x'.repeat(SHORT_TEXT_MAX + 1) } })).toEqual({ name: ['tooLong'] });
    expect(errorsOf({ name: { text: 'x'.repeat(SHORT_TEXT_MAX) } })).toEqual({});
    const mo = { type: { choice: 'mo' }, satisfaction: { number: 5 } };
    expect(errorsOf({ ...mo, why: { text: 'x'.repeat(LONG_TEXT_MAX + 1) } })).toEqual({ why: ['tooLong'] });
    expect(errorsOf({ ...mo, why: { text: 'x'.repeat(LONG_TEXT_MAX) } })).toEqual({});
  });

  it('treats wrongly shaped answers as not answered instead of crashing', () => {
    const hostile = {
      type: 'mo',
      topics: { choices: 'a' },
      staff: { text: '5' },
      since: { date: 20200101 },
      name: null,
      grid: { rows: ['good'] },
    } as unknown as AnswerMap;
    const { cleaned, errors } = checkAnswers(model, hostile, { submit: true });
    expect(cleaned).toEqual({});
    expect(errors).toEqual({ type: ['required'] });
  });

  it('produces every error code it declares, except wrongShape which it leaves to normalisation', () => {
    const seen = new Set<AnswerErrorCode>();
    const collect = (answers: AnswerMap, submit = false) => {
      for (const codes of Object.values(errorsOf(answers, submit))) for (const code of codes) seen.add(code);
    };
    const mo = { type: { choice: 'mo' } };
    collect({}, true);
    collect({ type: { choice: 'nope' } });
    collect({ type: { choice: 'other' } });
    collect({ topics: { choices: ['a', 'b', 'c'] } });
    collect({ topics: { choices: ['other'], other: 'x'.repeat(OTHER_TEXT_MAX + 1) } });
    collect({ staff: { number: Number.NaN } });
    collect({ staff: { number: -5 } });
    collect({ staff: { number: 500 } });
    collect({ ...mo, satisfaction: { number: 2.5 } });
    collect({ ...mo, satisfaction: { number: 2 }, grid: { rows: { r1: 'good' } } }, true);
    collect({ ...mo, rank: { ranking: ['x'] } });
    collect({ since: { date: 'gestern' } });
    const tooFew: SurveyModel = {
      sections: [{ key: 's', condition: null, questions: [question('m', 'MULTIPLE_CHOICE', { minChoices: 2, options: opts('a', 'b') })] }],
    };
    for (const codes of Object.values(checkAnswers(tooFew, { m: { choices: ['a'] } }, { submit: false }).errors))
      for (const code of codes) seen.add(code);
    expect([...seen].sort()).toEqual(ANSWER_ERROR_CODES.filter((code) => code !== 'wrongShape').sort());
  });
});
