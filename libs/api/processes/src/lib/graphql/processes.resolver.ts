import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { ProcessesService } from '../processes.service';
import { ActionFieldInput, ForumInput, PhaseInput, ProcessInput } from './process.inputs';
import { ActionFieldView, ForumView, PhaseView, ProcessView } from './process.types';

const notImplemented = (): never => {
  throw new Error('not implemented yet');
};

@Resolver(() => ProcessView)
export class ProcessesResolver {
  constructor(private readonly service: ProcessesService) {}

  /** Public: the process currently running, shown on the home page. */
  @Public()
  @Query(() => ProcessView, { nullable: true })
  currentProcess(@RequestLocale() locale: Locale, @CurrentUser() viewer: User | null): Promise<ProcessView | null> {
    void viewer;
    return this.service.currentProcess(locale);
  }

  @Public()
  @Query(() => ProcessView, { nullable: true, description: 'A process by its URL name' })
  process(@Args('slug') slug: string, @RequestLocale() locale: Locale, @CurrentUser() viewer: User | null): Promise<ProcessView | null> {
    void slug;
    void locale;
    void viewer;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Query(() => [ProcessView], { description: 'Every process, newest first (project group)' })
  processes(@RequestLocale() locale: Locale): Promise<ProcessView[]> {
    void locale;
    return notImplemented();
  }

  @Public()
  @Query(() => ForumView, { nullable: true })
  forum(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale, @CurrentUser() viewer: User | null): Promise<ForumView | null> {
    void id;
    void locale;
    void viewer;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView)
  createProcess(@Args('input') input: ProcessInput, @RequestLocale() locale: Locale): Promise<ProcessView> {
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView)
  updateProcess(@Args('id', { type: () => ID }) id: string, @Args('input') input: ProcessInput, @RequestLocale() locale: Locale): Promise<ProcessView> {
    void id;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ProcessView, { description: 'Makes this the process the home page shows' })
  setCurrentProcess(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale): Promise<ProcessView> {
    void id;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => PhaseView)
  createPhase(@Args('processId', { type: () => ID }) processId: string, @Args('input') input: PhaseInput, @RequestLocale() locale: Locale): Promise<PhaseView> {
    void processId;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => PhaseView)
  updatePhase(@Args('id', { type: () => ID }) id: string, @Args('input') input: PhaseInput, @RequestLocale() locale: Locale): Promise<PhaseView> {
    void id;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean)
  deletePhase(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    void id;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ActionFieldView)
  createActionField(@Args('processId', { type: () => ID }) processId: string, @Args('input') input: ActionFieldInput, @RequestLocale() locale: Locale): Promise<ActionFieldView> {
    void processId;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ActionFieldView)
  updateActionField(@Args('id', { type: () => ID }) id: string, @Args('input') input: ActionFieldInput, @RequestLocale() locale: Locale): Promise<ActionFieldView> {
    void id;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ForumView)
  createForum(@Args('processId', { type: () => ID }) processId: string, @Args('input') input: ForumInput, @RequestLocale() locale: Locale): Promise<ForumView> {
    void processId;
    void input;
    void locale;
    return notImplemented();
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ForumView)
  updateForum(@Args('id', { type: () => ID }) id: string, @Args('input') input: ForumInput, @RequestLocale() locale: Locale): Promise<ForumView> {
    void id;
    void input;
    void locale;
    return notImplemented();
  }
}
