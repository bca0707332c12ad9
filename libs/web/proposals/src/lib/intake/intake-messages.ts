import type { ValidationErrors } from '@angular/forms';
import { errorMessageKey, fieldErrorMessage } from '@mitreden/web/core';
import type { FieldErrorMessage, UiError } from '@mitreden/web/core';

/** As the API enforces it: larger files are refused before they are sent. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const ACCEPTED_FILES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PARTICIPANTS_MAX = 100_000;

/** Rule codes of per-row problems that have a message (`proposals.intake.rules.*`). */
export const ROW_RULES = new Set([
  'required',
  'tooLong',
  'forbiddenCharacters',
  'unknownKind',
  'unknownActionField',
  'unknownForum',
  'ambiguousForum',
  'unknownGoal',
  'ambiguousGoal',
  'goalOnlyForMeasures',
  'unknownLanguage',
  'unknownSource',
  'notANumber',
  'outOfRange',
]);

/** Rule codes about the file or the import as a whole (`proposals.intake.fileRules.*`). */
const FILE_RULES = new Set([
  'fileTooLarge',
  'notBase64',
  'unreadableFile',
  'noHeader',
  'tooManyRows',
  'unsupportedFileType',
  'matches',
  'unknownColumn',
  'duplicateField',
  'unknownForum',
  'invalidRows',
]);

export function rowRuleKey(code: string): string {
  return ROW_RULES.has(code) ? `proposals.intake.rules.${code}` : 'validation.server.invalid';
}

/** The page-level message for a failed preview or import: the file's problem if the API named one. */
export function importErrorKey(error: UiError): string {
  if (error.code === 'BAD_USER_INPUT') {
    for (const path of ['fileBase64', 'fileName', 'mapping', 'forumId', 'rows']) {
      const rule = Object.entries(error.fields).find(([field]) => field.split('.').pop() === path)?.[1][0];
      if (rule && FILE_RULES.has(rule)) return `proposals.intake.fileRules.${rule}`;
    }
  }
  return errorMessageKey(error);
}

/**
 * Field messages of the entry form: the shared ones, plus the intake rules the API reports on
 * forum, action field and goal, and the participant range.
 */
export function intakeFieldError(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) return null;
  if (errors['min'] || errors['max'] || errors['integer'])
    return { key: 'proposals.intake.rules.outOfRange', params: {} };
  const server = errors['server'];
  if (Array.isArray(server) && ROW_RULES.has(String(server[0])))
    return { key: rowRuleKey(String(server[0])), params: {} };
  return fieldErrorMessage(errors);
}

/** The file's bytes as base64 (the data URL without its `data:…;base64,` prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function isAcceptedFileName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}
