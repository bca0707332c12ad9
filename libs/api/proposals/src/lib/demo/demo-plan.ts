import { DEMO_FORUMS, regionHannoverAnnex } from '@mitreden/api/processes';
import type { AnnexActionField, DemoForum } from '@mitreden/api/processes';
import { DEMO_EXTRA_RESIDENTS } from './demo-residents';

/**
 * What the demo proposals look like, computed without a database: the annex's goals and measures
 * with sources, authors, dates, supports and comments. Deterministic (a fixed-seed generator), so
 * every seeded database tells the same story.
 */

export const DEMO_RESIDENT_EMAIL = 'resident@mitreden.test';
export const DEMO_MODERATOR_EMAIL = 'moderator@mitreden.test';
/** Stable seed keys live in `import_fingerprint` (unique per process); real imports use hashes. */
export const DEMO_KEY_PREFIX = 'demo:';

/** The demo's input spans the first 13 days of the forums phase, 07:00–20:00 UTC each day. */
const DAYS = 13;
const DAY_START_MINUTES = 7 * 60;
const DAY_LENGTH_MINUTES = 13 * 60;

/** Minutes after the start of the forums phase for a point (0 ≤ fraction < 1) of that span; monotonic. */
function daytime(fraction: number): number {
  const minute = Math.floor(fraction * DAYS * DAY_LENGTH_MINUTES);
  return (
    Math.floor(minute / DAY_LENGTH_MINUTES) * 24 * 60 + DAY_START_MINUTES + (minute % DAY_LENGTH_MINUTES)
  );
}

export interface PlannedProposal {
  key: string;
  goalKey: string | null;
  kind: 'goal' | 'measure';
  actionField: string;
  forum: string;
  title: string;
  body: string;
  source: 'forum' | 'paper' | 'online';
  author: string | null;
  enteredBy: string | null;
  participantCount: number | null;
  minutes: number;
}

export interface PlannedSupport {
  proposal: string;
  user: string;
  /** Hours after the proposal was created (capped at "now" by the seed). */
  hours: number;
}

export interface PlannedComment {
  /** Local reference for replies; the seed gives every comment a fresh uuid. */
  ref: string;
  parent: string | null;
  proposal: string;
  author: string;
  body: string;
  hours: number;
}

export interface PlannedVote {
  comment: string;
  user: string;
  value: 1 | -1;
}

export interface DemoPlan {
  proposals: PlannedProposal[];
  supports: PlannedSupport[];
  comments: PlannedComment[];
  votes: PlannedVote[];
}

