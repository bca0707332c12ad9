import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@mitreden/api/audit';
import { DomainError } from '@mitreden/api/core';
import { ExportFormat, ExportsService } from '@mitreden/api/exports';
import type { ExportJobView } from '@mitreden/api/exports';
import type { User } from '@mitreden/api/identity';
import type { CatalogueExportInput, ProposalsExportInput } from '../graphql/catalogue.inputs';

/** Export kinds the worker builds (libs/worker/exports generators). */
export const CATALOGUE_EXPORT_KIND = 'catalogue';
export const PROPOSALS_EXPORT_KIND = 'proposals';
/** Checked again at every download: whoever leaves the project group loses the file. */
export const CATALOGUE_EXPORT_ROLES = ['project_group', 'admin'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Requests catalogue and proposals exports as jobs; only the project group (and admins) may download them. */
@Injectable()
export class CatalogueExports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: ExportsService,
    private readonly audit: AuditService,
  ) {}

  async requestCatalogue(input: CatalogueExportInput, viewer: User): Promise<ExportJobView> {
    const versionId = input.versionId;
    const [version]: { id: string; number: number; process_id: string }[] = UUID.test(versionId)
      ? await this.dataSource.query(`SELECT id, number, process_id FROM catalogue_versions WHERE id = $1`, [versionId])
      : [];
    if (!version) throw new DomainError('NOT_FOUND', 'No such catalogue version');
    const format = ExportFormat[input.format];
    const language = input.language ?? 'de';
    const job = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.exports.insert(
        { kind: CATALOGUE_EXPORT_KIND, format, params: { versionId, language }, requestedBy: viewer, allowedRoles: CATALOGUE_EXPORT_ROLES },
        manager,
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'catalogue.export',
        targetType: 'catalogue_version',
        targetId: versionId,
        targetLabel: `Version ${version.number}`,
        processId: version.process_id,
        after: { exportJobId: inserted.id, format: format.toLowerCase(), language },
      });
      return inserted;
    });
    await this.exports.enqueue(job.id);
    return job;
  }

  async requestProposals(input: ProposalsExportInput, viewer: User): Promise<ExportJobView> {
    const processId = input.processId;
    const [process]: { id: string; slug: string }[] = UUID.test(processId)
      ? await this.dataSource.query(`SELECT id, slug FROM processes WHERE id = $1`, [processId])
      : [];
    if (!process) throw new DomainError('NOT_FOUND', 'No such process');
    const format = ExportFormat[input.format];
    const job = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.exports.insert(
        { kind: PROPOSALS_EXPORT_KIND, format, params: { processId }, requestedBy: viewer, allowedRoles: CATALOGUE_EXPORT_ROLES },
        manager,
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'proposals.export',
        targetType: 'process',
        targetId: processId,
        targetLabel: process.slug,
        processId,
        after: { exportJobId: inserted.id, format: format.toLowerCase() },
      });
      return inserted;
    });
    await this.exports.enqueue(job.id);
    return job;
  }
}
