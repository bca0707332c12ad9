export * from './lib/register/register.page';
export * from './lib/confirm-email/confirm-email.page';
export * from './lib/login/login.page';
export * from './lib/forgot-password/forgot-password.page';
export * from './lib/reset-password/reset-password.page';
export * from './lib/account/account.page';
export * from './lib/admin-users/admin-users.page';
