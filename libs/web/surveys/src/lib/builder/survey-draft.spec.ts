import {
  addOption,
  addQuestion,
  addSection,
  changeKind,
  checkDraft,
  draftFromSurvey,
  draftToInput,
  keyFromText,
  moveQuestion,
  moveSection,
  normaliseErrors,
  removeOption,
  removeQuestion,
  removeSection,
  setOptionLabel,
  setQuestionKey,
  setQuestionTitle,
  transferQuestion,
  uniqueKey,
  updateQuestion,
} from './survey-draft';
import type { SurveyDraft } from './survey-draft';
import { surveyFixture } from './survey-fixture';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

describe('keys', () => {
  it('derives ASCII snake case from German text', () => {
    expect(keyFromText('Größe der Organisation', 'x')).toBe('groesse_der_organisation');
    expect(keyFromText('  Café & Bäckerei!  ', 'x')).toBe('cafe_baeckerei');
    expect(keyFromText('2025 Angebote', 'x')).toBe('q_2025_angebote');
    expect(keyFromText('2025', 'x', /^[a-z0-9][a-z0-9_]{0,39}$/)).toBe('2025');
    expect(keyFromText('???', 'fallback')).toBe('fallback');
    expect(keyFromText('<script>alert(1)</script>', 'x')).toBe('script_alert_1_script');
    expect(keyFromText('a'.repeat(100), 'x').length).toBeLessThanOrEqual(40);
  });

  it('picks the first free suffix', () => {
    expect(uniqueKey('art', new Set())).toBe('art');
    expect(uniqueKey('art', new Set(['art', 'art_2']))).toBe('art_3');
  });
});

describe('draftFromSurvey / draftToInput', () => {
  it('round-trips the survey and sends only the fields of each kind', () => {
    const draft = draftFromSurvey(surveyFixture());
    expect(draft.title).toEqual({ de: 'Trägerbefragung', en: 'Provider survey', ar: '' });
    const input = draftToInput(draft);
    expect(input.id).toBe('sv1');
    expect(input.version).toBe(3);
    expect(input.title).toEqual([
      { locale: 'de', text: 'Trägerbefragung' },
      { locale: 'en', text: 'Provider survey' },
    ]);
    const [art, groesse] = input.sections[0]?.questions ?? [];
    expect(art?.options?.map((o) => [o.key, o.isOther])).toEqual([
      ['verein', false],
      ['other', true],
    ]);
    expect(art?.minValue).toBeNull();
    expect(groesse?.options).toEqual([]);
    expect(groesse?.maxValue).toBe(10000);
    expect(input.sections[1]?.condition).toEqual({ questionKey: 'art', operator: 'EQUALS', value: 'verein' });
  });

  it('locks everything stored once there are responses', () => {
    const draft = draftFromSurvey(surveyFixture({ responseCount: 4 }));
    expect(draft.sections.every((s) => s.locked && s.questions.every((q) => q.locked && q.options.every((o) => o.locked)))).toBe(true);
    expect(removeQuestion(draft, 0, 1)).toBe(draft);
    expect(removeOption(draft, 0, 0, 'options', 0)).toBe(draft);
    expect(removeSection(draft, 1)).toBe(draft);
    expect(changeKind(draft, 0, 0, 'MULTIPLE_CHOICE')).toBe(draft);
    expect(setQuestionKey(draft, 0, 0, 'neu')).toBe(draft);
    // Texts can still be corrected; the key does not follow.
    const corrected = setQuestionTitle(draft, 0, 0, 'de', 'Art Ihrer Organisation');
    expect(corrected.sections[0]?.questions[0]?.key).toBe('art');
    expect(corrected.sections[0]?.questions[0]?.title.de).toBe('Art Ihrer Organisation');
  });

  it('sends anonymity as the audience demands', () => {
    const draft = draftFromSurvey(surveyFixture());
    expect(draftToInput({ ...draft, audience: 'PUBLIC', anonymous: true }).anonymous).toBe(false);
    expect(draftToInput({ ...draft, audience: 'ANONYMOUS', anonymous: false }).anonymous).toBe(true);
    expect(draftToInput({ ...draft, audience: 'INVITED', anonymous: false }).anonymous).toBe(false);
  });

  it('sends dates as ISO instants and blank dates as null', () => {
    const draft = draftFromSurvey(surveyFixture({ opensAt: '2026-12-01T09:00:00.000Z' }));
    expect(draftToInput(draft).opensAt).toBe('2026-12-01T09:00:00.000Z');
    expect(draftToInput(draft).closesAt).toBeNull();
  });
});

