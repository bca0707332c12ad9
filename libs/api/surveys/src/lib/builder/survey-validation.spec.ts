import type { SaveSurveyInput, SurveyQuestionInput } from '../graphql/survey.inputs';
import { ConditionOperator, SurveyAudience, SurveyQuestionKind } from '../graphql/survey.types';
import { lockViolations, operatorsFor, SCALE_MAX_POINTS, validateSurveyDocument } from './survey-validation';
import type { LockedQuestion } from './survey-validation';

const de = (text: string) => [{ locale: 'de', text }];
const opt = (key: string, isOther = false) => ({ key, label: de(key), isOther });
const q = (key: string, kind: SurveyQuestionKind, extra: Partial<SurveyQuestionInput> = {}): SurveyQuestionInput => ({
  key,
  kind,
  required: false,
  title: de(key),
  ...extra,
});
const doc = (sections: SaveSurveyInput['sections'], extra: Partial<SaveSurveyInput> = {}): SaveSurveyInput => ({
  id: '00000000-0000-4000-8000-000000000000',
  version: 1,
  slug: 'umfrage',
  title: de('Umfrage'),
  audience: SurveyAudience.PUBLIC,
  anonymous: false,
  sections,
  ...extra,
});
const choice = q('type', SurveyQuestionKind.SINGLE_CHOICE, { options: [opt('a'), opt('b'), opt('other', true)] });

describe('validateSurveyDocument', () => {
  it('accepts a well-formed document of every kind', () => {
    const input = doc(
      [
        {
          key: 's1',
          questions: [
            choice,
            q('multi', SurveyQuestionKind.MULTIPLE_CHOICE, { options: [opt('a'), opt('b')], minChoices: 0, maxChoices: 2 }),
            q('n', SurveyQuestionKind.NUMBER, { minValue: -5, maxValue: 5.5 }),
            q('scale', SurveyQuestionKind.SCALE, { minValue: 0, maxValue: SCALE_MAX_POINTS - 1, minLabel: de('nie'), maxLabel: de('immer') }),
            q('m', SurveyQuestionKind.MATRIX, { options: [opt('x'), opt('y')], rows: [opt('r1')] }),
            q('r', SurveyQuestionKind.RANKING, { options: [opt('x'), opt('y')] }),
            q('d', SurveyQuestionKind.DATE),
            q('t', SurveyQuestionKind.SHORT_TEXT, { condition: { questionKey: 'd', operator: ConditionOperator.EQUALS, value: '2024-01-31' } }),
          ],
        },
        { key: 's2', condition: { questionKey: 'scale', operator: ConditionOperator.AT_LEAST, value: '3' }, questions: [] },
      ],
      { segmentQuestionKey: 'type' },
    );
    expect(validateSurveyDocument(input)).toEqual({});
  });

  it('limits scales and checks condition values by the target kind', () => {
    const input = doc([
      {
        key: 's1',
        questions: [
          choice,
          q('scale', SurveyQuestionKind.SCALE, { minValue: 0, maxValue: SCALE_MAX_POINTS }),
          q('noEnds', SurveyQuestionKind.SCALE),
          q('d', SurveyQuestionKind.DATE, { minLabel: de('x') }),
          q('c1', SurveyQuestionKind.SHORT_TEXT, { condition: { questionKey: 'scale', operator: ConditionOperator.EQUALS, value: 'viel' } }),
          q('c2', SurveyQuestionKind.SHORT_TEXT, { condition: { questionKey: 'd', operator: ConditionOperator.EQUALS, value: '2023-02-30' } }),
          q('c3', SurveyQuestionKind.SHORT_TEXT, { condition: { questionKey: 'd', operator: ConditionOperator.INCLUDES, value: 'x' } }),
          q('c4', SurveyQuestionKind.SHORT_TEXT, { condition: { questionKey: 'c4', operator: ConditionOperator.EQUALS, value: 'x' } }),
        ],
      },
    ]);
    expect(validateSurveyDocument(input)).toEqual({
      'sections.0.questions.1.maxValue': ['scaleTooLong'],
      'sections.0.questions.2.minValue': ['required'],
      'sections.0.questions.2.maxValue': ['required'],
      'sections.0.questions.3.minLabel': ['notAllowed'],
      'sections.0.questions.4.condition.value': ['notANumber'],
      'sections.0.questions.5.condition.value': ['invalidDate'],
      'sections.0.questions.6.condition.operator': ['notApplicable'],
      'sections.0.questions.7.condition.questionKey': ['notEarlier'],
    });
  });

  it('refuses "other" where it means nothing and settings of other kinds', () => {
    const input = doc([
      {
        key: 's1',
        questions: [
          q('r', SurveyQuestionKind.RANKING, { options: [opt('x', true), opt('y')] }),
          q('m', SurveyQuestionKind.MATRIX, { options: [opt('x'), opt('y')], rows: [opt('r1', true)] }),
          q('t', SurveyQuestionKind.SHORT_TEXT, { minChoices: 1, minValue: 1, rows: [opt('r1')] }),
        ],
      },
    ]);
    expect(validateSurveyDocument(input)).toEqual({
      'sections.0.questions.0.options.0.isOther': ['notAllowed'],
      'sections.0.questions.1.rows.0.isOther': ['notAllowed'],
      'sections.0.questions.2.rows': ['notAllowed'],
      'sections.0.questions.2.minChoices': ['notAllowed'],
      'sections.0.questions.2.minValue': ['notAllowed'],
    });
    expect(validateSurveyDocument(doc([]))).toEqual({ sections: ['required'] });
  });

  it('knows which operators each kind can satisfy', () => {
    expect(operatorsFor(SurveyQuestionKind.MULTIPLE_CHOICE)).toEqual([ConditionOperator.INCLUDES]);
    expect(operatorsFor(SurveyQuestionKind.MATRIX)).toEqual([]);
    expect(operatorsFor(SurveyQuestionKind.RANKING)).toEqual([]);
    expect(operatorsFor(SurveyQuestionKind.SCALE)).toContain(ConditionOperator.AT_LEAST);
  });
});

