import { ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { hasForbiddenTextCharacters } from '@mitreden/shared/contracts';

/** How long after writing a comment its author may still correct it. */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;
export const COMMENT_EDIT_WINDOW_MS = COMMENT_EDIT_WINDOW_MINUTES * 60_000;
/** Same as CHECK comments_body_length. */
export const COMMENT_BODY_MAX = 5000;
/** Same as CHECK comments_depth_range: 0 = on the proposal, 5 = the deepest reply. */
export const COMMENT_MAX_DEPTH = 5;

/** Rule name the client already translates (identity uses it for single-line texts). */
export const NO_CONTROL_CHARACTERS = 'noControlCharacters';


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
  if (hasForbiddenTextCharacters(body)) return [NO_CONTROL_CHARACTERS];
  return [];
}

/** class-validator form of commentBodyProblems, reporting the rule that failed under its own name. */
export function CommentBody(options?: ValidationOptions): PropertyDecorator {
  const rules: [string, (value: string) => boolean][] = [
    ['isNotEmpty', (value) => value.length > 0],
    ['maxLength', (value) => value.length <= COMMENT_BODY_MAX],
    [NO_CONTROL_CHARACTERS, (value) => !hasForbiddenTextCharacters(value)],
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
