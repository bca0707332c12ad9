export * from './lib/list/proposal-list.page';
export * from './lib/detail/proposal-detail.page';
export * from './lib/form/new-proposal.page';
export * from './lib/form/edit-proposal.page';
export * from './lib/common/proposal-card.component';
export * from './lib/intake/enter-proposal.page';
export * from './lib/intake/import-proposals.page';
