export * from './lib/comment-thread.component';
