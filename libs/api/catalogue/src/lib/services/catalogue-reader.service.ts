import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '@mitreden/shared/contracts';
import type { User } from '@mitreden/api/identity';
import type { CatalogueVersionDiffView, CatalogueVersionView, CatalogueView, ProposalPickView } from '../graphql/catalogue.types';
import type { ProposalPickQueryInput } from '../graphql/catalogue.inputs';

/**
 * Reads catalogues: the whole tree of a version with provenance in a fixed number of statements
 * (no per-measure queries), version lists, comparisons and the editor's proposal picker.
 */
@Injectable()
export class CatalogueReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest adopted version (or the given adopted number) of the process (default: current); null if none. */
  async publicCatalogue(processSlug: string | null, versionNumber: number | null, locale: Locale): Promise<CatalogueView | null> {
    throw new Error('not implemented');
  }

  /** Any version, drafts included, with status history actors; for the project group. */
  async managedCatalogue(versionId: string, locale: Locale): Promise<CatalogueView | null> {
    throw new Error('not implemented');
  }

  async versions(processId: string): Promise<CatalogueVersionView[]> {
    throw new Error('not implemented');
  }

  /** Public when both versions are adopted; drafts only for the project group (else NOT_FOUND). */
  async diff(fromVersionId: string, toVersionId: string, viewer: User | null): Promise<CatalogueVersionDiffView> {
    throw new Error('not implemented');
  }

  async proposalPicks(input: ProposalPickQueryInput): Promise<ProposalPickView[]> {
    throw new Error('not implemented');
  }
}
