export * from './lib/curation.module';
export * from './lib/graphql/curation.types';
export * from './lib/demo/demo-curation';
