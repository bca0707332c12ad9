import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the web app may show in this deployment.' })
export class AppInfo {
  @Field({
    description: 'True in development when mails go to the local mail sink and can be read at /dev/mails.',
  })
  devMailViewer!: boolean;
}

@ObjectType({ description: 'A mail captured by the development mail sink (development only).' })
export class DevMail {
  @Field(() => ID)
  id!: string;

  @Field(() => [String])
  to!: string[];

  @Field()
  from!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;
}
