import { DomainError } from '../errors/domain-error';
import { toGraphQLError } from '../errors/error.filter';

/**
 * A subscription field's `resolve`: the event the stream delivered. Asked in a plain HTTP request,
 * graphql-js runs only this resolve, with no event and without the subscribe function, where the
 * guard and the caller's scope are checked; that used to answer an internal error to anyone,
 * signed in or not. It is refused as bad input instead, naming the transport to use.
 */
export function subscriptionEvent<T>(event: T | undefined): T {
  if (event === undefined || event === null) {
    throw toGraphQLError(new DomainError('INVALID_INPUT', 'BAD_INPUT', 'Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP'));
  }
  return event;
}
