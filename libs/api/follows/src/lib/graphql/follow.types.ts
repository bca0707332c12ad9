import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FollowTarget {
  PROPOSAL = 'proposal',
  FORUM = 'forum',
  ACTION_FIELD = 'action_field',
}
registerEnumType(FollowTarget, {
  name: 'FollowTarget',
  description: 'What a person can follow to hear about news',
});

@ObjectType('Follow')
export class FollowView {
  @Field(() => FollowTarget) target!: FollowTarget;
  @Field(() => ID) targetId!: string;
  @Field({ description: 'Title of the followed item in the requested language' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Slug of the process the followed item belongs to (for links)',
  })
  processSlug!: string | null;
  @Field() createdAt!: Date;
}
