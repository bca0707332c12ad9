import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { Authenticated, CurrentUser, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { BlockingService } from './blocking.service';
import {
  DecideReviewInput,
  BlockUserInput,
  HideContentInput,
  NetiquetteTemplateInput,
} from './graphql/moderation.inputs';
import {
  HideTargetType,
  HidingView,
  ModeratedUserView,
  NetiquetteTemplateView,
} from './graphql/moderation.types';
import { HidingService } from './hiding.service';
import { NetiquetteService } from './netiquette.service';

/** Hiding with reasons and the author's review request, blocking, netiquette templates. */
@Resolver()
export class HidingResolver {
  constructor(
    private readonly hidings: HidingService,
    private readonly blocking: BlockingService,
    private readonly netiquette: NetiquetteService,
  ) {}

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => HidingView, {
    description: 'Hides for the public, resolves open reports, mails the author why',
  })
  hideContent(@Args('input') input: HideContentInput, @CurrentUser() viewer: User): Promise<HidingView> {
    return this.hidings.hide(input, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => Boolean, { description: 'Lifts the active hiding' })
  unhideContent(
    @Args('targetType', { type: () => HideTargetType }) targetType: HideTargetType,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    return this.hidings.unhide(targetType, targetId, note ?? null, viewer);
  }

  @Authenticated()
  @Query(() => HidingView, {
    nullable: true,
    description: 'The active hiding of an item: its author and moderators only',
  })
  hiding(
    @Args('targetType', { type: () => HideTargetType }) targetType: HideTargetType,
    @Args('targetId', { type: () => ID }) targetId: string,
    // The reason is stored as the author was told it; the requested language changes nothing.
    @RequestLocale() _locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<HidingView | null> {
    return this.hidings.active(targetType, targetId, viewer);
  }

  @Authenticated()
  @Mutation(() => HidingView, {
    description: 'The author asks once for a review; it lands in the moderation queue',
  })
  requestHidingReview(
    @Args('hidingId', { type: () => ID }) hidingId: string,
    @Args('text') text: string,
    @CurrentUser() viewer: User,
  ): Promise<HidingView> {
    return this.hidings.requestReview(hidingId, text, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => HidingView, { description: 'Upholds or lifts a hiding after review; mails the author' })
  decideHidingReview(
    @Args('input') input: DecideReviewInput,
    @CurrentUser() viewer: User,
  ): Promise<HidingView> {
    return this.hidings.decideReview(input, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ModeratedUserView, {
    description: 'Login and sessions stop at once; moderators cannot block project group or admins',
  })
  blockUser(@Args('input') input: BlockUserInput, @CurrentUser() viewer: User): Promise<ModeratedUserView> {
    return this.blocking.block(input, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ModeratedUserView)
  unblockUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() viewer: User,
  ): Promise<ModeratedUserView> {
    return this.blocking.unblock(userId, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => [NetiquetteTemplateView], { description: 'Ordered by position' })
  netiquetteTemplates(
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @RequestLocale() locale: Locale,
  ): Promise<NetiquetteTemplateView[]> {
    return this.netiquette.list(includeInactive, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => NetiquetteTemplateView)
  createNetiquetteTemplate(
    @Args('input') input: NetiquetteTemplateInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<NetiquetteTemplateView> {
    return this.netiquette.create(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => NetiquetteTemplateView)
  updateNetiquetteTemplate(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NetiquetteTemplateInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<NetiquetteTemplateView> {
    return this.netiquette.update(id, input, locale, viewer);
  }
}
