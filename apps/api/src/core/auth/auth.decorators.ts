import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@relais/domain';

import { Actor } from './actor';
import { requestOf } from './request-of';

export const IS_PUBLIC = 'relais:isPublic';
export const ROLES = 'relais:roles';

/** Opens an operation to callers who are not signed in. Everything else needs a valid token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Limits an operation to these roles; without it, any signed-in user may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in caller, taken from the verified access token, never from arguments. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user as Actor | undefined;
  if (!actor) throw new Error('CurrentActor used on an operation without a signed-in user');
  return actor;
});

/** The caller's network address, for rate limits and logs. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = requestOf(context);
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
});


