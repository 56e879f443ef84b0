import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Ctx } from '../context/ctx.decorator.js';
import type { RequestContext } from '../context/request-context.js';
import { CaseloadService } from './caseload.service.js';
import { SecretaryCaseload, TeamCaseload } from './caseload.types.js';
import { PLAN_READERS } from './plan-permissions.js';
import { IdArg } from '../validation/id-arg.decorator.js';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly caseload: CaseloadService) {}

  @Allow(...PLAN_READERS)
  @Query(() => TeamCaseload, { description: "A sector team's open candidates, overdue follow-ups and periods without a plan, in all and per secretary" })
  teamCaseload(@Ctx() ctx: RequestContext, @IdArg('teamId') teamId: string): Promise<TeamCaseload> {
    return this.caseload.team(ctx, teamId);
  }

  @Allow(...PLAN_READERS)
  @Query(() => [SecretaryCaseload], { description: "Caseload per secretary: a manager sees their organisation's secretaries, others their own" })
  secretaryCaseloads(@Ctx() ctx: RequestContext): Promise<SecretaryCaseload[]> {
    return this.caseload.secretaries(ctx);
  }
}
