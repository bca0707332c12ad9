import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { Authenticated, CurrentUser, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { ModerationQueueFilter, ReportInput } from './moderation.inputs';
import { ModerationQueueView, ReportTargetType } from './moderation.types';
import { AutoHide } from '../auto-hide.service';
import { ModerationQueueReader } from '../queue.reader';
import { ReportsService } from '../reports.service';

/** Reports, the moderation queue and auto-hide; hiding, blocking and netiquette live in HidingResolver. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly queue: ModerationQueueReader,
    private readonly autoHide: AutoHide,
  ) {}

  @Authenticated()
  @Mutation(() => Boolean, {
    description:
      'Report a proposal, comment or account. Idempotent per person and item while the report is open',
  })
  report(@Args('input') input: ReportInput, @CurrentUser() viewer: User): Promise<boolean> {
    return this.reports.report(input, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => ModerationQueueView)
  moderationQueue(
    @Args('filter', { type: () => ModerationQueueFilter, nullable: true })
    filter: ModerationQueueFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ModerationQueueView> {
    return this.queue.queue(filter, first, offset, locale, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => Int, { description: 'Closes the open reports of an item without action; returns how many' })
  dismissReports(
    @Args('targetType', { type: () => ReportTargetType }) targetType: ReportTargetType,
    @Args('targetId', { type: () => ID }) targetId: string,
    @CurrentUser() viewer: User,
  ): Promise<number> {
    return this.reports.dismiss(targetType, targetId, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => Int, {
    nullable: true,
    description: 'Open reports from distinct people that hide an item at once; null = off',
  })
  autoHideThreshold(@Args('processId', { type: () => ID }) processId: string): Promise<number | null> {
    return this.autoHide.threshold(processId);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Int, {
    nullable: true,
    description: 'Null turns auto-hide off (the default); otherwise 2…100',
  })
  setAutoHideThreshold(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('threshold', { type: () => Int, nullable: true }) threshold: number | null,
    @CurrentUser() viewer: User,
  ): Promise<number | null> {
    return this.autoHide.setThreshold(processId, threshold, viewer);
  }
}
