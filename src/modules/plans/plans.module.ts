import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { CaseloadResolver, EnrolmentDeadlinesResolver } from './caseload.resolver.js';
import { CaseloadService } from './caseload.service.js';
import { EnrolmentPlanResolver } from './enrolment-plan.resolver.js';
import { FollowUpsResolver } from './follow-ups.resolver.js';
import { FollowUpsService } from './follow-ups.service.js';
import { PlanActivityResolver, PlanRevisionResolver, PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';

/** Labour-market plans, their activities and revisions, the weekly follow-up and caseloads. */
@Module({
  imports: [CandidatesModule, TaxonomyModule],
  providers: [
    PlansService,
    PlansResolver,
    PlanActivityResolver,
    PlanRevisionResolver,
    FollowUpsService,
    FollowUpsResolver,
    EnrolmentPlanResolver,
    CaseloadService,
    CaseloadResolver,
    EnrolmentDeadlinesResolver,
  ],
  exports: [PlansService, FollowUpsService],
})
export class PlansModule {}
