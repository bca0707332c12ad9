import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { complexityPlugin } from './complexity.plugin';
import { formatGraphqlError } from './format-error';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './limits';
import { graphqlWsOptions } from './subscriptions';

export { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './limits';
export { MAX_SUBSCRIPTIONS_PER_SOCKET } from './subscriptions';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/**
 * Hardened Apollo settings shared by every API instance: CSRF prevention, no batching, depth and
 * complexity limits, masked errors, introspection only outside production.
 */
export function graphqlOptions(config: AppConfig, schemaFile: string | true): ApolloDriverConfig {
  const production = config.env === 'production';
  return {
    driver: ApolloDriver,
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    plugins: [complexityPlugin(MAX_QUERY_COMPLEXITY)],
    formatError: formatGraphqlError,
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
    subscriptions: { 'graphql-ws': graphqlWsOptions() },
  };
}
