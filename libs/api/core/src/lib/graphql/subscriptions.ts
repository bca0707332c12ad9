import { GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { IncomingMessage } from 'node:http';
import { MAX_QUERY_DEPTH } from './limits';

/**
 * graphql-ws settings: the socket carries subscriptions only (queries and mutations go through
 * HTTP, where sessions, CSRF prevention and the complexity limit apply), with the same depth limit.
 * Subscriptions are public data (live turnout), so the socket needs no session.
 */
export function graphqlWsOptions() {
  return {
    path: '/graphql',
    onSubscribe: (_ctx: unknown, _id: string, payload: { query: string; operationName?: string | null }) => {
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
      }
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || operations[0].kind !== Kind.OPERATION_DEFINITION || operations[0].operation !== 'subscription') {
        return [new GraphQLError('Only one subscription per message over WebSocket; queries and mutations use HTTP POST /graphql')];
      }
      return undefined;
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, [...specifiedRules, depthLimit(MAX_QUERY_DEPTH)]),
    context: (ctx: { extra: { request: IncomingMessage } }) => ({ req: ctx.extra.request, res: undefined }),
  };
}
