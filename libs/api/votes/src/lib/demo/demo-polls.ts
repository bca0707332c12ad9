import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newPaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import { sealBallot, sealKey, votingCodeHash } from '../sealing/ballot-seal';

/**
 * The demo's polls: "Wie soll der neue Integrationsplan heißen?" (open, vote phase of the demo
 * process, the real winner among plausible alternatives) and one closed poll whose sealed ballots
 * the worker counts on its first sweep. Idempotent by slug.
 */
export const DEMO_OPEN_POLL_SLUG = 'name-integrationsplan';
export const DEMO_CLOSED_POLL_SLUG = 'forum-termine-abend';
/** The name the Region Hannover really chose. */
export const DEMO_POLL_WINNER = 'Wir sind Hannover – Zusammenleben in der Stadt';

type Text = { de: string; en: string; ar: string };

const OPEN_QUESTION: Text = {
  de: 'Wie soll der neue Integrationsplan heißen?',
  en: 'What should the new integration plan be called?',
  ar: 'ما الاسم الذي ستحمله خطة الاندماج الجديدة؟',
};
const OPEN_DESCRIPTION: Text = {
  de: 'Der Integrationsplan der Region Hannover bekommt einen neuen Namen. Die Projektgruppe hat aus den Vorschlägen der Fachforen fünf Namen ausgewählt. Bringen Sie sie in Ihre Reihenfolge, Ihren Favoriten zuerst; Sie müssen nicht alle einordnen. Gezählt wird mit integrierter Stichwahl.',
  en: 'The Region Hannover’s integration plan gets a new name. From the forums’ suggestions the project group has picked five. Put them in your order, your favourite first; you need not rank them all. The count is an instant runoff.',
  ar: 'تحصل خطة الاندماج في منطقة هانوفر على اسم جديد. اختارت مجموعة المشروع خمسة أسماء من اقتراحات المنتديات. رتّبوها حسب تفضيلكم، المفضّل أولًا؛ ولا يلزم ترتيبها كلها. يتم الفرز بطريقة الجولات الفورية.',
};
const OPEN_OPTIONS: Text[] = [
  {
    de: 'Hannover gemeinsam – Plan für Vielfalt und Teilhabe',
    en: 'Hannover together – a plan for diversity and participation',
    ar: 'هانوفر معًا – خطة للتنوع والمشاركة',
  },
  { de: DEMO_POLL_WINNER, en: 'We are Hannover – living together in the city', ar: 'نحن هانوفر – العيش معًا في المدينة' },
  { de: 'Zuhause in Hannover – Integrationsplan 2026', en: 'At home in Hannover – integration plan 2026', ar: 'بيتنا هانوفر – خطة الاندماج 2026' },
  { de: 'Vielfalt verbindet – Hannover integriert', en: 'Diversity connects – Hannover integrates', ar: 'التنوع يجمعنا – هانوفر تدمج الجميع' },
  { de: 'Miteinander in Hannover', en: 'Together in Hannover', ar: 'معًا في هانوفر' },
];

const CLOSED_QUESTION: Text = {
  de: 'Zu welcher Uhrzeit sollen die Fachforen stattfinden?',
  en: 'At what time should the forums take place?',
  ar: 'في أي وقت يجب أن تُعقد المنتديات المتخصصة؟',
};
const CLOSED_DESCRIPTION: Text = {
  de: 'Beim Auftakt und in den Stadtteiltreffs lagen Stimmzettel mit Abstimmungscodes aus. Die Fachforen finden zu der Uhrzeit statt, die die meisten Stimmen bekommt.',
  en: 'Ballot papers with voting codes were handed out at the kick-off and in the neighbourhood centres. The forums take place at the time with the most votes.',
  ar: 'وُزّعت أوراق اقتراع مع رموز تصويت في حفل الانطلاق وفي مراكز الأحياء. تُعقد المنتديات في الوقت الذي يحصل على أكثر الأصوات.',
};
/** With the share of the vote each gets in the generated ballots. */
const CLOSED_OPTIONS: { label: Text; weight: number }[] = [
  { label: { de: 'Nachmittags ab 16 Uhr', en: 'Afternoons from 4 pm', ar: 'بعد الظهر ابتداءً من الساعة 4' }, weight: 0.17 },
  { label: { de: 'Abends ab 18 Uhr', en: 'Evenings from 6 pm', ar: 'مساءً ابتداءً من الساعة 6' }, weight: 0.46 },
  { label: { de: 'Spätabends ab 19:30 Uhr', en: 'Late evenings from 7:30 pm', ar: 'في وقت متأخر من المساء ابتداءً من الساعة 7:30' }, weight: 0.25 },
  { label: { de: 'Samstags vormittags', en: 'Saturday mornings', ar: 'صباح يوم السبت' }, weight: 0.12 },
];
const CLOSED_CODES = 640;
const CLOSED_VOTERS = 412;

