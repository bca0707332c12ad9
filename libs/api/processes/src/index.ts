export * from './lib/process.entity';
export * from './lib/action-field.entity';
export * from './lib/graphql/process.types';
export * from './lib/processes.service';
export * from './lib/processes.module';
export * from './lib/demo/demo-process';
export * from './lib/graphql/process.inputs';
export * from './lib/phase-gate';
