import { AsyncLocalStorage } from 'node:async_hooks';

import { Role } from '@relais/domain';

/** Who causes the writes of the request under way, as the audit trigger records them. */
export interface AuditActor {
  userId: string;
  role: Role;
  /** The GraphQL field (`updateProduct`) or the HTTP route (`POST /exports/:id`) called. */
  operation: string;
  clientAddress: string | null;
}

// Module-level rather than a provider: TypeORM creates query runners outside Nest's container.
const storage = new AsyncLocalStorage<AuditActor>();

export const auditContext = {
  /** Runs `work` (and everything it awaits or schedules) on behalf of `actor`. */
  run<T>(actor: AuditActor, work: () => T): T {
    return storage.run(actor, work);
  },
  current(): AuditActor | undefined {
    return storage.getStore();
  },
};
