import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { ProcessesService } from '../processes.service';
import { ActionFieldInput, ForumInput, PhaseInput, ProcessInput } from './process.inputs';
import { ActionFieldView, ForumView, PhaseView, ProcessView } from './process.types';

@Resolver(() => ProcessView)
export class ProcessesResolver {
  constructor(private readonly service: ProcessesService) {}

  /** Public: the process currently running, shown on the home page. */
  @Public()
  @Query(() => ProcessView, { nullable: true })
  currentProcess(
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProcessView | null> {
    return this.service.currentProcess(locale, viewer);
  }

  @Public()
  @Query(() => ProcessView, { nullable: true, description: 'A process by its URL name' })
  process(
    @Args('slug') slug: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProcessView | null> {
    return this.service.processBySlug(slug, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Query(() => [ProcessView], { description: 'Every process, newest first (project group)' })
  processes(@RequestLocale() locale: Locale, @CurrentUser() viewer: User | null): Promise<ProcessView[]> {
    return this.service.allProcesses(locale, viewer);
  }

  @Public()
  @Query(() => ForumView, { nullable: true })
  forum(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ForumView | null> {
    return this.service.forumById(id, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView)
  createProcess(
    @Args('input') input: ProcessInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProcessView> {
    return this.service.createProcess(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView)
  updateProcess(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProcessInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProcessView> {
    return this.service.updateProcess(id, input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView, { description: 'Makes this the process the home page shows' })
  setCurrentProcess(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProcessView> {
    return this.service.setCurrentProcess(id, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => PhaseView)
  createPhase(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: PhaseInput,
    @RequestLocale() locale: Locale,
  ): Promise<PhaseView> {
    return this.service.createPhase(processId, input, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => PhaseView)
  updatePhase(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PhaseInput,
    @RequestLocale() locale: Locale,
  ): Promise<PhaseView> {
    return this.service.updatePhase(id, input, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean)
  deletePhase(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deletePhase(id);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ActionFieldView)
  createActionField(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: ActionFieldInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ActionFieldView> {
    return this.service.createActionField(processId, input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ActionFieldView)
  updateActionField(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ActionFieldInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ActionFieldView> {
    return this.service.updateActionField(id, input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ForumView)
  createForum(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: ForumInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ForumView> {
    return this.service.createForum(processId, input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ForumView)
  updateForum(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ForumInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ForumView> {
    return this.service.updateForum(id, input, locale, viewer);
  }
}
