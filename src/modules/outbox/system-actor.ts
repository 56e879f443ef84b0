import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal-scope.js';
import { RequestContext } from '../context/request-context.js';
import { User } from '../organisations/user.entity.js';

/**
 * How the system acts: as an {@link Actor} built in code, never a login. It has no roles, so no `@Allow` can
 * ever admit it; it reads and writes exactly one principal (the event's), so the scoping helpers bound it like
 * any user; and it acts on behalf of the person whose recorded act caused the work (DOMAIN.md: a decision is made
 * and signed by a person; the software carries it out), so `userId` and every author column stay a real user.
 * `via` says what automation made the change; plan revisions store it, so a reader tells "Johan changed the plan"
 * from "Brygga changed the plan because Johan recorded the outcome".
 */
export interface SystemActor extends Actor {
  readonly via: string;
}

/**
 * The request context of background work for one principal, on behalf of `onBehalfOf`, inside `em`. Work it
 * registers with `onCommit` goes to `afterCommit`, which the caller runs once its transaction has committed.
 */
export async function systemContext(
  em: EntityManager,
  principalId: string,
  onBehalfOf: string,
  via: string,
  afterCommit: Array<() => Promise<void>> = [],
): Promise<RequestContext> {
  const user = await em.getRepository(User).findOneByOrFail({ id: onBehalfOf });
  const actor: SystemActor = {
    userId: user.id,
    name: `Brygga (för ${user.name})`,
    organisationId: user.organisationId,
    homePrincipalId: principalId,
    roles: [],
    readablePrincipalIds: [principalId],
    writablePrincipalIds: [principalId],
    via,
  };
  return new RequestContext(actor, em, afterCommit);
}

/** The automation behind the context's actor, or null when a person acts directly. */
export function viaOf(ctx: RequestContext): string | null {
  const via = (ctx.actor as Partial<SystemActor>).via;
  return typeof via === 'string' ? via : null;
}
