import type { EntityManager } from 'typeorm';
import type { Clock } from '../src/platform/context/clock.js';
import { RequestContext } from '../src/platform/context/request-context.js';
import type { DemoWorld } from './demo-world.js';

/**
 * The request context in which the demo acts as one of its staff, `username`, in the seeding transaction `em`, with
 * the user's roles and the principals they would have signed in: Trelleborg's administration acts for both
 * municipalities under the agreement, Svedala's own staff for Svedala.
 */
export function demoContext(em: EntityManager, world: DemoWorld, username: string): RequestContext {
  const staff = world.staff.get(username);
  if (!staff) throw new Error(`The demo has no user ${username}`);
  const { Trelleborg, Svedala } = world.principals;
  const principals = staff.organisationId === world.amfId ? [Trelleborg, Svedala] : [Svedala];
  return new RequestContext(
    { userId: staff.id, name: staff.name, organisationId: staff.organisationId, homePrincipalId: principals[0]!, roles: staff.roles, readablePrincipalIds: principals, writablePrincipalIds: principals },
    { tx: em },
  );
}

/**
 * Runs `work` with the clock at `instant`, so that what the services date by the clock (a placement's step, a closed
 * follow-up, a check-in) happens on the demo's earlier day, and puts the clock back afterwards.
 */
export async function asOf<T>(clock: Clock, instant: Date, work: () => Promise<T>): Promise<T> {
  const offsetMs = clock.now().getTime() - Date.now();
  clock.setNow(instant);
  try {
    return await work();
  } finally {
    clock.setNow(new Date(Date.now() + offsetMs));
  }
}
