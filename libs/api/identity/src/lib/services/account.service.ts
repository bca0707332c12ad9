import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput } from '@mitreden/api/core';
import type { Locale } from '@mitreden/shared/contracts';
import { PasswordHasher } from '../crypto/password-hasher';
import {
  CONFIRM_TOKEN_TTL_SECONDS,
  RESET_TOKEN_TTL_SECONDS,
  generateToken,
  hashToken,
  looksLikeToken,
} from '../crypto/tokens';
import { User } from '../entities/user.entity';
import { UserToken } from '../entities/user-token.entity';
import type { TokenPurpose } from '../entities/user-token.entity';
import { MUST_ACCEPT } from '../validation/text-rules';
import { IdentityMails } from './identity-mails';
import { SessionRevoker } from './session-revoker';

export interface Registration {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
  /** Consent to the privacy notice; an account is only created with it. */
  acceptPrivacy: boolean;
}

const invalidToken = () => new DomainError('INVALID_TOKEN', 'This link is invalid or has expired');

/**
 * Self-service account life cycle: registration with double opt-in, confirmation, password reset
 * and change, profile. Answers never depend on whether an address has an account; the account
 * owner learns about attempts by mail instead. Mails are written to the outbox inside the same
 * transaction as the change and handed to the queue after the commit.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly mails: IdentityMails,
    private readonly sessions: SessionRevoker,
  ) {}

  async register(registration: Registration): Promise<void> {
    // The input rule already refuses it; repeated here because consent is the legal basis of the account.
    if (registration.acceptPrivacy !== true) throw badInput({ acceptPrivacy: [MUST_ACCEPT] });
    // Hashed whether or not the address is taken, so both answers cost the same time.
    const passwordHash = await this.hasher.hash(registration.password);
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      // ON CONFLICT DO NOTHING waits for a concurrent registration of the same address and then
      // inserts nothing: exactly one account, and the loser takes the "already exists" path.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({
          email: registration.email,
          displayName: registration.displayName,
          passwordHash,
          locale: registration.locale,
          role: 'resident',
          privacyAcceptedAt: () => 'now()',
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const newUserId = (inserted.raw as { id: string }[])[0]?.id;
      if (newUserId) {
        const token = await this.issueToken(manager, newUserId, 'confirm_email', CONFIRM_TOKEN_TTL_SECONDS);
        return [await this.mails.confirmEmail(manager, { ...registration, id: newUserId }, token)];
      }
      const owner = await manager.findOneByOrFail(User, { email: registration.email });
      return [await this.mails.accountExists(manager, owner)];
    });
    await this.mails.dispatch(outboxIds);
  }

  async confirmEmail(token: string): Promise<void> {
    if (!looksLikeToken(token)) throw invalidToken();
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.consumeToken(manager, token, 'confirm_email');
      if (!userId) throw invalidToken();
      await manager.query(
        `UPDATE users SET email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now() WHERE id = $1`,
        [userId],
      );
      // Older confirmation mails for the same address are now pointless.
      await this.retireTokens(manager, userId, 'confirm_email');
    });
  }

  async resendConfirmation(email: string): Promise<void> {
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      if (!user || user.emailConfirmedAt || user.blockedAt) return [];
      const token = await this.issueToken(manager, user.id, 'confirm_email', CONFIRM_TOKEN_TTL_SECONDS);
      return [await this.mails.confirmEmail(manager, user, token)];
    });
    this.dispatchWithoutWaiting(outboxIds);
  }

  async requestPasswordReset(email: string): Promise<void> {
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      if (!user || user.blockedAt) return [];
      // Only the newest reset link works: a forwarded or leaked older mail is useless.
      await this.retireTokens(manager, user.id, 'reset_password');
      const token = await this.issueToken(manager, user.id, 'reset_password', RESET_TOKEN_TTL_SECONDS);
      return [await this.mails.resetPassword(manager, user, token)];
    });
    this.dispatchWithoutWaiting(outboxIds);
  }

  /** Sets a new password from a reset link and logs the account out everywhere else. */
  async resetPassword(token: string, password: string, currentSessionId?: string): Promise<void> {
    if (!looksLikeToken(token)) throw invalidToken();
    const passwordHash = await this.hasher.hash(password);
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      const userId = await this.consumeToken(manager, token, 'reset_password');
      if (!userId) throw invalidToken();
      await this.retireTokens(manager, userId, 'reset_password');
      return [await this.replacePassword(manager, userId, passwordHash, currentSessionId)];
    });
    await this.mails.dispatch(outboxIds);
  }

  /** Changes the password of a logged-in account; the session making the change stays. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    currentSessionId?: string,
  ): Promise<void> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: userId });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    const outboxIds = await this.dataSource.transaction(async (manager) => [
      await this.replacePassword(manager, userId, passwordHash, currentSessionId),
    ]);
    await this.mails.dispatch(outboxIds);
  }

  async updateProfile(
    userId: string,
    changes: { displayName?: string; locale?: Locale; municipality?: string | null },
  ): Promise<User> {
    const update: Partial<Pick<User, 'displayName' | 'locale' | 'municipality'>> = {};
    if (changes.displayName !== undefined) update.displayName = changes.displayName;
    if (changes.locale !== undefined) update.locale = changes.locale;
    // null means "not given" (GraphQL nullable); '' clears the declaration.
    if (changes.municipality !== undefined && changes.municipality !== null) {
      update.municipality = changes.municipality === '' ? null : changes.municipality;
    }
    if (Object.keys(update).length > 0) await this.dataSource.manager.update(User, { id: userId }, update);
    return this.dataSource.manager.findOneByOrFail(User, { id: userId });
  }

  /**
   * For answers that must not reveal whether an account exists: only known addresses produce
   * mail, so waiting for Redis would make them measurably slower than unknown ones.
   */
  private dispatchWithoutWaiting(outboxIds: string[]): void {
    this.mails.dispatch(outboxIds).catch(() => undefined);
  }

  private async replacePassword(
    manager: EntityManager,
    userId: string,
    passwordHash: string,
    currentSessionId: string | undefined,
  ): Promise<string> {
    await manager.update(User, { id: userId }, { passwordHash });
    await this.sessions.revokeSessionsOf(manager, userId, currentSessionId);
    const user = await manager.findOneByOrFail(User, { id: userId });
    return this.mails.passwordChanged(manager, user);
  }

  private async issueToken(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    ttlSeconds: number,
  ): Promise<string> {
    const token = generateToken();
    await manager.query(
      `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [userId, purpose, hashToken(token), ttlSeconds],
    );
    return token;
  }

  /** Marks a valid token used and returns its user; a second use, or a race, finds nothing. */
  private async consumeToken(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .update(UserToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()', {
        tokenHash: hashToken(token),
        purpose,
      })
      .returning('user_id')
      .execute();
    return (result.raw as { user_id: string }[])[0]?.user_id ?? null;
  }

  private async retireTokens(manager: EntityManager, userId: string, purpose: TokenPurpose): Promise<void> {
    await manager.query(
      `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
