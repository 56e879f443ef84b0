import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal-scope.js';
import type { Role } from '../auth/role.enum.js';
import type { DeclaredAccess } from '../../modules/audit/access-purpose.js';

/**
 * Where a context's entity manager comes from: for a request, the app's `Transactions` (transactions.ts), whose `tx` is
 * the manager of the transaction the work is in at that moment (the mutation's, or one a service opened with
 * `withTransaction`), else the data source's; for background work bound to one transaction, that transaction.
 */
export interface ManagerSource {
  readonly tx: EntityManager;
}

/**
 * What travels as the first argument of every service method: who acts, for which principals, and the entity
 * manager of the transaction the work is in (a mutation runs in one). Work that must only happen once the
 * transaction has committed, such as enqueueing jobs, is registered with {@link onCommit}.
 */
export class RequestContext {
  constructor(
    readonly actor: Actor,
    private readonly managers: ManagerSource,
    private readonly committed: Array<() => Promise<void>> = [],
    readonly declared: DeclaredAccess = {},
  ) {}

  /** The entity manager of the current transaction, read anew at each use, so it is always the one in force. */
  get em(): EntityManager {
    return this.managers.tx;
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((r) => this.actor.roles.includes(r));
  }

  onCommit(work: () => Promise<void>): void {
    this.committed.push(work);
  }

  /** Runs the after-commit work; called by the transaction interceptor. */
  async flushCommitted(): Promise<void> {
    const work = this.committed.splice(0);
    for (const w of work) await w();
  }
}
