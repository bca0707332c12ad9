/**
 * Characters refused in names and short single-line texts: C0/C1 controls and the Unicode bidi
 * embedding/override/isolate controls, which can make a name display as something it is not.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function hasForbiddenNameCharacters(value: string): boolean {
  return FORBIDDEN_NAME_CHARACTERS.test(value);
}

export const DISPLAY_NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
