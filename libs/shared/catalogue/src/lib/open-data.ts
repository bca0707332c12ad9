/**
 * The open-data form of a catalogue version (JSON export; the CSV export has one row per measure
 * with OPEN_DATA_CSV_COLUMNS). Stable: fields are only ever added, documented in docs/catalogue-open-data.md.
 */
export const OPEN_DATA_SCHEMA = 'https://mitreden.example/schemas/catalogue/v1';

export type OpenDataText = Record<string, string>;

export interface OpenDataMeasure {
  key: string;
  number: number;
  /** "3.2" */
  code: string;
  text: OpenDataText;
  responsibility: string;
  department: string;
  costNote: string;
  priority: 'high' | 'medium' | 'low' | null;
  status: 'planned' | 'in_progress' | 'implemented' | 'dropped';
  progress: number;
  milestones: { title: OpenDataText; dueOn: string; doneOn: string | null }[];
  provenance: {
    proposalCount: number;
    forumCount: number;
    contributorCount: number;
    supportCount: number;
    /** Public proposal numbers (#N), originals and direct sources, ascending. */
    proposalNumbers: number[];
  };
}

export interface OpenDataGoal {
  key: string;
  position: number;
  title: OpenDataText;
  measures: OpenDataMeasure[];
}

export interface OpenDataActionField {
  position: number;
  title: OpenDataText;
  goals: OpenDataGoal[];
}

export interface OpenDataCatalogue {
  $schema: typeof OPEN_DATA_SCHEMA;
  process: { slug: string; title: OpenDataText };
  version: {
    number: number;
    status: 'draft' | 'adopted';
    adoptedOn: string | null;
    councilReference: string | null;
  };
  generatedAt: string;
  actionFields: OpenDataActionField[];
}

/** CSV columns, in order; one row per measure. Never reorder or rename: append only. */
export const OPEN_DATA_CSV_COLUMNS = [
  'version',
  'status_version',
  'action_field_position',
  'action_field',
  'goal_position',
  'goal',
  'measure_code',
  'measure_number',
  'measure',
  'responsibility',
  'department',
  'cost_note',
  'priority',
  'implementation_status',
  'progress_percent',
  'proposal_count',
  'forum_count',
  'contributor_count',
  'support_count',
  'proposal_numbers',
  'measure_key',
] as const;
