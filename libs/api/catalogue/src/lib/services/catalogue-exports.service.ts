import { Injectable } from '@nestjs/common';
import { ExportsService } from '@mitreden/api/exports';
import type { ExportJobView } from '@mitreden/api/exports';
import type { User } from '@mitreden/api/identity';
import type { CatalogueExportInput, ProposalsExportInput } from '../graphql/catalogue.inputs';

/** Export kinds the worker builds (libs/worker/exports generators). */
export const CATALOGUE_EXPORT_KIND = 'catalogue';
export const PROPOSALS_EXPORT_KIND = 'proposals';

/** Requests catalogue and proposals exports as jobs; only the project group (and admins) may download them. */
@Injectable()
export class CatalogueExports {
  constructor(private readonly exports: ExportsService) {}

  async requestCatalogue(input: CatalogueExportInput, viewer: User): Promise<ExportJobView> {
    throw new Error('not implemented');
  }

  async requestProposals(input: ProposalsExportInput, viewer: User): Promise<ExportJobView> {
    throw new Error('not implemented');
  }
}
