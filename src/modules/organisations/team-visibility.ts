import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Team } from './team.entity.js';

/**
 * A team the actor may see: one that serves a principal they read. Any other team, or one that does not exist,
 * is NOT_FOUND, so its existence is not revealed. What the team's lists then show is still scoped per record by
 * `scopedQuery`.
 */
export async function findVisibleTeam(ctx: RequestContext, teamId: string): Promise<Team> {
  const team = await ctx.em.getRepository(Team).findOneBy({ id: teamId });
  if (!team || !team.servedPrincipalIds.some((p) => ctx.actor.readablePrincipalIds.includes(p))) {
    throw DomainError.notFound('Team', teamId);
  }
  return team;
}
