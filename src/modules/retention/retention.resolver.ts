import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import type { Page } from '../../platform/graphql/pagination.js';
import { User } from '../organisations/user.entity.js';
import { RETENTION_ADMINS, RETENTION_READERS } from './retention-access.js';
import { RetentionRulesService } from './retention-rules.service.js';
import { RetentionService } from './retention.service.js';
import {
  ErasePersonArgs,
  RetentionPreview,
  RetentionPrincipalArgs,
  RetentionReport,
  RetentionReportPage,
  RetentionReportsArgs,
  RetentionRule,
  RetentionRulesArgs,
  SetRetentionRuleInput,
} from './retention.types.js';

/**
 * Thinning (gallring): the principal's retention rules, dry and real runs, erasure on request and the reports.
 * Nothing here returns a person's record (a preview names people by internal id and date only), so no access-log
 * entries.
 */
@Resolver()
export class RetentionResolver {
  constructor(
    private readonly service: RetentionService,
    private readonly rules: RetentionRulesService,
  ) {}

  @Allow(...RETENTION_READERS)
  @Query(() => [RetentionRule], { description: 'A principal’s retention rules with their legal notes; its administrator, managers and its reviewers' })
  retentionRules(@Ctx() ctx: RequestContext, @Args() args: RetentionRulesArgs): Promise<RetentionRule[]> {
    return this.rules.list(ctx, args.principalId);
  }

  @Allow(...RETENTION_READERS)
  @Query(() => RetentionReportPage, { description: 'What the principal’s thinning runs and erasures did, newest first' })
  retentionReports(@Ctx() ctx: RequestContext, @Args() args: RetentionReportsArgs): Promise<Page<RetentionReport>> {
    return this.service.reports(ctx, args.principalId, args);
  }

  @Allow(...RETENTION_ADMINS)
  @Query(() => RetentionPreview, { description: 'A dry run: what thinning would remove today, removing nothing (kept as a dry-run report)' })
  previewRetention(@Ctx() ctx: RequestContext, @Args() args: RetentionPrincipalArgs): Promise<RetentionPreview> {
    return this.service.preview(ctx, args.principalId);
  }

  @Allow(...RETENTION_ADMINS)
  @Mutation(() => RetentionRule, { description: 'Sets one of the principal’s retention rules; send the version you read' })
  setRetentionRule(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The principal, the kind, the years, the legal note and the version you read' }) input: SetRetentionRuleInput,
  ): Promise<RetentionRule> {
    return this.rules.set(ctx, input);
  }

  @Allow(...RETENTION_ADMINS)
  @Mutation(() => RetentionReport, { description: 'Thins the principal’s records by its rules now' })
  runRetention(@Ctx() ctx: RequestContext, @Args() args: RetentionPrincipalArgs): Promise<RetentionReport> {
    return this.service.run(ctx, args.principalId);
  }

  @Allow(...RETENTION_ADMINS)
  @Mutation(() => RetentionReport, { description: 'Erases one person’s records on their request (GDPR art. 17), where the rules allow' })
  erasePerson(@Ctx() ctx: RequestContext, @Args() args: ErasePersonArgs): Promise<RetentionReport> {
    return this.service.erase(ctx, args.candidateId, args.reason);
  }
}

@Resolver(() => RetentionRule)
export class RetentionRuleResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who last set the rule; null for the default no one has confirmed' })
  updatedBy(@Loaders() loaders: RequestLoaders, @Parent() rule: RetentionRule) {
    return rule.updatedById ? loaders.user.load(rule.updatedById) : null;
  }
}
