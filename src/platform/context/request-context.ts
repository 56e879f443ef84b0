import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal-scope.js';
import type { Role } from '../auth/role.enum.js';
import type { DeclaredAccess } from '../../modules/audit/access-purpose.js';

/**
 * What travels as the first argument of every service method: who acts, for which principals, and the
 * entity manager of the request's transaction (a mutation runs in one). Work that must only happen once the
 * transaction has committed, such as enqueueing jobs, is registered with {@link onCommit}.
 */
export class RequestContext {
  constructor(
    readonly actor: Actor,
    readonly em: EntityManager,
    private readonly committed: Array<() => Promise<void>> = [],
    readonly declared: DeclaredAccess = {},
  ) {}

  /** The same request bound to a transaction's entity manager; after-commit work is shared. */
  withManager(em: EntityManager): RequestContext {
    return new RequestContext(this.actor, em, this.committed, this.declared);
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
