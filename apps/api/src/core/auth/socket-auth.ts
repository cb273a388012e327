import type { IncomingMessage } from 'node:http';

import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Context } from 'graphql-ws';

import { AppConfig } from '../config/app-config';
import { AccessTokenPayload } from './actor';

/** What graphql-ws's `ws` adapter puts in a socket's context. */
export interface SocketExtra {
  request: IncomingMessage;
}

export type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** The `authorization` the client sent in connectionParams ({ authorization: 'Bearer …' }). */
export function socketAuthorization(ctx: Context<Record<string, unknown> | undefined>): string | undefined {
  const value = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Refuses a socket (graphql-ws closes it with 4403) unless connectionParams carry a valid access
 * token. The token travels in the connection message rather than a cookie, so another site cannot
 * open a socket in the user's name. Each subscription on the socket then passes the global guard
 * like any operation (see socketRequest), which checks the token again, expiry included.
 */
export function socketAuthenticator(config: AppConfig): (ctx: Context<Record<string, unknown> | undefined>) => boolean {
  const jwt = new JwtService({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });
  return (ctx) => {
    const token = /^Bearer (.+)$/i.exec(socketAuthorization(ctx) ?? '')?.[1];
    if (!token) return false;
    try {
      return jwt.verify<AccessTokenPayload>(token).typ === 'access';
    } catch {
      return false;
    }
  };
}

/**
 * The request a subscription's guard and decorators read: the upgrade request's address with the
 * token of connectionParams as its Authorization header, so @CurrentActor, @Roles and the global
 * guard work on subscriptions exactly as on queries.
 */
export function socketRequest(ctx: SocketContext): Request {
  const upgrade = ctx.extra.request;
  return {
    headers: { authorization: socketAuthorization(ctx) },
    ip: upgrade.socket.remoteAddress,
    socket: upgrade.socket,
  } as unknown as Request;
}
