import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';
import type { OutboxMail } from './mail-templates';

@Injectable()
export class OutboxService {
  /**
   * Writes the outbox row with the caller's transaction manager, so the mail exists exactly when
   * the change that causes it commits. After the commit, pass the returned id to
   * MailDispatcher.dispatch().
   */
  async enqueueMail(manager: EntityManager, mail: OutboxMail): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({
        template: mail.template,
        recipientEmail: mail.recipientEmail,
        recipientUserId: mail.recipientUserId ?? null,
        locale: mail.locale,
        payload: mail.payload,
      })
      .returning(['id'])
      .execute();
    const id = (result.identifiers[0] as { id?: string } | undefined)?.id;
    if (!id) throw new Error('Outbox insert returned no id');
    return id;
  }
}
