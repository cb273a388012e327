import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isBrandRole } from '@relais/domain';
import { GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';

import { Actor } from '../auth/actor';
import { requestOf } from '../auth/request-of';
import { AuditActor, auditContext } from './audit-context';

/**
 * Puts a back-office caller (brand roles) in the audit context for the whole operation, so every
 * transaction it opens tells the audit trigger who acts. Partner and anonymous calls are left
 * alone: the audit log records back-office changes only, and the declaration path pays nothing.
 * Interceptors run after the guard, so the verified actor is known here.
 */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = requestOf(context);
    const actor = request.user as Actor | undefined;
    if (!actor || !isBrandRole(actor.role) || isSubscription(context)) return next.handle();
    const auditActor: AuditActor = {
      userId: actor.userId,
      role: actor.role,
      operation: operationOf(context),
      clientAddress: request.ip ?? request.socket?.remoteAddress ?? null,
    };
    // handle() binds the handler to the async context it is called in.
    return auditContext.run(auditActor, () => next.handle());
  }
}

// A subscription lives as long as its socket: what its listeners do is not the subscriber's change.
const isSubscription = (context: ExecutionContext) =>
  context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === OperationTypeNode.SUBSCRIPTION;

function operationOf(context: ExecutionContext): string {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().fieldName;
  }
  const request = context.switchToHttp().getRequest<{ method: string; route?: { path?: string }; path: string }>();
  return `${request.method} ${request.route?.path ?? request.path}`;
}
