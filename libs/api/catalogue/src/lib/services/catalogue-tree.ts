import { translate, translatedLocale } from '@mitreden/api/core';
import { translationList } from '@mitreden/api/processes';
import type { TranslationView } from '@mitreden/api/processes';
import { measureCode } from '@mitreden/shared/catalogue';
import type { VersionSnapshot } from '@mitreden/shared/catalogue';
import type { Locale } from '@mitreden/shared/contracts';
import type {
  CatalogueActionFieldView,
  CatalogueGoalView,
  CatalogueMeasureView,
  CatalogueMilestoneView,
  CatalogueVersionStatus,
  CatalogueVersionView,
  CatalogueView,
  ImplementationStatus,
  MeasurePriority,
  MeasureStatusChangeView,
  ProvenanceForumView,
  ProvenanceProposalView,
} from '../graphql/catalogue.types';

/**
 * The one place that reads a catalogue version from the database: the API's reader and editor and
 * the worker's export generators all build on it, so they cannot disagree on provenance or order.
 * Every read is a fixed number of statements, whatever the size of the catalogue.
 */

/** DataSource, EntityManager and QueryRunner all fit: TypeORM's `query` resolves to the rows. */
export interface CatalogueQueryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

type JsonText = Partial<Record<string, string>>;

export interface CatalogueTreeActionField extends CatalogueActionFieldView {
  titleTranslations: TranslationView[];
  descriptionTranslations: TranslationView[];
  goals: CatalogueTreeGoal[];
}
export interface CatalogueTreeGoal extends CatalogueGoalView {
  actionFieldId: string;
  measures: CatalogueTreeMeasure[];
}
export interface CatalogueTreeMeasure extends CatalogueMeasureView {
  actionFieldId: string;
  actionFieldPosition: number;
}

