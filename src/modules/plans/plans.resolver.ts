import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { ACTIVITY_EDITORS, PLAN_EDITORS } from './plan-permissions.js';
import { PlanActivity } from './plan-activity.entity.js';
import { PlanRevision } from './plan-revision.entity.js';
import { Plan } from './plan.entity.js';
import { AddPlanActivityInput, StartPlanInput, UpdatePlanActivityInput, UpdatePlanInput } from './plan.input.js';
import { PlansService } from './plans.service.js';

@Resolver(() => Plan)
export class PlansResolver {
  constructor(private readonly plans: PlansService) {}

  @Allow(...PLAN_EDITORS)
  @Mutation(() => Plan, { description: 'Starts the plan (or study plan) of an enrolment period; you own it' })
  startPlan(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period, the kind, the day established, the goal and the first activities' }) input: StartPlanInput,
  ): Promise<Plan> {
    return this.plans.start(ctx, input);
  }

  @Allow(...PLAN_EDITORS)
  @Mutation(() => Plan, { description: 'Changes the goal or the sick-listing (send the version you read); leaves a revision' })
  updatePlan(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The plan, the version you read, and the fields that change' }) input: UpdatePlanInput,
  ): Promise<Plan> {
    return this.plans.update(ctx, input);
  }

  @Allow(...ACTIVITY_EDITORS)
  @Mutation(() => PlanActivity, { description: 'Adds an activity (insats) to a plan; leaves a revision' })
  addPlanActivity(@Ctx() ctx: RequestContext, @Args('input', { description: 'The plan and the activity' }) input: AddPlanActivityInput): Promise<PlanActivity> {
    return this.plans.addActivity(ctx, input);
  }

  @Allow(...ACTIVITY_EDITORS)
  @Mutation(() => PlanActivity, { description: 'Changes an activity; leaves a revision' })
  updatePlanActivity(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The activity and the fields that change' }) input: UpdatePlanActivityInput,
  ): Promise<PlanActivity> {
    return this.plans.updateActivity(ctx, input);
  }

  @ResolveField(() => [PlanActivity], { description: 'The activities (insatser), in the order they start' })
  activities(@Ctx() ctx: RequestContext, @Parent() plan: Plan): Promise<PlanActivity[]> {
    return this.plans.activities(ctx, plan);
  }

  @ResolveField(() => [PlanRevision], { description: 'Who changed what, and when; newest first' })
  revisions(@Ctx() ctx: RequestContext, @Parent() plan: Plan): Promise<PlanRevision[]> {
    return this.plans.revisions(ctx, plan);
  }

  @ResolveField(() => User, { description: 'The staff member who owns the plan' })
  owner(@Loaders() loaders: RequestLoaders, @Parent() plan: Plan) {
    return loaders.user.load(plan.ownerId);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The goal occupation (JobTech concept), with its label' })
  goalOccupation(@Loaders() loaders: RequestLoaders, @Parent() plan: Plan) {
    return plan.goalOccupationConceptId ? loaders.concept.load(plan.goalOccupationConceptId) : null;
  }

  @ResolveField(() => Sector, { nullable: true, description: 'The goal sector' })
  goalSector(@Loaders() loaders: RequestLoaders, @Parent() plan: Plan) {
    return plan.goalSectorId ? loaders.sector.load(plan.goalSectorId) : null;
  }

  @ResolveField(() => Enrolment, { description: 'The enrolment period the plan belongs to' })
  enrolment(@Ctx() ctx: RequestContext, @Parent() plan: Plan): Promise<Enrolment> {
    return this.plans.enrolment(ctx, plan);
  }
}

@Resolver(() => PlanActivity)
export class PlanActivityResolver {
  constructor(private readonly plans: PlansService) {}

  @ResolveField(() => User, { nullable: true, description: 'The staff member responsible' })
  responsible(@Loaders() loaders: RequestLoaders, @Parent() activity: PlanActivity) {
    return activity.responsibleUserId ? loaders.user.load(activity.responsibleUserId) : null;
  }

  @ResolveField(() => Plan, { description: 'The plan the activity belongs to' })
  plan(@Ctx() ctx: RequestContext, @Parent() activity: PlanActivity): Promise<Plan> {
    return this.plans.get(ctx, activity.planId);
  }
}

@Resolver(() => PlanRevision)
export class PlanRevisionResolver {
  @ResolveField(() => User, { description: 'Who made the change' })
  author(@Loaders() loaders: RequestLoaders, @Parent() revision: PlanRevision) {
    return loaders.user.load(revision.authorId);
  }
}
