import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import type { Page } from '../../platform/graphql/pagination.js';
import { User } from '../organisations/user.entity.js';
import { EconomicParametersService } from './economic-parameters.service.js';
import { MonthlyReportsService } from './monthly-reports.service.js';
import { ECONOMIC_PARAMETER_EDITORS, STATISTICS_READERS } from './statistics-access.js';
import {
  EconomicParametersArgs,
  MonthlyReportArgs,
  MonthlyReportExportArgs,
  MonthlyReportsArgs,
  SetEconomicParametersInput,
  StatisticsArgs,
  StatisticsExportArgs,
} from './statistics.args.js';
import { StatisticsService } from './statistics.service.js';
import { EconomicParameters, ExportFile, MonthlyReport, MonthlyReportPage, MonthlyReportSummary, StatisticsResult } from './statistics.types.js';

/** Statistics, their export and the monthly follow-up reports: counts only, so no access-log entries. */
@Resolver()
export class StatisticsResolver {
  constructor(
    private readonly service: StatisticsService,
    private readonly reports: MonthlyReportsService,
  ) {}

  @Allow(...STATISTICS_READERS)
  @Query(() => StatisticsResult, {
    description: 'Indicators for a period per principal, sector, team or secretary, with the total (docs/rules.md); managers and the principal’s reviewers',
  })
  statistics(@Ctx() ctx: RequestContext, @Args() args: StatisticsArgs): Promise<StatisticsResult> {
    return this.service.read(ctx, args);
  }

  @Allow(...STATISTICS_READERS)
  @Query(() => ExportFile, { description: 'The same statistics as CSV (the indicators) or XLSX (the indicators and the monthly series)' })
  statisticsExport(@Ctx() ctx: RequestContext, @Args() args: StatisticsExportArgs): Promise<ExportFile> {
    return this.service.export(ctx, args);
  }

  @Allow(...STATISTICS_READERS)
  @Query(() => MonthlyReportPage, { description: 'The kept monthly follow-up reports, newest month first' })
  monthlyReports(@Ctx() ctx: RequestContext, @Args() args: MonthlyReportsArgs): Promise<Page<MonthlyReportSummary>> {
    return this.reports.list(ctx, args.principalId, args);
  }

  @Allow(...STATISTICS_READERS)
  @Query(() => MonthlyReport, { description: 'A monthly follow-up report with its content, as produced' })
  monthlyReport(@Ctx() ctx: RequestContext, @Args() args: MonthlyReportArgs): Promise<MonthlyReport> {
    return this.reports.get(ctx, args.id);
  }

  @Allow(...STATISTICS_READERS)
  @Query(() => ExportFile, { description: 'A monthly follow-up report as CSV or XLSX' })
  monthlyReportExport(@Ctx() ctx: RequestContext, @Args() args: MonthlyReportExportArgs): Promise<ExportFile> {
    return this.reports.export(ctx, args.id, args.format);
  }
}

@Resolver(() => EconomicParameters)
export class EconomicParametersResolver {
  constructor(private readonly parameters: EconomicParametersService) {}

  @Allow(...STATISTICS_READERS)
  @Query(() => [EconomicParameters], { description: 'The economic-effect parameters of the principals you may read' })
  economicParameters(@Ctx() ctx: RequestContext, @Args() args: EconomicParametersArgs): Promise<EconomicParameters[]> {
    return this.parameters.list(ctx, args.principalId);
  }

  @Allow(...ECONOMIC_PARAMETER_EDITORS)
  @Mutation(() => EconomicParameters, { description: 'Sets a principal’s economic-effect parameters; send the version you read (0 for none yet)' })
  setEconomicParameters(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The principal, the amounts and the version you read' }) input: SetEconomicParametersInput,
  ): Promise<EconomicParameters> {
    return this.parameters.set(ctx, input);
  }

  @ResolveField(() => User, { nullable: true, description: 'The user who last set the parameters' })
  updatedBy(@Loaders() loaders: RequestLoaders, @Parent() parameters: EconomicParameters) {
    return parameters.updatedById ? loaders.user.load(parameters.updatedById) : null;
  }
}
