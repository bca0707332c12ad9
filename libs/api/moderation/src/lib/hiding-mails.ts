import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';

/** Who gets told: the author of the hidden content. */
export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

/** What was hidden, as the author recognises it, and where it lives. */
export interface HiddenContent {
  kind: 'proposal' | 'comment';
  title: string;
  proposalId: string;
  commentId: string | null;
}

/** The hiding mails; each writes an outbox row in the caller's transaction, `dispatch` after commit. */
@Injectable()
export class HidingMails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly dispatcher: MailDispatcher,
  ) {}

  contentHidden(
    manager: EntityManager,
    recipient: MailRecipient,
    content: HiddenContent,
    reason: string,
  ): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'content_hidden',
      recipientEmail: recipient.email,
      recipientUserId: recipient.id,
      locale: recipient.locale,
      payload: {
        displayName: recipient.displayName,
        contentKind: content.kind,
        contentTitle: content.title,
        reason,
        link: this.link(content),
      },
    });
  }

  reviewDecided(
    manager: EntityManager,
    recipient: MailRecipient,
    content: HiddenContent,
    outcome: 'upheld' | 'lifted',
    note: string,
  ): Promise<string> {
    return this.outbox.enqueueMail(manager, {
      template: 'hiding_review_decided',
      recipientEmail: recipient.email,
      recipientUserId: recipient.id,
      locale: recipient.locale,
      payload: {
        displayName: recipient.displayName,
        contentKind: content.kind,
        contentTitle: content.title,
        outcome,
        note,
        link: this.link(content),
      },
    });
  }

  /** Never throws: what cannot be queued now the worker's relay picks up. */
  dispatch(outboxIds: readonly string[]): Promise<void> {
    return this.dispatcher.dispatch(outboxIds);
  }

  /** The author still sees hidden content, so the link leads to it (a comment by its anchor). */
  private link(content: HiddenContent): string {
    const url = new URL(`proposals/${content.proposalId}`, `${this.config.publicUrl}/`);
    if (content.commentId) url.hash = `comment-${content.commentId}`;
    return url.toString();
  }
}
