import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import { socketAuthenticator, SocketContext, socketRequest } from '../auth/socket-auth';
import { AppConfig } from '../config/app-config';
import { limitCodeOf, queryLimitRules } from './query-limits';

export interface GraphQLContext {
  req: Request;
  res?: Response;
}

/** HTTP operations get { req, res }; subscriptions over graphql-ws get the socket's context. */
type ContextSource = { req: Request; res: Response } | SocketContext;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Built in memory; apps/api/schema.gql is written by `npm run schema` and checked by a test.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    // No GraphiQL nor Apollo landing page in any environment (the apps are the only clients).
    playground: false,
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(config),
    // Arrays of operations are let through to Apollo; their length is capped by batchLimit().
    allowBatchedHttpRequests: true,
    formatError: (formatted, error) => {
      const limited = limitCodeOf(error);
      if (limited) return limited.toJSON();
      // "Did you mean …?" would spell out the schema that introspection keeps to itself.
      return config.isProduction ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') } : formatted;
    },
    // Subscriptions over graphql-ws on the same path as queries (one proxy rule in front).
    subscriptions: { 'graphql-ws': { onConnect: socketAuthenticator(config) } },
    context: (source: ContextSource): GraphQLContext =>
      'req' in source ? { req: source.req, res: source.res } : { req: socketRequest(source) },
  };
}
