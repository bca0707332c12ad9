import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, forbidden } from '@mitreden/api/core';
import type { RoleName } from '@mitreden/shared/contracts';
import { User } from '../entities/user.entity';
import { departmentForRole, escapeLikePattern, removesLastAdmin } from './role-rules';

export interface UserQuery {
  search?: string | null;
  role?: RoleName | null;
  offset: number;
  limit: number;
}

/** Finding accounts and changing their roles; callers have already checked the caller is an admin. */
@Injectable()
export class UserAdminService {
  constructor(private readonly dataSource: DataSource) {}

  async find({ search, role, offset, limit }: UserQuery): Promise<{ items: User[]; totalCount: number }> {
    const query = this.dataSource.manager.createQueryBuilder(User, 'account');
    if (search) {
      query.andWhere(
        `(account.display_name ILIKE :pattern ESCAPE '\\' OR account.email ILIKE :pattern ESCAPE '\\')`,
        {
          pattern: `%${escapeLikePattern(search)}%`,
        },
      );
    }
    if (role) query.andWhere('account.role = :role', { role });
    const [items, totalCount] = await query
      .orderBy('account.display_name', 'ASC')
      .addOrderBy('account.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  /**
   * Changes a role. The admin rows are locked first (in id order, so concurrent changes queue
   * instead of deadlocking), which makes the last-admin check hold when two admins are demoted at
   * the same moment. The acting admin is checked again under the lock: one who was demoted while
   * the request was under way can no longer change roles.
   */
  async setRole(
    actorId: string,
    userId: string,
    role: RoleName,
    department: string | null | undefined,
  ): Promise<User> {
    const newDepartment = departmentForRole(role, department);
    return this.dataSource.transaction(async (manager) => {
      const admins: { id: string }[] = await manager.query(
        `SELECT id FROM users WHERE role = 'admin' AND blocked_at IS NULL ORDER BY id FOR UPDATE`,
      );
      if (!admins.some((admin) => admin.id === actorId)) throw forbidden();
      const target = await manager.findOne(User, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!target) throw new DomainError('NOT_FOUND', 'No such user');
      const change = {
        currentRole: target.role,
        newRole: role,
        targetActive: target.blockedAt === null,
        otherActiveAdmins: admins.filter((admin) => admin.id !== target.id).length,
      };
      if (removesLastAdmin(change)) {
        throw new DomainError('LAST_ADMIN', 'The last admin cannot lose the admin role');
      }
      await manager.update(User, { id: target.id }, { role, department: newDepartment });
      return manager.findOneByOrFail(User, { id: target.id });
    });
  }
}
