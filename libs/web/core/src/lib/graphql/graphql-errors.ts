import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@mitreden/shared/contracts';
import type { ErrorCode, FieldErrors } from '@mitreden/shared/contracts';

/** What the UI needs from a failed request: one code to translate and the per-field rules. */
export interface UiError {
  /** An ERROR_CODES entry, or NETWORK when the server could not be reached or answered garbage. */
  code: ErrorCode | 'NETWORK';
  fields: FieldErrors;
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

function fromGraphqlErrors(errors: readonly GraphQLFormattedError[]): UiError {
  const fields: FieldErrors = {};
  let code: UiError['code'] | null = null;
  for (const error of errors) {
    const extensionCode = error.extensions?.['code'];
    if (code === null && typeof extensionCode === 'string') {
      code = KNOWN_CODES.has(extensionCode) ? (extensionCode as ErrorCode) : 'INTERNAL_SERVER_ERROR';
    }
    const extensionFields = error.extensions?.['fields'];
    if (extensionFields && typeof extensionFields === 'object') {
      for (const [path, rules] of Object.entries(extensionFields as Record<string, unknown>)) {
        if (Array.isArray(rules)) fields[path] = [...(fields[path] ?? []), ...rules.map(String)];
      }
    }
  }
  return { code: code ?? 'INTERNAL_SERVER_ERROR', fields };
}

function parseBody(bodyText: string): readonly GraphQLFormattedError[] | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) && body.errors.length > 0 ? (body.errors as GraphQLFormattedError[]) : null;
  } catch {
    return null;
  }
}

/** Normalises whatever Apollo reports (GraphQL errors, HTTP errors, network failures) to a UiError. */
export function toUiError(error: unknown): UiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphqlErrors(error.errors);
  if (ServerError.is(error)) {
    // Apollo Server answers some failures (CSRF refusal, variable coercion) with a non-2xx status but
    // still a GraphQL body; prefer its code over a bare status.
    const errors = parseBody(error.bodyText);
    if (errors) return fromGraphqlErrors(errors);
    if (error.statusCode === 429) return { code: 'RATE_LIMITED', fields: {} };
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', fields: {} };
  }
  return { code: 'NETWORK', fields: {} };
}

/** Translation key of the page-level message for an error code (root file, `errors.*`). */
export function errorMessageKey(error: UiError): string {
  return `errors.${error.code}`;
}
