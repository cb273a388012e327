import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

import { DomainError, ErrorKind } from './domain-error';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  BAD_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
};

const KIND_BY_STATUS: Partial<Record<number, ErrorKind>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

export function toGraphQLError(error: DomainError): GraphQLError {
  const [first] = error.fields;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      kind: error.kind,
      ...(first ? { field: first.field, reason: first.reason, fields: error.fields } : {}),
      ...(Object.keys(error.details).length ? { details: error.details } : {}),
    },
  });
}

/**
 * Turns every error thrown by a resolver into a GraphQL error with a code: domain errors
 * keep theirs, Nest's HTTP exceptions get one from their status, anything else is logged
 * and reported as INTERNAL without its message, so no internals reach the client.
 */
@Catch()
export class ErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      // Plain HTTP routes (proof files) answer domain errors with the body of a GraphQL error.
      if (!(exception instanceof DomainError)) return super.catch(exception, host);
      const response = host.switchToHttp().getResponse<Response>();
      return response.status(STATUS_BY_KIND[exception.kind]).json({ errors: [toGraphQLError(exception).toJSON()] });
    }
    if (exception instanceof DomainError) return toGraphQLError(exception);
    if (exception instanceof HttpException) {
      const kind = KIND_BY_STATUS[exception.getStatus()];
      if (kind) return toGraphQLError(new DomainError(kind === 'BAD_INPUT' ? 'INVALID_INPUT' : kind, kind, exception.message));
    }
    if (exception instanceof GraphQLError) return exception;
    this.logger.error({ err: exception }, 'Unhandled error in a GraphQL operation');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL' } });
  }
}
