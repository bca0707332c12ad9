import type { EntityManager } from 'typeorm';
import { DEMO_PROCESS_SLUG } from '@mitreden/api/processes';

/** Stable keys in import_fingerprint, like the other demo proposals, so a second run adds nothing. */
export const DEMO_DUPLICATE_KEYS = ['demo:curation:sprachcafe-1', 'demo:curation:sprachcafe-2'] as const;
export const DEMO_DUPLICATE_TITLES = [
  'Sprachcafé im Stadtteilzentrum',
  'Ein Sprachcafé für Neuzugewanderte',
] as const;
const DUPLICATE_FIELD = 'Bildung und Sprache';

/**
 * Two residents proposed the same thing: a language café. Two supporters back both, so a merge
 * shows that supports carry over once per person (3 + 3 supports, 4 distinct people).
 */
const DUPLICATES = [
  {
    key: DEMO_DUPLICATE_KEYS[0],
    title: DEMO_DUPLICATE_TITLES[0],
    body: 'Ein wöchentliches **Sprachcafé** im Stadtteilzentrum: Deutsch üben in entspannter Runde, mit Ehrenamtlichen und Kinderecke.',
    author: 'ayse.yilmaz@mitreden.test',
    supporters: ['resident@mitreden.test', 'samira.haddad@mitreden.test', 'katarzyna.nowak@mitreden.test'],
  },
  {
    key: DEMO_DUPLICATE_KEYS[1],
    title: DEMO_DUPLICATE_TITLES[1],
    body: 'Ein offener Treffpunkt zum Deutschsprechen (Sprachcafé) – abends, damit auch Berufstätige kommen können.',
    author: 'dmytro.kovalenko@mitreden.test',
    supporters: ['samira.haddad@mitreden.test', 'katarzyna.nowak@mitreden.test', 'ayse.yilmaz@mitreden.test'],
  },
];

/** Demo content for this capability; idempotent (a second run adds nothing). Runs after the demo proposals. */
export async function seedDemoCuration(manager: EntityManager): Promise<void> {
  const [process]: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE slug = $1`, [
    DEMO_PROCESS_SLUG,
  ]);
  if (!process) throw new Error(`Seed the demo process "${DEMO_PROCESS_SLUG}" before its curation content`);
  const created: { key: string }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(ord int, key text, title text, body text, author text)
     ), created AS (
       INSERT INTO proposals (process_id, action_field_id, forum_id, goal_id, kind, title, body, language, source, author_id,
                              import_fingerprint)
       -- Like the other measures: the field's forum and a goal of the same field.
       SELECT $1, f.id,
              (SELECT fo.id FROM forums fo WHERE fo.process_id = $1 AND fo.action_field_id = f.id ORDER BY fo.starts_at LIMIT 1),
              (SELECT g.id FROM proposals g WHERE g.process_id = $1 AND g.action_field_id = f.id AND g.kind = 'goal' ORDER BY g.number LIMIT 1),
              'measure', i.title, i.body, 'de', 'online', u.id, i.key
         FROM input i
         JOIN action_fields f ON f.process_id = $1 AND f.title->>'de' = $3
         JOIN users u ON u.email = i.author
        ORDER BY i.ord
       ON CONFLICT (process_id, import_fingerprint) WHERE import_fingerprint IS NOT NULL DO NOTHING
       RETURNING id, title, body, author_id, created_at, import_fingerprint
     ), revisions AS (
       INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, created_at)
       SELECT id, 1, title, body, author_id, created_at FROM created
     )
     SELECT import_fingerprint AS key FROM created`,
    [
      process.id,
      JSON.stringify(DUPLICATES.map(({ key, title, body, author }, ord) => ({ ord, key, title, body, author }))),
      DUPLICATE_FIELD,
    ],
  );
  if (created.length === 0) return;
  // Supports only with a proposal created in this run: what visitors changed later stays changed.
  const supports = DUPLICATES.flatMap((proposal) =>
    proposal.supporters.map((email) => ({ key: proposal.key, email })),
  );
  await manager.query(
    `INSERT INTO supports (proposal_id, user_id)
     SELECT p.id, u.id FROM jsonb_to_recordset($2::jsonb) AS r(key text, email text)
       JOIN proposals p ON p.process_id = $1 AND p.import_fingerprint = r.key
       JOIN users u ON u.email = r.email
      WHERE r.key = ANY($3::text[])
     ON CONFLICT DO NOTHING`,
    [process.id, JSON.stringify(supports), created.map((row) => row.key)],
  );
}
