/** Same limits as the API (libs/api/comments comment-rules.ts and the comments table). */
export const COMMENT_BODY_MAX = 5000;

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Tabs and line breaks are fine in a comment; other control characters and bidi overrides are not. */
export function hasForbiddenMultilineCharacters(value: string): boolean {
  return FORBIDDEN_IN_MULTILINE.test(value);
}
