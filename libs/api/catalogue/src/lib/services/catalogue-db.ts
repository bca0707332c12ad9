import { QueryFailedError } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import type { CatalogueVersionView } from '../graphql/catalogue.types';
import { loadCatalogueVersions } from './catalogue-tree';
import type { CatalogueQueryable } from './catalogue-tree';

export const adoptedVersionError = () =>
  new DomainError('CATALOGUE_ADOPTED', 'An adopted catalogue version cannot be changed; start a new draft');
export const draftExistsError = () =>
  new DomainError('CONFLICT', 'This process already has a catalogue draft (or another one was started meanwhile)');

/** PostgreSQL's error code and constraint behind a failed query, if it was one. */
export function pgError(error: unknown): { code?: string; constraint?: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return null;
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}

/**
 * The database refuses what the services should already have refused; these answers keep a race
 * (adoption committed between a check and a write, two drafts at once) from becoming a 500.
 */
export function rethrowCatalogueDbError(error: unknown): never {
  const pg = pgError(error);
  if (pg?.constraint === 'catalogue_version_adopted') throw adoptedVersionError();
  if (pg?.code === '23505' && (pg.constraint === 'catalogue_versions_one_draft' || pg.constraint === 'catalogue_versions_number'))
    throw draftExistsError();
  throw error;
}

/** YYYY-MM-DD naming a day that exists: the input pattern lets 2026-02-30 through, which PostgreSQL would answer with a 500. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** One version's view (counts included), read with the caller's manager so it sees the caller's transaction. */
export async function loadCatalogueVersion(queryable: CatalogueQueryable, versionId: string): Promise<CatalogueVersionView> {
  const [version] = await loadCatalogueVersions(queryable, 'v.id = $1', [versionId]);
  if (!version) throw new DomainError('NOT_FOUND', 'No such catalogue version');
  return version;
}
