import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, DomainError } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { diffVersions, measureCode } from '@mitreden/shared/catalogue';
import type { MeasureDiffEntry } from '@mitreden/shared/catalogue';
import type { Locale } from '@mitreden/shared/contracts';
import {
  CatalogueVersionStatus,
  type CatalogueVersionDiffView,
  type CatalogueVersionView,
  type CatalogueView,
  type MeasureDiffView,
  type ProposalPickView,
} from '../graphql/catalogue.types';
import type { ProposalPickQueryInput } from '../graphql/catalogue.inputs';
import { isCatalogueId, loadCatalogueSnapshots, loadCatalogueTree, loadCatalogueVersions } from './catalogue-tree';
import type { CatalogueTree } from './catalogue-tree';

const PICKS_DEFAULT = 30;
const MANAGING_ROLES: readonly string[] = ['project_group', 'admin'];

const notFound = () => new DomainError('NOT_FOUND', 'No such catalogue version');

/** `%`, `_` and `\` match literally inside ILIKE. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** What the public sees of a tree: adopted versions only and no names of staff in the history. */
export function publicView(tree: CatalogueTree): CatalogueView {
  return {
    ...tree,
    versions: tree.versions.filter((version) => version.status === CatalogueVersionStatus.ADOPTED),
    actionFields: tree.actionFields.map((field) => ({
      ...field,
      goals: field.goals.map((goal) => ({
        ...goal,
        measures: goal.measures.map((measure) => ({
          ...measure,
          statusHistory: measure.statusHistory.map((change) => ({ ...change, changedBy: null })),
        })),
      })),
    })),
  };
}

function toMeasureDiffView(entry: MeasureDiffEntry): MeasureDiffView {
  return { key: entry.key, before: entry.before ?? null, after: entry.after ?? null };
}

interface PickRow {
  id: string;
  number: number;
  title: string;
  kind: string;
  state: string;
  action_field_id: string;
  support_count: number;
}

/**
 * Reads catalogues: the whole tree of a version with provenance in a fixed number of statements
 * (no per-measure queries), version lists, comparisons and the editor's proposal picker.
 */
