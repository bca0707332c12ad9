export * from './lib/dev-mail.routes';
export * from './lib/dev-mail-page.component';
export * from './lib/linkify';
