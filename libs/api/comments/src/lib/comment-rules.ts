import { ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';

/** How long after writing a comment its author may still correct it. */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;
export const COMMENT_EDIT_WINDOW_MS = COMMENT_EDIT_WINDOW_MINUTES * 60_000;
/** Same as CHECK comments_body_length. */
export const COMMENT_BODY_MAX = 5000;
/** Same as CHECK comments_depth_range: 0 = on the proposal, 5 = the deepest reply. */
export const COMMENT_MAX_DEPTH = 5;

/** Rule name the client already translates (identity uses it for single-line texts). */
export const NO_CONTROL_CHARACTERS = 'noControlCharacters';

/**
 * A multi-line plain text may hold tabs and line breaks, but no other control characters and no
 * bidi embedding/override/isolate controls (they can make a text display as something it is not).
 */
const FORBIDDEN_IN_MULTILINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function hasForbiddenMultilineCharacters(value: string): boolean {
  return FORBIDDEN_IN_MULTILINE.test(value);
}

/** Line breaks are normalised to \n and surrounding blanks dropped, so the stored text is what was meant. */
export function normalizeCommentBody(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/**
 * The rules a comment body breaks, by the names the client translates; empty when it is fine.
 * Used by the input class (add) and by the service for the plain `body` argument (edit), which
 * the ValidationPipe cannot see.
 */
export function commentBodyProblems(body: string): string[] {
  if (body.length === 0) return ['isNotEmpty'];
  if (body.length > COMMENT_BODY_MAX) return ['maxLength'];
  if (hasForbiddenMultilineCharacters(body)) return [NO_CONTROL_CHARACTERS];
  return [];
}

/** class-validator form of commentBodyProblems, reporting the rule that failed under its own name. */
export function CommentBody(options?: ValidationOptions): PropertyDecorator {
  const rules: [string, (value: string) => boolean][] = [
    ['isNotEmpty', (value) => value.length > 0],
    ['maxLength', (value) => value.length <= COMMENT_BODY_MAX],
    [NO_CONTROL_CHARACTERS, (value) => !hasForbiddenMultilineCharacters(value)],
  ];
  return (target, propertyKey) => {
    for (const [name, ok] of rules) {
      ValidateBy(
        {
          name,
          validator: {
            validate: (value: unknown) => typeof value === 'string' && ok(value),
            defaultMessage: () => `$property breaks the rule ${name}`,
          },
        },
        options,
      )(target, propertyKey);
    }
  };
}
