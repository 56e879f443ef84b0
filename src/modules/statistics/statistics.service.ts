import { Injectable } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import type { EntityTarget } from 'typeorm';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { EconomicParametersService } from './economic-parameters.service.js';
import { asOfDay, monthsOf, periodProblem, type PeriodMonth } from './period.js';
import { assembleRows, type StatisticsLines } from './statistics-assembly.js';
import { linesFromCells, segmentsOf, type CellSum } from './statistics-cells.js';
import { statisticsPrincipals } from './statistics-access.js';
import type { StatisticsArgs, StatisticsExportArgs } from './statistics.args.js';
import { StatisticsGroupBy } from './statistics.enums.js';
import { buildExport, fileNamePart } from './statistics-export.js';
import type { ExportFile, StatisticsResult, StatisticsRow } from './statistics.types.js';

/** A period's statistics, asked for by the service's callers (resolvers, the monthly report, benchmarks). */
export interface StatisticsQuery {
  from: string;
  to: string;
  groupBy: StatisticsGroupBy;
  /** Narrows the principals to these (within the context's readable ones); default: every readable principal. */
  principalIds?: readonly string[];
}

type Scope = Required<StatisticsQuery> & { asOf: string; months: PeriodMonth[] };

/** The column of the summary cells (the periods' own columns) each grouping is per. */
const GROUP_COLUMN: Record<StatisticsGroupBy, string> = {
  [StatisticsGroupBy.PRINCIPAL]: 'principal_id',
  [StatisticsGroupBy.SECTOR]: 'sector_id',
  [StatisticsGroupBy.TEAM]: 'team_id',
  [StatisticsGroupBy.SECRETARY]: 'secretary_id',
};

/** The name of the group of periods without a sector, team or secretary yet. */
const NONE_LABEL: Record<StatisticsGroupBy, string> = {
  [StatisticsGroupBy.PRINCIPAL]: 'Ingen huvudman',
  [StatisticsGroupBy.SECTOR]: 'Ingen bransch vald',
  [StatisticsGroupBy.TEAM]: 'Inget bransch-team',
  [StatisticsGroupBy.SECRETARY]: 'Inget nysamtal (ingen sekreterare)',
};
export const TOTAL_LABEL = 'Totalt';

/** No JIT: compiling costs more than it saves on a query of this size. SET LOCAL: it ends with the transaction. */
const SESSION_SETTINGS = ['SET LOCAL jit = off'];

