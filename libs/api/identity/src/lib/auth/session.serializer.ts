import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from '../entities/user.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Only the user id lives in the session. Every request reloads the account, so a role change or a
 * block takes effect at once; a blocked or deleted account loses its session.
 */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {
    super();
  }

  serializeUser(user: User, done: (error: Error | null, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: unknown, done: (error: Error | null, user?: User | false) => void): void {
    if (typeof id !== 'string' || !UUID.test(id)) return done(null, false);
    this.users.findOneBy({ id }).then(
      (user) => done(null, user && !user.blockedAt ? user : false),
      (error: Error) => done(error),
    );
  }
}
