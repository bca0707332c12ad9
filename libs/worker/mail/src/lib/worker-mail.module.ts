import { Inject, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import {
  DEFAULT_MAIL_DELIVERY_POLICY,
  MAIL_DELIVERY_POLICY,
  MAIL_QUEUE,
  MailDispatcher,
  OutboxService,
  closeMailQueue,
  createMailQueue,
} from '@mitreden/api/mail';
import type { MailDeliveryPolicy, MailQueue } from '@mitreden/api/mail';
import { MailDeliveryService } from './delivery/mail-delivery.service';
import {
  DEFAULT_MAIL_WORKER_OPTIONS,
  MAIL_WORKER_OPTIONS,
  MailQueueWorker,
} from './delivery/mail-queue.worker';
import type { MailWorkerOptions } from './delivery/mail-queue.worker';
import { SmtpMailSender } from './delivery/smtp-mail-sender';
import { DEFAULT_MAIL_RELAY_OPTIONS, MAIL_RELAY_OPTIONS, OutboxRelay } from './relay/outbox-relay';
import type { MailRelayOptions } from './relay/outbox-relay';

export interface WorkerMailOptions {
  delivery?: Partial<MailDeliveryPolicy>;
  relay?: Partial<MailRelayOptions>;
  worker?: Partial<MailWorkerOptions>;
}

/** Worker side of the mail pipeline: the queue consumer, the outbox relay and the templates. */
@Module({})
export class WorkerMailModule implements OnApplicationShutdown {
  static forRoot(options: WorkerMailOptions = {}): DynamicModule {
    return {
      module: WorkerMailModule,
      providers: [
        {
          provide: MAIL_QUEUE,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => createMailQueue(config),
        },
        { provide: MAIL_DELIVERY_POLICY, useValue: { ...DEFAULT_MAIL_DELIVERY_POLICY, ...options.delivery } },
        { provide: MAIL_RELAY_OPTIONS, useValue: { ...DEFAULT_MAIL_RELAY_OPTIONS, ...options.relay } },
        { provide: MAIL_WORKER_OPTIONS, useValue: { ...DEFAULT_MAIL_WORKER_OPTIONS, ...options.worker } },
        SmtpMailSender,
        MailDeliveryService,
        MailQueueWorker,
        OutboxRelay,
        MailDispatcher,
        OutboxService,
      ],
      exports: [MailDeliveryService, OutboxRelay, MailDispatcher, OutboxService],
    };
  }

  constructor(@Inject(MAIL_QUEUE) private readonly queue: MailQueue) {}

  /** After the relay stopped (beforeApplicationShutdown), so it never adds to a closed queue. */
  async onApplicationShutdown(): Promise<void> {
    await closeMailQueue(this.queue);
  }
}
