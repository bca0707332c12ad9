import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { hasBidiControls, hasForbiddenNameCharacters } from '@mitreden/shared/contracts';

/** Limits shared by the form (class-validator) and the spreadsheet rows (validateRow). */
export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const PARTICIPANTS_MIN = 1;
export const PARTICIPANTS_MAX = 100_000;
/** Language tag as the `proposals.language` column accepts it (`de`, `en`, `de-LS`). */
export const LANGUAGE_PATTERN = /^[a-z]{2}(-[A-Za-z]{2,8})?$/;


/** Single-line texts: no control characters, no bidi controls (rule name shared with identity). */
export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasForbiddenNameCharacters(value),
        defaultMessage: () => '$property must not contain control or text-direction characters',
      },
    },
    options,
  );
}

/** Multi-line texts keep their line breaks but refuse bidi controls. */
export function NoBidiControls(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'forbiddenCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasBidiControls(value),
        defaultMessage: () => '$property must not contain text-direction characters',
      },
    },
    options,
  );
}

/** Leading and trailing blanks are never meant. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}
