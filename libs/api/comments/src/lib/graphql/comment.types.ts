import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { ParticipantView } from '@mitreden/api/identity';
import { CommentBody, normalizeCommentBody } from '../comment-rules';

export enum CommentVote {
  UP = 'up',
  DOWN = 'down',
  NONE = 'none',
}
registerEnumType(CommentVote, {
  name: 'CommentVote',
  description: 'One vote per person per comment; NONE takes it back',
});

@ObjectType('Comment', {
  description:
    'Plain text, rendered as text; a deleted comment stays as a tombstone so replies keep their place',
})
export class CommentView {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int, { description: '0 for a comment on the proposal, 1 for a reply, …' })
  depth!: number;
  @Field(() => ParticipantView, { nullable: true, description: 'Null once deleted' })
  author!: ParticipantView | null;
  @Field({ description: 'Empty once deleted' })
  body!: string;
  @Field() deleted!: boolean;
  @Field({
    description:
      'Hidden by moderation: the public sees an empty placeholder, the author and moderators the text, marked',
  })
  hidden!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field(() => Int) upvotes!: number;
  @Field(() => Int) downvotes!: number;
  @Field(() => CommentVote, { description: 'NONE for anonymous callers' })
  myVote!: CommentVote;
  @Field({ description: 'Author, within the edit window' })
  canEdit!: boolean;
  @Field() canDelete!: boolean;
  @Field({ description: 'Whether replies to this comment are possible (depth limit)' })
  canReply!: boolean;
  @Field(() => Date, { nullable: true, description: 'Until when the author may edit' })
  editableUntil!: Date | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID()
  proposalId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment this one answers; omitted for a comment on the proposal',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field({ description: 'Plain text, up to 5000 characters; line breaks allowed, HTML is kept as text' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeCommentBody(value) : value))
  @CommentBody()
  body!: string;
}
