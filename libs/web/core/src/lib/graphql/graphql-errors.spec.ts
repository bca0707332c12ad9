import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { toUiError, errorMessageKey } from './graphql-errors';

function graphqlErrors(errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

function serverError(status: number, bodyText: string) {
  return new ServerError('failed', { response: { status } as Response, bodyText });
}

describe('toUiError', () => {
  it('takes the code from extensions.code', () => {
    const error = toUiError(graphqlErrors([{ message: 'nope', extensions: { code: 'LAST_ADMIN' } }]));
    expect(error).toEqual({ code: 'LAST_ADMIN', fields: {} });
    expect(errorMessageKey(error)).toBe('errors.LAST_ADMIN');
  });

  it('collects field errors from extensions.fields', () => {
    const error = toUiError(
      graphqlErrors([
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: { 'input.displayName': ['maxLength'], email: ['isEmail'] } },
        },
      ]),
    );
    expect(error).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.displayName': ['maxLength'], email: ['isEmail'] },
    });
  });

  it('never passes through codes the client does not know', () => {
    expect(toUiError(graphqlErrors([{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }])).code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect(toUiError(graphqlErrors([{ message: 'x' }])).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] });
    expect(toUiError(serverError(400, body)).code).toBe('RATE_LIMITED');
  });

  it('maps bare HTTP failures and network errors', () => {
    expect(toUiError(serverError(429, 'Too many')).code).toBe('RATE_LIMITED');
    expect(toUiError(serverError(502, '<html>Bad gateway</html>')).code).toBe('INTERNAL_SERVER_ERROR');
    expect(toUiError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', fields: {} });
  });
});
