import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../modules/taxonomy/taxonomy.module.js';
import { CandidateExperienceResolver, CandidateLanguageResolver, CandidatesResolver } from './candidates.resolver.js';
import { CandidatesService } from './candidates.service.js';
import { EnrolmentsResolver } from './enrolments.resolver.js';
import { EnrolmentsService } from './enrolments.service.js';

@Module({
  imports: [TaxonomyModule],
  providers: [CandidatesService, CandidatesResolver, CandidateLanguageResolver, CandidateExperienceResolver, EnrolmentsService, EnrolmentsResolver],
  exports: [CandidatesService, EnrolmentsService],
})
export class CandidatesModule {}
