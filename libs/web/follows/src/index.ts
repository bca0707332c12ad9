export * from './lib/follow-button.component';
export * from './lib/follows.page';
