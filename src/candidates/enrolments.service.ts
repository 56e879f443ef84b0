import { Injectable } from '@nestjs/common';
import { assertWritable, findScoped } from '../modules/auth/principal-access.js';
import { workingDaysBetween } from '../modules/calendar/working-days.js';
import { Clock } from '../modules/context/clock.js';
import type { RequestContext } from '../modules/context/request-context.js';
import { DomainError } from '../modules/errors/domain-error.js';
import { Team } from '../modules/organisations/team.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Enrolment } from './enrolment.entity.js';
import type { ChooseSectorInput, ExitEnrolmentInput, FirstMeetingInput, PlanningWeekInput } from './enrolment.input.js';

/**
 * Moves an enrolment period along DOMAIN.md's path. Each step checks that it comes after the steps before it and
 * is not in the future; the working-day figures the statistics use are computed here, when the step is taken.
 */
@Injectable()
export class EnrolmentsService {
  constructor(private readonly clock: Clock) {}

  /** The first meeting (nysamtal); the secretary who holds it owns the plan from then on. */
  async recordFirstMeeting(ctx: RequestContext, input: FirstMeetingInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertDate(input.heldOn, enrolment.firstContactOn, 'input.heldOn', 'the first contact');
    enrolment.firstMeetingOn = input.heldOn;
    enrolment.activeJobSeeker = input.activeJobSeeker;
    enrolment.secretaryId = ctx.actor.userId;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  async startPlanningWeek(ctx: RequestContext, input: PlanningWeekInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertDate(input.startOn, enrolment.firstContactOn, 'input.startOn', 'the first contact');
    enrolment.planningWeekStartOn = input.startOn;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /**
   * The person's sector choice, which puts them in that sector's team: the team of the sector that serves their
   * principal. DOMAIN.md: the sector is chosen within the first week, measured in working days from first contact.
   */
  async chooseSector(ctx: RequestContext, input: ChooseSectorInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertDate(input.chosenOn, enrolment.firstContactOn, 'input.chosenOn', 'the first contact');
    const sector = await ctx.em.getRepository(Sector).findOneBy({ id: input.sectorId });
    if (!sector) throw DomainError.field('input.sectorId', 'unknown sector');
    const team = await ctx.em
      .getRepository(Team)
      .createQueryBuilder('t')
      .where('t.sectorId = :sectorId AND :principal = ANY(t.servedPrincipalIds)', { sectorId: sector.id, principal: enrolment.principalId })
      .orderBy('t.createdAt', 'ASC')
      .getOne();
    if (!team) throw DomainError.field('input.sectorId', `no sector team for ${sector.name} serves this person's municipality`);
    enrolment.sectorId = sector.id;
    enrolment.sectorChosenOn = input.chosenOn;
    enrolment.workingDaysToSector = workingDaysBetween(enrolment.firstContactOn, input.chosenOn);
    enrolment.teamId = team.id;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /** Records that the plan was established (called by the plans feature when a plan is started). */
  async markPlanEstablished(ctx: RequestContext, enrolment: Enrolment, establishedOn: string): Promise<void> {
    this.assertDate(establishedOn, enrolment.firstContactOn, 'input.establishedOn', 'the first contact');
    enrolment.planEstablishedOn = establishedOn;
    enrolment.workingDaysToPlan = workingDaysBetween(enrolment.firstContactOn, establishedOn);
    await ctx.em.getRepository(Enrolment).save(enrolment);
  }

  async exit(ctx: RequestContext, input: ExitEnrolmentInput): Promise<Enrolment> {
    const enrolment = await this.open(ctx, input.enrolmentId);
    this.assertDate(input.exitOn, enrolment.firstContactOn, 'input.exitOn', 'the first contact');
    enrolment.exitOn = input.exitOn;
    enrolment.exitReason = input.reason;
    return ctx.em.getRepository(Enrolment).save(enrolment);
  }

  /** An enrolment period the actor may change and that is still open, locked for the change. */
  async open(ctx: RequestContext, id: string): Promise<Enrolment> {
    const enrolment = await findScoped(ctx, Enrolment, id, 'Enrolment', { forUpdate: true });
    assertWritable(ctx, enrolment.principalId);
    if (enrolment.exitOn) throw DomainError.conflict('The enrolment period has ended', [{ field: 'input.enrolmentId', message: 'ended' }]);
    return enrolment;
  }

  private assertDate(date: string, notBefore: string, field: string, what: string): void {
    if (date < notBefore) throw DomainError.field(field, `cannot be before ${what} (${notBefore})`);
    if (date > this.clock.today()) throw DomainError.field(field, 'cannot be in the future');
  }
}
