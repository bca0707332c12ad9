export * from './lib/dev-mail.models';
export * from './lib/dev-mail.service';
export * from './lib/dev-mail.module';
