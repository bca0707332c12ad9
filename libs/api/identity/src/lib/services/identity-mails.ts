import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';
import type { User } from '../entities/user.entity';

type Recipient = Pick<User, 'id' | 'email' | 'displayName' | 'locale'>;

/**
 * The identity mails and their links. Every method writes an outbox row with the caller's
 * transaction manager and returns its id; `dispatch` hands committed ids to the queue.
 */
@Injectable()
export class IdentityMails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly dispatcher: MailDispatcher,
  ) {}

  confirmEmail(manager: EntityManager, recipient: Recipient, token: string): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'confirm_email',
      ...this.addressOf(recipient),
      payload: { displayName: recipient.displayName, link: this.link('confirm-email', token) },
    });
  }

  accountExists(manager: EntityManager, recipient: Recipient): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'account_exists',
      ...this.addressOf(recipient),
      payload: {
        displayName: recipient.displayName,
        loginLink: this.link('login'),
        resetLink: this.link('forgot-password'),
      },
    });
  }

  resetPassword(manager: EntityManager, recipient: Recipient, token: string): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'reset_password',
      ...this.addressOf(recipient),
      payload: { displayName: recipient.displayName, link: this.link('reset-password', token) },
    });
  }

  passwordChanged(manager: EntityManager, recipient: Recipient): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'password_changed',
      ...this.addressOf(recipient),
      payload: { displayName: recipient.displayName },
    });
  }

  /** Never throws: mail that cannot be queued now is picked up by the worker's relay. */
  dispatch(outboxIds: readonly string[]): Promise<void> {
    return this.dispatcher.dispatch(outboxIds);
  }

  private addressOf(recipient: Recipient) {
    return { recipientEmail: recipient.email, recipientUserId: recipient.id, locale: recipient.locale };
  }

  /** `path` is relative so a PUBLIC_URL with a path prefix (https://city.example/mitreden) keeps it. */
  private link(path: string, token?: string): string {
    const url = new URL(path, `${this.config.publicUrl}/`);
    if (token !== undefined) url.searchParams.set('token', token);
    return url.toString();
  }
}
