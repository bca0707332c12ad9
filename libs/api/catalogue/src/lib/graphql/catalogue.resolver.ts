import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { CatalogueReader } from '../services/catalogue-reader.service';
import { ProposalOutcome } from '../services/proposal-outcome.service';
import { CatalogueMeasureReferenceView, CatalogueVersionDiffView, CatalogueView } from './catalogue.types';

/** The public catalogue: adopted versions with provenance, and comparisons between them. */
@Resolver()
export class CatalogueResolver {
  constructor(
    private readonly reader: CatalogueReader,
    private readonly outcome: ProposalOutcome,
  ) {}

  @Public()
  @Query(() => [CatalogueMeasureReferenceView], {
    description: 'Measures of the latest adopted catalogue a proposal fed (directly or through merges and splits); empty for hidden ones',
  })
  proposalInCatalogue(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @RequestLocale() locale: Locale,
  ): Promise<CatalogueMeasureReferenceView[]> {
    return this.outcome.measuresFed(proposalId, locale);
  }

  @Public()
  @Query(() => CatalogueView, {
    nullable: true,
    description: 'The latest adopted version (or versionNumber, adopted only) of the process (default: the current one); null if none',
  })
  catalogue(
    @Args('processSlug', { type: () => String, nullable: true }) processSlug: string | null,
    @Args('versionNumber', { type: () => Int, nullable: true }) versionNumber: number | null,
    @RequestLocale() locale: Locale,
  ): Promise<CatalogueView | null> {
    return this.reader.publicCatalogue(processSlug ?? null, versionNumber ?? null, locale);
  }

  @Public()
  @Query(() => CatalogueVersionDiffView, {
    description: 'What changed between two versions of one process; drafts only for the project group (NOT_FOUND otherwise)',
  })
  catalogueDiff(
    @Args('fromVersionId', { type: () => ID }) fromVersionId: string,
    @Args('toVersionId', { type: () => ID }) toVersionId: string,
    @CurrentUser() viewer: User | null,
  ): Promise<CatalogueVersionDiffView> {
    return this.reader.diff(fromVersionId, toVersionId, viewer);
  }
}
