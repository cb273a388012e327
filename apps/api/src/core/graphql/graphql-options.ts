import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import { socketAuthenticator, SocketContext, socketRequest } from '../auth/socket-auth';
import { AppConfig } from '../config/app-config';

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
    playground: false,
    includeStacktraceInErrorResponses: false,
    // Subscriptions over graphql-ws on the same path as queries (one proxy rule in front).
    subscriptions: { 'graphql-ws': { onConnect: socketAuthenticator(config) } },
    context: (source: ContextSource): GraphQLContext =>
      'req' in source ? { req: source.req, res: source.res } : { req: socketRequest(source) },
  };
}
