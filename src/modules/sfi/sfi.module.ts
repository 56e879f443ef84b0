import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { CandidateSfiResolver, SfiCoursesResolver, SfiEnrolmentsResolver, SfiNotesResolver } from './sfi.resolver.js';
import { SfiCoursesService } from './sfi-courses.service.js';
import { SfiNotesService } from './sfi-notes.service.js';
import { SfiQueueService } from './sfi-queue.service.js';

/** Sector SFI: courses, their queues, starts, attendance and progress notes, completion (docs/rules.md). */
@Module({
  imports: [CandidatesModule],
  providers: [SfiCoursesService, SfiQueueService, SfiNotesService, SfiCoursesResolver, SfiEnrolmentsResolver, SfiNotesResolver, CandidateSfiResolver],
  exports: [SfiCoursesService, SfiQueueService, SfiNotesService],
})
export class SfiModule {}
