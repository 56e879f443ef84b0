import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal-scope.js';
import { bindTransaction, scopeOf } from '../database/row-security.js';
import { RequestContext } from './request-context.js';
import { User } from '../../modules/organisations/user.entity.js';

/**
 * How the system acts: as an {@link Actor} built in code, never a login. It has no roles, so no `@Allow` can
 * ever admit it; it reads and writes exactly one principal (the event's), so the scoping helpers bound it like
 * any user; and it acts on behalf of the person whose recorded act caused the work (docs/rules.md: a decision is made
 * and signed by a person; the software carries it out), so `userId` and every author column stay a real user.
 * `via` says what automation made the change; plan revisions store it, so a reader tells "Johan changed the plan"
 * from "Brygga changed the plan because Johan recorded the outcome".
 */
export interface SystemActor extends Actor {
  readonly via: string;
}

/**
 * The request context of background work for one principal, on behalf of `onBehalfOf`, inside `em`, whose
 * transaction it binds to that principal (row-level security): from here on the work reads and writes that
 * principal's people and no one else's, however its queries are written; so the context reads through `em` alone,
 * never another transaction. Work it registers with `onCommit` goes to
 * `afterCommit`, which the caller runs once its transaction has committed.
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
  await bindTransaction(em, scopeOf(actor));
  return new RequestContext(actor, { tx: em }, afterCommit);
}

/** The automation behind the context's actor, or null when a person acts directly. */
export function viaOf(ctx: RequestContext): string | null {
  const via = (ctx.actor as Partial<SystemActor>).via;
  return typeof via === 'string' ? via : null;
}

/** The user id of the system when no person's act caused the work (a scheduled report); never a row in app_user. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The request context of scheduled work that reads `principalIds` and writes nothing, on no one's behalf (the
 * monthly report): like {@link systemContext} it has no roles, so no `@Allow` admits it, and the scoping helpers
 * and row-level security bound it; unlike it, it names no user, so it must not write anything that records an author.
 */
export async function readOnlySystemContext(em: EntityManager, principalIds: readonly string[]): Promise<RequestContext> {
  const actor: SystemActor = {
    userId: SYSTEM_USER_ID,
    name: 'Brygga',
    organisationId: SYSTEM_USER_ID,
    homePrincipalId: principalIds[0] ?? SYSTEM_USER_ID,
    roles: [],
    readablePrincipalIds: [...principalIds],
    writablePrincipalIds: [],
    via: 'schedule',
  };
  await bindTransaction(em, scopeOf(actor));
  return new RequestContext(actor, { tx: em });
}
