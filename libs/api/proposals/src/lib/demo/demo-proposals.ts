import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_PROCESS_SLUG } from '@mitreden/api/processes';
import { buildDemoPlan, DEMO_KEY_PREFIX } from './demo-plan';
import { seedDemoResidents } from './demo-residents';

export interface DemoProposalsResult {
  /** Proposals this run created (0 on every run after the first). */
  created: number;
  goals: number;
  measures: number;
}

/**
 * Seeds the annex's 37 goals and 144 measures as proposals of the demo process, with revision 1,
 * a few supports and comment threads. Needs the demo process, its forums and the demo users.
 *
 * Idempotent by the stable keys in `import_fingerprint`: a second run inserts nothing. Supports and
 * comments are only added together with their proposal, so what visitors withdrew or deleted in
 * the demo stays withdrawn. Set-based: a handful of statements whatever the number of rows.
 */
export async function seedDemoProposals(manager: EntityManager): Promise<DemoProposalsResult> {
  await seedDemoResidents(manager);
  const process: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE slug = $1`, [
    DEMO_PROCESS_SLUG,
  ]);
  const processId = process[0]?.id;
  if (!processId) throw new Error(`Seed the demo process "${DEMO_PROCESS_SLUG}" before its proposals`);
  const plan = buildDemoPlan();

  // Chronological insert order, so the proposal numbers follow the dates like real input would.
  const ordered = [...plan.proposals].sort((a, b) => a.minutes - b.minutes || a.key.localeCompare(b.key));
  const inserted: { key: string }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(
                ord int, key text, kind text, "actionField" text, forum text, title text, body text, source text,
                author text, "enteredBy" text, "participantCount" int, minutes int)
     ), created AS (
       INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, language, source, author_id,
                              entered_by_id, participant_count, import_fingerprint, created_at, updated_at)
       SELECT $1, f.id, fo.id, i.kind, i.title, i.body, 'de', i.source, author.id, entered.id, i."participantCount", i.key,
              date_trunc('day', now()) - interval '14 days' + i.minutes * interval '1 minute',
              date_trunc('day', now()) - interval '14 days' + i.minutes * interval '1 minute'
         FROM input i
         JOIN action_fields f ON f.process_id = $1 AND f.title->>'de' = i."actionField"
         JOIN forums fo ON fo.process_id = $1 AND fo.title->>'de' = i.forum
         LEFT JOIN users author ON author.email = i.author
         LEFT JOIN users entered ON entered.email = i."enteredBy"
        ORDER BY i.ord
       ON CONFLICT (process_id, import_fingerprint) WHERE import_fingerprint IS NOT NULL DO NOTHING
       RETURNING id, title, body, author_id, entered_by_id, created_at, import_fingerprint
     ), revisions AS (
       INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, created_at)
       SELECT id, 1, title, body, COALESCE(author_id, entered_by_id), created_at FROM created
     )
     SELECT import_fingerprint AS key FROM created`,
    [processId, JSON.stringify(ordered.map((proposal, ord) => ({ ord, ...proposal })))],
  );
  if (inserted.length > 0) {
    const created = inserted.map((row) => row.key);
    await linkGoals(manager, processId, plan.proposals, created);
    await addSupports(manager, processId, plan.supports, created);
    await addComments(manager, processId, plan, created);
  }

  const counts: { kind: string; count: number }[] = await manager.query(
    `SELECT kind, count(*)::int AS count FROM proposals
      WHERE process_id = $1 AND import_fingerprint LIKE $2 GROUP BY kind`,
    [processId, `${DEMO_KEY_PREFIX}%`],
  );
  const count = (kind: string): number => counts.find((row) => row.kind === kind)?.count ?? 0;
  return { created: inserted.length, goals: count('goal'), measures: count('measure') };
}

/** Measures point at their goal; set after the insert so numbering can follow the dates. */
async function linkGoals(
  manager: EntityManager,
  processId: string,
  proposals: { key: string; goalKey: string | null }[],
  created: string[],
): Promise<void> {
  const links = proposals.filter((proposal) => proposal.goalKey && created.includes(proposal.key));
  await manager.query(
    `UPDATE proposals m SET goal_id = g.id
       FROM jsonb_to_recordset($2::jsonb) AS r(key text, "goalKey" text)
       JOIN proposals g ON g.process_id = $1 AND g.import_fingerprint = r."goalKey"
      WHERE m.process_id = $1 AND m.import_fingerprint = r.key`,
    [processId, JSON.stringify(links)],
  );
}

async function addSupports(
  manager: EntityManager,
  processId: string,
  supports: { proposal: string; user: string; hours: number }[],
  created: string[],
): Promise<void> {
  await manager.query(
    `INSERT INTO supports (proposal_id, user_id, created_at)
     SELECT p.id, u.id, LEAST(p.created_at + r.hours * interval '1 hour', now())
       FROM jsonb_to_recordset($2::jsonb) AS r(proposal text, "user" text, hours int)
       JOIN proposals p ON p.process_id = $1 AND p.import_fingerprint = r.proposal
       JOIN users u ON u.email = r."user"
      WHERE r.proposal = ANY($3::text[])
     ON CONFLICT DO NOTHING`,
    [processId, JSON.stringify(supports), created],
  );
}

async function addComments(
  manager: EntityManager,
  processId: string,
  plan: ReturnType<typeof buildDemoPlan>,
  created: string[],
): Promise<void> {
  const ids = new Map(plan.comments.map((comment) => [comment.ref, randomUUID()]));
  const depth = (ref: string | null): number => {
    const parent = plan.comments.find((comment) => comment.ref === ref);
    return parent ? 1 + depth(parent.parent) : -1;
  };
  const rows = plan.comments.map((comment) => ({
    id: ids.get(comment.ref),
    parentId: comment.parent ? ids.get(comment.parent) : null,
    depth: depth(comment.parent) + 1,
    proposal: comment.proposal,
    author: comment.author,
    body: comment.body,
    hours: comment.hours,
  }));
  // One statement: the parent foreign key is checked at its end, so replies may precede parents.
  await manager.query(
    `INSERT INTO comments (id, proposal_id, parent_id, depth, author_id, body, created_at)
     SELECT r.id, p.id, r."parentId", r.depth, u.id, r.body, LEAST(p.created_at + r.hours * interval '1 hour', now())
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "parentId" uuid, depth int, proposal text, author text, body text, hours int)
       JOIN proposals p ON p.process_id = $1 AND p.import_fingerprint = r.proposal
       JOIN users u ON u.email = r.author
      WHERE r.proposal = ANY($3::text[])`,
    [processId, JSON.stringify(rows), created],
  );
  const votes = plan.votes.map((vote) => ({
    comment: ids.get(vote.comment),
    user: vote.user,
    value: vote.value,
  }));
  await manager.query(
    `INSERT INTO comment_votes (comment_id, user_id, value)
     SELECT c.id, u.id, r.value
       FROM jsonb_to_recordset($1::jsonb) AS r(comment uuid, "user" text, value smallint)
       JOIN comments c ON c.id = r.comment
       JOIN users u ON u.email = r."user"
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(votes)],
  );
}
