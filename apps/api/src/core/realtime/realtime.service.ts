import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

import { assertChannel, MAX_PAYLOAD_BYTES } from './channels';
import { EventQueue } from './event-queue';
import { PgListener } from './pg-listener';

export interface RealtimeEvent {
  channel: string;
  payload: unknown;
}

/**
 * Live updates across every API process through PostgreSQL NOTIFY: publish() inside the
 * transaction that changes the data (PostgreSQL delivers on commit, never after a rollback), and
 * subscribe() from a GraphQL subscription resolver.
 */
@Injectable()
export class RealtimeService implements OnModuleDestroy {
  private readonly logger = new Logger(RealtimeService.name);
  private readonly listener: PgListener;
  private readonly queues = new Set<EventQueue<unknown>>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    // The same server and database as the pool (DatabaseModule always configures a url).
    const { url } = dataSource.options as { url?: string };
    this.listener = new PgListener(() => new Client({ connectionString: url, application_name: 'relais-api-listen' }), this.logger);
  }

  publish(manager: EntityManager, channel: string, payload: unknown): Promise<void> {
    return this.publishMany(manager, [{ channel, payload }]);
  }

  /** One statement for many events (a notification to a whole team, a leaderboard and its ranks). */
  async publishMany(manager: EntityManager, events: RealtimeEvent[]): Promise<void> {
    if (events.length === 0) return;
    const channels = events.map((event) => assertChannel(event.channel));
    const payloads = events.map((event) => {
      const json = JSON.stringify(event.payload ?? null);
      if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES) throw new Error(`Realtime payload on ${event.channel} is too large: send ids, not documents`);
      return json;
    });
    await manager.query('SELECT pg_notify(e.channel, e.payload) FROM unnest($1::text[], $2::text[]) AS e(channel, payload)', [channels, payloads]);
  }

  /** The events published on `channel` from now on, until the iterator is returned. */
  subscribe<T>(channel: string): AsyncIterableIterator<T> {
    let remove: () => void = () => undefined;
    const queue = new EventQueue<T>(() => {
      remove();
      this.queues.delete(queue as EventQueue<unknown>);
    });
    remove = this.listener.add(channel, (payload) => queue.push(payload as T));
    this.queues.add(queue as EventQueue<unknown>);
    return queue;
  }

  /** For tests: whether this process hears `channel` yet (a subscription is live once it does). */
  isListening(channel: string): boolean {
    return this.listener.isListening(channel);
  }

  async onModuleDestroy(): Promise<void> {
    for (const queue of [...this.queues]) queue.close();
    await this.listener.stop();
  }
}
