import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { toGraphQLError } from '../errors/error.filter';

/**
 * A refused query as a domain error (its own code, the limit in details). It travels as the
 * originalError of the validation error Apollo builds, so formatError can give it back its code
 * (Apollo stamps every validation error GRAPHQL_VALIDATION_FAILED).
 */
const limitError = (code: string, limit: number) =>
  new DomainError(code, 'BAD_INPUT', `${code}: the limit is ${limit}`, [], { limit });

function rejectWith(code: string, limit: number) {
  return [
    (context: ValidationContext | null) =>
      context?.reportError(new GraphQLError(limitError(code, limit).message, { originalError: limitError(code, limit) })),
  ];
}

/**
 * Depth, cost and aliases checked by GraphQL Armor's validation rules before anything runs, so a
 * hostile document is refused for the price of parsing it. Fragments are flattened (a spread
 * adds no level: only the fields inside count), introspection is left to its own switch.
 * Limits are read from AppConfig; apps/api/test/query-limits.int-spec.ts proves every
 * operation of the two apps passes them.
 */
export function queryLimitRules(config: AppConfig): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: config.GRAPHQL_MAX_DEPTH,
      flattenFragments: true,
      onReject: rejectWith('QUERY_TOO_DEEP', config.GRAPHQL_MAX_DEPTH),
    }),
    costLimitRule({
      ...common,
      maxCost: config.GRAPHQL_MAX_COST,
      flattenFragments: true,
      onReject: rejectWith('QUERY_TOO_COMPLEX', config.GRAPHQL_MAX_COST),
    }),
    maxAliasesRule({
      ...common,
      n: config.GRAPHQL_MAX_ALIASES,
      onReject: rejectWith('TOO_MANY_ALIASES', config.GRAPHQL_MAX_ALIASES),
    }),
  ] as ValidationRule[];
}

/**
 * Batched HTTP requests (a JSON array of operations) multiply every other limit by the array's
 * length. Apollo only switches them on or off, so the length is checked here, in front of it.
 */
export function batchLimit(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'POST' && Array.isArray(req.body) && req.body.length > config.GRAPHQL_MAX_BATCH) {
      const error = limitError('BATCH_TOO_LARGE', config.GRAPHQL_MAX_BATCH);
      res.status(400).json({ errors: [toGraphQLError(error).toJSON()] });
      return;
    }
    next();
  };
}

/** Gives a refused query its own code back (see limitError). */
export function limitCodeOf(error: unknown): GraphQLError | undefined {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  return original instanceof DomainError ? toGraphQLError(original) : undefined;
}
