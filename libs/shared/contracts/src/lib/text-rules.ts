/**
 * Characters refused in names and short single-line texts: C0/C1 controls and the Unicode bidi
 * embedding/override/isolate controls, which can make a name display as something it is not.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function hasForbiddenNameCharacters(value: string): boolean {
  return FORBIDDEN_NAME_CHARACTERS.test(value);
}

/**
 * Characters refused in multi-line texts (proposals, comments, notes, answers): line breaks and
 * tabs are fine, other control characters and the bidi controls are not.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_TEXT_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function hasForbiddenTextCharacters(value: string): boolean {
  return FORBIDDEN_TEXT_CHARACTERS.test(value);
}

/** Bidi embedding/override/isolate controls: they can make a text display as something it is not. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

export function hasBidiControls(value: string): boolean {
  return BIDI_CONTROLS.test(value);
}

export const DISPLAY_NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
