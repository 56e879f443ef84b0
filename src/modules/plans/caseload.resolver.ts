import { Args, Query, ResolveField, Resolver, Int, Parent } from '@nestjs/graphql';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { planDueOn, sectorDueOn } from '../../candidates/path-deadlines.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import { Clock } from '../../platform/context/clock.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { CaseloadEnrolmentsArgs } from './caseload-list.args.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { CaseloadService } from './caseload.service.js';
import { SecretaryCaseload, TeamCaseload } from './caseload.types.js';
import { PLAN_READERS } from './plan-permissions.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

const CaseloadEnrolmentPage = Paginated(Enrolment, 'CaseloadEnrolmentPage');

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

  @Allow(...PLAN_READERS)
  @Query(() => CaseloadEnrolmentPage, {
    description:
      'The enrolment periods behind the caseload figures, by status (OPEN, FOLLOW_UP_OVERDUE and WITHOUT_PLAN count as secretaryCaseloads does), secretary, team and sector; every person listed is written to the access log',
  })
  caseloadEnrolments(@Ctx() ctx: RequestContext, @Args() args: CaseloadEnrolmentsArgs): Promise<Page<Enrolment>> {
    return this.caseload.enrolments(ctx, args);
  }
}

/**
 * The start of the path as deadlines (docs/rules.md "Indicators"): the plan within one working day of first contact,
 * the sector within the first week (five working days), counted as `workingDaysToPlan` and `workingDaysToSector` are.
 */
@Resolver(() => Enrolment)
export class EnrolmentDeadlinesResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => Int, { description: 'Working days from first contact to today (to the exit, once ended)' })
  workingDaysSinceFirstContact(@Parent() enrolment: Enrolment): number {
    return workingDaysBetween(enrolment.firstContactOn, enrolment.exitOn ?? this.clock.today());
  }

  @ResolveField(() => String, { description: 'The last day for the plan: one working day after first contact' })
  planDueOn(@Parent() enrolment: Enrolment): string {
    return planDueOn(enrolment.firstContactOn);
  }

  @ResolveField(() => String, { description: 'The last day for the sector choice: five working days after first contact' })
  sectorDueOn(@Parent() enrolment: Enrolment): string {
    return sectorDueOn(enrolment.firstContactOn);
  }
}
