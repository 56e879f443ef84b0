import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { Employer } from '../../employers/employer.entity.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Opening } from '../openings/opening.entity.js';
import { Team } from '../organisations/team.entity.js';
import { findVisibleTeam } from '../organisations/team-visibility.js';
import { assertTeamPlanner, findMeeting, meetingsQuery } from './meeting-access.js';
import { MeetingStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import { MeetingFeedToken } from './meeting-feed-token.entity.js';
import type { CreateMeetingFeedTokenInput } from './meeting.input.js';
import type { CreatedMeetingFeedToken } from './meeting.types.js';
import { MeetingVenue } from './meeting-venue.entity.js';
import { venueText } from './meeting-venues.service.js';

/** How far back a team's feed reaches; later meetings are all in it. */
const FEED_HISTORY_DAYS = 365;
/** The most events one feed holds. */
const FEED_MAX_EVENTS = 1000;

/**
 * The iCalendar (.ics) feeds of meetings, per meeting and per team, written with ical-generator: one VEVENT per
 * meeting with a UID stable for the meeting, DTSTART/DTEND in UTC, LOCATION the venue or the link, STATUS CANCELLED
 * for a cancelled meeting and SEQUENCE its version, so calendar apps update the event they have. A feed holds the
 * meeting's title, time, place and employers: never anything about the people invited.
 *
 * Calendar apps subscribe over plain HTTP without a bearer token, so a team's feed is also served at
 * `/calendar/feeds/<token>/…` for a feed token the team creates: 32 random bytes, stored only as their SHA-256,
 * revocable.
 */
@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One meeting's .ics, its employers as far as the caller reads them. */
  async meetingCalendar(ctx: RequestContext, meeting: Meeting): Promise<string> {
    return this.render(ctx.em, [meeting], meeting.title, [...ctx.actor.readablePrincipalIds]);
  }

  /** Every meeting of a team the caller may read, from a year back. */
  async teamCalendar(ctx: RequestContext, teamId: string): Promise<string> {
    const team = await findVisibleTeam(ctx, teamId);
    const meetings = await meetingsQuery(ctx)
      .andWhere('m.teamId = :teamId AND m.endsAt > :since', { teamId, since: this.since() })
      .orderBy('m.startsAt', 'ASC')
      .take(FEED_MAX_EVENTS)
      .getMany();
    return this.render(ctx.em, meetings, `Rekryteringsträffar – ${team.name}`, [...ctx.actor.readablePrincipalIds]);
  }

  /** A feed token for a team, by one of its planners: the token is returned this once. */
  async createToken(ctx: RequestContext, input: CreateMeetingFeedTokenInput): Promise<CreatedMeetingFeedToken> {
    const team = await findVisibleTeam(ctx, input.teamId);
    await assertTeamPlanner(ctx, team, 'input.teamId');
    const token = randomBytes(32).toString('base64url');
    const repo = ctx.em.getRepository(MeetingFeedToken);
    const feedToken = await repo.save(repo.create({ teamId: team.id, tokenHash: hashToken(token), label: input.label || null, createdById: ctx.actor.userId, revokedAt: null, lastUsedAt: null }));
    return { feedToken, token, path: feedPath(token) };
  }

  async revokeToken(ctx: RequestContext, id: string): Promise<MeetingFeedToken> {
    const feedToken = await ctx.em.getRepository(MeetingFeedToken).findOneBy({ id });
    if (!feedToken) throw DomainError.notFound('MeetingFeedToken', id);
    const team = await findVisibleTeam(ctx, feedToken.teamId);
    await assertTeamPlanner(ctx, team, 'id');
    if (!feedToken.revokedAt) {
      feedToken.revokedAt = this.clock.now();
      await ctx.em.getRepository(MeetingFeedToken).save(feedToken);
    }
    return feedToken;
  }

  async tokens(ctx: RequestContext, teamId: string): Promise<MeetingFeedToken[]> {
    const team = await findVisibleTeam(ctx, teamId);
    await assertTeamPlanner(ctx, team, 'teamId');
    return ctx.em.getRepository(MeetingFeedToken).find({ where: { teamId: team.id }, order: { createdAt: 'DESC' } });
  }

  /**
   * The team feed for a token (the HTTP endpoint), or null for an unknown or revoked token: all the team's meetings
   * from a year back, with all their employers (the team serves them all).
   */
  async feedForToken(token: string): Promise<string | null> {
    const team = await this.teamOfToken(token);
    if (!team) return null;
    const meetings = await this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where('m.teamId = :teamId AND m.endsAt > :since', { teamId: team.id, since: this.since() })
      .orderBy('m.startsAt', 'ASC')
      .take(FEED_MAX_EVENTS)
      .getMany();
    return this.render(this.dataSource.manager, meetings, `Rekryteringsträffar – ${team.name}`, null);
  }

  /** One meeting of the token's team, or null. */
  async meetingFeedForToken(token: string, meetingId: string): Promise<string | null> {
    const team = await this.teamOfToken(token);
    if (!team || !/^[0-9a-f-]{36}$/i.test(meetingId)) return null;
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id: meetingId, teamId: team.id });
    return meeting ? this.render(this.dataSource.manager, [meeting], meeting.title, null) : null;
  }

  /** A meeting the caller may read (for the GraphQL field). */
  findMeeting(ctx: RequestContext, id: string): Promise<Meeting> {
    return findMeeting(ctx, id);
  }

  private async teamOfToken(token: string): Promise<Team | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const feedToken = await this.dataSource.getRepository(MeetingFeedToken).findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!feedToken) return null;
    await this.dataSource.getRepository(MeetingFeedToken).update({ id: feedToken.id }, { lastUsedAt: this.clock.now() });
    return this.dataSource.getRepository(Team).findOneBy({ id: feedToken.teamId });
  }

  private since(): Date {
    return new Date(this.clock.now().getTime() - FEED_HISTORY_DAYS * 24 * 3600_000);
  }

  /**
   * The .ics of `meetings`. Employers and the openings they bring go in the description: those of `principals` only
   * (null: all). Nothing about the invited people.
   */
  private async render(em: EntityManager, meetings: readonly Meeting[], name: string, principals: string[] | null): Promise<string> {
    const ids = meetings.map((m) => m.id);
    const venues = await em.getRepository(MeetingVenue).findBy({ id: In(meetings.map((m) => m.venueId).filter((v): v is string => v !== null)) });
    const rows: Array<{ meeting_id: string; employer_id: string; principal_id: string; opening_id: string | null }> = ids.length
      ? await em.query(
          `SELECT e.meeting_id, e.employer_id, e.principal_id, o.opening_id FROM meeting_employer e
             LEFT JOIN meeting_opening o ON o.meeting_id = e.meeting_id AND o.employer_id = e.employer_id
            WHERE e.meeting_id = ANY($1) ORDER BY o.position NULLS LAST, e.created_at, e.id`,
          [ids],
        )
      : [];
    const visible = rows.filter((r) => principals === null || principals.includes(r.principal_id));
    const employers = await em.getRepository(Employer).findBy({ id: In([...new Set(visible.map((r) => r.employer_id))]) });
    const openings = await em.getRepository(Opening).findBy({ id: In(visible.map((r) => r.opening_id).filter((o): o is string => o !== null)) });

    const calendar = ical({
      name,
      prodId: { company: 'Brygga', product: 'Rekryteringstraffar', language: 'SV' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 15 * 60,
    });
    for (const meeting of meetings) {
      const venue = venues.find((v) => v.id === meeting.venueId);
      const mine = visible.filter((r) => r.meeting_id === meeting.id);
      const employerLines = [...new Set(mine.map((r) => r.employer_id))].map((employerId) => {
        const titles = mine.filter((r) => r.employer_id === employerId && r.opening_id).map((r) => openings.find((o) => o.id === r.opening_id)?.title);
        return `${employers.find((e) => e.id === employerId)?.name ?? ''}${titles.length ? ` (${titles.join(', ')})` : ''}`;
      });
      const description = [
        employerLines.length ? `Arbetsgivare: ${employerLines.join('; ')}` : null,
        meeting.onlineUrl ? `Digitalt: ${meeting.onlineUrl}` : null,
        meeting.status === MeetingStatus.CANCELLED ? `Inställd${meeting.cancelReason ? `: ${meeting.cancelReason}` : ''}` : null,
      ].filter(Boolean);
      calendar.createEvent({
        id: `${meeting.id}@brygga`,
        start: meeting.startsAt,
        end: meeting.endsAt,
        stamp: meeting.updatedAt,
        summary: meeting.title,
        location: venue ? venueText(venue) : meeting.onlineUrl,
        url: meeting.onlineUrl,
        description: description.length ? description.join('\n') : null,
        status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        sequence: meeting.version,
      });
    }
    return calendar.toString();
  }
}

/** Only the token's SHA-256 is stored: a 256-bit random token needs no slow hash, and a leaked table gives no feed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Where a calendar app subscribes to a team's feed. */
export function feedPath(token: string): string {
  return `/calendar/feeds/${token}/team.ics`;
}
