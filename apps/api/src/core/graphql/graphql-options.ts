import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import { SocketContext, SocketGate, socketRequest } from '../auth/socket-auth';
import { AppConfig } from '../config/app-config';
import { limitCodeOf, queryLimitRules } from './query-limits';
import { textInputGuard } from './text-input-guard';

export interface GraphQLContext {
  req: Request;
  res?: Response;
}

/** HTTP operations get { req, res }; subscriptions over graphql-ws get the socket's context. */
type ContextSource = { req: Request; res: Response } | SocketContext;

export function graphqlOptions(config: AppConfig, sockets: SocketGate): ApolloDriverConfig {
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
    plugins: [textInputGuard()],
    // Nest runs exception filters around @ResolveField methods only when asked: without this, a
    // field's DataLoader that loses its connection (the pool exhausted under load) escaped
    // ErrorFilter and answered Apollo's INTERNAL_SERVER_ERROR with node-postgres's own message.
    fieldResolverEnhancers: ['filters'],
    formatError: (formatted, error) => {
      const limited = limitCodeOf(error);
      if (limited) return limited.toJSON();
      // graphql-js gives up on variables after 50 bad values (a list of 2,000 wrong items) with an
      // error Apollo takes for its own failure: it is bad input like the 50 before it.
      if (formatted.message.startsWith('Too many errors processing variables')) {
        return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
      }
      // "Did you mean …?" would spell out the schema that introspection keeps to itself.
      return config.isProduction ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') } : formatted;
    },
    // Subscriptions over graphql-ws on the same path as queries (one proxy rule in front). A socket
    // is admitted with a live session and closed when its token expires or its session ends. Nest
    // types the context's extra as unknown; its `ws` adapter fills it as SocketExtra says.
    subscriptions: {
      'graphql-ws': {
        onConnect: (ctx) => sockets.admit(ctx as SocketContext),
        onClose: (ctx) => sockets.release(ctx as SocketContext),
      },
    },
    context: (source: ContextSource): GraphQLContext =>
      'req' in source ? { req: source.req, res: source.res } : { req: socketRequest(source) },
  };
}
