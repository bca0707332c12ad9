export * from './lib/annex';
export * from './lib/numbering';
export * from './lib/version-diff';
export * from './lib/open-data';
