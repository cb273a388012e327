import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

import { isDatabaseUnavailable } from '../database/pg-errors';
import { DomainError, ErrorKind } from './domain-error';

/** A lost database connection rolled the request's transaction back: nothing was written, trying again is safe. */
const UNAVAILABLE_MESSAGE = 'The service is briefly unavailable: nothing was saved, try again in a moment';

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
    if (host.getType<GqlContextType>() !== 'graphql') return this.catchHttp(exception, host);
    if (exception instanceof DomainError) return toGraphQLError(exception);
    if (exception instanceof HttpException) {
      const kind = KIND_BY_STATUS[exception.getStatus()];
      if (kind) return toGraphQLError(new DomainError(kind === 'BAD_INPUT' ? 'INVALID_INPUT' : kind, kind, exception.message));
    }
    if (exception instanceof GraphQLError) return exception;
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception }, 'The database was unavailable during a GraphQL operation');
      return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    this.logger.error({ err: exception }, 'Unhandled error in a GraphQL operation');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL' } });
  }

  /**
   * Plain HTTP routes (files, exports) and what fails before GraphQL (a body too large or not
   * JSON) answer with the body of a GraphQL error too: a code and a fixed message, never the
   * parser's or the exception's own text.
   */
  private catchHttp(exception: unknown, host: ArgumentsHost): unknown {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return super.catch(exception, host);
    if (exception instanceof DomainError) {
      return response.status(STATUS_BY_KIND[exception.kind]).json({ errors: [toGraphQLError(exception).toJSON()] });
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception }, 'The database was unavailable during an HTTP request');
      return response.status(HttpStatus.SERVICE_UNAVAILABLE).set('Retry-After', '5').json({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    const status = statusOf(exception);
    const code = status ? (CODE_BY_STATUS[status] ?? KIND_BY_STATUS[status] ?? 'BAD_REQUEST') : 'INTERNAL';
    if (!status) this.logger.error({ err: exception }, 'Unhandled error in an HTTP route');
    const message = status ? (HTTP_STATUS_TEXT[status] ?? 'Bad request') : 'Internal server error';
    return response.status(status ?? HttpStatus.INTERNAL_SERVER_ERROR).json({ errors: [{ message, extensions: { code } }] });
  }
}

/** Codes of the statuses Express's own middleware (body parser, routing) answers with. */
const CODE_BY_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'BAD_REQUEST',
};

const HTTP_STATUS_TEXT: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Bad request',
  [HttpStatus.UNAUTHORIZED]: 'Unauthenticated',
  [HttpStatus.FORBIDDEN]: 'Forbidden',
  [HttpStatus.NOT_FOUND]: 'Not found',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Request body too large',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many requests',
};

/** The 4xx status of a Nest exception or of an http-errors error (body-parser's), else undefined. */
function statusOf(exception: unknown): number | undefined {
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : (exception as { statusCode?: unknown; status?: unknown } | null)?.statusCode ?? (exception as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
