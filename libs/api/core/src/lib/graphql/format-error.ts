import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@mitreden/shared/contracts';
import type { ErrorCode } from '@mitreden/shared/contracts';
import { DomainError } from './domain-error';

const logger = new Logger('GraphQL');
const KNOWN_CODES = new Set<string>(ERROR_CODES);

function httpStatusCode(original: unknown): number | undefined {
  if (typeof original === 'object' && original !== null && 'getStatus' in original) {
    const getStatus = (original as { getStatus: unknown }).getStatus;
    if (typeof getStatus === 'function') return getStatus.call(original) as number;
  }
  return undefined;
}

/**
 * Masks every error that is not deliberately client-facing, so stack traces, SQL and library
 * messages never leak; keeps a stable `extensions.code` for the client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
    };
  }
  const status = httpStatusCode(original);
  if (status === 401)
    return { message: 'Please log in', path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
  if (status === 403)
    return {
      message: 'You are not allowed to do this',
      path: formatted.path,
      extensions: { code: 'FORBIDDEN' },
    };
  if (status === 429)
    return { message: 'Too many attempts', path: formatted.path, extensions: { code: 'RATE_LIMITED' } };

  // Request-level errors (parse, validation, variables, CSRF, complexity) come from Apollo and
  // GraphQL themselves, carry no resolver path and describe only the request: safe to show.
  const code = formatted.extensions?.['code'];
  if (
    original instanceof GraphQLError &&
    !formatted.path &&
    typeof code === 'string' &&
    code !== 'INTERNAL_SERVER_ERROR'
  ) {
    const known = KNOWN_CODES.has(code) ? (code as ErrorCode) : 'BAD_REQUEST';
    return { message: formatted.message, locations: formatted.locations, extensions: { code: known } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
