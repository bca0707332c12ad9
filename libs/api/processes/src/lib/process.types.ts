import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ActionField', { description: 'A Handlungsfeld; texts in the requested language' })
export class ActionFieldView {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'Cross-cutting themes such as anti-discrimination apply to every field' })
  crossCutting!: boolean;
}

@ObjectType('Process', { description: 'A participation process; texts in the requested language' })
export class ProcessView {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => [ActionFieldView]) actionFields!: ActionFieldView[];
}
