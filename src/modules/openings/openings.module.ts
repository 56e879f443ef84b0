import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { InternshipCheckInResolver, LanguageNeedResolver, OpeningsResolver, WeightedSkillResolver } from './openings.resolver.js';
import { OpeningsService } from './openings.service.js';

/** Openings at employers: jobs, internships and SFI workplace-learning places, routed to the sector teams. */
@Module({
  imports: [TaxonomyModule],
  providers: [OpeningsService, OpeningsResolver, WeightedSkillResolver, LanguageNeedResolver, InternshipCheckInResolver],
  exports: [OpeningsService],
})
export class OpeningsModule {}
