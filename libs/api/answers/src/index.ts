export * from './lib/answers.module';
export * from './lib/graphql/answer.types';
export * from './lib/answers.service';
export * from './lib/graphql/answer.inputs';
export * from './lib/demo/demo-answers';
