import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** A record that belongs to a principal (huvudman) and is therefore visible only within that principal's scope. */
export interface PrincipalOwned extends ObjectLiteral {
  id: string;
  principalId: string;
}

/**
 * The one place principal scoping is applied (Immich's access.ts is the model): every query over principal-owned
 * records starts here, so no service filters by principal by hand and none can forget to.
 */
export function scopedQuery<T extends PrincipalOwned>(ctx: RequestContext, entity: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
  const principals = [...ctx.actor.readablePrincipalIds];
  const qb = ctx.em.getRepository(entity).createQueryBuilder(alias);
  // an empty IN () is invalid SQL; an actor with no readable principal sees nothing
  return principals.length === 0 ? qb.where('false') : qb.where(`${alias}.principalId IN (:...scopePrincipals)`, { scopePrincipals: principals });
}

/**
 * Loads one principal-owned record the actor may read. A record outside the actor's scope is reported as
 * NOT_FOUND, not FORBIDDEN, so its existence is not revealed.
 */
export async function findScoped<T extends PrincipalOwned>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  options: { forUpdate?: boolean; relations?: string[] } = {},
): Promise<T> {
  const qb = scopedQuery(ctx, entity, 'record').andWhere('record.id = :id', { id });
  for (const relation of options.relations ?? []) qb.leftJoinAndSelect(`record.${relation}`, relation);
  if (options.forUpdate) qb.setLock('pessimistic_write', undefined, ['record']);
  const record = await qb.getOne();
  if (!record) throw DomainError.notFound(what, id);
  return record;
}

/** Refuses a write to a principal the actor does not act for. */
export function assertWritable(ctx: RequestContext, principalId: string, field = 'principalId'): void {
  if (!ctx.actor.writablePrincipalIds.includes(principalId)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'You do not act for this principal', [{ field, message: 'not a principal you act for' }]);
  }
}

/**
 * Refuses a write to a principal the actor does not act for, or one dated before the agreement under which the
 * actor acts for it began (docs/rules.md "Agreements"): a provider's staff cannot write the principal's history.
 */
export function assertWritableOn(ctx: RequestContext, principalId: string, date: string, field: string): void {
  assertWritable(ctx, principalId);
  const from = ctx.actor.writableFrom?.[principalId];
  if (from && date < from) throw DomainError.field(field, `before ${from}, when the agreement under which you act for this principal began`);
}
