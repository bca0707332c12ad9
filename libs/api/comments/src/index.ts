export * from './lib/comments.module';
export * from './lib/graphql/comment.types';
export * from './lib/comment.entity';
export * from './lib/comments.service';
export { COMMENT_EDIT_WINDOW_MINUTES, COMMENT_BODY_MAX, COMMENT_MAX_DEPTH } from './lib/comment-rules';
