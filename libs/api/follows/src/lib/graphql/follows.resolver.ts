import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { Authenticated, CurrentUser, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { FollowTarget, FollowView } from './follow.types';

const notImplemented = (): never => {
  throw new Error('not implemented yet');
};

@Resolver(() => FollowView)
export class FollowsResolver {
  @Authenticated()
  @Query(() => [FollowView], { description: 'What the caller follows, newest first' })
  myFollows(@RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<FollowView[]> {
    void [locale, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Idempotent; returns true (now following)' })
  follow(
    @Args('target', { type: () => FollowTarget }) target: FollowTarget,
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    void [target, id, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Idempotent; returns false (no longer following)' })
  unfollow(
    @Args('target', { type: () => FollowTarget }) target: FollowTarget,
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    void [target, id, viewer];
    return notImplemented();
  }
}
