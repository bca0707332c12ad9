export * from './lib/mail-templates';
export * from './lib/mail-queue';
export * from './lib/outbox-message.entity';
export * from './lib/outbox.service';
export * from './lib/mail-dispatcher';
export * from './lib/mail-delivery-failures.resolver';
export * from './lib/mail.module';
