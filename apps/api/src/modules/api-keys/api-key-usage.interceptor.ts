import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';

import { Actor } from '../../core/auth/actor';
import { requestOf } from '../../core/auth/request-of';
import { DomainError } from '../../core/errors/domain-error';
import { ApiKeyUsageLog } from './api-key-usage-log';

/**
 * Logs each root operation a key called with its outcome (OK or the error code), once it has
 * run. Refusals before it runs (rate limit, operation not allowed) are logged by the authenticator.
 */
@Injectable()
export class ApiKeyUsageInterceptor implements NestInterceptor {
  constructor(private readonly usage: ApiKeyUsageLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = requestOf(context).user as Actor | undefined;
    if (!actor?.apiKeyId || context.getType<string>() !== 'graphql') return next.handle();
    const keyId = actor.apiKeyId;
    const operation = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
    return next.handle().pipe(
      mergeMap((value: unknown) => from(this.usage.record(keyId, operation, 'OK').then((): unknown => value))),
      catchError((error: unknown) => {
        const code = error instanceof DomainError ? error.code : 'ERROR';
        return from(this.usage.record(keyId, operation, code)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
