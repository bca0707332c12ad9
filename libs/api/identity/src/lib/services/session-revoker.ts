import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SESSION_TABLE } from '../auth/sessions';

/** Ends server-side sessions directly in the store, e.g. everywhere else after a password change. */
@Injectable()
export class SessionRevoker {
  /** Deletes the user's sessions except `keepSessionId` (the one making the change, if any). */
  async revokeSessionsOf(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    // Passport keeps the id at sess.passport.user; connect-pg-simple stores sess as json.
    await manager.query(
      `DELETE FROM ${SESSION_TABLE} WHERE sess -> 'passport' ->> 'user' = $1 AND sid <> $2`,
      [userId, keepSessionId ?? ''],
    );
  }
}
