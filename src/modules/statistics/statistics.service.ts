import { Injectable } from '@nestjs/common';
import type { EntityTarget } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { scopedQuery } from '../auth/principal-access.js';
import { Clock } from '../context/clock.js';
import type { RequestContext } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { followUpDueSql } from '../plans/follow-ups.service.js';
import { Sector } from '../sectors/sector.entity.js';
import { EconomicParametersService } from './economic-parameters.service.js';
import { ExitOutcome } from './exit-outcome.enums.js';
import { exitOutcomeSql } from './exit-rules.js';
import { asOfDay, monthsOf, periodProblem, type PeriodMonth } from './period.js';
import { assembleRows, REASONS, type StatisticsLines } from './statistics-assembly.js';
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

/**
 * The enrolment column each grouping is per. Plain columns are selected by their SQL names: TypeORM takes a select
 * of a bare property path (`e.principalId`) for an entity column and repeats it once per such select.
 */
const GROUP_COLUMN: Record<StatisticsGroupBy, string> = {
  [StatisticsGroupBy.PRINCIPAL]: 'e.principal_id',
  [StatisticsGroupBy.SECTOR]: 'e.sector_id',
  [StatisticsGroupBy.TEAM]: 'e.team_id',
  [StatisticsGroupBy.SECRETARY]: 'e.secretary_id',
};

/** The name of the group of periods without a sector, team or secretary yet. */
const NONE_LABEL: Record<StatisticsGroupBy, string> = {
  [StatisticsGroupBy.PRINCIPAL]: 'Ingen huvudman',
  [StatisticsGroupBy.SECTOR]: 'Ingen bransch vald',
  [StatisticsGroupBy.TEAM]: 'Inget bransch-team',
  [StatisticsGroupBy.SECRETARY]: 'Inget nysamtal (ingen sekreterare)',
};
export const TOTAL_LABEL = 'Totalt';

/**
 * Memory for the statement's hash tables and sorts (PostgreSQL's default, 4 MB, spills a year of a large
 * principal's periods to disk), and no JIT (compiling costs more than it saves on a query of this size). Both are
 * SET LOCAL: they end with the statement's transaction.
 */
const SESSION_SETTINGS = ["SET LOCAL work_mem = '64MB'", 'SET LOCAL jit = off'];

