import { DomainError, badInput } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { hasBidiControls, hasForbiddenNameCharacters } from '@mitreden/shared/contracts';
import type { FieldErrors } from '@mitreden/shared/contracts';

/** The same limits as a resident's proposal (libs/api/proposals intake rules). */
export const CURATED_TITLE_MAX = 200;
export const CURATED_BODY_MAX = 20_000;
export const CURATION_NOTE_MAX = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const CURATOR_ROLES: readonly string[] = ['moderator', 'project_group', 'admin'];

export function isCurator(viewer: Pick<User, 'role'> | null): boolean {
  return viewer !== null && CURATOR_ROLES.includes(viewer.role);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface CuratedWording {
  title: string;
  body: string;
}

/**
 * Trims and checks a moderator's wording like a resident's (title single-line, body without
 * direction overrides); `prefix` names the field in the error, e.g. `parts.1.title`.
 */
export function checkWording(raw: CuratedWording, prefix = ''): { wording: CuratedWording; fields: FieldErrors } {
  const title = raw.title.trim();
  const body = raw.body.trim();
  const fields: FieldErrors = {};
  const titleProblems: string[] = [];
  if (title.length < 1 || title.length > CURATED_TITLE_MAX) titleProblems.push('isLength');
  if (hasForbiddenNameCharacters(title)) titleProblems.push('noControlCharacters');
  if (titleProblems.length) fields[`${prefix}title`] = titleProblems;
  const bodyProblems: string[] = [];
  if (body.length > CURATED_BODY_MAX) bodyProblems.push('maxLength');
  if (hasBidiControls(body)) bodyProblems.push('forbiddenCharacters');
  if (bodyProblems.length) fields[`${prefix}body`] = bodyProblems;
  return { wording: { title, body }, fields };
}

/** The optional "why" for the audit log; empty means none. */
export function checkNote(raw: string | null | undefined, fields: FieldErrors): string | null {
  const note = (raw ?? '').trim();
  const problems: string[] = [];
  if (note.length > CURATION_NOTE_MAX) problems.push('maxLength');
  if (hasBidiControls(note)) problems.push('forbiddenCharacters');
  if (problems.length) fields['note'] = problems;
  return note.length ? note : null;
}

export function throwIfAny(fields: FieldErrors): void {
  if (Object.keys(fields).length > 0) throw badInput(fields);
}

/** State of a proposal a merge or split may take: published and not hidden. */
export interface CurableRow {
  id: string;
  number: number;
  process_id: string;
  action_field_id: string;
  kind: string;
  language: string;
  state: string;
  title: string;
  body: string;
  hidden_at: Date | null;
  support_count: number;
}

export const CURABLE_COLUMNS = `id, number, process_id, action_field_id, kind, language, state, title, body, hidden_at, support_count`;

/** Merged, split or withdrawn proposals are history: they cannot be curated again. */
export function requireCurable(row: CurableRow, field: string): void {
  if (row.state === 'withdrawn') throw new DomainError('PROPOSAL_WITHDRAWN', `#${row.number} was withdrawn`);
  if (row.state !== 'published')
    throw new DomainError('PROPOSAL_READ_ONLY', `#${row.number} was already ${row.state}`);
  // Hidden content is a moderation case first; merging it would show it again under a new name.
  if (row.hidden_at !== null) throw badInput({ [field]: ['hidden'] });
}

export function constraintOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const constraint = (driverError as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/** The "merged once" index: a concurrent merge got there first (the row locks make this rare). */
export function mapLineageConflict(error: unknown): never {
  if (constraintOf(error) === 'proposal_lineage_merged_once' || constraintOf(error) === 'proposal_lineage_pkey')
    throw new DomainError('CONFLICT', 'This proposal was merged by someone else at the same time');
  throw error;
}
