import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { isMailTemplate } from '@mitreden/api/mail';
import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';
import { MailRenderError, renderMail } from '../templates/render-mail';
import { redactPayload } from './redact-payload';
import { SmtpMailSender } from './smtp-mail-sender';

export type DeliveryOutcome =
  /** Sent now. */
  | 'sent'
  /** Already sent or given up earlier: a re-run does nothing. */
  | 'done'
  /** Another worker holds the row right now; try again later. */
  | 'busy'
  /** The row no longer exists. */
  | 'missing';

/** A failure the caller should retry (BullMQ backoff), unless it was the final attempt. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    /** True when the row was marked failed and retrying is pointless. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

interface OutboxRow {
  id: string;
  template: string;
  recipient_email: string;
  locale: string;
  payload: Record<string, unknown>;
  sent_at: Date | null;
  failed_at: Date | null;
}

const MAX_ERROR_LENGTH = 2000;

/**
 * Delivers one outbox row at most once. The row is locked with FOR UPDATE SKIP LOCKED for the
 * whole send, so two workers handed the same id cannot both send it, and the sent marker is
 * committed together with the redacted payload.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: SmtpMailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * @param finalAttempt whether a failure now means giving up (sets failed_at).
   * @throws MailDeliveryError when sending failed; `permanent` tells whether to retry.
   */
  async deliver(outboxId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const result = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, template, recipient_email, locale, payload, sent_at, failed_at
           FROM outbox_messages WHERE id = $1 FOR UPDATE SKIP LOCKED`,
        [outboxId],
      );
      const row = rows[0];
      if (!row) {
        const exists: unknown[] = await manager.query(`SELECT 1 FROM outbox_messages WHERE id = $1`, [
          outboxId,
        ]);
        return { outcome: exists.length > 0 ? ('busy' as const) : ('missing' as const) };
      }
      if (row.sent_at || row.failed_at) return { outcome: 'done' as const };

      try {
        await this.send(row);
      } catch (error) {
        const permanent = finalAttempt || error instanceof MailRenderError;
        await this.recordFailure(manager, row, error, permanent);
        return { outcome: 'failed' as const, error, permanent };
      }
      await manager.query(
        `UPDATE outbox_messages
            SET sent_at = now(), attempts = attempts + 1, last_error = NULL, payload = $2
          WHERE id = $1`,
        [row.id, JSON.stringify(redactPayload(row.template, row.payload))],
      );
      return { outcome: 'sent' as const };
    });

    if (result.outcome === 'failed') {
      const message = describe(result.error);
      this.logger.warn(`Mail ${outboxId} not delivered${result.permanent ? ' (giving up)' : ''}: ${message}`);
      throw new MailDeliveryError(message, result.permanent);
    }
    if (result.outcome === 'missing') this.logger.warn(`Outbox message ${outboxId} no longer exists`);
    return result.outcome;
  }

  private async send(row: OutboxRow): Promise<void> {
    if (!isMailTemplate(row.template)) throw new MailRenderError(`Unknown mail template ${row.template}`);
    const mail = await renderMail(
      row.template as MailTemplate,
      row.payload as MailPayloads[MailTemplate],
      row.locale,
      { publicUrl: this.config.publicUrl },
    );
    await this.sender.send({
      messageId: `<${row.id}@${messageIdDomain(this.config.publicUrl)}>`,
      to: row.recipient_email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      locale: mail.locale,
    });
  }

  private async recordFailure(
    manager: EntityManager,
    row: OutboxRow,
    error: unknown,
    permanent: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages
          SET attempts = attempts + 1,
              last_error = $2,
              failed_at = CASE WHEN $3::boolean THEN now() ELSE NULL END,
              payload = CASE WHEN $3::boolean THEN $4::jsonb ELSE payload END
        WHERE id = $1`,
      [
        row.id,
        describe(error).slice(0, MAX_ERROR_LENGTH),
        permanent,
        JSON.stringify(redactPayload(row.template, row.payload)),
      ],
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function messageIdDomain(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'mitreden.local';
  } catch {
    return 'mitreden.local';
  }
}