@Injectable()
export class CatalogueReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest adopted version (or the given adopted number) of the process (default: current); null if none. */
  async publicCatalogue(processSlug: string | null, versionNumber: number | null, locale: Locale): Promise<CatalogueView | null> {
    const [row] = (await this.dataSource.query(
      `SELECT v.id::text AS id
         FROM processes p JOIN catalogue_versions v ON v.process_id = p.id AND v.status = 'adopted'
        WHERE CASE WHEN $1::text IS NULL THEN p.is_current ELSE p.slug = $1::text END
          AND ($2::int IS NULL OR v.number = $2::int)
        ORDER BY v.number DESC
        LIMIT 1`,
      [processSlug, versionNumber],
    )) as { id: string }[];
    if (!row) return null;
    const tree = await loadCatalogueTree(this.dataSource, row.id, locale);
    return tree ? publicView(tree) : null;
  }

  /** Any version, drafts included, with status history actors; for the project group. */
  async managedCatalogue(versionId: string, locale: Locale): Promise<CatalogueView | null> {
    return loadCatalogueTree(this.dataSource, versionId, locale);
  }

  async versions(processId: string): Promise<CatalogueVersionView[]> {
    if (!isCatalogueId(processId)) return [];
    return loadCatalogueVersions(this.dataSource, 'v.process_id = $1', [processId]);
  }

  /** Public when both versions are adopted; drafts only for the project group (else NOT_FOUND). */
  async diff(fromVersionId: string, toVersionId: string, viewer: User | null): Promise<CatalogueVersionDiffView> {
    if (!isCatalogueId(fromVersionId) || !isCatalogueId(toVersionId)) throw notFound();
    const versions = await loadCatalogueVersions(this.dataSource, 'v.id = ANY($1::uuid[])', [[fromVersionId, toVersionId]]);
    const from = versions.find((version) => version.id === fromVersionId);
    const to = versions.find((version) => version.id === toVersionId);
    if (!from || !to) throw notFound();
    // Checked before the process so that nobody learns from the error that a draft exists.
    const managing = viewer !== null && MANAGING_ROLES.includes(viewer.role);
    if (!managing && (from.status !== CatalogueVersionStatus.ADOPTED || to.status !== CatalogueVersionStatus.ADOPTED)) {
      throw notFound();
    }
    if (from.processId !== to.processId) throw badInput({ toVersionId: ['otherProcess'] });

    const snapshots = await loadCatalogueSnapshots(this.dataSource, [fromVersionId, toVersionId]);
    const empty = { goals: [], measures: [] };
    const diff = diffVersions(snapshots.get(fromVersionId) ?? empty, snapshots.get(toVersionId) ?? empty);
    return {
      from,
      to,
      added: diff.added.map(toMeasureDiffView),
      removed: diff.removed.map(toMeasureDiffView),
      renumbered: diff.renumbered.map(toMeasureDiffView),
      reworded: diff.reworded.map(toMeasureDiffView),
      goalsAdded: diff.goalsAdded.map((goal) => ({ key: goal.key, before: null, after: goal.title })),
      goalsRemoved: diff.goalsRemoved.map((goal) => ({ key: goal.key, before: goal.title, after: null })),
      goalsReworded: diff.goalsReworded.map((goal) => ({ key: goal.key, before: goal.before, after: goal.after })),
    };
  }

  /**
   * Proposals of the version's process to build goals or measures from, most supported first.
   * Only published ones: withdrawn proposals are gone, and merged or split originals live on in
   * their results (which carry the lineage to them).
   */
  async proposalPicks(input: ProposalPickQueryInput): Promise<ProposalPickView[]> {
    if (!isCatalogueId(input.versionId)) return [];
    const search = input.search?.trim() || null;
    const rows = (await this.dataSource.query(
      `SELECT p.id::text AS id, p.number, p.title, p.kind, p.state, p.action_field_id::text AS action_field_id, p.support_count
         FROM catalogue_versions v JOIN proposals p ON p.process_id = v.process_id
        WHERE v.id = $1
          AND p.kind = $2
          AND p.hidden_at IS NULL
          AND p.state = 'published'
          AND ($3::uuid IS NULL OR p.action_field_id = $3::uuid)
          AND ($4::text IS NULL OR p.title ILIKE $5 OR p.search_vector @@ websearch_to_tsquery('german', $4::text))
        ORDER BY p.support_count DESC, p.number
        LIMIT $6`,
      [input.versionId, input.kind, input.actionFieldId ?? null, search, search ? containsPattern(search) : null, input.first ?? PICKS_DEFAULT],
    )) as PickRow[];

    const usedIn = new Map<string, string[]>();
    if (input.kind === 'measure' && rows.length > 0) {
      const uses = (await this.dataSource.query(
        `SELECT s.proposal_id::text AS proposal_id, f.position AS field_position, m.number
           FROM catalogue_measure_sources s
           JOIN catalogue_measures m ON m.id = s.measure_id
           JOIN action_fields f ON f.id = m.action_field_id
          WHERE m.version_id = $1 AND s.proposal_id = ANY($2::uuid[])
          ORDER BY f.position, m.number`,
        [input.versionId, rows.map((row) => row.id)],
      )) as { proposal_id: string; field_position: number; number: number }[];
      for (const use of uses) {
        const codes = usedIn.get(use.proposal_id) ?? [];
        codes.push(measureCode(use.field_position, use.number));
        usedIn.set(use.proposal_id, codes);
      }
    }

    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      kind: row.kind,
      state: row.state,
      actionFieldId: row.action_field_id,
      supportCount: row.support_count,
      usedIn: usedIn.get(row.id) ?? [],
    }));
  }
}
