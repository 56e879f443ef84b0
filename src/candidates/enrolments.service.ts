import { Injectable, Logger } from '@nestjs/common';
import { assertWritable, assertWritableOn, findScoped } from '../platform/auth/principal-access.js';
import { workingDaysBetween } from '../modules/calendar/working-days.js';
import { Clock } from '../platform/context/clock.js';
import { JobQueue } from '../platform/jobs/job-queue.js';
import { sectorTeamFor } from '../modules/openings/opening-routing.js';
import { WorkCheck } from '../modules/statistics/exit-outcome.enums.js';
import { checkWork, isWorkReason, monthLastedOn } from '../modules/statistics/exit-rules.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { ExitReason } from './candidate.enums.js';
import type { ChooseSectorInput, ConfirmWorkExitInput, ExitEnrolmentInput, FirstMeetingInput, PlanningWeekInput } from './enrolment.input.js';
import { loggableMessage } from '../platform/errors/loggable-error.js';

/** How an enrolment period ends: the day, the reason, and for an exit to work the job's first day. */
export interface ExitFacts {
  exitOn: string;
  reason: ExitReason;
  /** Exit to work: the job's first day. */
  workStartedOn: string | null;
  /** The placement whose outcome ends the period, if one does. */
  placementId: string | null;
}

/**
 * Moves an enrolment period along docs/domain.md's path. Each step checks that it comes after the steps before it and
 * is not in the future; the working-day figures the statistics use are computed here, when the step is taken.
 */
@Injectable()
export class EnrolmentsService {
  private readonly logger = new Logger(EnrolmentsService.name);

