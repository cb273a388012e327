import type { GraphQLSchema } from 'graphql';

import { socketClient, subscribe } from '../support/subscriptions';
import type { GqlError, TestApp } from '../support/test-app';
import { Caller, Credentials } from './callers';
import { minimalOperation, RootOperation } from './minimal-operation';

/** How long an opened subscription may stay silent before it counts as accepted (nothing refused it). */
// Long enough for a refusal to arrive on a loaded machine: a late refusal would read as accepted.
const SUBSCRIPTION_QUIET_MS = 1500;

export interface Answer {
  errors: GqlError[] | undefined;
  /** The subscription was accepted and is waiting for events. */
  listening?: boolean;
}

/**
 * Sends one operation as one caller with minimal arguments: queries and mutations over HTTP,
 * subscriptions over graphql-ws with the caller's credentials in connectionParams.
 */
export async function callOperation(t: TestApp, schema: GraphQLSchema, credentials: Credentials, caller: Caller, op: RootOperation): Promise<Answer> {
  const { query, variables } = minimalOperation(schema, op);
  const headers = credentials[caller];
  if (op.type !== 'subscription') {
    const result = await t.gql(query, variables, { headers });
    return { errors: result.errors };
  }
  const secret = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  const live = subscribe(socketClient(t, secret), query, variables);
  try {
    const first = await live.next(SUBSCRIPTION_QUIET_MS);
    return { errors: first.errors };
  } catch {
    return { errors: undefined, listening: true };
  } finally {
    await live.close();
  }
}

/** Runs tasks with at most `width` at a time, in order of the list. */
export async function inBatches<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]);
      }
    }),
  );
  return results;
}
