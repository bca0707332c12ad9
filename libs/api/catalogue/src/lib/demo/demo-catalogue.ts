import type { EntityManager } from 'typeorm';
import { regionHannoverAnnex } from '@mitreden/api/processes';
import { importAnnexAsDraft } from '../services/catalogue-import.service';

export const DEMO_CATALOGUE_ADOPTED_ON = '2026-10-15';
export const DEMO_CATALOGUE_COUNCIL_REFERENCE = 'Drucksache 2417/2026 (Demo)';

/** Where implementation has got to, so the public pages show more than "planned" (field position, number). */
const DEMO_PROGRESS: { field: number; number: number; status: 'in_progress' | 'implemented' | 'dropped'; progress: number }[] = [
  { field: 1, number: 1, status: 'in_progress', progress: 40 },
  { field: 1, number: 4, status: 'implemented', progress: 100 },
  { field: 2, number: 7, status: 'in_progress', progress: 20 },
  { field: 4, number: 6, status: 'in_progress', progress: 65 },
  { field: 6, number: 1, status: 'implemented', progress: 100 },
  { field: 8, number: 11, status: 'dropped', progress: 0 },
];

export interface DemoCatalogueResult {
  /** False when the process already had a catalogue version (nothing was touched). */
  created: boolean;
  measures: number;
}

/**
 * The demo's adopted catalogue: the annex as version 1, every goal and measure linked to the demo
 * proposal it came from, a few measures under way. Adopted in SQL, not through the adoption service:
 * the seed must not mail the demo authors. Idempotent: a process with any version is left alone.
 */
export async function seedDemoCatalogue(manager: EntityManager, processId: string): Promise<DemoCatalogueResult> {
  const existing: unknown[] = await manager.query(`SELECT 1 FROM catalogue_versions WHERE process_id = $1 LIMIT 1`, [processId]);
  if (existing.length > 0) return { created: false, measures: 0 };

  const { version, measureCount } = await importAnnexAsDraft(manager, processId, regionHannoverAnnex, null);

  // The demo proposals carry the annex position in import_fingerprint; titles are the fallback for
  // proposals entered by hand, shortened like the demo plan does (first sentence, or cut with "…").
  await manager.query(
    `INSERT INTO catalogue_measure_sources (measure_id, proposal_id)
     SELECT DISTINCT m.id, p.id
       FROM catalogue_measures m
       JOIN action_fields f ON f.id = m.action_field_id
       JOIN proposals p ON p.action_field_id = m.action_field_id AND p.kind = 'measure'
      WHERE m.version_id = $1
        AND (p.import_fingerprint = 'demo:measure:' || f.position || '.' || m.number
             OR ${titleMatches('p.title', `m.text->>'de'`)})`,
    [version.id],
  );
  await manager.query(
    `INSERT INTO catalogue_goal_sources (goal_id, proposal_id)
     SELECT DISTINCT g.id, p.id
       FROM catalogue_goals g
       JOIN action_fields f ON f.id = g.action_field_id
       JOIN proposals p ON p.action_field_id = g.action_field_id AND p.kind = 'goal'
      WHERE g.version_id = $1
        AND (p.import_fingerprint = 'demo:goal:' || f.position || '.' || g.position
             OR ${titleMatches('p.title', `g.title->>'de'`)})`,
    [version.id],
  );

  await manager.query(
    `UPDATE catalogue_measures m SET status = t.status, progress = t.progress, updated_at = now()
       FROM unnest($2::int[], $3::int[], $4::text[], $5::int[]) AS t (field, number, status, progress), action_fields f
      WHERE m.version_id = $1 AND f.id = m.action_field_id AND f.position = t.field AND m.number = t.number`,
    [
      version.id,
      DEMO_PROGRESS.map((entry) => entry.field),
      DEMO_PROGRESS.map((entry) => entry.number),
      DEMO_PROGRESS.map((entry) => entry.status),
      DEMO_PROGRESS.map((entry) => entry.progress),
    ],
  );

  await manager.query(
    `UPDATE catalogue_versions SET status = 'adopted', adopted_on = $2, council_reference = $3, adopted_at = now(), updated_at = now()
      WHERE id = $1`,
    [version.id, DEMO_CATALOGUE_ADOPTED_ON, DEMO_CATALOGUE_COUNCIL_REFERENCE],
  );
  return { created: true, measures: measureCount };
}

/** SQL: the proposal title is the annex text, its first sentence, or its beginning cut with "…". */
function titleMatches(title: string, text: string): string {
  return `(${title} = regexp_replace(${text}, '\\.$', '')
           OR starts_with(${text}, ${title} || '. ')
           OR (right(${title}, 1) = '…' AND starts_with(${text}, left(${title}, -1))))`;
}
