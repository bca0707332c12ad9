export * from './lib/official-answer.component';
export * from './lib/answer-editor.component';
export * from './lib/answers.page';
export * from './lib/answer-labels';
