import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { MatchingModule } from '../../matching/matching.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { PlacementEnrolmentHandler } from './placement-enrolment.handler.js';
import { PlacementPlanHandler } from './placement-plan.handler.js';
import { PlacementStageChangeResolver, PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';

/**
 * Placements and what they carry to the person's plan and enrolment period; presenting goes through the shortlist
 * (MatchingModule).
 */
@Module({
  imports: [CandidatesModule, MatchingModule, PlansModule, TaxonomyModule],
  providers: [PlacementsService, PlacementsResolver, PlacementStageChangeResolver, PlacementPlanHandler, PlacementEnrolmentHandler],
  exports: [PlacementsService],
})
export class PlacementsModule {}
