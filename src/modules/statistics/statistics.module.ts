import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { WorkChecksProcessor } from './work-checks.processor.js';
import { WorkChecksService } from './work-checks.service.js';

/** Exit-to-work statistics (DOMAIN.md, "Indicators the software must compute exactly") and the Kolada one-month check. */
@Module({
  imports: [CandidatesModule],
  providers: [WorkChecksService, WorkChecksProcessor],
})
export class StatisticsModule {}
