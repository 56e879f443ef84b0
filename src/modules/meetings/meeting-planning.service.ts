import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { meetingsQuery } from './meeting-access.js';
import { MeetingStatus } from './meeting.enums.js';
import { parseMeetingTargets, quarterDates, quarterProgress } from './meeting-quarters.js';
import type { MeetingQuarterPlan, MunicipalityMeetingPlan } from './meeting.types.js';

/**
 * The planning view: per quarter, per municipality the caller reads and per sector, meetings held and planned against
 * the municipality's quarterly target (MEETING_TARGETS_PER_QUARTER; docs/domain.md: "a couple per quarter arranged in
 * Svedala"). A meeting belongs to the quarter of its local start date and to the municipality it is arranged for.
 */
@Injectable()
export class MeetingPlanningService {
  private readonly targets: Map<string, number>;

  constructor(private readonly config: AppConfig) {
    this.targets = parseMeetingTargets(config.MEETING_TARGETS_PER_QUARTER);
  }

  async quarter(ctx: RequestContext, year: number, quarter: number): Promise<MeetingQuarterPlan> {
    const { from, to } = quarterDates(year, quarter);
    const principals = await ctx.em.getRepository(Organisation).find({
      where: { id: In([...ctx.actor.readablePrincipalIds]), kind: OrganisationKind.MUNICIPALITY },
      order: { name: 'ASC' },
    });
    const meetings = await meetingsQuery(ctx)
      .andWhere(`(m.startsAt AT TIME ZONE :tz)::date BETWEEN :from AND :to`, { tz: this.config.TIME_ZONE, from, to })
      .andWhere('m.principalId IN (:...principals)', { principals: principals.length ? principals.map((p) => p.id) : [ctx.actor.homePrincipalId] })
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    const sectors = await ctx.em.getRepository(Sector).findBy({ id: In([...new Set(meetings.map((m) => m.sectorId))]) });
    const municipalities: MunicipalityMeetingPlan[] = principals.map((principal) => {
      const mine = meetings.filter((m) => m.principalId === principal.id);
      const count = (status: MeetingStatus[], list = mine) => list.filter((m) => status.includes(m.status)).length;
      const held = count([MeetingStatus.HELD]);
      const planned = count([MeetingStatus.PLANNED, MeetingStatus.INVITATIONS_SENT]);
      const target = this.targets.get(principal.municipalityConceptId) ?? 0;
      return {
        principal,
        target,
        held,
        planned,
        cancelled: count([MeetingStatus.CANCELLED]),
        ...quarterProgress(target, held, planned),
        sectors: sectors
          .filter((s) => mine.some((m) => m.sectorId === s.id))
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((sector) => {
            const ofSector = mine.filter((m) => m.sectorId === sector.id);
            return {
              sector,
              held: count([MeetingStatus.HELD], ofSector),
              planned: count([MeetingStatus.PLANNED, MeetingStatus.INVITATIONS_SENT], ofSector),
              cancelled: count([MeetingStatus.CANCELLED], ofSector),
            };
          }),
        meetings: mine,
      };
    });
    return { year, quarter, from, to, municipalities };
  }
}
