import type { EntityManager } from 'typeorm';

const DEMO_ANSWER_PROPOSAL = 'demo:measure:7.1';

/**
 * One official answer drafted by projectgroup@ and waiting for a second project group member
 * (projectlead@) to approve it. Idempotent: one answer per proposal (unique index).
 */
export async function seedDemoAnswers(manager: EntityManager): Promise<void> {
  const body = {
    de: 'Vielen Dank für diesen Vorschlag. Die Verwaltung prüft gerade, wie er mit bestehenden Angeboten verbunden werden kann, und berichtet im Frühjahr im Integrationsbeirat.',
    en: 'Thank you for this proposal. The administration is currently looking at how it can be combined with existing services and will report to the integration council in spring.',
  };
  await manager.query(
    `INSERT INTO official_answers (proposal_id, status, outcome, body, drafted_by_id)
     SELECT p.id, 'draft', 'under_evaluation', $2::jsonb, u.id
       FROM proposals p JOIN users u ON u.email = 'projectgroup@mitreden.test'
      WHERE p.import_fingerprint = $1
     ON CONFLICT (proposal_id) DO NOTHING`,
    [DEMO_ANSWER_PROPOSAL, JSON.stringify(body)],
  );
}
