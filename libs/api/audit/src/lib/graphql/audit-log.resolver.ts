import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { createValidationPipe } from '@mitreden/api/core';
import { Roles } from '@mitreden/api/identity';
import { AuditLogReader } from '../audit-log.reader';
import { AuditEntryView, AuditLogFilter, AuditLogPageView } from './audit-log.types';

@Resolver(() => AuditEntryView)
export class AuditLogResolver {
  /** A nullable argument carries no class in its metadata, so the global pipe would skip it. */
  private readonly filterPipe = createValidationPipe();

  constructor(private readonly reader: AuditLogReader) {}

  @Roles('project_group', 'admin')
  @Query(() => AuditLogPageView, {
    description: 'Newest first; the same filter downloads as CSV from /api/audit-log.csv',
  })
  async auditLog(
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditLogPageView> {
    const checked: AuditLogFilter = filter
      ? await this.filterPipe.transform({ ...filter }, { type: 'body', metatype: AuditLogFilter })
      : {};
    return this.reader.page(checked, first, after);
  }

  @Roles('project_group', 'admin')
  @Query(() => [String], { description: 'Every action name that occurs in the log, for the filter' })
  auditActions(): Promise<string[]> {
    return this.reader.actions();
  }
}
