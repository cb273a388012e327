import { Logger } from '@nestjs/common';
import type { Client, Notification } from 'pg';

import { assertChannel } from './channels';

type Handler = (payload: unknown) => void;

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * One dedicated PostgreSQL connection per API process, LISTENing to the channels its local
 * subscribers want and fanning each NOTIFY out to them. Pooled connections cannot LISTEN (the
 * pool hands them to anyone), hence a client of its own, opened at the first subscription.
 *
 * LISTEN/UNLISTEN and reconnections run one at a time on `chain`, so a quick unsubscribe and
 * resubscribe cannot end with the channel unheard. When the connection drops it reconnects with
 * a growing delay and LISTENs again to every channel that still has subscribers; what was
 * published meanwhile is lost, which the apps' slower polling covers.
 */
export class PgListener {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly listening = new Set<string>();
  private client?: Client;
  private chain: Promise<void> = Promise.resolve();
  private retryMs = FIRST_RETRY_MS;
  private retryTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly newClient: () => Client,
    private readonly logger: Logger,
  ) {}

  /** Calls `handler` with each payload published on `channel`; returns the unsubscribe. */
  add(channel: string, handler: Handler): () => void {
    assertChannel(channel);
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      this.enqueue(() => this.listen(channel));
    }
    set.add(handler);
    const owned = set;
    return () => {
      owned.delete(handler);
      if (owned.size === 0 && this.handlers.get(channel) === owned) {
        this.handlers.delete(channel);
        this.enqueue(() => this.unlisten(channel));
      }
    };
  }

  /** True once PostgreSQL has acknowledged the LISTEN: from then on, no commit is missed. */
  isListening(channel: string): boolean {
    return this.listening.has(channel);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.handlers.clear();
    await this.chain;
    const client = this.client;
    this.client = undefined;
    this.listening.clear();
    await client?.end().catch(() => undefined);
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'Realtime listener failed; reconnecting');
      this.lost(this.client);
    });
  }

  private async listen(channel: string): Promise<void> {
    if (this.stopped || !this.handlers.has(channel) || this.listening.has(channel)) return;
    const client = await this.connected();
    // The name is checked by assertChannel: a plain identifier, safe to write into the statement.
    await client.query(`LISTEN ${channel}`);
    this.listening.add(channel);
  }

  private async unlisten(channel: string): Promise<void> {
    if (this.handlers.has(channel) || !this.listening.has(channel) || !this.client) return;
    this.listening.delete(channel);
    await this.client.query(`UNLISTEN ${channel}`);
  }

  private async connected(): Promise<Client> {
    if (this.client) return this.client;
    const client = this.newClient();
    client.on('notification', (message: Notification) => this.dispatch(message));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    return client;
  }

  private dispatch({ channel, payload }: Notification): void {
    const handlers = this.handlers.get(channel);
    if (!handlers || payload === undefined) return;
    let value: unknown;
    try {
      value = JSON.parse(payload);
    } catch {
      this.logger.warn({ channel }, 'Ignoring a realtime payload that is not JSON');
      return;
    }
    for (const handler of handlers) handler(value);
  }

  /** Forgets a dead connection and schedules a new one with every channel still wanted. */
  private lost(client: Client | undefined): void {
    if (client && client !== this.client) return;
    this.client = undefined;
    this.listening.clear();
    client?.removeAllListeners('notification');
    void client?.end().catch(() => undefined);
    if (this.stopped || this.retryTimer || this.handlers.size === 0) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      for (const channel of this.handlers.keys()) this.enqueue(() => this.listen(channel));
    }, delay);
  }
}
