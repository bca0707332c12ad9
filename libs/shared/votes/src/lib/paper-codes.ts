/**
 * Codes people type from paper or read aloud: voting codes and ballot receipts. 12 characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups of four.
 */
export const PAPER_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Uniform: bytes above the largest multiple of the alphabet size are drawn again. */
export function newPaperCode(): string {
  const limit = 256 - (256 % PAPER_CODE_ALPHABET.length);
  let code = '';
  while (code.length < 12) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    for (const byte of bytes) {
      if (byte < limit && code.length < 12) code += PAPER_CODE_ALPHABET[byte % PAPER_CODE_ALPHABET.length];
    }
  }
  return formatPaperCode(code);
}

/** Upper case without blanks or dashes: how codes are compared. */
export function normalisePaperCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCD-EFGH-JKMN" for a normalised 12-character code. */
export function formatPaperCode(normalised: string): string {
  return `${normalised.slice(0, 4)}-${normalised.slice(4, 8)}-${normalised.slice(8, 12)}`;
}

/** Whether a typed text can be a code at all (after normalising). */
export function looksLikePaperCode(code: string): boolean {
  const normalised = normalisePaperCode(code);
  return normalised.length === 12 && [...normalised].every((char) => PAPER_CODE_ALPHABET.includes(char));
}
