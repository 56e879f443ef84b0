import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { PageArgs, Paginated, type Page } from '../../platform/graphql/pagination.js';
import { User } from '../organisations/user.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpsService } from './follow-ups.service.js';
import { suggestedNextFollowUpOn } from './follow-up-rules.js';
import { SuggestedNextFollowUpArgs, TeamEnrolmentsArgs, WithoutPlanArgs } from './plan.args.js';
import { FOLLOW_UP_RECORDERS, PLAN_READERS } from './plan-permissions.js';
import { RecordFollowUpInput } from './plan.input.js';

const EnrolmentPage = Paginated(Enrolment, 'EnrolmentPage');

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(private readonly followUps: FollowUpsService) {}

  @Allow(...FOLLOW_UP_RECORDERS)
  @Mutation(() => FollowUp, { description: 'Records a follow-up held with the person; the next one at most a week later' })
  recordFollowUp(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period, the day, the form, a summary and the next follow-up' }) input: RecordFollowUpInput,
  ): Promise<FollowUp> {
    return this.followUps.record(ctx, input);
  }

  @Allow(...FOLLOW_UP_RECORDERS)
  @Query(() => String, {
    description: 'The next follow-up a follow-up held on heldOn suggests: a week later, or the last working day before that (weekends and Swedish holidays)',
  })
  suggestedNextFollowUpOn(@Args() args: SuggestedNextFollowUpArgs): string {
    return suggestedNextFollowUpOn(args.heldOn);
  }

  @Allow(...PLAN_READERS)
  @Query(() => EnrolmentPage, { description: 'Enrolment periods you are the secretary of whose follow-up is overdue, most overdue first' })
  myOverdueFollowUps(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Page<Enrolment>> {
    return this.followUps.myOverdue(ctx, page);
  }

  @Allow(...PLAN_READERS)
  @Query(() => EnrolmentPage, { description: 'Enrolment periods in a sector team whose follow-up is overdue, most overdue first' })
  teamOverdueCandidateFollowUps(@Ctx() ctx: RequestContext, @Args() args: TeamEnrolmentsArgs): Promise<Page<Enrolment>> {
    return this.followUps.teamOverdue(ctx, args.teamId, args);
  }

  @Allow(...PLAN_READERS)
  @Query(() => EnrolmentPage, { description: 'Open enrolment periods without a plan, the longest waiting first' })
  candidatesWithoutCurrentPlan(@Ctx() ctx: RequestContext, @Args() args: WithoutPlanArgs): Promise<Page<Enrolment>> {
    return this.followUps.withoutPlan(ctx, args);
  }

  @ResolveField(() => User, { description: 'Who held the follow-up' })
  by(@Loaders() loaders: RequestLoaders, @Parent() followUp: FollowUp) {
    return loaders.user.load(followUp.byUserId);
  }

  @ResolveField(() => Enrolment, { description: 'The enrolment period followed up' })
  enrolment(@Ctx() ctx: RequestContext, @Parent() followUp: FollowUp): Promise<Enrolment> {
    return this.followUps.enrolment(ctx, followUp);
  }
}
