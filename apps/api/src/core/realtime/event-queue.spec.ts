import { EventQueue, mapEvents } from './event-queue';

describe('EventQueue', () => {
  it('hands events in order, to a waiting reader or later, and keeps at most its limit for a slow one', async () => {
    const queue = new EventQueue<number>(() => undefined, 2);
    const waiting = queue.next();
    queue.push(1);
    expect(await waiting).toEqual({ value: 1, done: false });
    queue.push(2);
    queue.push(3);
    queue.push(4);
    expect(await queue.next()).toEqual({ value: 3, done: false });
    expect(await queue.next()).toEqual({ value: 4, done: false });
  });

  it('ends pending reads and unsubscribes once when returned', async () => {
    const onClose = jest.fn();
    const queue = new EventQueue<number>(onClose);
    const pending = queue.next();
    await queue.return();
    await queue.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    queue.push(1);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('mapEvents', () => {
  it('skips events mapped to null and closes its source when returned', async () => {
    const onClose = jest.fn();
    const source = new EventQueue<number>(onClose);
    const mapped = mapEvents(source, (n) => Promise.resolve(n % 2 === 0 ? `even ${n}` : null));
    source.push(1);
    source.push(2);
    expect(await mapped.next()).toEqual({ value: 'even 2', done: false });
    await mapped.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
