import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatGraphqlError } from './format-error';

/** Apollo hands the formatter the formatted error plus the original wrapped in a GraphQLError. */
function resolverError(original: Error) {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ['field'] });
  return {
    formatted: { message: original.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    wrapped,
  };
}

describe('formatGraphqlError', () => {
  it('keeps the code and field errors of a domain error', () => {
    const { formatted, wrapped } = resolverError(
      new DomainError('BAD_USER_INPUT', 'Invalid input', { 'input.email': ['isEmail'] }),
    );
    expect(formatGraphqlError(formatted, wrapped)).toEqual({
      message: 'Invalid input',
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', fields: { 'input.email': ['isEmail'] } },
    });
  });

  it('masks unexpected errors: no message, no stack, stable code', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { formatted, wrapped } = resolverError(
      new Error('relation "users" does not exist at /srv/app.js:1'),
    );
    const result = formatGraphqlError(formatted, wrapped);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/users|app\.js/);
  });

  it('maps Nest HTTP exceptions from guards to FORBIDDEN', () => {
    const { formatted, wrapped } = resolverError(new ForbiddenException());
    expect(formatGraphqlError(formatted, wrapped).extensions?.['code']).toBe('FORBIDDEN');
  });

  it('passes GraphQL validation errors through with their code', () => {
    const formatted = {
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatGraphqlError(formatted, new GraphQLError(formatted.message)).extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
