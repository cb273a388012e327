import { ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { Role } from '@relais/domain';
import type { Request } from 'express';

import { forbidden, unauthenticated } from '../errors/domain-error';
import { Actor } from './actor';
import { ApiKeyAuthenticator, apiKeyOf, KeyOperation } from './api-key-auth';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { requestOf } from './request-of';

type Targets = [ReturnType<ExecutionContext['getHandler']>, ReturnType<ExecutionContext['getClass']>];

/**
 * The one guard of the API, global: deny by default. An operation needs a valid access token
 * unless marked @Public(), and one of its @Roles() when it names some. A request carrying an API
 * key is checked as the key (once per request), then each of its operations against the key's
 * allow-list, public ones included.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  /** One key check (and one rate-limit point) per HTTP request, however many root fields it asks. */
  private readonly keyActors = new WeakMap<Request, Promise<Actor>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets: Targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    const key = apiKeyOf(request);
    if (key !== undefined) {
      await this.checkApiKey(context, request, key);
      return this.checkRoles(targets, request.user as Actor);
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const hasBearer = /^Bearer /i.test(request.headers.authorization ?? '');
    if (isPublic && !hasBearer) return true;
    try {
      await super.canActivate(context);
    } catch (error) {
      // A public operation stays open to a caller whose token has expired.
      if (isPublic) return true;
      throw error;
    }
    if (isPublic) return true;
    return this.checkRoles(targets, request.user as Actor);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw unauthenticated();
    return user;
  }

  private checkRoles(targets: Targets, actor: Actor): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    return true;
  }

  private async checkApiKey(context: ExecutionContext, request: Request, secret: string): Promise<void> {
    let keys: ApiKeyAuthenticator;
    try {
      keys = this.moduleRef.get(ApiKeyAuthenticator, { strict: false });
    } catch {
      throw unauthenticated('API_KEY_INVALID');
    }
    let actor = this.keyActors.get(request);
    if (!actor) {
      actor = keys.authenticate(secret, request);
      this.keyActors.set(request, actor);
    }
    request.user = await actor;
    await keys.authorize(request.user as Actor, operationOf(context, request), request);
  }
}

/** The root field asked for; a plain HTTP route is named by method and path, so no allow-list holds it. */
function operationOf(context: ExecutionContext, request: Request): KeyOperation {
  if (context.getType<string>() !== 'graphql') return { type: 'query', field: `${request.method} ${request.path}` };
  const info = GqlExecutionContext.create(context).getInfo<{ fieldName: string; operation: { operation: KeyOperation['type'] } }>();
  return { type: info.operation.operation, field: info.fieldName };
}
