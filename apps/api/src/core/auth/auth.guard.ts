import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { Role } from '@relais/domain';

import { forbidden, unauthenticated } from '../errors/domain-error';
import { Actor } from './actor';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { requestOf } from './request-of';

/**
 * The one guard of the API, global: deny by default. An operation needs a valid access token
 * unless marked @Public(), and one of its @Roles() when it names some.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const hasBearer = /^Bearer /i.test(requestOf(context).headers.authorization ?? '');
    if (isPublic && !hasBearer) return true;
    try {
      await super.canActivate(context);
    } catch (error) {
      // A public operation stays open to a caller whose token has expired.
      if (isPublic) return true;
      throw error;
    }
    if (isPublic) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const actor = requestOf(context).user as Actor;
    if (roles && !roles.includes(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw unauthenticated();
    return user;
  }
}
