import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles, User } from '@mitreden/api/identity';
import { PollAdminService } from '../admin/poll-admin.service';
import { PollInput, PollOptionImageInput } from './poll.inputs';
import { GeneratedVotingCodes, ManagedPollOption, ManagedPollView } from './poll.types';

/** The project group's side: build, publish, close early, voting codes. Never results before the count. */
@Resolver()
export class ManagePollsResolver {
  constructor(private readonly admin: PollAdminService) {}

  @Roles('project_group', 'admin')
  @Query(() => [ManagedPollView], { description: 'Every poll, newest first' })
  managedPolls(): Promise<ManagedPollView[]> {
    return this.admin.list();
  }

  @Roles('project_group', 'admin')
  @Query(() => ManagedPollView, { nullable: true })
  managedPoll(@Args('id', { type: () => ID }) id: string): Promise<ManagedPollView | null> {
    return this.admin.get(id);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ManagedPollView, {
    description: 'Creates or saves a draft as a whole. POLL_LOCKED once published; CONFLICT on a stale version',
  })
  savePoll(@Args('input') input: PollInput, @CurrentUser() viewer: User): Promise<ManagedPollView> {
    return this.admin.save(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ManagedPollOption, { description: 'Sets (or with base64 empty, removes) an option image; drafts only' })
  setPollOptionImage(@Args('input') input: PollOptionImageInput, @CurrentUser() viewer: User): Promise<ManagedPollOption> {
    return this.admin.setImage(input, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'Drafts only' })
  deletePoll(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<boolean> {
    return this.admin.delete(id, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ManagedPollView, { description: 'Draft → published; schedules the count at the closing time' })
  publishPoll(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<ManagedPollView> {
    return this.admin.publish(id, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ManagedPollView, { description: 'Ends an open poll now; the worker counts it' })
  closePollNow(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<ManagedPollView> {
    return this.admin.closeNow(id, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => GeneratedVotingCodes, {
    description: 'A batch of one-time voting codes (1..10000), shown once; the poll must accept codes and not be closed',
  })
  generateVotingCodes(
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('count', { type: () => Int }) count: number,
    @CurrentUser() viewer: User,
  ): Promise<GeneratedVotingCodes> {
    return this.admin.generateCodes(pollId, count, viewer);
  }
}
