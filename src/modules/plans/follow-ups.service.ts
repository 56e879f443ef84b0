import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { EnrolmentsService } from '../../candidates/enrolments.service.js';
import { findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page, type PageArgs } from '../../platform/graphql/pagination.js';
import { FollowUp } from './follow-up.entity.js';
import { nextFollowUpProblem } from './follow-up-rules.js';
import type { WithoutPlanArgs } from './plan.args.js';
import { Plan } from './plan.entity.js';
import type { RecordFollowUpInput } from './plan.input.js';
import { findVisibleTeam } from '../organisations/team-visibility.js';
import { AccessLogService } from '../audit/access-log.service.js';

/**
 * Weekly follow-up of job seekers (docs/domain.md, the path's step 5: follow-up with the secretary at least once a
 * week; a sick-listed person's plan is adapted, not paused, so they are followed up like everyone else), and the
 * lists that show who has not been: a secretary's and a team's overdue follow-ups, and the open enrolment
 * periods without a plan. The lists answer with enrolment periods; the person is reached through
 * `Enrolment.candidate`, which writes the access log.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Records a follow-up held with the person of an open enrolment period, by the caller. It was held on a day
   * not before the first contact and not in the future, and sets the next one: after it and at most a week later
   * ({@link nextFollowUpProblem}). A follow-up recorded late may set a next date that has already passed; the
   * period then shows as overdue, which is the truth.
   */
  async record(ctx: RequestContext, input: RecordFollowUpInput): Promise<FollowUp> {
    const enrolment = await this.enrolments.open(ctx, input.enrolmentId);
    this.enrolments.assertWithinPeriod(ctx, enrolment, input.heldOn, 'input.heldOn');
    const problem = nextFollowUpProblem(input.heldOn, input.nextOn);
    if (problem) throw DomainError.field('input.nextOn', problem);
    const followUps = ctx.em.getRepository(FollowUp);
    return followUps.save(
      followUps.create({
        enrolmentId: enrolment.id,
        candidateId: enrolment.candidateId,
        principalId: enrolment.principalId,
        heldOn: input.heldOn,
        byUserId: ctx.actor.userId,
        form: input.form,
        summary: input.summary,
        nextOn: input.nextOn,
      }),
    );
  }

  /** Open enrolment periods whose secretary is the caller and whose follow-up is overdue, most overdue first. */
  myOverdue(ctx: RequestContext, page: PageArgs): Promise<Page<Enrolment>> {
    return paginate(this.overdue(ctx).andWhere('e.secretaryId = :me', { me: ctx.actor.userId }), page);
  }

  /** Open enrolment periods in a sector team whose follow-up is overdue, most overdue first. */
  async teamOverdue(ctx: RequestContext, teamId: string, page: PageArgs): Promise<Page<Enrolment>> {
    await findVisibleTeam(ctx, teamId);
    return paginate(this.overdue(ctx).andWhere('e.teamId = :teamId', { teamId }), page);
  }

  /**
   * Open enrolment periods that have no plan (docs/rules.md: "share of enrolled with a current plan"), the longest
   * waiting first; optionally those of one team or one secretary.
   */
  async withoutPlan(ctx: RequestContext, args: WithoutPlanArgs): Promise<Page<Enrolment>> {
    const qb = scopedQuery(ctx, Enrolment, 'e')
      .andWhere('e.exitOn IS NULL')
      .andWhere(`NOT ${hasPlanSql(ctx)}`)
      .orderBy('e.firstContactOn', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (args.teamId) {
      await findVisibleTeam(ctx, args.teamId);
      qb.andWhere('e.teamId = :teamId', { teamId: args.teamId });
    }
    if (args.secretaryId) qb.andWhere('e.secretaryId = :secretaryId', { secretaryId: args.secretaryId });
    return paginate(qb, args);
  }

  /** An enrolment period's follow-ups, newest first. */
  /** An enrolment period's follow-ups, newest first. Their summaries are personal data: the read is logged. */
  async forEnrolment(ctx: RequestContext, enrolmentId: string): Promise<FollowUp[]> {
    const followUps = await scopedQuery(ctx, FollowUp, 'f')
      .andWhere('f.enrolmentId = :enrolmentId', { enrolmentId })
      .orderBy('f.heldOn', 'DESC')
      .addOrderBy('f.createdAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getMany();
    if (followUps.length > 0) {
      await this.accessLog.record(ctx, [{ id: followUps[0].candidateId }], 'Enrolment.followUps');
    }
    return followUps;
  }


  enrolment(ctx: RequestContext, followUp: FollowUp): Promise<Enrolment> {
    return findScoped(ctx, Enrolment, followUp.enrolmentId, 'Enrolment');
  }

  /** Open enrolment periods in the caller's scope whose follow-up was due before today, most overdue first. */
  private overdue(ctx: RequestContext): SelectQueryBuilder<Enrolment> {
    const due = followUpDueSql(ctx);
    return scopedQuery(ctx, Enrolment, 'e')
      .andWhere('e.exitOn IS NULL')
      .andWhere(`${due} < :today`, { today: this.clock.today() })
      .orderBy(due, 'ASC')
      .addOrderBy('e.id', 'ASC');
  }
}

/**
 * The day the next follow-up of the enrolment period aliased `e` is due, in SQL: the rule's own SQL function
 * (follow-up-rules.ts, `follow_up_due_on`) over the period and its latest follow-up; NULL (never overdue) when it has
 * ended or before the first meeting.
 */
export function followUpDueSql(ctx: RequestContext): string {
  const latestNextOn = ctx.em
    .createQueryBuilder()
    .subQuery()
    .select('f.nextOn')
    .from(FollowUp, 'f')
    .where('f.enrolmentId = e.id')
    .orderBy('f.heldOn', 'DESC')
    .addOrderBy('f.createdAt', 'DESC')
    .limit(1)
    .getQuery();
  return `follow_up_due_on(e.exitOn, ${latestNextOn}, e.planEstablishedOn, e.firstMeetingOn)`;
}

/** Whether the enrolment period aliased `e` has a plan, in SQL. */
export function hasPlanSql(ctx: RequestContext): string {
  const plan = ctx.em.createQueryBuilder().subQuery().select('1').from(Plan, 'p').where('p.enrolmentId = e.id').getQuery();
  return `EXISTS ${plan}`;
}