  constructor(
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  /** The first meeting (nysamtal); the secretary who holds it owns the plan from then on. */
  async recordFirstMeeting(ctx: RequestContext, input: FirstMeetingInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertWithinPeriod(ctx, enrolment, input.heldOn, 'input.heldOn');
    enrolment.firstMeetingOn = input.heldOn;
    enrolment.activeJobSeeker = input.activeJobSeeker;
    enrolment.secretaryId = ctx.actor.userId;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  async startPlanningWeek(ctx: RequestContext, input: PlanningWeekInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertWithinPeriod(ctx, enrolment, input.startOn, 'input.startOn');
    enrolment.planningWeekStartOn = input.startOn;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /**
   * The person's sector choice, which puts them in that sector's team: the team of the sector that serves their
   * principal. docs/rules.md: the sector is chosen within the first week, measured in working days from first contact.
   */
  async chooseSector(ctx: RequestContext, input: ChooseSectorInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertWithinPeriod(ctx, enrolment, input.chosenOn, 'input.chosenOn');
    const sector = await ctx.em.getRepository(Sector).findOneBy({ id: input.sectorId });
    if (!sector) throw DomainError.field('input.sectorId', 'unknown sector');
    const teamId = await sectorTeamFor(ctx.em, sector.id, enrolment.principalId);
    if (!teamId) throw DomainError.field('input.sectorId', `no sector team for ${sector.name} serves this person's municipality`);
    enrolment.sectorId = sector.id;
    enrolment.sectorChosenOn = input.chosenOn;
    enrolment.workingDaysToSector = workingDaysBetween(enrolment.firstContactOn, input.chosenOn);
    enrolment.teamId = teamId;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /** Records that the plan was established (called by the plans feature when a plan is started). */
  async markPlanEstablished(ctx: RequestContext, enrolment: Enrolment, establishedOn: string): Promise<void> {
    this.assertWithinPeriod(ctx, enrolment, establishedOn, 'input.establishedOn');
    enrolment.planEstablishedOn = establishedOn;
    enrolment.workingDaysToPlan = workingDaysBetween(enrolment.firstContactOn, establishedOn);
    await ctx.em.getRepository(Enrolment).save(enrolment);
  }

  async exit(ctx: RequestContext, input: ExitEnrolmentInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertWithinPeriod(ctx, enrolment, input.exitOn, 'input.exitOn');
    const work = isWorkReason(input.reason);
    if (input.workStartedOn && !work) throw DomainError.field('input.workStartedOn', 'only for an exit to work (WORK_UNSUBSIDISED or WORK_SUBSIDISED)');
    if (input.workStartedOn && input.workStartedOn < enrolment.firstContactOn) {
      throw DomainError.field('input.workStartedOn', `cannot be before the first contact (${enrolment.firstContactOn})`);
    }
    return this.close(ctx, enrolment, { exitOn: input.exitOn, reason: input.reason, workStartedOn: work ? (input.workStartedOn ?? input.exitOn) : null, placementId: null });
  }

  /**
   * Ends an open period (the secretary's exit, or a placement's outcome through its job). Kolada counts an exit to
   * work only once the job has lasted one continuous month (docs/rules.md): such an exit starts PENDING, and a job is
   * queued for the day the month is complete; the daily check (WorkChecksService) settles any it missed.
   */
  async close(ctx: RequestContext, enrolment: Enrolment, exit: ExitFacts): Promise<Enrolment> {
    enrolment.exitOn = exit.exitOn;
    enrolment.exitReason = exit.reason;
    enrolment.exitPlacementId = exit.placementId;
    enrolment.workStartedOn = isWorkReason(exit.reason) ? (exit.workStartedOn ?? exit.exitOn) : null;
    enrolment.workEndedOn = null;
    enrolment.workCheck = null;
    enrolment.workCheckedOn = null;
    if (enrolment.workStartedOn) this.settleWorkCheck(enrolment, null);
    const saved = await ctx.em.getRepository(Enrolment).save(enrolment);
    if (saved.workCheck === WorkCheck.PENDING) {
      const due = Date.parse(`${monthLastedOn(saved.workStartedOn as string)}T04:00:00Z`); // early morning in Sweden
      ctx.onCommit(async () => {
        // not enqueued (Redis down): the daily check settles it instead, so the exit is not held up for it
        await this.jobs
          .enqueue('statistics.checkWorkExits', { enrolmentId: saved.id }, { jobId: `work-check.${saved.id}`, delayMs: Math.max(0, due - this.clock.now().getTime()) })
          .catch((error: unknown) => this.logger.warn(`one-month check of ${saved.id} not queued, the daily check will settle it: ${loggableMessage(error)}`));
      });
    }
    return saved;
  }

  /**
   * The secretary's word on an exit to work: the job ended on `jobEndedOn`, or (null) the person still works there.
   * The one-month rule then decides; confirming a job still running before its month is over is refused.
   */
  async confirmWorkExit(ctx: RequestContext, input: ConfirmWorkExitInput): Promise<Enrolment> {
    const enrolment = await findScoped(ctx, Enrolment, input.enrolmentId, 'Enrolment', { forUpdate: true });
    assertWritable(ctx, enrolment.principalId);
    if (!enrolment.workStartedOn) throw DomainError.field('input.enrolmentId', 'the period did not end in work');
    const endedOn = input.jobEndedOn ?? null;
    if (endedOn !== null) {
      if (endedOn < enrolment.workStartedOn) throw DomainError.field('input.jobEndedOn', `cannot be before the job started (${enrolment.workStartedOn})`);
      if (endedOn > this.clock.today()) throw DomainError.field('input.jobEndedOn', 'cannot be in the future');
    }
    if (!this.settleWorkCheck(enrolment, endedOn)) {
      throw DomainError.conflict(`The job has not lasted a month yet: it can be confirmed from ${monthLastedOn(enrolment.workStartedOn)}`, [
        { field: 'input.jobEndedOn', message: 'the month is not over' },
      ]);
    }
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /**
   * Applies the one-month rule ({@link checkWork}) to an exit to work as of today, with the job's last day if known:
   * settles the check when it can be settled (returns true), else leaves it PENDING (false).
   */
  settleWorkCheck(enrolment: Enrolment, endedOn: string | null): boolean {
    const today = this.clock.today();
    const check = checkWork(enrolment.workStartedOn as string, endedOn, today);
    enrolment.workEndedOn = endedOn;
    enrolment.workCheck = check ?? WorkCheck.PENDING;
    enrolment.workCheckedOn = check ? today : null;
    return check !== null;
  }

  /** An enrolment period the actor may change and that is still open, locked for the change. */
  async open(ctx: RequestContext, id: string): Promise<Enrolment> {
    const enrolment = await findScoped(ctx, Enrolment, id, 'Enrolment', { forUpdate: true });
    assertWritable(ctx, enrolment.principalId);
    if (enrolment.exitOn) throw DomainError.conflict('The enrolment period has ended', [{ field: 'input.enrolmentId', message: 'ended' }]);
    return enrolment;
  }

  /** A step of the period (or a follow-up in it) is dated within it: not before the first contact, not in the future, not before the agreement began. */
  assertWithinPeriod(ctx: RequestContext, enrolment: Enrolment, date: string, field: string): void {
    if (date < enrolment.firstContactOn) throw DomainError.field(field, `cannot be before the first contact (${enrolment.firstContactOn})`);
    if (date > this.clock.today()) throw DomainError.field(field, 'cannot be in the future');
    assertWritableOn(ctx, enrolment.principalId, date, field);
  }
}
