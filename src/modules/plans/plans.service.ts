import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { EnrolmentsService } from '../../candidates/enrolments.service.js';
import { assertWritable, findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { diffFields, encodeRevisionValue } from './plan-diff.js';
import { ACTIVITY_RESPONSIBLE_ROLES } from './plan-permissions.js';
import { PlanActivity } from './plan-activity.entity.js';
import { PlanChange, PlanRevision } from './plan-revision.entity.js';
import { Plan } from './plan.entity.js';
import type { AddPlanActivityInput, PlanActivityInput, StartPlanInput, UpdatePlanActivityInput, UpdatePlanInput } from './plan.input.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { viaOf } from '../../platform/context/system-actor.js';

/** The plan's own fields a revision records. */
const PLAN_FIELDS = ['kind', 'establishedOn', 'goalOccupationConceptId', 'goalSectorId', 'goalDescription', 'sickListed', 'goalReachedOn', 'goalReachedByPlacementId'] as const;
/** An activity's fields a revision records, as `activity.<field>`. */
const ACTIVITY_FIELDS = ['type', 'responsibleUserId', 'startOn', 'endOn', 'status', 'adapted', 'note', 'placementId'] as const;

/** The goal occupation is a JobTech occupation: a named occupation or an SSYK-4 group. */
const OCCUPATION_TYPES = ['occupation-name', 'ssyk-level-4'] as const;

/**
 * Labour-market plans and study plans (docs/domain.md, the path's step 2: a plan within one working day of first
 * contact) with their activities (insatser). Every change to a plan or an activity leaves a {@link PlanRevision}:
 * who, when, what (docs/rules.md, "Change history"). A sick-listed person's plan is adapted, not paused
 * (docs/domain.md step 5): `sickListed` is a flag on the plan and its activities are marked `adapted`; nothing about
 * the plan or the follow-ups stops.
 *
 * A plan belongs to one enrolment period and can be changed while that period is open; once the person has
 * exited it is history and stays as it was.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Starts the plan of an open enrolment period: one per period (CONFLICT if it has one), owned by the caller.
   * The enrolment records the day and the working days from first contact to plan, the indicator whose target
   * is at most one (docs/rules.md "Indicators"); the day may not be before the first contact nor in the future.
   * The revision "plan established" lists the plan's fields, and each initial activity gets "activity added".
   */
  async start(ctx: RequestContext, input: StartPlanInput): Promise<Plan> {
    const enrolment = await this.enrolments.open(ctx, input.enrolmentId);
    if (await ctx.em.getRepository(Plan).existsBy({ enrolmentId: enrolment.id })) {
      throw DomainError.conflict('The enrolment period already has a plan', [{ field: 'input.enrolmentId', message: 'already has a plan' }]);
    }
    await this.enrolments.markPlanEstablished(ctx, enrolment, input.establishedOn);
    await this.validateGoal(ctx, input);
    const activities = input.activities ?? [];
    for (const [i, activity] of activities.entries()) await this.validateActivity(ctx, activity, `input.activities.${i}`);

    const plans = ctx.em.getRepository(Plan);
    const plan = await plans.save(
      plans.create({
        enrolmentId: enrolment.id,
        candidateId: enrolment.candidateId,
        principalId: enrolment.principalId,
        kind: input.kind,
        establishedOn: input.establishedOn,
        goalOccupationConceptId: input.goalOccupationConceptId ?? null,
        goalSectorId: input.goalSectorId ?? null,
        goalDescription: input.goalDescription ?? null,
        sickListed: false,
        ownerId: ctx.actor.userId,
      }),
    );
    const at = await this.revisionClock(ctx, plan.id);
    await this.revise(ctx, plan.id, at(), 'plan established', diffFields<Plan>(null, plan, PLAN_FIELDS));
    for (const activity of activities) await this.insertActivity(ctx, plan.id, activity, at());
    return plan;
  }

  /**
   * Changes the goal or the sick-listing of a plan. The caller sends the version they read: a stale one is a
   * CONFLICT, so nobody overwrites a change they have not seen. The revision "plan changed" lists each field that
   * changed, from and to; a change that changes nothing leaves no revision and keeps the version.
   */
  async update(ctx: RequestContext, input: UpdatePlanInput): Promise<Plan> {
    const plan = await this.lockPlan(ctx, scopedQuery(ctx, Plan, 'p').andWhere('p.id = :id', { id: input.planId }), 'Plan', input.planId);
    if (plan.version !== input.version) throw DomainError.staleVersion('Plan', input.version, plan.version);
    await this.validateGoal(ctx, input);
    const before = { ...plan };
    if (input.goalOccupationConceptId !== undefined) plan.goalOccupationConceptId = input.goalOccupationConceptId;
    if (input.goalSectorId !== undefined) plan.goalSectorId = input.goalSectorId;
    if (input.goalDescription !== undefined) plan.goalDescription = input.goalDescription;
    if (input.sickListed !== undefined && input.sickListed !== null) plan.sickListed = input.sickListed;
    const changes = diffFields<Plan>(before, plan, PLAN_FIELDS);
    if (changes.length === 0) return plan;
    const saved = await ctx.em.getRepository(Plan).save(plan);
    const at = await this.revisionClock(ctx, plan.id);
    await this.revise(ctx, plan.id, at(), 'plan changed', changes);
    return saved;
  }

  /**
   * Adds an activity (insats) to a plan; the revision "activity added" lists its fields. `placementId` links an
   * activity that follows a placement (an internship), so the placement's later changes find it again.
   */
  async addActivity(ctx: RequestContext, input: AddPlanActivityInput, placementId: string | null = null): Promise<PlanActivity> {
    const plan = await this.lockPlan(ctx, scopedQuery(ctx, Plan, 'p').andWhere('p.id = :id', { id: input.planId }), 'Plan', input.planId);
    await this.validateActivity(ctx, input, 'input');
    const at = await this.revisionClock(ctx, plan.id);
    return this.insertActivity(ctx, plan.id, input, at(), placementId);
  }

  /**
   * Marks the plan's goal reached by a placement's outcome (a job, the goal of a labour-market plan), or withdraws
   * that when the placement's job ended early. Leaves the revision "goal reached" or "goal reached withdrawn";
   * a call that changes nothing leaves none, so delivering the same outcome twice changes nothing.
   */
  async setGoalReached(ctx: RequestContext, planId: string, reached: { on: string; placementId: string } | null): Promise<Plan> {
    const plan = await this.lockPlan(ctx, scopedQuery(ctx, Plan, 'p').andWhere('p.id = :id', { id: planId }), 'Plan', planId);
    const before = { ...plan };
    plan.goalReachedOn = reached?.on ?? null;
    plan.goalReachedByPlacementId = reached?.placementId ?? null;
    const changes = diffFields<Plan>(before, plan, PLAN_FIELDS);
    if (changes.length === 0) return plan;
    const saved = await ctx.em.getRepository(Plan).save(plan);
    const at = await this.revisionClock(ctx, plan.id);
    await this.revise(ctx, plan.id, at(), reached ? 'goal reached' : 'goal reached withdrawn', changes);
    return saved;
  }

  /** The activity of a plan that follows a placement, if any. */
  activityForPlacement(ctx: RequestContext, planId: string, placementId: string): Promise<PlanActivity | null> {
    return ctx.em.getRepository(PlanActivity).findOneBy({ planId, placementId });
  }

  /**
   * Changes an activity: its type, responsible, dates, status, the adapted flag or the note (null clears the
   * responsible, the end date or the note). The end may not come before the start, whichever of the two changes.
   * The revision "activity changed" names the activity (`activity.id`) and lists each field that changed.
   */
  async updateActivity(ctx: RequestContext, input: UpdatePlanActivityInput): Promise<PlanActivity> {
    const owning = scopedQuery(ctx, Plan, 'p')
      .innerJoin(PlanActivity, 'a', 'a.planId = p.id')
      .andWhere('a.id = :id', { id: input.activityId });
    const plan = await this.lockPlan(ctx, owning, 'PlanActivity', input.activityId);
    const activities = ctx.em.getRepository(PlanActivity);
    const activity = await activities.findOneByOrFail({ id: input.activityId, planId: plan.id });
    const before = { ...activity };

    if (input.type != null) activity.type = input.type;
    if (input.startOn != null) activity.startOn = input.startOn;
    if (input.endOn !== undefined) activity.endOn = input.endOn;
    if (input.status != null) activity.status = input.status;
    if (input.adapted != null) activity.adapted = input.adapted;
    if (input.note !== undefined) activity.note = input.note || null;
    if (input.responsibleUserId !== undefined && input.responsibleUserId !== activity.responsibleUserId) {
      if (input.responsibleUserId !== null) await this.assertResponsible(ctx, input.responsibleUserId, 'input.responsibleUserId');
      activity.responsibleUserId = input.responsibleUserId;
    }
    if (activity.endOn !== null && activity.endOn < activity.startOn) {
      throw DomainError.field(input.endOn !== undefined ? 'input.endOn' : 'input.startOn', `the activity cannot end (${activity.endOn}) before it starts (${activity.startOn})`);
    }
    const changes = diffFields<PlanActivity>(before, activity, ACTIVITY_FIELDS, 'activity.');
    if (changes.length === 0) return activity;
    const saved = await activities.save(activity);
    const at = await this.revisionClock(ctx, plan.id);
    await this.revise(ctx, plan.id, at(), 'activity changed', [activityIdChange(activity.id, activity.id), ...changes]);
    return saved;
  }

  /** The plan of an enrolment period, if it has one (the enrolment was read within the caller's scope). */
  /** The plan of an enrolment period. A plan is the person's personal data (goals, sick-listing): the read is logged. */
  async forEnrolment(ctx: RequestContext, enrolmentId: string): Promise<Plan | null> {
    const plan = await scopedQuery(ctx, Plan, 'p').andWhere('p.enrolmentId = :enrolmentId', { enrolmentId }).getOne();
    if (plan) await this.accessLog.record(ctx, [{ id: plan.candidateId }], 'Enrolment.plan');
    return plan;
  }

  get(ctx: RequestContext, planId: string): Promise<Plan> {
    return findScoped(ctx, Plan, planId, 'Plan');
  }

  /** A plan's activities in the order they start. */
  activities(ctx: RequestContext, plan: Plan): Promise<PlanActivity[]> {
    return ctx.em.getRepository(PlanActivity).find({ where: { planId: plan.id }, order: { startOn: 'ASC', id: 'ASC' } });
  }

  /** A plan's revisions, newest first. */
  revisions(ctx: RequestContext, plan: Plan): Promise<PlanRevision[]> {
    return ctx.em.getRepository(PlanRevision).find({ where: { planId: plan.id }, order: { at: 'DESC', id: 'DESC' } });
  }

  enrolment(ctx: RequestContext, plan: Plan): Promise<Enrolment> {
    return findScoped(ctx, Enrolment, plan.enrolmentId, 'Enrolment');
  }

  /**
   * The plan the query finds, locked for the change, after checking the caller acts for its principal and that
   * its enrolment period is still open. Outside the caller's scope it is NOT_FOUND as `what`.
   */
  private async lockPlan(ctx: RequestContext, qb: SelectQueryBuilder<Plan>, what: string, id: string): Promise<Plan> {
    const plan = await qb.setLock('pessimistic_write', undefined, ['p']).getOne();
    if (!plan) throw DomainError.notFound(what, id);
    assertWritable(ctx, plan.principalId);
    const enrolment = await findScoped(ctx, Enrolment, plan.enrolmentId, 'Enrolment');
    if (enrolment.exitOn) {
      throw DomainError.conflict('The enrolment period has ended; its plan is kept as it was', [{ field: what === 'Plan' ? 'input.planId' : 'input.activityId', message: 'the enrolment period has ended' }]);
    }
    return plan;
  }

  private async insertActivity(ctx: RequestContext, planId: string, input: PlanActivityInput, at: Date, placementId: string | null = null): Promise<PlanActivity> {
    const activities = ctx.em.getRepository(PlanActivity);
    const activity = await activities.save(
      activities.create({
        planId,
        type: input.type,
        responsibleUserId: input.responsibleUserId ?? null,
        startOn: input.startOn,
        endOn: input.endOn ?? null,
        status: input.status,
        adapted: input.adapted,
        note: input.note || null,
        placementId,
      }),
    );
    await this.revise(ctx, planId, at, 'activity added', [activityIdChange(null, activity.id), ...diffFields<PlanActivity>(null, activity, ACTIVITY_FIELDS, 'activity.')]);
    return activity;
  }

  private async validateGoal(ctx: RequestContext, input: { goalOccupationConceptId?: string | null; goalSectorId?: string | null }): Promise<void> {
    if (input.goalOccupationConceptId) {
      await this.taxonomy.assertConcepts(ctx.em, [input.goalOccupationConceptId], OCCUPATION_TYPES, 'input.goalOccupationConceptId');
    }
    if (input.goalSectorId && !(await ctx.em.getRepository(Sector).existsBy({ id: input.goalSectorId }))) {
      throw DomainError.field('input.goalSectorId', 'unknown sector');
    }
  }

  private async validateActivity(ctx: RequestContext, activity: PlanActivityInput, path: string): Promise<void> {
    if (activity.endOn && activity.endOn < activity.startOn) {
      throw DomainError.field(`${path}.endOn`, `cannot be before the start (${activity.startOn})`);
    }
    if (activity.responsibleUserId) await this.assertResponsible(ctx, activity.responsibleUserId, `${path}.responsibleUserId`);
  }

  /** The responsible staff member of an activity: an active user who carries activities with job seekers. */
  private async assertResponsible(ctx: RequestContext, userId: string, field: string): Promise<void> {
    const user = await ctx.em.getRepository(User).findOneBy({ id: userId });
    if (!user || !user.active) throw DomainError.field(field, 'not an active user');
    if (!user.roles.some((r) => ACTIVITY_RESPONSIBLE_ROLES.includes(r))) {
      throw DomainError.field(field, 'not a staff member who carries activities with job seekers');
    }
  }

  /**
   * Instants for a plan's next revisions, from the clock but always after the plan's latest revision, so that
   * "newest first" is the order the changes were made even within one transaction (where the database's now()
   * does not move) and when the clock was set back. Callers hold the plan's lock, so two requests cannot interleave.
   */
  private async revisionClock(ctx: RequestContext, planId: string): Promise<() => Date> {
    const row = await ctx.em
      .getRepository(PlanRevision)
      .createQueryBuilder('r')
      .select('MAX(r.at)', 'latest')
      .where('r.planId = :planId', { planId })
      .getRawOne<{ latest: Date | string | null }>();
    let last = row?.latest ? new Date(row.latest).getTime() : Number.NEGATIVE_INFINITY;
    return () => {
      last = Math.max(this.clock.now().getTime(), last + 1);
      return new Date(last);
    };
  }

  private async revise(ctx: RequestContext, planId: string, at: Date, action: string, changes: PlanChange[]): Promise<void> {
    const revisions = ctx.em.getRepository(PlanRevision);
    await revisions.save(revisions.create({ planId, at, authorId: ctx.actor.userId, via: viaOf(ctx), action, changes }));
  }
}

/** Names the activity a revision is about: `activity.id`, from null when it was added. */
function activityIdChange(from: string | null, to: string): PlanChange {
  return { field: 'activity.id', from: encodeRevisionValue(from), to: encodeRevisionValue(to) };
}
