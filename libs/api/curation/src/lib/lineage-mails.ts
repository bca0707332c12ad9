import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  /** Titles of the proposals this person wrote or supported, among those curated. */
  titles: string[];
}

/**
 * Tells authors and supporters of merged or split proposals where their proposal went: one mail
 * per person (however many of the originals they wrote or supported), in their language, through
 * the outbox of the caller's transaction. `dispatch` hands the committed ids to the queue.
 */
@Injectable()
export class LineageMails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly dispatcher: MailDispatcher,
  ) {}

  async merged(
    manager: EntityManager,
    sourceIds: string[],
    result: { id: string; title: string },
    actorId: string,
  ): Promise<string[]> {
    const recipients = await this.recipients(manager, sourceIds, actorId);
    return this.outbox.enqueueMails(
      manager,
      recipients.map((recipient) => ({
        template: 'proposals_merged' as const,
        recipientEmail: recipient.email,
        recipientUserId: recipient.id,
        locale: recipient.locale,
        payload: {
          displayName: recipient.display_name,
          originalTitles: recipient.titles,
          mergedTitle: result.title,
          link: this.proposalLink(result.id),
        },
      })),
    );
  }

  async split(
    manager: EntityManager,
    original: { id: string; title: string },
    partTitles: string[],
    actorId: string,
  ): Promise<string[]> {
    const recipients = await this.recipients(manager, [original.id], actorId);
    return this.outbox.enqueueMails(
      manager,
      recipients.map((recipient) => ({
        template: 'proposal_split' as const,
        recipientEmail: recipient.email,
        recipientUserId: recipient.id,
        locale: recipient.locale,
        payload: {
          displayName: recipient.display_name,
          originalTitle: original.title,
          partTitles,
          // The original lists its parts, so one link reaches all of them.
          link: this.proposalLink(original.id),
        },
      })),
    );
  }

  /** Never throws: mail that cannot be queued now is picked up by the worker's relay. */
  dispatch(outboxIds: readonly string[]): Promise<void> {
    return this.dispatcher.dispatch(outboxIds);
  }

  /** Authors and supporters in one statement; the moderator who acted and blocked accounts get nothing. */
  private recipients(manager: EntityManager, proposalIds: string[], actorId: string): Promise<Recipient[]> {
    return manager.query(
      `WITH touched AS (
         SELECT author_id AS user_id, id AS proposal_id FROM proposals WHERE id = ANY($1::uuid[]) AND author_id IS NOT NULL
         UNION
         SELECT user_id, proposal_id FROM supports WHERE proposal_id = ANY($1::uuid[])
       )
       SELECT u.id, u.email, u.display_name, u.locale, array_agg(DISTINCT p.title ORDER BY p.title) AS titles
       FROM touched t JOIN users u ON u.id = t.user_id JOIN proposals p ON p.id = t.proposal_id
       WHERE u.id <> $2 AND u.blocked_at IS NULL AND u.email_confirmed_at IS NOT NULL
       GROUP BY u.id ORDER BY u.id`,
      [proposalIds, actorId],
    );
  }

  private proposalLink(id: string): string {
    return new URL(`proposals/${id}`, `${this.config.publicUrl}/`).toString();
  }
}