/**
 * The indicators of docs/rules.md ("Indicators the software must compute exactly") for a period, per principal,
 * sector, team or secretary, with a total: one SQL statement adding up the summary cells the database keeps of
 * every period (migration StatisticsCells), the figures from those sums (statistics-cells.ts), and pure assembly
 * (statistics-assembly.ts). Exits are classified by `exitOutcome`; shares and estimates by the pure functions of
 * indicators.ts.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly clock: Clock,
    private readonly parameters: EconomicParametersService,
    private readonly transactions: Transactions,
  ) {}

  /** The caller's statistics: within the principals they may read ({@link statisticsPrincipals}). */
  read(ctx: RequestContext, args: StatisticsArgs): Promise<StatisticsResult> {
    const principalIds = statisticsPrincipals(ctx, args.principalId, args.groupBy);
    return this.compute(ctx, { from: args.from, to: args.to, groupBy: args.groupBy, principalIds });
  }

  /** The caller's statistics as a file (statistics-export.ts). */
  async export(ctx: RequestContext, args: StatisticsExportArgs): Promise<ExportFile> {
    const result = await this.read(ctx, args);
    const principal = args.principalId ? await ctx.em.getRepository(Organisation).findOneBy({ id: args.principalId }) : null;
    const basename = ['brygga-statistik', fileNamePart(principal?.name ?? 'alla'), args.from, args.to, args.groupBy.toLowerCase()].join('-');
    return buildExport([{ result }], args.format, basename);
  }

  /**
   * The statistics of the period for the context's readable principals (or `query.principalIds` among them).
   * Definitions where docs/rules.md leaves them open:
   * - *enrolled*: distinct people with an enrolment period overlapping the period (first contact on or before its
   *   end, not exited before its start); *newly enrolled*: distinct people whose first contact fell in it;
   * - *exits*: enrolment periods that ended in the period, classified as the exit is known now (an exit to work is
   *   pending until its one-month check, then work or other);
   * - *open at the end*: periods begun on or before the as-of day (the period's end, or today if earlier) and not
   *   ended on or before it; of those, *with a current plan* the ones whose plan was established by then, and
   *   *overdue* the ones whose weekly follow-up was due before it, counting only follow-ups held by then;
   * - working days to plan and to sector: over plans established and sectors chosen in the period;
   * - the monthly series: distinct people per calendar month (clipped to the period, and not past today).
   * A person with periods in two groups counts in both; the total counts them once.
   */
  async compute(ctx: RequestContext, query: StatisticsQuery): Promise<StatisticsResult> {
    const problem = periodProblem(query.from, query.to);
    if (problem) throw DomainError.field('to', problem);
    const today = this.clock.today();
    if (query.from > today) throw DomainError.field('from', 'cannot be in the future');
    const readable = ctx.actor.readablePrincipalIds;
    const principalIds = [...(query.principalIds ? query.principalIds.filter((p) => readable.includes(p)) : readable)].sort();
    const scope: Scope = { ...query, principalIds, asOf: asOfDay(query.to, today), months: monthsOf(query.from, query.to) };
    const period = { from: scope.from, to: scope.to, asOf: scope.asOf, groupBy: scope.groupBy, principalIds };
    const empty: StatisticsLines = { figures: [], histograms: [], repeatedPeople: [], repeatedMonths: [] };

    return this.inSnapshot(ctx, async () => {
      const lines = principalIds.length === 0 ? empty : await this.lines(ctx, scope);
      const parameters = await this.parameters.values(ctx.em, principalIds);
      const { groups, total } = assembleRows(lines, scope.months, parameters, scope.groupBy === StatisticsGroupBy.PRINCIPAL);
      const labels = await this.labels(ctx, scope.groupBy, groups.map((g) => g.key).filter((k): k is string => k !== null));
      const rows: StatisticsRow[] = groups
        .map((g) => ({ ...g, label: g.key === null ? NONE_LABEL[scope.groupBy] : (labels.get(g.key) ?? g.key) }))
        .sort((x, y) => (x.key === null ? 1 : y.key === null ? -1 : x.label.localeCompare(y.label, 'sv') || x.key.localeCompare(y.key)));
      return { ...period, rows, total: { ...total, label: TOTAL_LABEL } };
    });
  }

  /**
   * The lines, from the summary cells (migration StatisticsCells) and the deltas not yet folded into them, added up
   * per group, principal, measure, value and segment (statistics-cells.ts): month cells, except in the months the
   * period's bounds cut, where day cells. Each part is one index range of `UQ_statistics_cell`. Pairs are read only
   * for the grouping asked for and in all, and only where both days fall in the period's months.
   */
  private async lines(ctx: RequestContext, q: Scope): Promise<StatisticsLines> {
    const segments = segmentsOf(q.from, q.asOf, q.months);
    const dim = q.groupBy === StatisticsGroupBy.PRINCIPAL ? 'ALL' : q.groupBy;
    const grainOf = (column: string) => `CASE WHEN date_trunc('month', c.${column})::date = ANY($3::date[]) THEN 'D' ELSE 'M' END`;
    const parts = (table: string) => [
      `SELECT * FROM ${table} c WHERE c.principal_id = ANY($1::uuid[]) AND c.grain = 'M' AND c.x <= $2::date AND c.x <> ALL($3::date[])`,
      ...segments.edgeMonths.map(
        (_, i) => `SELECT * FROM ${table} c WHERE c.principal_id = ANY($1::uuid[]) AND c.grain = 'D' AND c.x >= ($3::date[])[${i + 1}] AND c.x < (($3::date[])[${i + 1}] + interval '1 month')::date AND c.x <= $2::date`,
      ),
      `SELECT * FROM ${table} c WHERE c.principal_id = ANY($1::uuid[]) AND c.grain IN ('DD', 'DM', 'MD', 'MM') AND c.x BETWEEN ($3::date[])[1] AND $2::date
         AND c.y BETWEEN ($3::date[])[1] AND $2::date AND c.grain = ${grainOf('x')} || ${grainOf('y')} AND c.measure IN ('again:ALL', 'again_new:ALL', 'again:' || $4, 'again_new:' || $4)`,
    ];
    const cells: CellSum[] = await ctx.em.query(
      `SELECT c.${GROUP_COLUMN[q.groupBy]}::text AS k, c.principal_id::text AS p, c.measure, c.value, width_bucket(c.x, $5::date[]) AS sx,
              width_bucket(c.y, $5::date[]) AS sy, SUM(c.n)::int AS n
       FROM (${[...parts('statistics_cell'), ...parts('statistics_delta')].join('\nUNION ALL ')}) c
       GROUP BY 1, 2, 3, 4, 5, 6`,
      [q.principalIds, q.asOf, segments.edgeMonths, dim, segments.bounds],
    );
    return linesFromCells(cells, segments.months, dim);
  }

  /** The groups' names: principals, sectors, teams or secretaries. */
  private async labels(ctx: RequestContext, groupBy: StatisticsGroupBy, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const entity: EntityTarget<{ id: string; name: string }> = { PRINCIPAL: Organisation, SECTOR: Sector, TEAM: Team, SECRETARY: User }[groupBy];
    const found = await ctx.em.getRepository(entity).createQueryBuilder('x').select(['x.id', 'x.name']).where('x.id = ANY(:ids)', { ids }).getMany();
    return new Map(found.map((f) => [f.id, f.name]));
  }

  /**
   * Runs the statistics in one snapshot (REPEATABLE READ, read only), so the figures and the labels and parameters
   * agree even while people are enrolled and exited; inside a caller's transaction, in that one.
   */
  private async inSnapshot<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    if (ctx.em.queryRunner?.isTransactionActive) {
      for (const setting of SESSION_SETTINGS) await ctx.em.query(setting);
      return work();
    }
    return this.transactions.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      await ctx.em.query('SET TRANSACTION READ ONLY');
      for (const setting of SESSION_SETTINGS) await ctx.em.query(setting);
      return work();
    });
  }
}
