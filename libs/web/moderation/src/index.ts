export * from './lib/report-button.component';
export * from './lib/hidden-notice.component';
export * from './lib/hiding/hide-dialog.component';
export * from './lib/hiding/block-dialog.component';
export { isModerating } from './lib/hiding/hiding-rules';
export * from './lib/netiquette/netiquette-templates.page';
export * from './lib/queue/moderation-queue.page';
export * from './lib/auto-hide/auto-hide-setting.component';
