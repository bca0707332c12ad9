import { Transform } from 'class-transformer';
import { IsEmail, MaxLength, ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { EMAIL_MAX, hasForbiddenNameCharacters } from '@mitreden/shared/contracts';

/** Rule name the client translates; shared by every single-line text an account owner types. */
export const NO_CONTROL_CHARACTERS = 'noControlCharacters';

/** Refuses control characters and bidi overrides, which can make a name pose as something else. */
export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: NO_CONTROL_CHARACTERS,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasForbiddenNameCharacters(value),
        defaultMessage: () => '$property must not contain control or text-direction characters',
      },
    },
    options,
  );
}

/** Rule name the client translates: a consent that has to be given, not merely answered. */
export const MUST_ACCEPT = 'mustAccept';

/**
 * Accepts only `true`. A required Boolean alone would let `false` through as a valid answer, and
 * an account must not exist without the person having agreed (GDPR Art. 7 (1)).
 */
export function MustAccept(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: MUST_ACCEPT,
      validator: {
        validate: (value: unknown) => value === true,
        defaultMessage: () => '$property must be accepted',
      },
    },
    options,
  );
}

/** Leading and trailing blanks are never meant; dropping them keeps `Anna ` and `Anna` one name. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

/**
 * Normalises an e-mail address the way the database stores it (trimmed, lowercase) before it is
 * validated, so `Anna@Example.org ` and `anna@example.org` are one account.
 */
export function NormalizedEmail(): PropertyDecorator {
  const decorators = [
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    MaxLength(EMAIL_MAX),
    IsEmail({ allow_display_name: false, allow_ip_domain: false, require_tld: true }),
  ];
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}