describe('lockViolations', () => {
  const locked = new Map<string, LockedQuestion>([
    ['type', { kind: SurveyQuestionKind.SINGLE_CHOICE, minValue: null, maxValue: null, options: new Map([['choice:a', false], ['choice:b', false], ['choice:other', true]]) }],
    ['m', { kind: SurveyQuestionKind.MATRIX, minValue: null, maxValue: null, options: new Map([['choice:x', false], ['choice:y', false], ['row:r1', false]]) }],
  ]);
  const matrix = q('m', SurveyQuestionKind.MATRIX, { options: [opt('x'), opt('y')], rows: [opt('r1')] });

  it('allows additions, reordering and moving between sections', () => {
    const input = doc([
      { key: 'a', questions: [q('new', SurveyQuestionKind.SHORT_TEXT), matrix] },
      { key: 'b', questions: [{ ...choice, required: true, options: [opt('c'), opt('b'), opt('a'), opt('other', true)] }] },
    ]);
    expect(lockViolations(input, locked)).toEqual({});
  });

  it('names removed questions, removed options per role, kind and other-flag changes', () => {
    const input = doc([
      {
        key: 's1',
        questions: [
          { ...choice, options: [opt('a', true), opt('b'), opt('other')] },
          { ...matrix, options: [opt('x'), opt('y'), opt('r1')], rows: [opt('x')] },
        ],
      },
    ]);
    expect(lockViolations(input, locked)).toEqual({
      'sections.0.questions.0.options.0.isOther': ['locked'],
      'sections.0.questions.0.options.2.isOther': ['locked'],
      'questions.m.row.r1': ['removed'],
    });
    expect(lockViolations(doc([{ key: 's1', questions: [q('type', SurveyQuestionKind.MULTIPLE_CHOICE, { options: [opt('a'), opt('b'), opt('other', true)] })] }]), locked)).toEqual({
      'sections.0.questions.0.kind': ['locked'],
      'questions.m': ['removed'],
    });
  });
});