/**
 * The indicators of DOMAIN.md ("Indicators the software must compute exactly") for a period, per principal,
 * sector, team or secretary, with a total: one SQL statement over the enrolment periods that overlap the period,
 * read once, and pure assembly (statistics-assembly.ts). Exits are classified by `exitOutcomeSql`, the SQL twin of
 * `exitOutcome`; overdue follow-ups by `followUpDueSql`, the overdue lists' rule; shares and estimates by the pure
 * functions of indicators.ts.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly clock: Clock,
    private readonly parameters: EconomicParametersService,
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
   * Definitions where DOMAIN.md leaves them open:
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

    return inSnapshot(ctx, async (tx) => {
      const lines = principalIds.length === 0 ? empty : await this.lines(tx, scope);
      const parameters = await this.parameters.values(tx.em, principalIds);
      const { groups, total } = assembleRows(lines, scope.months, parameters, scope.groupBy === StatisticsGroupBy.PRINCIPAL);
      const labels = await this.labels(tx, scope.groupBy, groups.map((g) => g.key).filter((k): k is string => k !== null));
      const rows: StatisticsRow[] = groups
        .map((g) => ({ ...g, label: g.key === null ? NONE_LABEL[scope.groupBy] : (labels.get(g.key) ?? g.key) }))
        .sort((x, y) => (x.key === null ? 1 : y.key === null ? -1 : x.label.localeCompare(y.label, 'sv') || x.key.localeCompare(y.key)));
      return { ...period, rows, total: { ...total, label: TOTAL_LABEL } };
    });
  }

  /**
   * The enrolment periods of the scope that overlap the period, one line each with what the aggregates need. The
   * overlap is written as three disjoint alternatives, each matched by an index: first contact in the period
   * (principal_id, first_contact_on); begun before and ended in or after it (principal_id, exit_on,
   * first_contact_on); begun before and still open (principal_id, first_contact_on) where exit_on is null.
   * Months are 1-based indexes into the period's months (`width_bucket` over their first days). "In the period"
   * is up to the as-of day: nothing after today is counted (only a simulated clock could see such a day's data).
   */
  private base(ctx: RequestContext, q: Scope): [string, unknown[]] {
    const openAtEnd = '(e.firstContactOn <= :asOf AND (e.exitOn IS NULL OR e.exitOn > :asOf))';
    const month = (date: string) => `width_bucket(${date}, CAST(:monthStarts AS date[]))`;
    return scopedQuery(ctx, Enrolment, 'e')
      .andWhere('e.principalId IN (:...principalIds)', { principalIds: q.principalIds })
      .andWhere(
        '(e.firstContactOn BETWEEN :from AND :asOf OR (e.firstContactOn < :from AND e.exitOn >= :from) OR (e.firstContactOn < :from AND e.exitOn IS NULL))',
      )
      .setParameters({ from: q.from, asOf: q.asOf, monthStarts: q.months.map((m) => m.from) })
      .select('e.principal_id', 'p')
      .addSelect(GROUP_COLUMN[q.groupBy], 'k')
      .addSelect('e.candidate_id', 'c')
      .addSelect(`CASE WHEN e.exitOn <= :asOf THEN ${exitOutcomeSql('e.exitReason', 'e.workCheck')} END`, 'outcome')
      .addSelect('CASE WHEN e.exitOn <= :asOf THEN e.exitReason END', 'reason')
      .addSelect('e.firstContactOn >= :from', 'newly')
      .addSelect(openAtEnd, 'open_at_end')
      .addSelect('e.planEstablishedOn <= :asOf', 'plan_at_end')
      // the follow-up rule is evaluated only for the periods open at the end
      .addSelect(`CASE WHEN ${openAtEnd} THEN ${followUpDueSql(ctx, 'asOf')} < :asOf END`, 'overdue')
      .addSelect('CASE WHEN e.planEstablishedOn BETWEEN :from AND :asOf THEN e.workingDaysToPlan END', 'plan_days')
      .addSelect('CASE WHEN e.sectorChosenOn BETWEEN :from AND :asOf THEN e.workingDaysToSector END', 'sector_days')
      // the months a period spans within the period: a period enrolled in the period begins in its first month,
      // and one that ended in the period ends in its last
      .addSelect(month('GREATEST(e.firstContactOn, :from)'), 'span_from')
      .addSelect(month('LEAST(COALESCE(e.exitOn, :asOf), :asOf)'), 'span_to')
      .getQueryAndParameters();
  }

  /**
   * One statement, the periods read once (a materialised CTE) and counted three ways:
   * - `figures`: additive counts per group and principal (periods, first contacts, exits by outcome and reason,
   *   open at the end, with a plan, overdue), FILTER clauses in one hash aggregate; groups, principals and the total
   *   are sums of these;
   * - `histograms`: per group, working days to plan and to sector (for medians), and month spans with their
   *   first contacts, exits and exits to work or studies (for the monthly series);
   * - for the people with more than one period in the period (rare: exited and enrolled again), how many of their
   *   periods are the same person again, per group, principal and in all (`repeatedPeople`) and per month
   *   (`repeatedMonths`): distinct people are the periods less these. Skipped (one sort of the people, no more)
   *   when nobody has two periods.
   */
  private async lines(ctx: RequestContext, q: Scope): Promise<StatisticsLines> {
    const [baseSql, params] = this.base(ctx, q);
    const sets = q.groupBy === StatisticsGroupBy.PRINCIPAL ? '(r.k, r.p), ()' : '(r.k), (), (r.k, r.p), (r.p)';
    const count = (condition: string) => `COUNT(*) FILTER (WHERE ${condition})`;
    const again = (condition: string) => `${count(condition)} - COUNT(DISTINCT r.c) FILTER (WHERE ${condition})`;
    const toWorkOrStudies = `b.outcome IN ('${ExitOutcome.WORK}', '${ExitOutcome.STUDIES}')`;
    const rows: Array<{ kind: keyof StatisticsLines; line: never }> = await ctx.em.query(
      `WITH base AS MATERIALIZED (${baseSql}),
figures AS (
  SELECT b.k::text AS k, b.p::text AS p, COUNT(*) AS periods, ${count('b.newly')} AS newly,
    ${count(`b.outcome = '${ExitOutcome.WORK}'`)} AS work, ${count(`b.outcome = '${ExitOutcome.STUDIES}'`)} AS studies,
    ${count(`b.outcome = '${ExitOutcome.OTHER}'`)} AS other, ${count(`b.outcome = '${ExitOutcome.WORK_PENDING}'`)} AS pending,
    jsonb_build_array(${REASONS.map((r) => count(`b.reason = '${r}'`)).join(', ')}) AS reasons,
    ${count('b.open_at_end')} AS open_at_end, ${count('b.open_at_end AND b.plan_at_end')} AS with_plan, ${count('b.overdue')} AS overdue
  FROM base b GROUP BY b.k, b.p),
histograms AS (
  SELECT b.k::text AS k, GROUPING(b.span_from) AS g, b.plan_days, b.sector_days, b.span_from, b.span_to,
    COUNT(*) AS n, ${count('b.newly')} AS newly, COUNT(b.outcome) AS exited, ${count(toWorkOrStudies)} AS ws
  FROM base b GROUP BY GROUPING SETS ((b.k, b.plan_days, b.sector_days), (b.k, b.span_from, b.span_to))),
repeated AS (
  SELECT b.* FROM base b
  WHERE (SELECT COUNT(*) > COUNT(DISTINCT t.c) FROM base t) AND b.c IN (SELECT t.c FROM base t GROUP BY t.c HAVING COUNT(*) > 1)),
repeated_people AS (
  SELECT r.k::text AS k, r.p::text AS p, GROUPING(r.k, r.p) AS g, ${again('true')} AS enrolled, ${again('r.newly')} AS newly
  FROM repeated r GROUP BY GROUPING SETS (${sets})),
repeated_months AS (
  SELECT r.k::text AS k, GROUPING(r.k) AS g, m.bucket, ${again('true')} AS enrolled, ${again('r.newly AND r.span_from = m.bucket')} AS newly
  FROM repeated r CROSS JOIN LATERAL generate_series(r.span_from, r.span_to) AS m(bucket)
  GROUP BY GROUPING SETS ((r.k, m.bucket), (m.bucket)))
SELECT 'figures' AS kind, to_jsonb(x) AS line FROM figures x
UNION ALL SELECT 'histograms', to_jsonb(x) FROM histograms x
UNION ALL SELECT 'repeatedPeople', to_jsonb(x) FROM repeated_people x WHERE x.enrolled > 0 OR x.newly > 0
UNION ALL SELECT 'repeatedMonths', to_jsonb(x) FROM repeated_months x WHERE x.enrolled > 0 OR x.newly > 0`,
      params,
    );
    const lines: StatisticsLines = { figures: [], histograms: [], repeatedPeople: [], repeatedMonths: [] };
    for (const { kind, line } of rows) lines[kind].push(line);
    return lines;
  }

  /** The groups' names: principals, sectors, teams or secretaries. */
  private async labels(ctx: RequestContext, groupBy: StatisticsGroupBy, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const entity: EntityTarget<{ id: string; name: string }> = { PRINCIPAL: Organisation, SECTOR: Sector, TEAM: Team, SECRETARY: User }[groupBy];
    const found = await ctx.em.getRepository(entity).createQueryBuilder('x').select(['x.id', 'x.name']).where('x.id = ANY(:ids)', { ids }).getMany();
    return new Map(found.map((f) => [f.id, f.name]));
  }
}

/**
 * Runs the statistics in one snapshot (REPEATABLE READ, read only), so the figures and the labels and parameters
 * agree even while people are enrolled and exited; inside a caller's transaction, in that one.
 */
async function inSnapshot<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.em.queryRunner?.isTransactionActive) {
    for (const setting of SESSION_SETTINGS) await ctx.em.query(setting);
    return work(ctx);
  }
  return ctx.em.transaction('REPEATABLE READ', async (em) => {
    await em.query('SET TRANSACTION READ ONLY');
    for (const setting of SESSION_SETTINGS) await em.query(setting);
    return work(ctx.withManager(em));
  });
}
