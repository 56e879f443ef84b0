import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { OutboxEvent } from '../../platform/outbox/outbox-event.entity.js';
import { OutboxHandler, type AfterCommit, type OutboxEventHandler } from '../../platform/outbox/outbox-handler.decorator.js';
import { systemContext } from '../../platform/context/system-actor.js';
import { Plan } from '../plans/plan.entity.js';
import { ActivityStatus, ActivityType } from '../plans/plan.enums.js';
import { PlansService } from '../plans/plans.service.js';
import { PlacementEvent, type PlacementEventPayload } from './placement-events.js';
import { PlacementOutcome } from './placement.enums.js';

/**
 * Carries a placement into the person's plan through the outbox (docs/architecture.md), so nobody types it in again: an
 * internship becomes the plan's INTERNSHIP activity, ongoing then completed (or cancelled if it ended early), and a job
 * reaches the plan's goal. Each run brings the plan in line with the placement as the event recorded it (not as the
 * placement is when the job runs: a later step has an event of its own, handled after this one), so the plan goes
 * through the same revisions however late the jobs run, and a run that finds the plan already in line changes nothing.
 * It goes through PlansService, so every change leaves a plan revision, authored on behalf of the staff member who
 * recorded the change (see systemContext).
 */
@Injectable()
@OutboxHandler({
  name: 'plan',
  kinds: [PlacementEvent.INTERNSHIP_STARTED, PlacementEvent.INTERNSHIP_COMPLETED, PlacementEvent.HIRED, PlacementEvent.ENDED_EARLY],
})
export class PlacementPlanHandler implements OutboxEventHandler {
  private readonly logger = new Logger(PlacementPlanHandler.name);

  constructor(private readonly plans: PlansService) {}

  async handle(em: EntityManager, event: OutboxEvent, afterCommit: AfterCommit): Promise<void> {
    const placement = event.payload as PlacementEventPayload;
    const ctx = await systemContext(em, event.principalId, placement.actorId, `placement ${placement.placementId}: ${event.kind}`, afterCommit);
    const enrolment = await findScoped(ctx, Enrolment, placement.enrolmentId, 'Enrolment');
    if (enrolment.exitOn) {
      // the plan of an ended period is history and stays as it was (PlansService); nothing to carry over
      this.logger.log(`Placement ${placement.placementId}: the enrolment period has ended, its plan is left as it was`);
      return;
    }
    const plan = await em.getRepository(Plan).findOneBy({ enrolmentId: enrolment.id });
    if (!plan) {
      // nothing to bring in line; a period without a plan is on the secretaries' list of those without one, and
      // the handlers after this one (the enrolment's) must not wait for a plan that may never come
      this.logger.warn(`Placement ${placement.placementId}: the enrolment period has no plan, so none was updated`);
      return;
    }
    await this.syncInternship(ctx, plan, placement);
    await this.syncGoal(ctx, plan, placement);
  }

  /** The internship activity as the event says: ongoing from the start, completed on completion, cancelled if it ended early. */
  private async syncInternship(ctx: RequestContext, plan: Plan, placement: PlacementEventPayload): Promise<void> {
    if (!placement.internshipStartedOn) return;
    const endedDuringInternship = placement.outcome === PlacementOutcome.ENDED_EARLY && !placement.internshipCompletedOn;
    const wanted = {
      startOn: placement.internshipStartedOn,
      endOn: placement.internshipCompletedOn ?? (endedDuringInternship ? placement.endedOn : null),
      status: placement.internshipCompletedOn ? ActivityStatus.COMPLETED : endedDuringInternship ? ActivityStatus.CANCELLED : ActivityStatus.ONGOING,
    };
    const activity = await this.plans.activityForPlacement(ctx, plan.id, placement.placementId);
    if (!activity) {
      await this.plans.addActivity(
        ctx,
        { planId: plan.id, type: ActivityType.INTERNSHIP, ...wanted, endOn: wanted.endOn ?? undefined, adapted: plan.sickListed, note: `Praktik: ${placement.openingTitle}` },
        placement.placementId,
      );
      return;
    }
    if (activity.startOn !== wanted.startOn || activity.endOn !== wanted.endOn || activity.status !== wanted.status) {
      await this.plans.updateActivity(ctx, { activityId: activity.id, ...wanted });
    }
  }

  /** A job reaches the goal of the plan (on its first day); a job that ended early withdraws that, if it was this job's. */
  private async syncGoal(ctx: RequestContext, plan: Plan, placement: PlacementEventPayload): Promise<void> {
    if (placement.outcome === PlacementOutcome.HIRED && placement.employmentStartOn) {
      // a goal already reached by another placement stays as it was: the first job reached it
      if (plan.goalReachedByPlacementId && plan.goalReachedByPlacementId !== placement.placementId) return;
      await this.plans.setGoalReached(ctx, plan.id, { on: placement.employmentStartOn, placementId: placement.placementId });
    } else if (placement.outcome === PlacementOutcome.ENDED_EARLY && plan.goalReachedByPlacementId === placement.placementId) {
      await this.plans.setGoalReached(ctx, plan.id, null);
    }
  }
}
