import { Module } from '@nestjs/common';
import { RetentionRulesService } from './retention-rules.service.js';
import { RetentionProcessor } from './retention.processor.js';
import { RetentionResolver, RetentionRuleResolver } from './retention.resolver.js';
import { RetentionService } from './retention.service.js';

/** Thinning (gallring) of people's records and the access log by each principal's retention rules. */
@Module({
  providers: [RetentionRulesService, RetentionService, RetentionResolver, RetentionRuleResolver, RetentionProcessor],
  exports: [RetentionService],
})
export class RetentionModule {}
