import type { RewardDelivery } from '@relais/graphql-client';
import { useSession } from '@relais/graphql-client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** What the cart remembers of an item, to draw the checkout before asking the API (the API prices the order). */
export interface CartLine {
  itemId: string;
  title: string;
  pointsCost: number;
  delivery: RewardDelivery;
  quantity: number;
}

/** The API's bounds of an order: 1..20 lines, quantity 1..99. */
export const MAX_LINES = 20;
export const MAX_QUANTITY = 99;

const EMPTY: readonly CartLine[] = [];
const storageKey = (userId: string) => `relais.rewardCart.${userId}`;

// One parsed copy per key, so useSyncExternalStore gets the same array until the cart changes.
const snapshots = new Map<string, readonly CartLine[]>();
const listeners = new Set<() => void>();

function isLine(value: unknown): value is CartLine {
  const line = value as Partial<CartLine> | null;
  return (
    !!line &&
    typeof line.itemId === 'string' &&
    typeof line.title === 'string' &&
    typeof line.pointsCost === 'number' &&
    (line.delivery === 'SHIPPED' || line.delivery === 'DIGITAL') &&
    typeof line.quantity === 'number'
  );
}

function read(key: string): readonly CartLine[] {
  const cached = snapshots.get(key);
  if (cached) return cached;
  let lines: readonly CartLine[] = EMPTY;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (Array.isArray(parsed)) lines = parsed.filter(isLine);
  } catch {
    // A damaged entry is an empty cart, not a broken page.
  }
  snapshots.set(key, lines);
  return lines;
}

function write(key: string, lines: readonly CartLine[]): void {
  snapshots.set(key, lines);
  try {
    if (lines.length) localStorage.setItem(key, JSON.stringify(lines));
    else localStorage.removeItem(key);
  } catch {
    // Private mode or a full storage: the cart still works for this page's life.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the cart: forget our copy and read it again.
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith('relais.rewardCart.')) {
      snapshots.delete(event.key);
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const clamp = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.trunc(quantity)));

/** The signed-in user's cart, kept in localStorage under their id so a reload (or another tab) keeps it. */
export function useCart() {
  const { user } = useSession();
  const key = user ? storageKey(user.id) : null;
  const lines = useSyncExternalStore(subscribe, () => (key ? read(key) : EMPTY));

  const update = useCallback(
    (change: (current: readonly CartLine[]) => readonly CartLine[]) => {
      if (key) write(key, change(read(key)));
    },
    [key],
  );

  return useMemo(
    () => ({
      lines,
      count: lines.reduce((sum, line) => sum + line.quantity, 0),
      total: lines.reduce((sum, line) => sum + line.quantity * line.pointsCost, 0),
      quantityOf: (itemId: string) => lines.find((line) => line.itemId === itemId)?.quantity ?? 0,
      /** Adds to the line of the item (keeping its place) or appends one; refreshes the item's title and cost. */
      add: (item: Omit<CartLine, 'quantity'>, quantity: number) =>
        update((current) => {
          const existing = current.find((line) => line.itemId === item.itemId);
          if (existing) return current.map((line) => (line.itemId === item.itemId ? { ...item, quantity: clamp(line.quantity + quantity) } : line));
          return current.length >= MAX_LINES ? current : [...current, { ...item, quantity: clamp(quantity) }];
        }),
      setQuantity: (itemId: string, quantity: number) =>
        update((current) => current.map((line) => (line.itemId === itemId ? { ...line, quantity: clamp(quantity) } : line))),
      remove: (itemId: string) => update((current) => current.filter((line) => line.itemId !== itemId)),
      clear: () => update(() => EMPTY),
    }),
    [lines, update],
  );
}
