export * from './lib/comments.module';
export * from './lib/graphql/comment.types';
