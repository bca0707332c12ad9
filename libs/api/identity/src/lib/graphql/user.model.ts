import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { User } from '../entities/user.entity';
import { Role } from './role';

/**
 * The public face of an account. Kept apart from the entity so the password hash and the raw
 * e-mail address can never become fields by accident; `email` is added by a field resolver that
 * checks who is asking.
 */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field()
  locale!: string;

  @Field(() => String, { nullable: true, description: 'Self-declared home municipality; polls may be restricted to one' })
  municipality!: string | null;

  @Field()
  emailConfirmed!: boolean;

  @Field()
  createdAt!: Date;

  /** Not a field: read only by the `email` field resolver after its visibility check. */
  emailAddress!: string;

  static from(user: User): UserModel {
    return Object.assign(new UserModel(), {
      id: user.id,
      displayName: user.displayName,
      role: user.role as Role,
      department: user.department,
      locale: user.locale,
      municipality: user.municipality ?? null,
      emailConfirmed: user.emailConfirmedAt !== null,
      createdAt: user.createdAt,
      emailAddress: user.email,
    });
  }
}

@ObjectType()
export class UserPage {
  @Field(() => [UserModel])
  items!: UserModel[];

  @Field(() => Int)
  totalCount!: number;
}
