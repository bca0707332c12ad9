import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import { PasswordHasher } from '../crypto/password-hasher';
import { User } from '../entities/user.entity';

/**
 * Checks a login. Unknown address and wrong password are indistinguishable, in answer and in time;
 * only someone who knows the password learns that the account is unconfirmed or blocked.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
  ) {}

  async verify(email: string, password: string): Promise<User> {
    const user = await this.users.findOneBy({ email });
    const passwordMatches = user
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verifyAgainstNothing(password);
    if (!user || !passwordMatches)
      throw new DomainError('INVALID_CREDENTIALS', 'E-mail or password is wrong');
    if (user.blockedAt) throw new DomainError('ACCOUNT_BLOCKED', 'This account is blocked');
    if (!user.emailConfirmedAt)
      throw new DomainError('EMAIL_NOT_CONFIRMED', 'Please confirm your e-mail address first');
    if (this.hasher.isOutdated(user.passwordHash)) {
      user.passwordHash = await this.hasher.hash(password);
      await this.users.update({ id: user.id }, { passwordHash: user.passwordHash });
    }
    return user;
  }
}
