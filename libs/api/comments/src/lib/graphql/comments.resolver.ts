import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, User } from '@mitreden/api/identity';
import { AddCommentInput, CommentView, CommentVote } from './comment.types';

const notImplemented = (): never => {
  throw new Error('not implemented yet');
};

@Resolver(() => CommentView)
export class CommentsResolver {
  @Public()
  @Query(() => [CommentView], { description: 'The whole thread of a proposal, depth-first, oldest first on each level' })
  comments(@Args('proposalId', { type: () => ID }) proposalId: string, @CurrentUser() viewer: User | null): Promise<CommentView[]> {
    void [proposalId, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => CommentView)
  addComment(@Args('input') input: AddCommentInput, @CurrentUser() viewer: User): Promise<CommentView> {
    void [input, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => CommentView, { description: 'Own comments, within the edit window' })
  editComment(@Args('id', { type: () => ID }) id: string, @Args('body') body: string, @CurrentUser() viewer: User): Promise<CommentView> {
    void [id, body, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => CommentView, { description: 'Own comments; leaves a tombstone' })
  deleteComment(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<CommentView> {
    void [id, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => CommentView)
  voteComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('vote', { type: () => CommentVote }) vote: CommentVote,
    @CurrentUser() viewer: User,
  ): Promise<CommentView> {
    void [id, vote, viewer];
    return notImplemented();
  }
}