/** A version with everything in it; `statusHistory[].changedBy` is filled, callers hide it from the public. */
export interface CatalogueTree extends CatalogueView {
  processTitleTranslations: TranslationView[];
  /** Every version of the process, newest first (callers narrow it for the public). */
  versions: CatalogueVersionView[];
  actionFields: CatalogueTreeActionField[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isCatalogueId(value: string): boolean {
  return UUID.test(value);
}

// ---- Versions ---------------------------------------------------------------------------------

export interface CatalogueVersionRow {
  id: string;
  process_id: string;
  number: number;
  status: string;
  based_on_number: number | null;
  adopted_on: string | null;
  council_reference: string | null;
  adopted_at: Date | null;
  goal_count: number;
  measure_count: number;
  created_at: Date;
  updated_at: Date;
}

const VERSION_COLUMNS = `
  v.id::text AS id, v.process_id::text AS process_id, v.number, v.status, b.number AS based_on_number,
  v.adopted_on::text AS adopted_on, v.council_reference, v.adopted_at,
  (SELECT count(*)::int FROM catalogue_goals g WHERE g.version_id = v.id) AS goal_count,
  (SELECT count(*)::int FROM catalogue_measures m WHERE m.version_id = v.id) AS measure_count,
  v.created_at, v.updated_at`;

/** Versions matching `where` (over `v`, the version), newest first. */
export async function loadCatalogueVersions(queryable: CatalogueQueryable, where: string, parameters: unknown[]): Promise<CatalogueVersionView[]> {
  const rows = (await queryable.query(
    `SELECT ${VERSION_COLUMNS}
       FROM catalogue_versions v
       LEFT JOIN catalogue_versions b ON b.id = v.based_on_id
      WHERE ${where}
      ORDER BY v.process_id, v.number DESC`,
    parameters,
  )) as CatalogueVersionRow[];
  return rows.map(toCatalogueVersionView);
}

export function toCatalogueVersionView(row: CatalogueVersionRow): CatalogueVersionView {
  return {
    id: row.id,
    processId: row.process_id,
    number: row.number,
    status: row.status as CatalogueVersionStatus,
    basedOnNumber: row.based_on_number,
    adoptedOn: row.adopted_on,
    councilReference: row.council_reference,
    adoptedAt: row.adopted_at,
    goalCount: row.goal_count,
    measureCount: row.measure_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ---- Provenance -------------------------------------------------------------------------------

/**
 * (item_id, proposal_id, direct) for every goal or measure of version $1: its sources and, through
 * proposal_lineage (parent → child, merges and splits), every ancestor. Hidden proposals are walked
 * through (their originals still count) but left out at the end.
 */
function provenanceCte(kind: 'goal' | 'measure'): string {
  const [items, sources, itemColumn] =
    kind === 'goal'
      ? ['catalogue_goals', 'catalogue_goal_sources', 'goal_id']
      : ['catalogue_measures', 'catalogue_measure_sources', 'measure_id'];
  return `
    WITH RECURSIVE reached (item_id, proposal_id, direct) AS (
      SELECT s.${itemColumn}, s.proposal_id, true
        FROM ${sources} s JOIN ${items} i ON i.id = s.${itemColumn}
       WHERE i.version_id = $1
      UNION
      SELECT r.item_id, l.parent_id, false
        FROM reached r JOIN proposal_lineage l ON l.child_id = r.proposal_id
    ),
    contributions AS (
      SELECT r.item_id, p.id AS proposal_id, bool_or(r.direct) AS direct
        FROM reached r JOIN proposals p ON p.id = r.proposal_id
       WHERE p.hidden_at IS NULL
       GROUP BY r.item_id, p.id
    )`;
}

function provenanceListSql(kind: 'goal' | 'measure'): string {
  return `${provenanceCte(kind)}
    SELECT c.item_id::text AS item_id, c.direct, p.id::text AS id, p.number, p.title, p.language, p.source, p.state,
           p.support_count, f.id::text AS forum_id, f.title AS forum_title
      FROM contributions c
      JOIN proposals p ON p.id = c.proposal_id
      LEFT JOIN forums f ON f.id = p.forum_id
     ORDER BY c.item_id, p.number`;
}

// Supporters are people: someone supporting two proposals merged into one measure counts once.
const MEASURE_COUNTS_SQL = `${provenanceCte('measure')},
    details AS (
      SELECT c.item_id, p.id, p.source, p.forum_id, p.author_id
        FROM contributions c JOIN proposals p ON p.id = c.proposal_id
    ),
    supporters AS (
      SELECT d.item_id, count(DISTINCT s.user_id)::int AS support_count
        FROM details d JOIN supports s ON s.proposal_id = d.id
       GROUP BY d.item_id
    )
    SELECT d.item_id::text AS item_id,
           (count(*) FILTER (WHERE d.source <> 'curated'))::int AS proposal_count,
           count(DISTINCT d.forum_id)::int AS forum_count,
           count(DISTINCT d.author_id)::int AS contributor_count,
           coalesce(max(sp.support_count), 0)::int AS support_count
      FROM details d LEFT JOIN supporters sp ON sp.item_id = d.item_id
     GROUP BY d.item_id`;

interface ProvenanceRow {
  item_id: string;
  direct: boolean;
  id: string;
  number: number;
  title: string;
  language: string;
  source: string;
  state: string;
  support_count: number;
  forum_id: string | null;
  forum_title: JsonText | null;
}

interface ProvenanceCountRow {
  item_id: string;
  proposal_count: number;
  forum_count: number;
  contributor_count: number;
  support_count: number;
}

function toProvenanceProposal(row: ProvenanceRow, locale: Locale): ProvenanceProposalView {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    language: row.language,
    source: row.source.toUpperCase(),
    state: row.state,
    forumTitle: row.forum_title ? translate(row.forum_title, locale) : null,
    supportCount: row.support_count,
    direct: row.direct,
  };
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

// ---- The tree ---------------------------------------------------------------------------------

interface ProcessRow {
  id: string;
  slug: string;
  title: JsonText;
}
interface ActionFieldRow {
  id: string;
  position: number;
  title: JsonText;
  description: JsonText;
}
interface GoalRow {
  id: string;
  key: string;
  action_field_id: string;
  position: number;
  title: JsonText;
}
interface MeasureRow {
  id: string;
  key: string;
  goal_id: string;
  action_field_id: string;
  number: number;
  text: JsonText;
  responsibility: string;
  department: string;
  cost_note: string;
  priority: string | null;
  status: string;
  progress: number;
}
interface MilestoneRow {
  id: string;
  measure_id: string;
  position: number;
  title: JsonText;
  due_on: string;
  done_on: string | null;
}
interface StatusChangeRow {
  measure_id: string;
  status: string;
  progress: number;
  note: string;
  changed_by: string | null;
  changed_at: Date;
}

/**
 * The whole version: every action field of the process (also those without goals) by position,
 * goals by position, measures by number, milestones, status history (newest first) and provenance.
 * Texts in `locale` plus every translation. Null when the version does not exist.
 */
export async function loadCatalogueTree(queryable: CatalogueQueryable, versionId: string, locale: Locale): Promise<CatalogueTree | null> {
  if (!isCatalogueId(versionId)) return null;
  const [processRow] = (await queryable.query(
    `SELECT p.id::text AS id, p.slug, p.title
       FROM catalogue_versions v JOIN processes p ON p.id = v.process_id
      WHERE v.id = $1`,
    [versionId],
  )) as ProcessRow[];
  if (!processRow) return null;

  // Sequential on purpose: a QueryRunner or transaction manager runs one statement at a time anyway.
  const versions = await loadCatalogueVersions(queryable, 'v.process_id = $1', [processRow.id]);
  const fieldRows = (await queryable.query(
    `SELECT id::text AS id, position, title, description FROM action_fields WHERE process_id = $1 ORDER BY position`,
    [processRow.id],
  )) as ActionFieldRow[];
  const goalRows = (await queryable.query(
    `SELECT id::text AS id, key::text AS key, action_field_id::text AS action_field_id, position, title
       FROM catalogue_goals WHERE version_id = $1 ORDER BY position`,
    [versionId],
  )) as GoalRow[];
  const measureRows = (await queryable.query(
    `SELECT id::text AS id, key::text AS key, goal_id::text AS goal_id, action_field_id::text AS action_field_id, number,
            text, responsibility, department, cost_note, priority, status, progress
       FROM catalogue_measures WHERE version_id = $1 ORDER BY number`,
    [versionId],
  )) as MeasureRow[];
  const milestoneRows = (await queryable.query(
    `SELECT ms.id::text AS id, ms.measure_id::text AS measure_id, ms.position, ms.title,
            ms.due_on::text AS due_on, ms.done_on::text AS done_on
       FROM catalogue_milestones ms JOIN catalogue_measures m ON m.id = ms.measure_id
      WHERE m.version_id = $1 ORDER BY ms.position`,
    [versionId],
  )) as MilestoneRow[];
  const statusRows = (await queryable.query(
    `SELECT sc.measure_id::text AS measure_id, sc.status, sc.progress, sc.note, u.display_name AS changed_by, sc.changed_at
       FROM catalogue_status_changes sc
       JOIN catalogue_measures m ON m.id = sc.measure_id
       LEFT JOIN users u ON u.id = sc.changed_by_id
      WHERE m.version_id = $1
      ORDER BY sc.changed_at DESC, sc.id`,
    [versionId],
  )) as StatusChangeRow[];
  const goalSourceRows = (await queryable.query(provenanceListSql('goal'), [versionId])) as ProvenanceRow[];
  const measureSourceRows = (await queryable.query(provenanceListSql('measure'), [versionId])) as ProvenanceRow[];
  const countRows = (await queryable.query(MEASURE_COUNTS_SQL, [versionId])) as ProvenanceCountRow[];

  const version = versions.find((candidate) => candidate.id === versionId);
  if (!version) return null;

  const milestonesByMeasure = groupBy(milestoneRows, (row) => row.measure_id);
  const statusByMeasure = groupBy(statusRows, (row) => row.measure_id);
  const goalSources = groupBy(goalSourceRows, (row) => row.item_id);
  const measureSources = groupBy(measureSourceRows, (row) => row.item_id);
  const counts = new Map(countRows.map((row) => [row.item_id, row]));
  const fieldPositions = new Map(fieldRows.map((row) => [row.id, row.position]));

  const measuresByGoal = groupBy(
    measureRows.map((row): CatalogueTreeMeasure => {
      const fieldPosition = fieldPositions.get(row.action_field_id) ?? 0;
      const sources = measureSources.get(row.id) ?? [];
      const count = counts.get(row.id);
      const forums = new Map<string, ProvenanceForumView>();
      for (const source of sources) {
        if (source.forum_id && source.forum_title && !forums.has(source.forum_id)) {
          forums.set(source.forum_id, { id: source.forum_id, title: translate(source.forum_title, locale) });
        }
      }
      return {
        id: row.id,
        key: row.key,
        goalId: row.goal_id,
        actionFieldId: row.action_field_id,
        actionFieldPosition: fieldPosition,
        number: row.number,
        code: measureCode(fieldPosition, row.number),
        text: translate(row.text, locale),
        textLocale: translatedLocale(row.text, locale),
        textTranslations: translationList(row.text),
        responsibility: row.responsibility,
        department: row.department,
        costNote: row.cost_note,
        priority: row.priority as MeasurePriority | null,
        status: row.status as ImplementationStatus,
        progress: row.progress,
        milestones: (milestonesByMeasure.get(row.id) ?? []).map(
          (milestone): CatalogueMilestoneView => ({
            id: milestone.id,
            position: milestone.position,
            title: translate(milestone.title, locale),
            titleLocale: translatedLocale(milestone.title, locale),
            titleTranslations: translationList(milestone.title),
            dueOn: milestone.due_on,
            doneOn: milestone.done_on,
          }),
        ),
        provenance: {
          proposalCount: count?.proposal_count ?? 0,
          forumCount: count?.forum_count ?? 0,
          contributorCount: count?.contributor_count ?? 0,
          supportCount: count?.support_count ?? 0,
          proposals: sources.map((source) => toProvenanceProposal(source, locale)),
          forums: [...forums.values()],
        },
        statusHistory: (statusByMeasure.get(row.id) ?? []).map(
          (change): MeasureStatusChangeView => ({
            status: change.status as ImplementationStatus,
            progress: change.progress,
            note: change.note,
            changedBy: change.changed_by,
            changedAt: change.changed_at,
          }),
        ),
      };
    }),
    (measure) => measure.goalId,
  );

  const goalsByField = groupBy(
    goalRows.map(
      (row): CatalogueTreeGoal => ({
        id: row.id,
        key: row.key,
        actionFieldId: row.action_field_id,
        position: row.position,
        title: translate(row.title, locale),
        titleLocale: translatedLocale(row.title, locale),
        titleTranslations: translationList(row.title),
        sources: (goalSources.get(row.id) ?? []).map((source) => toProvenanceProposal(source, locale)),
        measures: measuresByGoal.get(row.id) ?? [],
      }),
    ),
    (goal) => goal.actionFieldId,
  );

  return {
    processId: processRow.id,
    processSlug: processRow.slug,
    processTitle: translate(processRow.title, locale),
    processTitleTranslations: translationList(processRow.title),
    version,
    versions,
    actionFields: fieldRows.map((row): CatalogueTreeActionField => {
      const goals = goalsByField.get(row.id) ?? [];
      return {
        id: row.id,
        position: row.position,
        title: translate(row.title, locale),
        titleTranslations: translationList(row.title),
        description: translate(row.description, locale),
        descriptionTranslations: translationList(row.description),
        measureCount: goals.reduce((sum, goal) => sum + goal.measures.length, 0),
        goals,
      };
    }),
  };
}

// ---- Comparisons ------------------------------------------------------------------------------

interface SnapshotGoalRow {
  version_id: string;
  key: string;
  field_position: number;
  title: string;
}
interface SnapshotMeasureRow {
  version_id: string;
  key: string;
  field_position: number;
  goal_key: string;
  number: number;
  text: string;
}

/** Both versions reduced to keys, codes and German texts, for `diffVersions`; two statements. */
export async function loadCatalogueSnapshots(queryable: CatalogueQueryable, versionIds: string[]): Promise<Map<string, VersionSnapshot>> {
  const goalRows = (await queryable.query(
    `SELECT g.version_id::text AS version_id, g.key::text AS key, f.position AS field_position, g.title->>'de' AS title
       FROM catalogue_goals g JOIN action_fields f ON f.id = g.action_field_id
      WHERE g.version_id = ANY($1::uuid[])
      ORDER BY f.position, g.position`,
    [versionIds],
  )) as SnapshotGoalRow[];
  const measureRows = (await queryable.query(
    `SELECT m.version_id::text AS version_id, m.key::text AS key, f.position AS field_position, g.key::text AS goal_key,
            m.number, m.text->>'de' AS text
       FROM catalogue_measures m
       JOIN catalogue_goals g ON g.id = m.goal_id
       JOIN action_fields f ON f.id = m.action_field_id
      WHERE m.version_id = ANY($1::uuid[])
      ORDER BY f.position, m.number`,
    [versionIds],
  )) as SnapshotMeasureRow[];
  const snapshots = new Map<string, VersionSnapshot>(versionIds.map((id) => [id, { goals: [], measures: [] }]));
  for (const row of goalRows) {
    snapshots.get(row.version_id)?.goals.push({ key: row.key, actionFieldPosition: row.field_position, title: row.title });
  }
  for (const row of measureRows) {
    snapshots.get(row.version_id)?.measures.push({
      key: row.key,
      actionFieldPosition: row.field_position,
      goalKey: row.goal_key,
      number: row.number,
      text: row.text,
    });
  }
  return snapshots;
}
