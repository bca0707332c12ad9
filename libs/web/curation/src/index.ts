export * from './lib/proposal-lineage.component';
export * from './lib/curation-actions.component';
export * from './lib/merge.page';
export * from './lib/split.page';
export * from './lib/wording-history.component';
export * from './lib/revise-button.component';
export * from './lib/word-diff';
