import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { scopedQuery } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import type { AccessLogArgs } from './access-log.args.js';
import { AccessLogEntry } from './access-log.entity.js';
import { accessReasonOf } from './access-purpose.js';

/**
 * The access log of people's records (docs/rules.md: every read is logged with who, when and why). Services call
 * {@link record} for every candidate whose personal data an operation returns, in the same request, so a read
 * that is answered is a read that is logged. Why is the caller's declared purpose and case (request headers, kept on
 * the ctx), validated, or else the purpose the operation implies (access-purpose.ts).
 */
@Injectable()
export class AccessLogService {
  async record(ctx: RequestContext, candidates: ReadonlyArray<{ id: string }>, operation: string): Promise<void> {
    if (candidates.length === 0) return;
    const { purpose, caseId } = accessReasonOf(ctx.declared, operation);
    // one statement however many people (a ranking names about a hundred); each person's principal is their own
    // row's, so the caller needs only the ids and may log while it is still reading the records
    await ctx.em.query(
      `INSERT INTO access_log_entry (user_id, candidate_id, principal_id, operation, purpose, case_id)
       SELECT $1, c.id, c.principal_id, $3, $4, $5 FROM candidate c WHERE c.id = ANY($2::uuid[])`,
      [ctx.actor.userId, [...new Set(candidates.map((c) => c.id))], operation, purpose, caseId],
    );
  }

  /**
   * A read of every person of a principal at once (the principal's export and its downloads), by `userId`, inside
   * `em`: one entry per person recorded by `asOf` (all when absent), in one statement however many people.
   */
  async recordPrincipal(em: EntityManager, userId: string, principalId: string, operation: string, asOf?: Date): Promise<void> {
    const { purpose } = accessReasonOf({}, operation);
    await em.query(
      `INSERT INTO access_log_entry (user_id, candidate_id, principal_id, operation, purpose)
       SELECT $1, c.id, c.principal_id, $3, $4 FROM candidate c WHERE c.principal_id = $2 AND ($5::timestamptz IS NULL OR c.created_at <= $5)`,
      [userId, principalId, operation, purpose, asOf ?? null],
    );
  }

  /**
   * The log of the principals the caller may read, newest first; a principal's reviewer sees their own principal's.
   * Each entry names the person read (the log's readers, managers and reviewers, read people's records), and a list
   * that names people is itself a read (docs/rules.md, "The access log"): the people named are logged as read
   * through `accessLog`, after the page is taken, so a page never shows its own reading.
   */
  async search(ctx: RequestContext, args: AccessLogArgs): Promise<Page<AccessLogEntry>> {
    const page = await this.page(ctx, args);
    const people: Array<{ id: string; name: string }> = await ctx.em.query(
      `SELECT id, first_name || ' ' || last_name AS name FROM candidate WHERE id = ANY($1::uuid[]) AND principal_id = ANY($2::uuid[])`,
      [[...new Set(page.items.map((e) => e.candidateId))], [...ctx.actor.readablePrincipalIds]],
    );
    const names = new Map(people.map((p) => [p.id, p.name]));
    for (const entry of page.items) entry.candidateName = names.get(entry.candidateId) ?? null;
    await this.record(ctx, people, 'accessLog');
    return page;
  }

  private page(ctx: RequestContext, args: AccessLogArgs): Promise<Page<AccessLogEntry>> {
    const qb = scopedQuery(ctx, AccessLogEntry, 'a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');
    if (args.candidateId) qb.andWhere('a.candidateId = :candidateId', { candidateId: args.candidateId });
    if (args.userId) qb.andWhere('a.userId = :userId', { userId: args.userId });
    if (args.from) qb.andWhere('a.at >= :from', { from: args.from });
    if (args.to) qb.andWhere('a.at < :to', { to: args.to });
    return paginate(qb, args);
  }
}
