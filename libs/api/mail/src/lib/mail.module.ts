import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { MailDispatcher } from './mail-dispatcher';
import { MailDeliveryFailuresResolver } from './mail-delivery-failures.resolver';
import {
  DEFAULT_MAIL_DELIVERY_POLICY,
  MAIL_DELIVERY_POLICY,
  MAIL_QUEUE,
  closeMailQueue,
  createMailQueue,
} from './mail-queue';
import type { MailQueue } from './mail-queue';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

/**
 * API side of the mail pipeline: the outbox, the producer queue and the admin failure list.
 * It registers no processor — the API enqueues, only apps/worker delivers.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [
    { provide: MAIL_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createMailQueue(config) },
    { provide: MAIL_DELIVERY_POLICY, useValue: DEFAULT_MAIL_DELIVERY_POLICY },
    OutboxService,
    MailDispatcher,
    MailDeliveryFailuresResolver,
  ],
  exports: [OutboxService, MailDispatcher, TypeOrmModule],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_QUEUE) private readonly queue: MailQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await closeMailQueue(this.queue);
  }
}
