import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { CandidateSfiResolver, SfiCoursesResolver, SfiEnrolmentsResolver, SfiNotesResolver } from './sfi.resolver.js';
import { SfiService } from './sfi.service.js';

/** Sector SFI: courses, their queues, starts, attendance and progress notes, completion (docs/rules.md). */
@Module({
  imports: [CandidatesModule],
  providers: [SfiService, SfiCoursesResolver, SfiEnrolmentsResolver, SfiNotesResolver, CandidateSfiResolver],
  exports: [SfiService],
})
export class SfiModule {}
