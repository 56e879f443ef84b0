import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { EconomicParametersService } from './economic-parameters.service.js';
import { FoldCellsProcessor } from './fold-cells.processor.js';
import { MonthlyReportProcessor } from './monthly-report.processor.js';
import { MonthlyReportsService } from './monthly-reports.service.js';
import { EconomicParametersResolver, StatisticsResolver } from './statistics.resolver.js';
import { StatisticsService } from './statistics.service.js';
import { WorkChecksProcessor } from './work-checks.processor.js';
import { WorkChecksService } from './work-checks.service.js';

/** Exit-to-work statistics (docs/rules.md, "Indicators the software must compute exactly") and the Kolada one-month check. */
@Module({
  imports: [CandidatesModule],
  providers: [
    WorkChecksService,
    WorkChecksProcessor,
    EconomicParametersService,
    StatisticsService,
    StatisticsResolver,
    EconomicParametersResolver,
    MonthlyReportsService,
    MonthlyReportProcessor,
    FoldCellsProcessor,
  ],
  exports: [StatisticsService, MonthlyReportsService],
})
export class StatisticsModule {}
