import { buildDemoPlan, DEMO_RESIDENT_EMAIL, titleFor } from './demo-plan';

describe('titleFor', () => {
  it('keeps a short text and drops a final full stop', () => {
    expect(titleFor('Einen Integrationsbeirat auf Regionsebene einrichten')).toBe(
      'Einen Integrationsbeirat auf Regionsebene einrichten',
    );
    expect(titleFor('Prozesse regelmäßig kommunizieren.')).toBe('Prozesse regelmäßig kommunizieren');
  });

  it('uses the first sentence of a longer text, but not a numbered list item', () => {
    expect(
      titleFor(
        'Bürgerbeteiligung zu Fragen von Migration erreichen. Dabei gezielt Multiplikatoren einbinden.',
      ),
    ).toBe('Bürgerbeteiligung zu Fragen von Migration erreichen');
    expect(
      titleFor('Zentrale Ehrenamtsmesse veranstalten: 1. Vernetzung erreichen. 2. Bürger informieren.'),
    ).toBe('Zentrale Ehrenamtsmesse veranstalten: 1. Vernetzung erreichen');
  });

  it('cuts a long sentence at a word and marks the cut, within 200 characters', () => {
    const text = `${'Sehr lange Maßnahme '.repeat(15)}ohne Punkt`;
    const title = titleFor(text);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).toMatch(/\S…$/);
    expect(text.startsWith(`${title.slice(0, -1)} `)).toBe(true);
  });
});

describe('buildDemoPlan', () => {
  const plan = buildDemoPlan();
  const byKey = new Map(plan.proposals.map((proposal) => [proposal.key, proposal]));

  it('is deterministic', () => {
    expect(buildDemoPlan()).toEqual(plan);
  });

  it('plans the 37 goals and 144 measures under unique keys, each measure after its goal, in its goal’s action field', () => {
    expect(plan.proposals.filter((proposal) => proposal.kind === 'goal')).toHaveLength(37);
    expect(plan.proposals.filter((proposal) => proposal.kind === 'measure')).toHaveLength(144);
    expect(byKey.size).toBe(181);
    for (const measure of plan.proposals.filter((proposal) => proposal.kind === 'measure')) {
      const goal = byKey.get(measure.goalKey ?? '');
      expect(goal?.kind).toBe('goal');
      expect(goal?.actionField).toBe(measure.actionField);
      expect(measure.minutes).toBeGreaterThan(goal?.minutes ?? Infinity);
    }
  });

  it('spreads input over daytime of the first 13 days of the forums phase', () => {
    for (const { minutes } of plan.proposals) {
      const minuteOfDay = minutes % (24 * 60);
      expect(minutes).toBeLessThan(13 * 24 * 60);
      expect(minuteOfDay).toBeGreaterThanOrEqual(7 * 60);
      expect(minuteOfDay).toBeLessThan(20 * 60);
    }
  });

  it('gives forum input participant counts of 5–40 and online input an author', () => {
    for (const proposal of plan.proposals) {
      if (proposal.source === 'forum') expect(proposal.participantCount).toBeGreaterThanOrEqual(5);
      if (proposal.source === 'forum') expect(proposal.participantCount).toBeLessThanOrEqual(40);
      expect(proposal.author === null).toBe(proposal.source !== 'online');
      expect(proposal.enteredBy === null).toBe(proposal.source === 'online');
    }
  });

  it('plans supports once per person and proposal, none by resident@', () => {
    const pairs = plan.supports.map((support) => `${support.proposal} ${support.user}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(
      plan.supports.every((support) => byKey.has(support.proposal) && support.user !== DEMO_RESIDENT_EMAIL),
    ).toBe(true);
  });

  it('plans comment threads whose replies follow their parent on the same proposal', () => {
    const comments = new Map(plan.comments.map((comment) => [comment.ref, comment]));
    for (const comment of plan.comments) {
      expect(byKey.has(comment.proposal)).toBe(true);
      if (!comment.parent) continue;
      const parent = comments.get(comment.parent);
      expect(parent?.proposal).toBe(comment.proposal);
      expect(comment.hours).toBeGreaterThan(parent?.hours ?? Infinity);
    }
    expect(plan.votes.every((vote) => comments.has(vote.comment))).toBe(true);
  });
});
