export * from './lib/proposals.module';
export * from './lib/graphql/proposal.types';
export * from './lib/graphql/proposal.inputs';
export { ProposalReader, seesHiddenContent } from './lib/proposal-reader';
export { ProposalWriter } from './lib/proposal-writer';
export type { NewProposal } from './lib/proposal-writer';
export { renderMarkdown } from './lib/markdown';
export { seedDemoProposals } from './lib/demo/demo-proposals';
export { DEMO_EXTRA_RESIDENTS } from './lib/demo/demo-residents';
// Title/body rules, reused by editorial revisions, merge and split.
export { BODY_MAX, TITLE_MAX, NoBidiControls, NoControlCharacters, Trimmed } from './lib/intake/intake-rules';
// Safe XLSX reading (zip-bomb check, cell text without evaluating formulas), reused by the catalogue import.
export { MAX_UNZIPPED_BYTES, cellText, unzippedSize } from './lib/intake/spreadsheet';
