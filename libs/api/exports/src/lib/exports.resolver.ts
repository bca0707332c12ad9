import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, User } from '@mitreden/api/identity';
import { ExportJobView } from './export-job.types';
import { ExportsService } from './exports.service';

@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @Authenticated()
  @Query(() => ExportJobView, { nullable: true, description: 'Progress of an export the caller requested (admins: any)' })
  exportJob(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<ExportJobView | null> {
    return this.exports.find(id, viewer);
  }
}
