/** Same limits as the API (libs/api/comments comment-rules.ts and the comments table). */
export const COMMENT_BODY_MAX = 5000;
