import {
  catalogueRuleKey,
  controlPathForServerField,
  goalInputFrom,
  measureInputFrom,
  otherLanguages,
  statusInputFrom,
  textsFrom,
  translationsFrom,
} from './editor-form';

describe('catalogue editor forms', () => {
  it('splits stored translations into editor texts and back, keeping languages not edited here', () => {
    const stored = [
      { locale: 'de', text: 'Radwege' },
      { locale: 'tr', text: 'Bisiklet yolları' },
      { locale: 'en', text: 'Cycle paths' },
    ];
    const texts = textsFrom(stored);
    expect(texts).toEqual({ de: 'Radwege', en: 'Cycle paths', ar: '' });
    expect(translationsFrom({ ...texts, en: '  ' }, stored)).toEqual([
      { locale: 'de', text: 'Radwege' },
      { locale: 'tr', text: 'Bisiklet yolları' },
    ]);
    expect(otherLanguages(stored)).toEqual(['tr', 'en']);
  });

  it('builds goal and measure inputs: trimmed, deduplicated sources, empty choices as null', () => {
    expect(
      goalInputFrom({ title: { de: ' Ziel ', en: '', ar: '' }, sourceProposalIds: ['p1', 'p1', 'p2'] }, { versionId: 'v', actionFieldId: 'f', goalId: null }),
    ).toEqual({ versionId: 'v', actionFieldId: 'f', title: [{ locale: 'de', text: 'Ziel' }], sourceProposalIds: ['p1', 'p2'] });
    const measure = measureInputFrom(
      {
        text: { de: 'Maßnahme', en: '', ar: 'تدبير' },
        responsibility: ' Region ',
        department: '',
        costNote: '',
        priority: '',
        sourceProposalIds: ['p3'],
        milestones: [{ title: { de: 'Start', en: '', ar: '' }, dueOn: '2026-05-01', doneOn: '' }],
      },
      { versionId: 'v', goalId: 'g', measureId: 'm' },
    );
    expect(measure).toEqual({
      versionId: 'v',
      goalId: 'g',
      measureId: 'm',
      text: [
        { locale: 'de', text: 'Maßnahme' },
        { locale: 'ar', text: 'تدبير' },
      ],
      responsibility: 'Region',
      department: '',
      costNote: '',
      priority: null,
      sourceProposalIds: ['p3'],
      milestones: [{ title: [{ locale: 'de', text: 'Start' }], dueOn: '2026-05-01', doneOn: null }],
    });
  });

  it('clamps progress and sends cleared milestone dates as null', () => {
    expect(
      statusInputFrom('m', { status: 'IN_PROGRESS', progress: 140, note: ' ok ', milestonesDone: [{ milestoneId: 'x', doneOn: '' }] }),
    ).toEqual({ measureId: 'm', status: 'IN_PROGRESS', progress: 100, note: 'ok', milestonesDone: [{ milestoneId: 'x', doneOn: null }] });
    expect(statusInputFrom('m', { status: 'PLANNED', progress: null, note: '', milestonesDone: [] }).progress).toBe(0);
  });

  it('maps server field paths onto form controls', () => {
    const known = ['text', 'responsibility', 'milestones'];
    expect(controlPathForServerField('input.text', known)).toBe('text.de');
    expect(controlPathForServerField('responsibility', known)).toBe('responsibility');
    expect(controlPathForServerField('input.milestones.2.dueOn', known)).toBe('milestones.2.dueOn');
    expect(controlPathForServerField('input.milestones.0.title', known)).toBe('milestones.0.title.de');
    expect(controlPathForServerField('input.costNote', known)).toBeNull();
    expect(controlPathForServerField('milestonesDone.1.doneOn', [])).toBe('milestonesDone.1.doneOn');
  });

  it('has messages for catalogue-specific rules only', () => {
    expect(catalogueRuleKey('germanRequired')).toBe('catalogue.editor.rules.germanRequired');
    expect(catalogueRuleKey('maxLength')).toBeNull();
  });
});