/** mulberry32: tiny, fast and good enough to spread demo data; the same seed, the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Titles are at most 200 characters: a long annex text keeps its first sentence (or is cut at a word). */
export function titleFor(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  const sentence = /^(.{20,}?[^0-9 ])\. /.exec(trimmed)?.[1];
  const candidate = sentence ?? trimmed;
  if (candidate.length <= 200) return candidate;
  const cut = candidate.slice(0, 199);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const ONLINE_NOTES = [
  'Aus eigener Erfahrung: Das hätte mir in meinem ersten Jahr in der Region sehr geholfen. Vielen Familien in meiner Nachbarschaft geht es genauso.',
  'Ich engagiere mich ehrenamtlich in einem Verein in Linden. Genau danach fragen uns die Leute jede Woche.',
  'In anderen Städten gibt es das schon, und es funktioniert. Warum nicht auch bei uns?',
  'Wichtig ist, dass es nicht nur in Hannover-Mitte angeboten wird, sondern auch in Garbsen, Laatzen, Neustadt oder Burgdorf.',
];

function sourceNote(
  source: PlannedProposal['source'],
  forum: DemoForum,
  participants: number | null,
  index: number,
): string {
  const online = forum.format === 'online';
  switch (source) {
    case 'forum':
      return online
        ? `Ergebnis einer Online-Werkstatt im ${forum.title.de}, ${participants} Teilnehmende.`
        : `Ergebnis einer Arbeitsgruppe im ${forum.title.de} in ${forum.municipality}, ${participants} Teilnehmende.`;
    case 'paper':
      return online
        ? 'Auf einer Ideenkarte in einer Beratungsstelle abgegeben und von der Moderation übertragen.'
        : `Auf einer Ideenkarte beim ${forum.title.de} abgegeben und von der Moderation übertragen.`;
    case 'online':
      return ONLINE_NOTES[index % ONLINE_NOTES.length];
  }
}

/** Proposals that carry the demo's conversations; picked by hand so the threads make sense. */
const DISCUSSED = {
  multilingualInfo: 'demo:measure:1.1',
  languageCourses: 'demo:measure:4.6',
  healthCounselling: 'demo:measure:6.1',
  recognition: 'demo:measure:5.4',
  welcomePackage: 'demo:measure:2.7',
  multilingualWebsite: 'demo:measure:8.11',
} as const;

const [AYSE, DMYTRO, SAMIRA, KATARZYNA] = DEMO_EXTRA_RESIDENTS.map((resident) => resident.email);

const COMMENTS: PlannedComment[] = [
  {
    ref: 'c1',
    parent: null,
    proposal: DISCUSSED.multilingualInfo,
    author: AYSE,
    body: 'Sehr wichtig! Bitte auch auf Türkisch und in Leichter Sprache – meine Eltern lesen Briefe vom Amt nur mit Hilfe.',
    hours: 5,
  },
  {
    ref: 'c2',
    parent: 'c1',
    proposal: DISCUSSED.multilingualInfo,
    author: DMYTRO,
    body: 'Und auf Ukrainisch. Viele, die in den letzten Jahren gekommen sind, kennen das Wahlrecht bei Kommunalwahlen gar nicht.',
    hours: 9,
  },
  {
    ref: 'c3',
    parent: 'c2',
    proposal: DISCUSSED.multilingualInfo,
    author: DEMO_MODERATOR_EMAIL,
    body: 'Danke für die Hinweise! Wir nehmen die gewünschten Sprachen in die Zusammenfassung des Forums auf.',
    hours: 20,
  },
  {
    ref: 'c4',
    parent: null,
    proposal: DISCUSSED.multilingualInfo,
    author: SAMIRA,
    body: 'فكرة ممتازة. يجب أن تكون المعلومات متوفرة أيضًا باللغة العربية، وفي المساجد والمراكز الثقافية وليس فقط في دوائر البلدية.',
    hours: 26,
  },
  {
    ref: 'c5',
    parent: null,
    proposal: DISCUSSED.languageCourses,
    author: KATARZYNA,
    body: 'Sprachkurse mit Kinderbetreuung wären ein echter Fortschritt – sonst schaffen es viele Mütter nicht.',
    hours: 3,
  },
  {
    ref: 'c6',
    parent: 'c5',
    proposal: DISCUSSED.languageCourses,
    author: AYSE,
    body: 'Genau, und bitte auch abends oder am Wochenende für alle, die tagsüber arbeiten.',
    hours: 7,
  },
  {
    ref: 'c7',
    parent: null,
    proposal: DISCUSSED.healthCounselling,
    author: DMYTRO,
    body: 'Wer wäre dafür zuständig – die Region oder das Land? Das sollte vorher geklärt werden, sonst bleibt es beim Papier.',
    hours: 12,
  },
  {
    ref: 'c8',
    parent: 'c7',
    proposal: DISCUSSED.healthCounselling,
    author: KATARZYNA,
    body: 'As far as I know the Region runs the public health service, so it could start right here.',
    hours: 30,
  },
  {
    ref: 'c9',
    parent: null,
    proposal: DISCUSSED.recognition,
    author: SAMIRA,
    body: 'Die Anerkennung meines Abschlusses als Apothekerin hat über ein Jahr gedauert. Eine feste Ansprechperson hätte sehr geholfen.',
    hours: 8,
  },
  {
    ref: 'c10',
    parent: null,
    proposal: DISCUSSED.welcomePackage,
    author: KATARZYNA,
    body: 'Gerne auch digital: Stadtplan, Infos zum Nahverkehr und Ansprechpersonen in einer App oder auf einer Seite.',
    hours: 4,
  },
  {
    ref: 'c11',
    parent: 'c10',
    proposal: DISCUSSED.welcomePackage,
    author: DEMO_MODERATOR_EMAIL,
    body: 'Im Forum wurde auch ein gedrucktes Paket gewünscht, weil nicht alle ein Smartphone haben. Beides schließt sich nicht aus.',
    hours: 15,
  },
  {
    ref: 'c12',
    parent: null,
    proposal: DISCUSSED.multilingualWebsite,
    author: SAMIRA,
    body: 'موقع متعدد اللغات سيساعد كثيرًا، خاصةً في المواعيد مع دائرة الأجانب.',
    hours: 6,
  },
];

const VOTES: PlannedVote[] = [
  { comment: 'c1', user: DMYTRO, value: 1 },
  { comment: 'c1', user: SAMIRA, value: 1 },
  { comment: 'c1', user: KATARZYNA, value: 1 },
  { comment: 'c2', user: AYSE, value: 1 },
  { comment: 'c4', user: AYSE, value: 1 },
  { comment: 'c5', user: SAMIRA, value: 1 },
  { comment: 'c7', user: AYSE, value: -1 },
  { comment: 'c7', user: SAMIRA, value: 1 },
  { comment: 'c9', user: KATARZYNA, value: 1 },
];

export function buildDemoPlan(annex: readonly AnnexActionField[] = regionHannoverAnnex): DemoPlan {
  const random = generator(20140601);
  const forums = new Map(DEMO_FORUMS.map((forum) => [forum.actionField, forum]));
  const onlineAuthors = [DEMO_RESIDENT_EMAIL, ...DEMO_EXTRA_RESIDENTS.map((resident) => resident.email)];
  const proposals: PlannedProposal[] = [];
  let onlineCount = 0;

  const plan = (
    kind: PlannedProposal['kind'],
    key: string,
    goalKey: string | null,
    actionField: string,
    text: string,
    minutes: number,
  ): void => {
    const forum = forums.get(actionField);
    if (!forum) throw new Error(`No demo forum for the action field "${actionField}"`);
    const roll = random();
    const source: PlannedProposal['source'] = roll < 0.1 ? 'online' : roll < 0.25 ? 'paper' : 'forum';
    const participantCount = source === 'forum' ? 5 + Math.floor(random() * 36) : null;
    const title = titleFor(text);
    const note = sourceNote(source, forum, participantCount, onlineCount);
    const full = text.trim();
    proposals.push({
      key,
      goalKey,
      kind,
      actionField,
      forum: forum.title.de,
      title,
      // The full annex wording stays in the body whenever the title had to be shortened.
      body: title === full.replace(/\.$/, '') ? note : `${full}\n\n${note}`,
      source,
      author: source === 'online' ? onlineAuthors[onlineCount++ % onlineAuthors.length] : null,
      enteredBy: source === 'online' ? null : DEMO_MODERATOR_EMAIL,
      participantCount,
      minutes,
    });
  };

  annex.forEach((field, fieldIndex) => {
    field.goals.forEach((goal, goalIndex) => {
      const goalKey = `${DEMO_KEY_PREFIX}goal:${fieldIndex + 1}.${goalIndex + 1}`;
      // Goals come in the first half of the span; their measures follow at any time after them.
      const goalAt = random() * 0.5;
      plan('goal', goalKey, null, field.actionField, goal.goal, daytime(goalAt));
      for (const measure of goal.measures) {
        const at = goalAt + 0.005 + random() * (0.995 - goalAt);
        plan(
          'measure',
          `${DEMO_KEY_PREFIX}measure:${fieldIndex + 1}.${measure.number}`,
          goalKey,
          field.actionField,
          measure.text,
          daytime(at),
        );
      }
    });
  });

  // A few supports, skewed so "most supported" has a clear top; the discussed ones draw interest.
  // resident@ supports nothing, so tests and visitors can support any proposal as that account.
  const supporters = DEMO_EXTRA_RESIDENTS.map((resident) => resident.email);
  const discussed = new Set<string>(Object.values(DISCUSSED));
  const supports: PlannedSupport[] = [];
  for (const proposal of proposals) {
    const interest = discussed.has(proposal.key) ? 1 : random() < 0.3 ? random() : 0;
    const count = Math.round(interest * supporters.length);
    const offset = Math.floor(random() * supporters.length);
    for (let i = 0; i < count; i++) {
      supports.push({
        proposal: proposal.key,
        user: supporters[(offset + i) % supporters.length],
        hours: 1 + Math.floor(random() * 72),
      });
    }
  }

  return { proposals, supports, comments: COMMENTS, votes: VOTES };
}
