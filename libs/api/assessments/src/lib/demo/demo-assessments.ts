import type { EntityManager } from 'typeorm';
import { CITY_TODAY_SQL } from '@mitreden/shared/contracts';

/** The demo expert's department (expert@mitreden.test). */
export const DEMO_ASSESSMENT_DEPARTMENT = 'Fachbereich Soziales';

/** Days from today (city time) and whether the demo expert already submitted it. */
const DEMO_ASSIGNMENTS: readonly { dueInDays: number; submitted: boolean }[] = [
  { dueInDays: -3, submitted: false },
  { dueInDays: 2, submitted: false },
  { dueInDays: 14, submitted: false },
  { dueInDays: 7, submitted: true },
];

const DEMO_PUBLIC_COMMENT =
  'Die Stadt kann Räume stellen; die Kurse selbst fördert das Land. Wir schlagen vor, das gemeinsam mit den Trägern im nächsten Haushaltsjahr anzugehen.';

/**
 * Four of the annex's measures assigned by the project group to the demo expert's department:
 * one overdue, one due in two days, one in two weeks, one submitted with a public comment.
 * Idempotent: nothing happens once the department has any assessment.
 */
export async function seedDemoAssessments(manager: EntityManager): Promise<void> {
  const [existing]: { found: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM assessments WHERE department = $1) AS found`,
    [DEMO_ASSESSMENT_DEPARTMENT],
  );
  if (existing?.found) return;
  const people: { assigner: string | null; expert: string | null }[] = await manager.query(
    `SELECT (SELECT id FROM users WHERE email = 'projectgroup@mitreden.test') AS assigner,
            (SELECT id FROM users WHERE email = 'expert@mitreden.test' AND department = $1) AS expert`,
    [DEMO_ASSESSMENT_DEPARTMENT],
  );
  const { assigner, expert } = people[0] ?? { assigner: null, expert: null };
  if (!assigner || !expert) return;
  // Original measures (not curated ones), from the last of the annex, away from the first
  // proposals other demo content tends to use.
  const proposals: { id: string }[] = await manager.query(
    `SELECT id FROM proposals
      WHERE kind = 'measure' AND state = 'published' AND source <> 'curated' AND hidden_at IS NULL
      ORDER BY number DESC
      LIMIT $1`,
    [DEMO_ASSIGNMENTS.length],
  );
  for (const [index, proposal] of proposals.entries()) {
    const plan = DEMO_ASSIGNMENTS[index];
    await manager.query(
      `INSERT INTO assessments (proposal_id, department, assigned_by_id, assigned_at, due_on, status, feasibility,
                                responsibility, public_comment, internal_comment, assessed_by_id, assessed_at)
       VALUES ($1, $2, $3, now() - interval '10 days', ${CITY_TODAY_SQL} + $4::int,
               CASE WHEN $5 THEN 'submitted' ELSE 'assigned' END,
               CASE WHEN $5 THEN 'partly_feasible' END, CASE WHEN $5 THEN 'land' END,
               CASE WHEN $5 THEN $6 ELSE '' END,
               CASE WHEN $5 THEN 'Mit dem Haushalt 2027 abstimmen.' ELSE '' END,
               CASE WHEN $5 THEN $7::uuid END, CASE WHEN $5 THEN now() - interval '1 day' END)
       ON CONFLICT (proposal_id, department) DO NOTHING`,
      [proposal.id, DEMO_ASSESSMENT_DEPARTMENT, assigner, plan.dueInDays, plan.submitted, DEMO_PUBLIC_COMMENT, expert],
    );
  }
}
