import { IntrinsicException } from '@nestjs/common';
import type { ErrorCode, FieldErrors } from '@mitreden/shared/contracts';

/**
 * A failure the client is meant to understand. Services throw these; the GraphQL error formatter
 * turns them into `extensions.code` (+ `extensions.fields` for validation). Anything else is
 * masked as INTERNAL_SERVER_ERROR. Being intrinsic, Nest does not log them as failures: a wrong
 * password is an answer, not an incident.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const forbidden = () => new DomainError('FORBIDDEN', 'You are not allowed to do this');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Please log in');
export const badInput = (fields: FieldErrors) => new DomainError('BAD_USER_INPUT', 'Invalid input', fields);
