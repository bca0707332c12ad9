export * from './lib/process.entity';
export * from './lib/action-field.entity';
export * from './lib/process.types';
export * from './lib/processes.service';
export * from './lib/processes.module';
export * from './lib/demo/demo-process';
