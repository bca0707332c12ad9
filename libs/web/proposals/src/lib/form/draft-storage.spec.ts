import { draftKey, isWorthKeeping, parseDraft } from './draft-storage';
import type { ProposalDraft } from './draft-storage';

const DRAFT: ProposalDraft = {
  kind: 'MEASURE',
  goalId: 'g-1',
  actionFieldId: 'af-1',
  forumId: '',
  title: 'Mehr Sprachkurse',
  body: 'Abends und am Wochenende.',
  language: 'de',
};

describe('proposal drafts', () => {
  it('round-trips a draft through storage text', () => {
    expect(parseDraft(JSON.stringify(DRAFT))).toEqual(DRAFT);
  });

  it('refuses anything that is not a complete draft', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...DRAFT, kind: 'WISH' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...DRAFT, title: 42 }))).toBeNull();
    const { body: _body, ...withoutBody } = DRAFT;
    expect(parseDraft(JSON.stringify(withoutBody))).toBeNull();
  });

  it('keeps only drafts with some text, one per process', () => {
    expect(isWorthKeeping(DRAFT)).toBe(true);
    expect(isWorthKeeping({ ...DRAFT, title: ' ', body: '\n' })).toBe(false);
    expect(draftKey('wir-sind-hannover')).not.toBe(draftKey('other'));
  });
});
