import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import type { User } from '../entities/user.entity';
import { UserModel } from './user.model';

/** Whether `viewer` may read the e-mail address of the account `subjectId`. */
export function canSeeEmail(viewer: Pick<User, 'id' | 'role'> | null, subjectId: string): boolean {
  return viewer !== null && (viewer.id === subjectId || viewer.role === 'admin');
}

/** Field-level rules of the `User` type. */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  @ResolveField('email', () => String, {
    nullable: true,
    description: 'Only for the account itself and for admins; null for everyone else.',
  })
  email(@Parent() user: UserModel, @CurrentUser() viewer: User | null): string | null {
    return canSeeEmail(viewer, user.id) ? user.emailAddress : null;
  }
}
