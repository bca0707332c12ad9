import { Module } from '@nestjs/common';
import { ExportsModule } from '@mitreden/api/exports';
import { MailModule } from '@mitreden/api/mail';
import { CatalogueResolver } from './graphql/catalogue.resolver';
import { ManageCatalogueResolver } from './graphql/manage-catalogue.resolver';
import { CatalogueAdoption } from './services/catalogue-adoption.service';
import { CatalogueEditor } from './services/catalogue-editor.service';
import { CatalogueExports } from './services/catalogue-exports.service';
import { CatalogueImport } from './services/catalogue-import.service';
import { CatalogueReader } from './services/catalogue-reader.service';
import { ProposalOutcome } from './services/proposal-outcome.service';

/** The catalogue of goals and measures (API side). The worker builds its exports. */
@Module({
  imports: [ExportsModule, MailModule],
  providers: [ProposalOutcome, CatalogueReader, CatalogueEditor, CatalogueAdoption, CatalogueImport, CatalogueExports, CatalogueResolver, ManageCatalogueResolver],
  exports: [CatalogueImport, CatalogueAdoption],
})
export class CatalogueModule {}
