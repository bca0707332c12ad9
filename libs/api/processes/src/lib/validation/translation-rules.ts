import { ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { DEFAULT_LOCALE, hasForbiddenNameCharacters, hasForbiddenTextCharacters } from '@mitreden/shared/contracts';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const DESCRIPTION_MAX = 10_000;
export const PLACE_MAX = 200;
export const MUNICIPALITY_MAX = 120;
export const SLUG_MAX = 80;

/** Rule names the client translates (`processes.rules.*`); the usual ones share the shell's names. */
export const GERMAN_REQUIRED = 'germanRequired';
export const DUPLICATE_LOCALE = 'duplicateLocale';
export const NO_CONTROL_CHARACTERS = 'noControlCharacters';
export const MAX_LENGTH = 'maxLength';


interface TranslationLike {
  locale?: unknown;
  text?: unknown;
}

function entries(value: unknown): TranslationLike[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is TranslationLike => typeof entry === 'object' && entry !== null)
    : [];
}

function texts(value: unknown): string[] {
  return entries(value)
    .map((entry) => entry.text)
    .filter((text): text is string => typeof text === 'string');
}

function rule(
  name: string,
  validate: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy({ name, validator: { validate, defaultMessage: () => message } }, options);
}

export interface TranslatedTextRules {
  max: number;
  /** Titles are single-line: no line breaks either. */
  singleLine: boolean;
  /** Titles need German; optional texts (descriptions) may be left out entirely. */
  germanRequired: boolean;
}

/**
 * The rules every list of translations follows, reported on the list's own field so the form can
 * mark it: German present and not blank (when required), each language at most once, length,
 * and no control or bidi characters. Unknown languages are refused by `TranslationInput.locale`.
 */
export function TranslatedTextRules(rules: TranslatedTextRules): PropertyDecorator {
  const forbidden = rules.singleLine ? hasForbiddenNameCharacters : hasForbiddenTextCharacters;
  const decorators = [
    rule(
      GERMAN_REQUIRED,
      (value) =>
        !rules.germanRequired ||
        entries(value).some(
          (entry) =>
            entry.locale === DEFAULT_LOCALE && typeof entry.text === 'string' && entry.text.trim() !== '',
        ),
      '$property needs a German text',
    ),
    rule(
      DUPLICATE_LOCALE,
      (value) => {
        const locales = entries(value).map((entry) => entry.locale);
        return new Set(locales).size === locales.length;
      },
      '$property names a language twice',
    ),
    rule(
      MAX_LENGTH,
      (value) => texts(value).every((text) => text.length <= rules.max),
      `$property texts must be at most ${rules.max} characters`,
    ),
    rule(
      NO_CONTROL_CHARACTERS,
      (value) => !texts(value).some(forbidden),
      '$property must not contain control or text-direction characters',
    ),
  ];
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** Single-line free text (place, municipality). */
export function SingleLineText(options?: ValidationOptions): PropertyDecorator {
  return rule(
    NO_CONTROL_CHARACTERS,
    (value) => typeof value !== 'string' || !hasForbiddenNameCharacters(value),
    '$property must not contain control or text-direction characters',
    options,
  );
}
