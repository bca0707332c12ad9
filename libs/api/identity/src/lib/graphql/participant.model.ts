import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * How a person appears next to what they wrote: a name and nothing else, so listings can never
 * leak an e-mail address or a role.
 */
@ObjectType('Participant')
export class ParticipantView {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}
