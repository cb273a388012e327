/**
 * An AsyncIterableIterator fed by push(): what a GraphQL subscription resolver returns. A consumer
 * slower than the events keeps at most `limit` of them (the oldest go first); the apps re-read
 * what matters anyway, so a dropped event costs a stale view for a moment, not memory.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(
    private readonly onClose: () => void,
    private readonly limit = 100,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const resolve = this.waiting.shift();
    if (resolve) return resolve({ value, done: false });
    this.buffered.push(value);
    if (this.buffered.length > this.limit) this.buffered.shift();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Nothing to unwind on our side: ends the iteration as return() does. */
  throw(): Promise<IteratorResult<T>> {
    return this.return();
  }

  /** Ends the iteration (unsubscribe, shutdown); pending next() calls resolve as done. */
  close(): void {
    if (this.done) return;
    this.done = true;
    this.buffered.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    this.onClose();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/**
 * Maps each event to what the subscriber receives, skipping events mapped to null (not theirs,
 * deleted since). Unlike an async generator it pulls from `source` at once, so the subscription
 * is registered when the resolver returns, not at the first read.
 */
export function mapEvents<T, R>(source: AsyncIterableIterator<T>, map: (event: T) => Promise<R | null>): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next(): Promise<IteratorResult<R>> {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const mapped = await map(result.value);
        if (mapped !== null) return { value: mapped, done: false };
      }
    },
    async return(): Promise<IteratorResult<R>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
