export * from './lib/proposals.module';
export * from './lib/graphql/proposal.types';
export * from './lib/graphql/proposal.inputs';
