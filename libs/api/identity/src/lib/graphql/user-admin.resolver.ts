import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/authorization';
import { CurrentUser } from '../auth/current-user.decorator';
import type { User } from '../entities/user.entity';
import { UserAdminService } from '../services/user-admin.service';
import { SetUserRoleInput, UsersArgs } from './inputs';
import { UserModel, UserPage } from './user.model';

/** The admin's user list and role changes. */
@Resolver()
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Roles('admin')
  @Query(() => UserPage, { description: 'Accounts by name or e-mail, optionally of one role. Admins only.' })
  async users(@Args() args: UsersArgs): Promise<UserPage> {
    const page = await this.admin.find(args);
    return { items: page.items.map((user) => UserModel.from(user)), totalCount: page.totalCount };
  }

  @Roles('admin')
  @Mutation(() => UserModel, {
    description: 'Admins only. The last active admin keeps the role (LAST_ADMIN).',
  })
  async setUserRole(@Args('input') input: SetUserRoleInput, @CurrentUser() actor: User): Promise<UserModel> {
    return UserModel.from(await this.admin.setRole(actor.id, input.userId, input.role, input.department));
  }
}
