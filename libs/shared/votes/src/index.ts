export * from './lib/ballot-rules';
export * from './lib/tally';
export * from './lib/paper-codes';
