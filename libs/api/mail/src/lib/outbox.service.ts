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

  /**
   * Many mails in one statement (arrays unnested on the server), for notifications that fan out to
   * every supporter: a row-by-row loop would hold the caller's transaction for seconds.
   */
  async enqueueMails(manager: EntityManager, mails: readonly OutboxMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_messages (template, recipient_email, recipient_user_id, locale, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::jsonb[])
       RETURNING id`,
      [
        mails.map((mail) => mail.template),
        mails.map((mail) => mail.recipientEmail),
        mails.map((mail) => mail.recipientUserId ?? null),
        mails.map((mail) => mail.locale),
        mails.map((mail) => JSON.stringify(mail.payload)),
      ],
    );
    return rows.map((row) => row.id);
  }
}
