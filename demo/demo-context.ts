import type { EntityManager } from 'typeorm';
import type { Role } from '../src/platform/auth/role.enum.js';
import { RequestContext } from '../src/platform/context/request-context.js';
import type { DemoWorld } from './demo-world.js';

/**
 * The request context in which the demo acts as one of its staff, `username`, in the seeding transaction `em`: the
 * staff of Trelleborg's administration read and write both principals under the agreement, as they would signed in.
 */
export function demoContext(em: EntityManager, world: DemoWorld, username: string, roles: Role[]): RequestContext {
  const staff = world.staff.get(username);
  if (!staff) throw new Error(`The demo has no user ${username}`);
  const principals = [world.principals.Trelleborg, world.principals.Svedala];
  return new RequestContext(
    { userId: staff.id, name: staff.name, organisationId: staff.organisationId, homePrincipalId: world.principals.Trelleborg, roles, readablePrincipalIds: principals, writablePrincipalIds: principals },
    { tx: em },
  );
}
