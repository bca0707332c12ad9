import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, User } from '@mitreden/api/identity';
import { CommentsService } from '../comments.service';
import { AddCommentInput, CommentView, CommentVote } from './comment.types';

@Resolver(() => CommentView)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Public()
  @Query(() => [CommentView], {
    description: 'The whole thread of a proposal, depth-first, oldest first on each level',
  })
  comments(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @CurrentUser() viewer: User | null,
  ): Promise<CommentView[]> {
    return this.service.thread(proposalId, viewer);
  }

  @Authenticated()
  @Mutation(() => CommentView, {
    description: 'Only while the forums phase runs and the proposal is not withdrawn',
  })
  addComment(@Args('input') input: AddCommentInput, @CurrentUser() viewer: User): Promise<CommentView> {
    return this.service.add(input, viewer.id);
  }

  @Authenticated()
  @Mutation(() => CommentView, { description: 'Own comments, within the edit window' })
  editComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @CurrentUser() viewer: User,
  ): Promise<CommentView> {
    return this.service.edit(id, body, viewer.id);
  }

  @Authenticated()
  @Mutation(() => CommentView, { description: 'Own comments; leaves a tombstone' })
  deleteComment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<CommentView> {
    return this.service.delete(id, viewer.id);
  }

  @Authenticated()
  @Mutation(() => CommentView, { description: 'One vote per person; not on one’s own comment (FORBIDDEN)' })
  voteComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('vote', { type: () => CommentVote }) vote: CommentVote,
    @CurrentUser() viewer: User,
  ): Promise<CommentView> {
    return this.service.vote(id, vote, viewer.id);
  }
}
