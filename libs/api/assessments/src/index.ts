export * from './lib/assessments.module';
export * from './lib/assessments.service';
export * from './lib/graphql/assessment.types';
export * from './lib/graphql/assessment.inputs';
export * from './lib/demo/demo-assessments';
