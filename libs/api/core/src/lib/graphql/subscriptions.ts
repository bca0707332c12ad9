import { GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { IncomingMessage } from 'node:http';
import { ERROR_CODES } from '@mitreden/shared/contracts';
import { formatGraphqlError } from './format-error';
import { MAX_QUERY_DEPTH } from './limits';

/** A page watches a handful of polls; more on one socket is someone holding server resources. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

const KNOWN_CODES = new Set<string>(ERROR_CODES);

const refusal = (message: string, code: 'BAD_REQUEST' | 'GRAPHQL_PARSE_FAILED') => new GraphQLError(message, { extensions: { code } });

/**
 * Errors that end an operation before it runs (parse, shape, validation) describe only the request
 * and are shown with the code HTTP would give; anything thrown while running goes through the same
 * masking as over HTTP.
 */
function formatSocketError(error: GraphQLError): GraphQLFormattedError {
  if (error.originalError) return formatGraphqlError(error.toJSON(), error);
  const code = error.extensions?.['code'];
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    extensions: { code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'GRAPHQL_VALIDATION_FAILED' },
  };
}

/**
 * graphql-ws settings: the socket carries subscriptions only (queries and mutations go through
 * HTTP, where sessions, CSRF prevention and the complexity limit apply), with the same depth limit
 * and the same error masking and codes as HTTP. Subscriptions are public data (live turnout), so
 * the socket needs no session.
 */
export function graphqlWsOptions() {
  return {
    path: '/graphql',
    onSubscribe: (
      ctx: { subscriptions: Record<string, unknown> },
      _id: string,
      payload: { query: string; operationName?: string | null },
    ) => {
      // The operation being started is already in ctx.subscriptions.
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
        return [refusal(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per WebSocket`, 'BAD_REQUEST')];
      }
      let document: DocumentNode;
      try {
        document = parse(typeof payload.query === 'string' ? payload.query : '');
      } catch (error) {
        return [refusal(error instanceof GraphQLError ? error.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED')];
      }
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || operations[0].kind !== Kind.OPERATION_DEFINITION || operations[0].operation !== 'subscription') {
        return [
          refusal('Only one subscription per message over WebSocket; queries and mutations use HTTP POST /graphql', 'BAD_REQUEST'),
        ];
      }
      return undefined;
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, [...specifiedRules, depthLimit(MAX_QUERY_DEPTH)]),
    context: (ctx: { extra: { request: IncomingMessage } }) => ({ req: ctx.extra.request, res: undefined }),
    // Resolver errors arrive in `next` messages (e.g. NOT_FOUND when subscribing): mask and code them.
    onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors?.length
        ? { ...result, errors: result.errors.map((error) => formatGraphqlError(error.toJSON(), error)) }
        : undefined,
    onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => errors.map(formatSocketError),
  };
}
