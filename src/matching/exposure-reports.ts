import { Injectable, Logger } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Role } from '../platform/auth/role.enum.js';
import { Ctx } from '../platform/context/ctx.decorator.js';
import { Transactions } from '../platform/context/transactions.js';
import { Clock } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { readOnlySystemContext } from '../platform/context/system-actor.js';
import { produceDueMonthly } from '../modules/statistics/monthly-due.js';
import { ExposureHistoryService, ExposureMonth } from './exposure-history.js';

@ObjectType({ description: 'A month’s exposure report as the scheduled job produced and kept it' })
export class KeptExposureReport {
  @Field({ description: 'The principal (municipality) the report is of' })
  principalId: string;

  @Field({ description: "The principal's name" })
  principalName: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'When the report was computed and kept (ISO 8601 timestamp)' })
  producedAt: Date;

  @Field(() => ExposureMonth, { description: 'The report as it was computed that day' })
  report: ExposureMonth;
}

/**
 * The ranking's exposure report, run monthly and kept (EU AI Act: bias testing over time; docs/rules.md "Watched over
 * time"): from the first working day of a month, the previous month's report of each principal that has none yet,
 * computed as {@link ExposureHistoryService} computes it and stored as it was that day, so that managers see drift
 * over months even after people's records are thinned out. It holds group counts, no one's data.
 */
@Injectable()
export class ExposureReportsService {
  private readonly logger = new Logger(ExposureReportsService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly history: ExposureHistoryService,
    private readonly clock: Clock,
  ) {}

  /** Produces the reports due today (Clock): each principal's previous month, kept as computed (monthly-due.ts). */
  async produceDue(): Promise<Array<{ principalId: string; month: string }>> {
    const made = await produceDueMonthly(this.transactions, this.clock.today(), 'exposure_report', async (em, principal, due) => {
      const ctx = await readOnlySystemContext(em, [principal.id]);
      const [report] = await this.history.between(ctx, due.from, due.to);
      const rows: unknown[] = await em.query(
        `INSERT INTO exposure_report (principal_id, month, produced_at, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (principal_id, month) DO NOTHING RETURNING id`,
        [principal.id, due.month, this.clock.now(), report],
      );
      return rows.length > 0 ? { principalId: principal.id, month: due.month.slice(0, 7) } : null;
    });
    if (made.length > 0) this.logger.log(`ranking exposure report for ${made[0].month} kept for ${made.length} principal(s)`);
    return made;
  }

  /** The kept reports of the principals the caller may read, newest month first. */
  async list(ctx: RequestContext, limit: number): Promise<KeptExposureReport[]> {
    const rows: Array<{ principal_id: string; name: string; month: string; produced_at: Date; content: ExposureMonth }> = await ctx.em.query(
      `SELECT r.principal_id, o.name, to_char(r.month, 'YYYY-MM') AS month, r.produced_at, r.content
         FROM exposure_report r JOIN organisation o ON o.id = r.principal_id
        WHERE r.principal_id = ANY($1) ORDER BY r.month DESC, o.name LIMIT $2`,
      [[...ctx.actor.readablePrincipalIds], limit],
    );
    return rows.map((r) => ({ principalId: r.principal_id, principalName: r.name, month: r.month, producedAt: r.produced_at, report: r.content }));
  }
}

@Resolver()
export class ExposureReportsResolver {
  constructor(private readonly kept: ExposureReportsService) {}

  @Allow(Role.MANAGER)
  @Query(() => [KeptExposureReport], { description: 'The ranking’s exposure reports the monthly job kept, newest month first, per principal' })
  keptRankingExposureReports(
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 24, description: 'At most this many (1 to 100)' }) limit: number,
  ): Promise<KeptExposureReport[]> {
    return this.kept.list(ctx, Math.max(1, Math.min(limit, 100)));
  }
}
