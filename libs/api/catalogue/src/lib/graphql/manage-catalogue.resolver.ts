import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { ExportJobView } from '@mitreden/api/exports';
import { CurrentUser, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { CatalogueAdoption } from '../services/catalogue-adoption.service';
import { CatalogueEditor } from '../services/catalogue-editor.service';
import { CatalogueExports } from '../services/catalogue-exports.service';
import { CatalogueImport } from '../services/catalogue-import.service';
import { CatalogueReader } from '../services/catalogue-reader.service';
import {
  AdoptCatalogueInput,
  CatalogueExportInput,
  CatalogueGoalInput,
  CatalogueMeasureInput,
  ImportCatalogueInput,
  MeasureStatusInput,
  ProposalPickQueryInput,
  ProposalsExportInput,
  ReorderCatalogueFieldInput,
  StartCatalogueDraftInput,
} from './catalogue.inputs';
import {
  CatalogueActionFieldView,
  CatalogueAdoptionView,
  CatalogueGoalView,
  CatalogueImportResultView,
  CatalogueMeasureView,
  CatalogueVersionView,
  CatalogueView,
  ProposalPickView,
} from './catalogue.types';

/** The project group's side: versions, editing drafts, adoption, import and exports. */
@Resolver()
export class ManageCatalogueResolver {
  constructor(
    private readonly reader: CatalogueReader,
    private readonly editor: CatalogueEditor,
    private readonly adoption: CatalogueAdoption,
    private readonly importer: CatalogueImport,
    private readonly exports: CatalogueExports,
  ) {}

  @Roles('project_group', 'admin')
  @Query(() => [CatalogueVersionView], { description: 'Every version of the process catalogue, newest first' })
  catalogueVersions(@Args('processId', { type: () => ID }) processId: string): Promise<CatalogueVersionView[]> {
    return this.reader.versions(processId);
  }

  @Roles('project_group', 'admin')
  @Query(() => CatalogueView, { nullable: true, description: 'Any version, drafts included' })
  managedCatalogue(@Args('versionId', { type: () => ID }) versionId: string, @RequestLocale() locale: Locale): Promise<CatalogueView | null> {
    return this.reader.managedCatalogue(versionId, locale);
  }

  @Roles('project_group', 'admin')
  @Query(() => [ProposalPickView], { description: 'Proposals to take goals or measures from, most supported first; merged originals excluded' })
  catalogueProposalPicks(@Args('input') input: ProposalPickQueryInput): Promise<ProposalPickView[]> {
    return this.reader.proposalPicks(input);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueVersionView, {
    description: 'Starts the draft: empty for the first version, else a copy of fromVersionId (default the latest adopted). CONFLICT if a draft exists',
  })
  startCatalogueDraft(@Args('input') input: StartCatalogueDraftInput, @CurrentUser() viewer: User): Promise<CatalogueVersionView> {
    return this.editor.startDraft(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'Drafts only' })
  deleteCatalogueDraft(@Args('versionId', { type: () => ID }) versionId: string, @CurrentUser() viewer: User): Promise<boolean> {
    return this.editor.deleteDraft(versionId, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueGoalView, { description: 'CATALOGUE_ADOPTED on an adopted version' })
  saveCatalogueGoal(@Args('input') input: CatalogueGoalInput, @CurrentUser() viewer: User, @RequestLocale() locale: Locale): Promise<CatalogueGoalView> {
    return this.editor.saveGoal(input, viewer, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'With its measures; the field is renumbered' })
  deleteCatalogueGoal(@Args('goalId', { type: () => ID }) goalId: string, @CurrentUser() viewer: User): Promise<boolean> {
    return this.editor.deleteGoal(goalId, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueMeasureView, { description: 'CATALOGUE_ADOPTED on an adopted version; the field is renumbered' })
  saveCatalogueMeasure(
    @Args('input') input: CatalogueMeasureInput,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<CatalogueMeasureView> {
    return this.editor.saveMeasure(input, viewer, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'The field is renumbered' })
  deleteCatalogueMeasure(@Args('measureId', { type: () => ID }) measureId: string, @CurrentUser() viewer: User): Promise<boolean> {
    return this.editor.deleteMeasure(measureId, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueActionFieldView, { description: 'Reorders goals and measures of one field and renumbers its measures' })
  reorderCatalogueField(
    @Args('input') input: ReorderCatalogueFieldInput,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<CatalogueActionFieldView> {
    return this.editor.reorderField(input, viewer, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueMeasureView, { description: 'Implementation status and progress; allowed on adopted versions, kept in the history' })
  updateMeasureStatus(@Args('input') input: MeasureStatusInput, @CurrentUser() viewer: User, @RequestLocale() locale: Locale): Promise<CatalogueMeasureView> {
    return this.editor.updateStatus(input, viewer, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueAdoptionView, { description: 'Draft → adopted (immutable); mails every author whose proposal reached a measure' })
  adoptCatalogueVersion(@Args('input') input: AdoptCatalogueInput, @CurrentUser() viewer: User): Promise<CatalogueAdoptionView> {
    return this.adoption.adopt(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => CatalogueImportResultView, { description: 'Imports the annex shape as a new draft; CONFLICT if a draft exists' })
  importCatalogue(@Args('input') input: ImportCatalogueInput, @CurrentUser() viewer: User): Promise<CatalogueImportResultView> {
    return this.importer.importFile(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ExportJobView, { description: 'XLSX, CSV, JSON (open data), DOCX (council annex) or PDF of a version, built by the worker' })
  requestCatalogueExport(@Args('input') input: CatalogueExportInput, @CurrentUser() viewer: User): Promise<ExportJobView> {
    return this.exports.requestCatalogue(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ExportJobView, { description: 'Every proposal of the process with the columns the project group works with' })
  requestProposalsExport(@Args('input') input: ProposalsExportInput, @CurrentUser() viewer: User): Promise<ExportJobView> {
    return this.exports.requestProposals(input, viewer);
  }
}