/** Deterministic pseudo-random numbers (mulberry32), so the demo figures never change. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function exists(manager: EntityManager, slug: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM polls WHERE slug = $1`, [slug]);
  return rows.length > 0;
}

async function insertOptions(manager: EntityManager, pollId: string, labels: Text[]): Promise<string[]> {
  const rows: { id: string; position: number }[] = await manager.query(
    `INSERT INTO poll_options (poll_id, position, label)
     SELECT $1, t.position, t.label::jsonb FROM unnest($2::int[], $3::text[]) AS t (position, label)
     RETURNING id, position`,
    [pollId, labels.map((_, index) => index + 1), labels.map((label) => JSON.stringify(label))],
  );
  return rows.sort((a, b) => a.position - b.position).map((row) => row.id);
}

export async function seedDemoPolls(manager: EntityManager, processId: string, ballotSecret: string): Promise<{ created: number }> {
  let created = 0;

  if (!(await exists(manager, DEMO_OPEN_POLL_SLUG))) {
    // Open since yesterday, until the end of the vote phase (or a month from now once that is over).
    const [poll]: { id: string }[] = await manager.query(
      `INSERT INTO polls (process_id, phase_id, slug, question, description, method, opens_at, closes_at, status,
                          accepts_accounts, accepts_codes, published_at, created_by_id)
       SELECT $1, ph.id, $2, $3::jsonb, $4::jsonb, 'ranked', now() - interval '1 day',
              CASE WHEN ph.ends_at > now() THEN ph.ends_at ELSE now() + interval '30 days' END,
              'published', true, false, now() - interval '1 day',
              (SELECT id FROM users WHERE email = 'projectgroup@mitreden.test')
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT id, ends_at FROM phases WHERE process_id = $1 AND kind = 'vote' ORDER BY starts_at LIMIT 1) ph ON true
       RETURNING id`,
      [processId, DEMO_OPEN_POLL_SLUG, JSON.stringify(OPEN_QUESTION), JSON.stringify(OPEN_DESCRIPTION)],
    );
    await insertOptions(manager, poll.id, OPEN_OPTIONS);
    created += 1;
  }

  if (!(await exists(manager, DEMO_CLOSED_POLL_SLUG))) {
    const [poll]: { id: string }[] = await manager.query(
      `INSERT INTO polls (process_id, phase_id, slug, question, description, method, opens_at, closes_at, status,
                          accepts_accounts, accepts_codes, published_at, created_by_id)
       SELECT $1, ph.id, $2, $3::jsonb, $4::jsonb, 'single', now() - interval '24 days', now() - interval '10 days',
              'published', false, true, now() - interval '25 days',
              (SELECT id FROM users WHERE email = 'projectgroup@mitreden.test')
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT id FROM phases WHERE process_id = $1 AND kind = 'forums' ORDER BY starts_at LIMIT 1) ph ON true
       RETURNING id`,
      [processId, DEMO_CLOSED_POLL_SLUG, JSON.stringify(CLOSED_QUESTION), JSON.stringify(CLOSED_DESCRIPTION)],
    );
    const optionIds = await insertOptions(
      manager,
      poll.id,
      CLOSED_OPTIONS.map((option) => option.label),
    );

    // Paper codes as printed back then; only their hashes are kept, as for any poll.
    const codeIds = Array.from({ length: CLOSED_CODES }, () => randomUUID());
    await manager.query(
      `INSERT INTO poll_voting_codes (id, poll_id, code_hash, batch) SELECT t.id, $1, t.hash, 1 FROM unnest($2::uuid[], $3::text[]) AS t (id, hash)`,
      [poll.id, codeIds, codeIds.map(() => votingCodeHash(ballotSecret, normalisePaperCode(newPaperCode())))],
    );

    // Who voted (the roll) and what (sealed, keyed by the code): the worker opens and counts them.
    const next = random(1806);
    const voters = codeIds.slice(0, CLOSED_VOTERS);
    const choose = (): string => {
      let draw = next();
      for (const [index, option] of CLOSED_OPTIONS.entries()) {
        draw -= option.weight;
        if (draw < 0) return optionIds[index];
      }
      return optionIds[optionIds.length - 1];
    };
    await manager.query(`INSERT INTO poll_voters (poll_id, code_id) SELECT $1, unnest($2::uuid[])`, [poll.id, voters]);
    await manager.query(
      `INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) SELECT t.key, $1, t.sealed FROM unnest($2::text[], $3::bytea[]) AS t (key, sealed)`,
      [
        poll.id,
        voters.map((codeId) => sealKey(ballotSecret, poll.id, { codeId })),
        voters.map(() => sealBallot(ballotSecret, poll.id, { choices: [choose()], receipt: newPaperCode() })),
      ],
    );
    created += 1;
  }

  return { created };
}
