import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { MAX_PAGE_SIZE, type Page, type PageArgs } from '../../platform/graphql/pagination.js';
import { produceDueMonthly } from './monthly-due.js';
import { buildExport, fileNamePart } from './statistics-export.js';
import { readOnlySystemContext } from '../../platform/context/system-actor.js';
import { statisticsPrincipals } from './statistics-access.js';
import { StatisticsGroupBy, type ExportFormat } from './statistics.enums.js';
import { StatisticsService } from './statistics.service.js';
import type { ExportFile, MonthlyReport, MonthlyReportSummary, StatisticsResult } from './statistics.types.js';

/** What a kept report holds (monthly_report.content); `schemaVersion` lets a later release read old reports. */
interface ReportContent {
  schemaVersion: 1;
  bySector: StatisticsResult;
  byTeam: StatisticsResult;
}

interface ReportLine {
  id: string;
  principal_id: string;
  principal_name: string;
  month: string;
  produced_at: Date;
  content?: ReportContent;
}

const MAX_OFFSET = 10_000;
/** A report's summary columns, from `monthly_report` aliased `r`. */
const SUMMARY = `r.id, r.principal_id, (SELECT o.name FROM organisation o WHERE o.id = r.principal_id) AS principal_name, r.month::text AS month, r.produced_at`;

function toSummary(line: ReportLine): MonthlyReportSummary {
  return { id: line.id, principalId: line.principal_id, principalName: line.principal_name, month: line.month, producedAt: line.produced_at };
}

/**
 * The monthly follow-up report (docs/domain.md, "Systematic follow-up"), produced by a scheduled job on the first
 * working day of each month (monthly-due.ts): each principal's previous month per sector and per team, with the
 * totals, kept as produced in `monthly_report`. A kept report does not change when later checks settle exits: it is
 * what was known that day.
 */
@Injectable()
export class MonthlyReportsService {
  private readonly logger = new Logger(MonthlyReportsService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly statistics: StatisticsService,
    private readonly clock: Clock,
  ) {}

  /** Produces the reports due today (Clock), each principal's previous month per sector and team (monthly-due.ts). */
  async produceDue(): Promise<MonthlyReportSummary[]> {
    const made = await produceDueMonthly(this.transactions, this.clock.today(), 'monthly_report', async (em, principal, due) => {
      const ctx = await readOnlySystemContext(em, [principal.id]);
      const period = { from: due.from, to: due.to, principalIds: [principal.id] };
      const content: ReportContent = {
        schemaVersion: 1,
        bySector: await this.statistics.compute(ctx, { ...period, groupBy: StatisticsGroupBy.SECTOR }),
        byTeam: await this.statistics.compute(ctx, { ...period, groupBy: StatisticsGroupBy.TEAM }),
      };
      const [line]: ReportLine[] = await em.query(
        `INSERT INTO monthly_report (principal_id, month, produced_at, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (principal_id, month) DO NOTHING RETURNING id, principal_id, month::text AS month, produced_at`,
        [principal.id, due.month, this.clock.now(), content],
      );
      return line ? toSummary({ ...line, principal_name: principal.name }) : null;
    });
    if (made.length > 0) this.logger.log(`monthly report for ${made[0].month.slice(0, 7)} made for ${made.length} principal(s)`);
    return made;
  }

  /** The kept reports of the principals the caller may read (or of one), newest month first. */
  async list(ctx: RequestContext, principalId: string | undefined, page: PageArgs): Promise<Page<MonthlyReportSummary>> {
    const principalIds = statisticsPrincipals(ctx, principalId);
    if (principalIds.length === 0) return { items: [], totalCount: 0, hasNextPage: false };
    const limit = Math.max(1, Math.min(page.limit, MAX_PAGE_SIZE));
    const offset = Math.max(0, Math.min(page.offset, MAX_OFFSET));
    const lines: ReportLine[] = await ctx.em.query(
      `SELECT ${SUMMARY} FROM monthly_report r WHERE r.principal_id = ANY($1)
       ORDER BY r.month DESC, principal_name, r.id LIMIT $2 OFFSET $3`,
      [principalIds, limit, offset],
    );
    const [{ count }]: Array<{ count: string }> = await ctx.em.query(`SELECT count(*) FROM monthly_report WHERE principal_id = ANY($1)`, [principalIds]);
    const totalCount = Number(count);
    return { items: lines.map(toSummary), totalCount, hasNextPage: offset + lines.length < totalCount };
  }

  /** One kept report with its content; one of a principal the caller may not read is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<MonthlyReport> {
    const principalIds = ctx.actor.readablePrincipalIds;
    const [line]: ReportLine[] = principalIds.length
      ? await ctx.em.query(`SELECT ${SUMMARY}, r.content FROM monthly_report r WHERE r.id = $1 AND r.principal_id = ANY($2)`, [id, principalIds])
      : [];
    if (!line?.content) throw DomainError.notFound('Monthly report', id);
    return { ...toSummary(line), bySector: line.content.bySector, byTeam: line.content.byTeam };
  }

  /** A kept report as a file: per sector and per team, with the monthly series in the workbook. */
  async export(ctx: RequestContext, id: string, format: ExportFormat): Promise<ExportFile> {
    const report = await this.get(ctx, id);
    const basename = `brygga-manadsrapport-${fileNamePart(report.principalName)}-${report.month.slice(0, 7)}`;
    return buildExport([{ result: report.bySector }, { result: report.byTeam }], format, basename);
  }
}
