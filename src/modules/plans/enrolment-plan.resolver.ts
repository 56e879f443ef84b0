import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { Clock } from '../../platform/context/clock.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { FollowUp } from './follow-up.entity.js';
import { followUpDueOn, isFollowUpOverdue, type FollowUpState } from './follow-up-rules.js';
import { FollowUpsService } from './follow-ups.service.js';
import { Plan } from './plan.entity.js';
import { PlansService } from './plans.service.js';

/** The plan and the follow-ups of an enrolment period, as fields of `Enrolment`. */
@Resolver(() => Enrolment)
export class EnrolmentPlanResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly followUpService: FollowUpsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Plan, { nullable: true, description: 'The plan (or study plan) of the period, once started' })
  plan(@Ctx() ctx: RequestContext, @Parent() enrolment: Enrolment): Promise<Plan | null> {
    return this.plans.forEnrolment(ctx, enrolment.id);
  }

  @ResolveField(() => [FollowUp], { description: 'Follow-ups, newest first' })
  followUps(@Ctx() ctx: RequestContext, @Parent() enrolment: Enrolment): Promise<FollowUp[]> {
    return this.followUpService.forEnrolment(ctx, enrolment.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'When the next follow-up is due: the latest follow-up’s next date, else 7 days after the plan (or the first meeting); none before the first meeting or after exit',
  })
  async nextFollowUpDue(@Loaders() loaders: RequestLoaders, @Parent() enrolment: Enrolment): Promise<string | null> {
    return followUpDueOn(await followUpState(loaders, enrolment));
  }

  @ResolveField(() => Boolean, { description: 'The follow-up was due before today' })
  async followUpOverdue(@Loaders() loaders: RequestLoaders, @Parent() enrolment: Enrolment): Promise<boolean> {
    return isFollowUpOverdue(await followUpState(loaders, enrolment), this.clock.today());
  }
}

/** What the overdue rule needs of an enrolment period; the latest follow-up comes batched for a whole page. */
async function followUpState(loaders: RequestLoaders, enrolment: Enrolment): Promise<FollowUpState> {
  return {
    exitOn: enrolment.exitOn,
    firstMeetingOn: enrolment.firstMeetingOn,
    planEstablishedOn: enrolment.planEstablishedOn,
    latestNextOn: await loaders.latestFollowUpNextOn.load(enrolment.id),
  };
}
