import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module.js';
import { ExposureHistoryResolver, ExposureHistoryService } from './exposure-history.js';
import { LivePoolsService } from './live-pools.service.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';
import { ShortlistResolver } from './shortlist.resolver.js';
import { ShortlistService } from './shortlist.service.js';
import { CandidateRankingsResolver, RankingRecordResolver, RankingRecordsResolver } from './ranking-records.resolver.js';
import { RankingRecordsService } from './ranking-records.service.js';
import { ExposureReportProcessor } from './exposure-report.processor.js';
import { ExposureReportsResolver, ExposureReportsService } from './exposure-reports.js';

@Module({
  imports: [CandidatesModule],
  providers: [
    ExposureHistoryService,
    ExposureHistoryResolver,
    LivePoolsService,
    MatchingService,
    MatchingResolver,
    ShortlistService,
    ShortlistResolver,
    RankingRecordsService,
    RankingRecordsResolver,
    RankingRecordResolver,
    CandidateRankingsResolver,
    ExposureReportsService,
    ExposureReportsResolver,
    ExposureReportProcessor,
  ],
  exports: [MatchingService, ShortlistService, RankingRecordsService],
})
export class MatchingModule {}
