export * from './lib/mail-failures/mail-failures.page';
