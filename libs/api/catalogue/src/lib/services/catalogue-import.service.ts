import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AnnexActionField } from '@mitreden/shared/catalogue';
import type { User } from '@mitreden/api/identity';
import type { CatalogueImportResultView } from '../graphql/catalogue.types';
import type { ImportCatalogueInput } from '../graphql/catalogue.inputs';

/** Imports a catalogue in the annex shape (JSON, or XLSX with one sheet per action field) as a new draft. */
@Injectable()
export class CatalogueImport {
  constructor(private readonly dataSource: DataSource) {}

  async importFile(input: ImportCatalogueInput, viewer: User): Promise<CatalogueImportResultView> {
    throw new Error('not implemented');
  }

  /** Writes the annex as a new draft of the process in the caller's transaction (also used by the demo seed). */
  async importAnnex(manager: EntityManager, processId: string, annex: AnnexActionField[], viewer: User | null): Promise<CatalogueImportResultView> {
    throw new Error('not implemented');
  }
}
