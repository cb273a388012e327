import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import { AppConfig } from '../config/app-config';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Built in memory; apps/api/schema.gql is written by `npm run schema` and checked by a test.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    playground: false,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
