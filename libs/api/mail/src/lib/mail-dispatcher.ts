import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAIL_DELIVERY_POLICY, MAIL_QUEUE, addMailJobs } from './mail-queue';
import type { MailDeliveryPolicy, MailQueue } from './mail-queue';

/**
 * Hands committed outbox rows to BullMQ right away so mails go out without waiting for the relay.
 * Best effort by design: when Redis is unreachable the rows stay pending and the worker's relay
 * enqueues them later, so callers can await this without risking their response.
 */
@Injectable()
export class MailDispatcher {
  private readonly logger = new Logger(MailDispatcher.name);

  constructor(
    @Inject(MAIL_QUEUE) private readonly queue: MailQueue,
    @Inject(MAIL_DELIVERY_POLICY) private readonly policy: MailDeliveryPolicy,
    private readonly dataSource: DataSource,
  ) {}

  /** Never throws. Call after the transaction that wrote the rows has committed. */
  async dispatch(outboxIds: readonly string[]): Promise<void> {
    const ids = [...new Set(outboxIds)];
    if (ids.length === 0) return;
    try {
      await addMailJobs(this.queue, ids, this.policy);
    } catch (error) {
      this.logger.warn(`Mail left for the relay (${ids.length} message(s)): ${describe(error)}`);
      return;
    }
    try {
      await this.dataSource.query(
        `UPDATE outbox_messages SET enqueued_at = now() WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`,
        [ids],
      );
    } catch (error) {
      // The jobs exist; a missing marker only means the relay may enqueue them again, which BullMQ ignores.
      this.logger.warn(`Could not mark mail as enqueued: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
