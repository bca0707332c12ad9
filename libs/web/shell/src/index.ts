export * from './lib/shell.component';
export * from './lib/language-switcher.component';
export * from './lib/account-menu.component';
export * from './lib/not-found.page';
export * from './lib/accessibility.page';
export * from './lib/privacy.page';
export * from './lib/feedback';
