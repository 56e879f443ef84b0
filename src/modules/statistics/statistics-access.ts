import { Role } from '../../platform/auth/role.enum.js';
import { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { StatisticsGroupBy } from './statistics.enums.js';

/**
 * Who reads statistics (docs/domain.md "Users": the controller and manager follow results; the principal's reviewers
 * follow up their own municipality's): managers, over every principal they may read, and the principal's
 * reviewers, over their own principal. The principal scope of the actor (principal-scope.ts) is the whole answer
 * to "which principals"; nothing else widens it.
 */
export const STATISTICS_READERS: readonly Role[] = [Role.MANAGER, Role.PRINCIPAL_REVIEWER];

/** Setting a principal's economic-effect parameters: managers, for the principals they act for. */
export const ECONOMIC_PARAMETER_EDITORS: readonly Role[] = [Role.MANAGER];

/**
 * The principals an actor's statistics cover: one asked for (FORBIDDEN, naming `principalId`, if the actor may not
 * read it; the principals themselves are no secret, the organisations list shows them) or all the actor may read.
 *
 * Grouping by SECRETARY names staff and ranks their results: that is the employer's follow-up of its own staff
 * (docs/rules.md: the manager follows indicators "per unit, sector and staff member"), not the inspection of the
 * principal's data that a reviewer does, and the secretaries are the acting organisation's employees, not the
 * principal's. So only managers may group by secretary; reviewers get FORBIDDEN naming `groupBy`, and the
 * monthly reports they read are per sector and per team.
 */
export function statisticsPrincipals(ctx: RequestContext, principalId?: string, groupBy?: StatisticsGroupBy): string[] {
  if (groupBy === StatisticsGroupBy.SECRETARY && !ctx.hasRole(Role.MANAGER)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Statistics per secretary are for managers', [
      { field: 'groupBy', message: 'SECRETARY is for managers; use PRINCIPAL, SECTOR or TEAM' },
    ]);
  }
  const readable = ctx.actor.readablePrincipalIds;
  if (principalId === undefined || principalId === null) return [...readable];
  if (!readable.includes(principalId)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'You may not read this principal’s statistics', [
      { field: 'principalId', message: 'not a principal you may read' },
    ]);
  }
  return [principalId];
}
