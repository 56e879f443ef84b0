import { Role } from '../../platform/auth/role.enum.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';

/**
 * Who manages a principal's thinning: its own administrator, an ADMINISTRATOR whose organisation belongs to that
 * municipality. The principal decides its retention (docs/rules.md "Thinning"), so an agreement never lets the
 * provider's administrator thin the principal's records.
 */
export const RETENTION_ADMINS: readonly Role[] = [Role.ADMINISTRATOR];

/** Who reads the rules and the reports: the principal's administrator, managers and the principal's reviewers. */
export const RETENTION_READERS: readonly Role[] = [Role.ADMINISTRATOR, Role.MANAGER, Role.PRINCIPAL_REVIEWER];

export function isRetentionAdmin(ctx: RequestContext, principalId: string): boolean {
  return ctx.hasRole(Role.ADMINISTRATOR) && ctx.actor.homePrincipalId === principalId;
}

/** Refuses, naming `field`, an actor who is not the principal's administrator. */
export function assertRetentionAdmin(ctx: RequestContext, principalId: string, field = 'principalId'): void {
  if (!isRetentionAdmin(ctx, principalId)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the principal’s own administrator manages its thinning', [
      { field, message: 'not the principal whose administrator you are' },
    ]);
  }
}

/** Refuses, naming `principalId`, an actor who may not read the principal's rules and reports. */
export function assertRetentionReader(ctx: RequestContext, principalId: string): void {
  if (isRetentionAdmin(ctx, principalId)) return;
  if (ctx.hasRole(Role.MANAGER, Role.PRINCIPAL_REVIEWER) && ctx.actor.readablePrincipalIds.includes(principalId)) return;
  throw new DomainError(ErrorCode.FORBIDDEN, 'You may not read this principal’s thinning', [{ field: 'principalId', message: 'not a principal you may read' }]);
}
