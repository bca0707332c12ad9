import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { Authenticated, CurrentUser, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { FollowsService } from '../follows.service';
import { FollowTarget, FollowView } from './follow.types';

@Resolver(() => FollowView)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Authenticated()
  @Query(() => [FollowView], { description: 'What the caller follows, newest first' })
  myFollows(@RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<FollowView[]> {
    return this.follows.mine(viewer.id, locale);
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: 'Idempotent; returns true (now following); NOT_FOUND for an unknown target',
  })
  follow(
    @Args('target', { type: () => FollowTarget }) target: FollowTarget,
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    return this.follows.follow(viewer.id, target, id);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Idempotent; returns false (no longer following)' })
  unfollow(
    @Args('target', { type: () => FollowTarget }) target: FollowTarget,
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    return this.follows.unfollow(viewer.id, target, id);
  }
}
