import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { RealtimeService } from '../../src/core/realtime/realtime.service';
import type { GqlResult, TestApp } from './test-app';

export interface LiveSubscription<T> {
  /** The next result the server sent (data or errors), in order. */
  next(timeoutMs?: number): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** A graphql-ws client on the test app's /graphql, as the apps open one (token in connectionParams). */
export function socketClient(t: TestApp, token?: string): Client {
  return createClient({
    url: t.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and queues what arrives, so a test reads results one by one. */
export function subscribe<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
  const results: GqlResult<T>[] = [];
  const waiting: ((result: GqlResult<T>) => void)[] = [];
  const deliver = (result: GqlResult<T>) => {
    const resolve = waiting.shift();
    if (resolve) resolve(result);
    else results.push(result);
  };
  const dispose = client.subscribe<T>({ query, variables }, {
    next: (result) => deliver(result as GqlResult<T>),
    error: (error) => deliver({ errors: [{ message: String((error as { reason?: string }).reason ?? error), extensions: { code: `SOCKET_${(error as { code?: number }).code ?? 'ERROR'}` } }] }),
    complete: () => undefined,
  });
  return {
    next(timeoutMs = 10_000) {
      const ready = results.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No subscription result arrived')), timeoutMs);
        waiting.push((result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Waits until this API process LISTENs on `channel`: from then on a commit cannot be missed. */
export async function untilListening(t: TestApp, channel: string, timeoutMs = 10_000): Promise<void> {
  const realtime = t.app.get(RealtimeService);
  const deadline = Date.now() + timeoutMs;
  while (!realtime.isListening(channel)) {
    if (Date.now() > deadline) throw new Error(`The API never listened on ${channel}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
