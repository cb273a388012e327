import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { WebSocket } from 'ws';

import { SOCKET_CLOSE_CODE, SocketCloseReason, SocketContext, SocketGate, SocketToken, socketTokenVerifier } from '../../core/auth/socket-auth';
import { AppConfig } from '../../core/config/app-config';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { SessionsService } from './sessions.service';
import { SessionEnded, SESSIONS_ENDED_CHANNEL } from './sessions-ended';

interface OpenSocket {
  socket: WebSocket;
  userId: string;
  partnerId: string | null;
  sessionId?: string;
  expiry: NodeJS.Timeout;
  admitted: boolean;
}

/**
 * The graphql-ws sockets this process holds, each tied to the access token it opened with. A
 * socket is admitted only for a live session (SessionsService.isLive), closed with 4403 when its
 * token expires, and closed when its session or every session of its user ends, whichever API
 * process ended it: revocations are announced on SESSIONS_ENDED_CHANNEL, which every process hears.
 * Closing the socket returns its subscriptions' iterators, so nothing is delivered afterwards.
 */
@Injectable()
export class LiveSockets implements SocketGate, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveSockets.name);
  private readonly verify: ReturnType<typeof socketTokenVerifier>;
  private readonly open = new Map<SocketContext, OpenSocket>();
  private ended?: AsyncIterableIterator<SessionEnded>;

  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.verify = socketTokenVerifier(config);
  }

  /**
   * Heard from boot rather than from the first socket: an end announced while the first LISTEN is
   * on its way would be missed, and the listening connection is opened by the first subscription anyway.
   */
  onModuleInit(): void {
    const ended = this.realtime.subscribe<SessionEnded>(SESSIONS_ENDED_CHANNEL);
    this.ended = ended;
    void (async () => {
      for await (const event of ended) this.end(event);
    })();
  }

  async onModuleDestroy(): Promise<void> {
    for (const entry of this.open.values()) clearTimeout(entry.expiry);
    this.open.clear();
    await this.ended?.return?.();
  }

  async admit(ctx: SocketContext): Promise<boolean> {
    const token = this.verify(ctx);
    if (!token) return false;
    // Tracked before the session is checked, so that an end announced during the check closes it too.
    this.track(ctx, token);
    let live = false;
    try {
      live = await this.sessions.isLive(this.dataSource.manager, token);
    } catch (error) {
      this.logger.warn({ err: error, userId: token.sub }, 'Could not check the session of a socket; refused');
    }
    const entry = this.open.get(ctx);
    if (entry) entry.admitted = live;
    if (!live) this.release(ctx);
    return live;
  }

  release(ctx: SocketContext): void {
    const entry = this.open.get(ctx);
    if (!entry) return;
    clearTimeout(entry.expiry);
    this.open.delete(ctx);
  }

  /** For tests: how many sockets of `userId` this process has admitted and holds open. */
  countFor(userId: string): number {
    return [...this.open.values()].filter((entry) => entry.userId === userId && entry.admitted).length;
  }

  private track(ctx: SocketContext, token: SocketToken): void {
    const entry: OpenSocket = {
      socket: ctx.extra.socket,
      userId: token.sub,
      partnerId: token.pid,
      sessionId: token.sid,
      expiry: setTimeout(() => this.close(ctx, 'Access token expired'), Math.max(0, token.exp * 1000 - Date.now())),
      admitted: false,
    };
    // A socket of its own must not keep a process from exiting.
    entry.expiry.unref();
    this.open.set(ctx, entry);
  }

  /** Revocations are rare next to the sockets they are matched against: a pass over them all is enough. */
  private end(event: SessionEnded): void {
    for (const [ctx, entry] of this.open) {
      if (endsSocket(event, entry)) this.close(ctx, 'Session ended');
    }
  }

  private close(ctx: SocketContext, reason: SocketCloseReason): void {
    const entry = this.open.get(ctx);
    if (!entry) return;
    this.release(ctx);
    this.logger.debug({ userId: entry.userId, reason }, 'Socket closed by the server');
    entry.socket.close(SOCKET_CLOSE_CODE, reason);
  }
}

function endsSocket(event: SessionEnded, socket: OpenSocket): boolean {
  if ('sessionId' in event) return socket.sessionId === event.sessionId;
  if ('userId' in event) return socket.userId === event.userId;
  return socket.partnerId === event.partnerId;
}