describe('editing', () => {
  let draft: SurveyDraft;
  beforeEach(() => (draft = draftFromSurvey(surveyFixture())));

  it('derives a new question key from the German title until the key is edited', () => {
    let next = addQuestion(draft, 0, 'MULTIPLE_CHOICE');
    const qi = 2;
    expect(next.sections[0]?.questions[qi]?.options).toHaveLength(2);
    next = setQuestionTitle(next, 0, qi, 'de', 'Welche Angebote?');
    expect(next.sections[0]?.questions[qi]?.key).toBe('welche_angebote');
    next = setQuestionTitle(next, 0, qi, 'en', 'Which offers?');
    expect(next.sections[0]?.questions[qi]?.key).toBe('welche_angebote');
    next = setQuestionKey(next, 0, qi, 'angebote');
    next = setQuestionTitle(next, 0, qi, 'de', 'Welche Angebote machen Sie?');
    expect(next.sections[0]?.questions[qi]?.key).toBe('angebote');
  });

  it('never derives a key that another question has', () => {
    let next = addQuestion(draft, 0);
    next = setQuestionTitle(next, 0, 2, 'de', 'Art');
    expect(next.sections[0]?.questions[2]?.key).toBe('art_2');
  });

  it('keeps conditions pointing at a renamed question or option', () => {
    const renamed = setQuestionKey(draft, 0, 1, 'mitarbeitende');
    expect(renamed.sections[1]?.questions[0]?.condition?.questionKey).toBe('mitarbeitende');
    let next = updateQuestion(draft, 0, 0, { options: must(draft.sections[0]?.questions[0]).options.map((o) => ({ ...o, keyEdited: false })) });
    next = setOptionLabel(next, 0, 0, 'options', 0, 'de', 'Eingetragener Verein');
    expect(next.sections[0]?.questions[0]?.options[0]?.key).toBe('eingetragener_verein');
    expect(next.sections[1]?.condition?.value).toBe('eingetragener_verein');
  });

  it('moves questions within and across sections', () => {
    const swapped = moveQuestion(draft, 0, 0, 1);
    expect(swapped.sections[0]?.questions.map((q) => q.key)).toEqual(['groesse', 'art']);
    const moved = transferQuestion(draft, 1, 0, 0, 0);
    expect(moved.sections[0]?.questions.map((q) => q.key)).toEqual(['zufrieden', 'art', 'groesse']);
    expect(moved.sections[1]?.questions).toEqual([]);
    expect(moveQuestion(draft, 0, 0, 5)).toEqual(draft);
  });

  it('flags a condition that no longer refers to an earlier question instead of dropping it', () => {
    expect(checkDraft(draft)).toEqual({});
    const reordered = moveSection(draft, 1, 0);
    expect(reordered.sections[0]?.condition).toEqual({ questionKey: 'art', operator: 'EQUALS', value: 'verein' });
    expect(checkDraft(reordered)['sections.0.condition']).toEqual(['conditionNotEarlier']);
    const removed = removeOption(draft, 0, 0, 'options', 0);
    expect(checkDraft(removed)['sections.1.condition']).toEqual(['conditionValue']);
  });

  it('keeps "other" last when adding options and refuses a second one', () => {
    const next = addOption(draft, 0, 0, 'options');
    expect(next.sections[0]?.questions[0]?.options.map((o) => o.isOther)).toEqual([false, false, true]);
    const twoOthers = addOption(next, 0, 0, 'options', true);
    expect(checkDraft(twoOthers)['sections.0.questions.0.options']).toContain('oneOther');
  });

  it('gives a new kind what it needs', () => {
    const matrix = changeKind(draft, 0, 1, 'MATRIX');
    const q = matrix.sections[0]?.questions[1];
    expect(q?.rows.length).toBeGreaterThan(0);
    expect(q?.options.length).toBeGreaterThanOrEqual(2);
    const scale = changeKind(draft, 0, 0, 'SCALE');
    expect([scale.sections[0]?.questions[0]?.minValue, scale.sections[0]?.questions[0]?.maxValue]).toEqual([1, 5]);
    // A MATRIX has no "other" column.
    expect(changeKind(draft, 0, 0, 'MATRIX').sections[0]?.questions[0]?.options.some((o) => o.isOther)).toBe(false);
  });

  it('clears the segment question when it stops being a single choice', () => {
    const withSegment = { ...draft, segmentQuestionKey: 'art' };
    expect(changeKind(withSegment, 0, 0, 'MULTIPLE_CHOICE').segmentQuestionKey).toBeNull();
  });

  it('adds sections with unique keys and removes empty ones', () => {
    const next = addSection(addSection(draft));
    expect(next.sections.map((s) => s.key)).toEqual(['s1', 's2', 's3', 's4']);
    expect(removeSection(next, 3).sections).toHaveLength(3);
  });
});

describe('checkDraft', () => {
  it('reports problems at the API’s field paths', () => {
    let draft = draftFromSurvey(surveyFixture());
    draft = { ...draft, slug: 'Nicht gültig', title: { de: ' ', en: 'x', ar: '' }, opensAt: '2026-12-02T10:00', closesAt: '2026-12-01T10:00' };
    draft = updateQuestion(draft, 0, 0, { options: must(draft.sections[0]?.questions[0]).options.slice(0, 1) });
    draft = setQuestionKey(draft, 0, 1, 'art');
    draft = updateQuestion(draft, 1, 0, { minValue: 5, maxValue: 5 });
    draft = addQuestion(draft, 1, 'MULTIPLE_CHOICE');
    draft = updateQuestion(draft, 1, 1, { minChoices: 2, maxChoices: 1 });
    const errors = checkDraft(draft);
    expect(errors['title']).toEqual(['germanRequired']);
    expect(errors['slug']).toEqual(['slugPattern']);
    expect(errors['closesAt']).toEqual(['closesBeforeOpens']);
    expect(errors['sections.0.questions.0.options']).toEqual(['tooFewOptions']);
    expect(errors['sections.0.questions.1.key']).toEqual(['duplicateKey']);
    expect(errors['sections.1.questions.0.minValue']).toEqual(['minAboveMax']);
    expect(errors['sections.1.questions.1.title']).toEqual(['germanRequired']);
    expect(errors['sections.1.questions.1.minChoices']).toEqual(['minAboveMax']);
    expect(errors['sections.1.questions.1.options.0.label']).toEqual(['germanRequired']);
  });

  it('normalises server paths onto the builder’s', () => {
    expect(
      normaliseErrors({
        'input.sections.0.questions.2.title.0.text': ['maxLength'],
        'sections.0.questions.2.options': ['tooFewOptions'],
        'input.slug': ['slugTaken'],
      }),
    ).toEqual({
      'sections.0.questions.2.title': ['maxLength'],
      'sections.0.questions.2.options': ['tooFewOptions'],
      slug: ['slugTaken'],
    });
  });
});
