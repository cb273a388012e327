import type { IncomingMessage } from 'node:http';

import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';

import { AppConfig } from '../config/app-config';
import { AccessTokenPayload } from './actor';

/** What graphql-ws's `ws` adapter puts in a socket's context. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

export type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** The `authorization` the client sent in connectionParams ({ authorization: 'Bearer …' }). */
export function socketAuthorization(ctx: Context<Record<string, unknown> | undefined>): string | undefined {
  const value = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Close code of a socket the server ends because its credentials no longer hold: the access token
 * expired, or the session, the user or their partner was ended. 4403 is the code graphql-ws itself
 * uses when onConnect refuses a socket, and the one its client retries (4401 is fatal there): the
 * apps reconnect with a refreshed token when the session lives on, and stop when the refresh is
 * refused. The reason says which (see SocketCloseReason) for logs and for the tests.
 */
export const SOCKET_CLOSE_CODE = 4403;
export type SocketCloseReason = 'Forbidden' | 'Access token expired' | 'Session ended';

/** A verified access token, as a socket presented it in connectionParams. */
export type SocketToken = AccessTokenPayload & { exp: number };

/**
 * Reads and verifies the access token of connectionParams. The token travels in the connection
 * message rather than a cookie, so another site cannot open a socket in the user's name.
 */
export function socketTokenVerifier(config: AppConfig): (ctx: Context<Record<string, unknown> | undefined>) => SocketToken | null {
  const jwt = new JwtService({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });
  return (ctx) => {
    const token = /^Bearer (.+)$/i.exec(socketAuthorization(ctx) ?? '')?.[1];
    if (!token) return null;
    try {
      const payload = jwt.verify<SocketToken>(token);
      return payload.typ === 'access' && typeof payload.exp === 'number' ? payload : null;
    } catch {
      return null;
    }
  };
}

/**
 * Who may keep a socket open, and for how long (LiveSockets in the auth feature). Each subscription
 * on an admitted socket still passes the global guard like any operation (see socketRequest).
 */
export interface SocketGate {
  /** Whether the socket may open (false: graphql-ws closes it with 4403). */
  admit(ctx: SocketContext): Promise<boolean>;
  /** The socket closed, for whatever reason. */
  release(ctx: SocketContext): void;
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
