/** Planning and changing recruitment meetings, and their lifecycle: invitations sent, held, cancelled; the search. */
import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { Employer } from '../../employers/employer.entity.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import { Role } from '../../platform/auth/role.enum.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { OpeningStatus } from '../openings/opening.enums.js';
import { Team } from '../organisations/team.entity.js';
import { findVisibleTeam } from '../organisations/team-visibility.js';
import { User } from '../organisations/user.entity.js';
import { OutboxService } from '../../platform/outbox/outbox.service.js';
import { assertPlanner, findMeeting, meetingsQuery } from './meeting-access.js';
import type { MeetingSearchArgs } from './meeting.args.js';
import { Attendance, MeetingStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import { MEETING_HELD, type MeetingHeldPayload } from './meeting-events.js';
import { MeetingEmployer } from './meeting-employer.entity.js';
import type { CancelMeetingInput, MeetingEmployerInput, MeetingStatusInput, PlanMeetingInput, UpdateMeetingInput } from './meeting.input.js';
import { MeetingInterview } from './meeting-interview.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { MeetingRemindersService } from './meeting-reminders.service.js';
import { isOpenForChanges, meetingTimeProblems, refuseStatusChange } from './meeting-rules.js';
import { MeetingStaff } from './meeting-staff.entity.js';
import { MeetingVenue } from './meeting-venue.entity.js';

/** The exclusion constraints of migration Meetings, and the input field each one is about. */
const EXCLUSIONS: Record<string, { field: string; message: string }> = {
  EX_meeting_venue_time: { field: 'input.venueId', message: 'the venue is booked by another meeting at that time' },
  EX_meeting_staff_time: { field: 'input.responsibleUserIds', message: 'a responsible staff member has another meeting at that time' },
};

/** Staff roles that can be responsible for a meeting (not the principal's reviewers, not administrators). */
const RESPONSIBLE_ROLES: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.RECRUITER, Role.CAREER_COUNSELLOR, Role.TEACHER, Role.MANAGER, Role.BUSINESS_DEVELOPER];

/**
 * Recruitment meetings (docs/domain.md: the sector teams arrange "a couple per quarter in Svedala, physical in Svedala or
 * Trelleborg, parts digital"): planning, moving, the employers and openings they bring, and the lifecycle. A venue
 * booked twice and a staff member responsible for two meetings at once are refused with CONFLICT naming the field:
 * checked first in SQL for a message naming the other meeting, and refused again by the database's exclusion
 * constraints, which is what makes two concurrent bookings unable to both succeed. Changes carry the version read.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly clock: Clock,
    private readonly reminders: MeetingRemindersService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Plans a meeting of a sector team for a municipality the team serves, in the team's sector, by a member of the
   * team or a manager. Not in the past; at a venue, through a link, or both; with the staff responsible and the
   * employers and the openings they bring.
   */
  async plan(ctx: RequestContext, input: PlanMeetingInput): Promise<Meeting> {
    const team = await findVisibleTeam(ctx, input.teamId);
    if (!team.sectorId) throw DomainError.field('input.teamId', 'not a sector team');
    if (!team.servedPrincipalIds.includes(input.principalId)) throw DomainError.field('input.principalId', 'not a municipality the team serves');
    await assertPlanner(ctx, team, input.principalId);
    const problems = meetingTimeProblems(input.startsAt, input.endsAt, this.clock.now());
    if (problems.length > 0) throw DomainError.badInput(problems);
    const venue = await this.place(ctx, input.venueId ?? null, input.onlineUrl ?? null);
    await this.assertStaff(ctx, team, input.responsibleUserIds);
    await this.assertFree(ctx, null, venue?.id ?? null, input.startsAt, input.endsAt, input.responsibleUserIds);

    const repo = ctx.em.getRepository(Meeting);
    const meeting = await this.excluding(() =>
      repo.save(
        repo.create({
          principalId: input.principalId,
          sectorId: team.sectorId as string,
          teamId: team.id,
          title: input.title,
          venueId: venue?.id ?? null,
          onlineUrl: input.onlineUrl ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          status: MeetingStatus.PLANNED,
          notes: input.notes || null,
          createdById: ctx.actor.userId,
        }),
      ),
    );
    await this.excluding(() => ctx.em.getRepository(MeetingStaff).insert(input.responsibleUserIds.map((userId) => ({ meetingId: meeting.id, userId }))));
    await this.setEmployers(ctx, meeting, input.employers ?? []);
    return meeting;
  }

  /**
   * Changes a planned meeting (or one whose invitations are out): title, time, place, staff, employers, notes. The
   * version goes up with every change (it is the calendar event's SEQUENCE); moving the meeting plans its reminders
   * again for the new time. A smaller venue must still hold everyone invited who has not declined.
   */
  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<Meeting> {
    const meeting = await this.lockForChange(ctx, input.id, input.version);
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    const startsAt = input.startsAt ?? meeting.startsAt;
    const endsAt = input.endsAt ?? meeting.endsAt;
    const moved = startsAt.getTime() !== meeting.startsAt.getTime() || endsAt.getTime() !== meeting.endsAt.getTime();
    if (moved) {
      const problems = meetingTimeProblems(startsAt, endsAt, this.clock.now());
      if (problems.length > 0) throw DomainError.badInput(problems);
    }
    const venueId = input.venueId !== undefined ? input.venueId : meeting.venueId;
    const onlineUrl = input.onlineUrl !== undefined ? input.onlineUrl : meeting.onlineUrl;
    const venue = await this.place(ctx, venueId, onlineUrl, venueId === meeting.venueId);
    if (venue && venueId !== meeting.venueId) {
      const seated = await this.seated(ctx, meeting.id);
      if (seated > venue.capacity) {
        throw DomainError.conflict(`The venue holds ${venue.capacity}; ${seated} are invited`, [{ field: 'input.venueId', message: `holds ${venue.capacity}, ${seated} invited` }], 'OVER_CAPACITY');
      }
    }
    const staff = input.responsibleUserIds ?? (await this.staffOf(ctx, meeting.id));
    if (input.responsibleUserIds) await this.assertStaff(ctx, team, input.responsibleUserIds);
    await this.assertFree(ctx, meeting.id, venue?.id ?? null, startsAt, endsAt, staff);

    await this.excluding(() =>
      ctx.em
        .createQueryBuilder()
        .update(Meeting)
        .set({
          title: input.title ?? meeting.title,
          startsAt,
          endsAt,
          venueId: venue?.id ?? null,
          onlineUrl: onlineUrl ?? null,
          notes: input.notes !== undefined ? input.notes || null : meeting.notes,
        })
        .where('id = :id', { id: meeting.id })
        .execute(),
    );
    if (input.responsibleUserIds) {
      await ctx.em.getRepository(MeetingStaff).delete({ meetingId: meeting.id });
      await this.excluding(() => ctx.em.getRepository(MeetingStaff).insert(input.responsibleUserIds!.map((userId) => ({ meetingId: meeting.id, userId }))));
    }
    if (input.employers) await this.setEmployers(ctx, meeting, input.employers);
    const saved = await ctx.em.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
    if (moved) this.reminders.planAfterCommit(ctx, saved);
    return saved;
  }

  /** The invitations go out: the list must not be empty; the reminders are planned from now on. */
  async sendInvitations(ctx: RequestContext, input: MeetingStatusInput): Promise<Meeting> {
    const meeting = await this.lockForChange(ctx, input.id, input.version, MeetingStatus.INVITATIONS_SENT);
    if (!(await ctx.em.getRepository(MeetingInvitation).existsBy({ meetingId: meeting.id }))) {
      throw DomainError.conflict('Nobody is invited yet', [{ field: 'input.id', message: 'no invitations' }]);
    }
    meeting.status = MeetingStatus.INVITATIONS_SENT;
    meeting.invitationsSentAt = this.clock.now();
    const saved = await ctx.em.getRepository(Meeting).save(meeting);
    this.reminders.planAfterCommit(ctx, saved);
    return saved;
  }

  /**
   * Marks the meeting held, once it has started. Each participating employer then gets an entry in its contact log
   * (through the outbox, in the employer's principal, on behalf of the caller): the event is recorded with this
   * change, so the entries cannot be lost, and they are written at most once per meeting and employer.
   */
  async markHeld(ctx: RequestContext, input: MeetingStatusInput): Promise<Meeting> {
    const meeting = await this.lockForChange(ctx, input.id, input.version, MeetingStatus.HELD);
    if (meeting.startsAt > this.clock.now()) throw DomainError.conflict('The meeting has not started yet', [{ field: 'input.id', message: 'not started' }], 'MEETING_NOT_STARTED');
    meeting.status = MeetingStatus.HELD;
    meeting.heldAt = this.clock.now();
    const saved = await ctx.em.getRepository(Meeting).save(meeting);
    const employers = await ctx.em.getRepository(MeetingEmployer).find({ where: { meetingId: meeting.id }, order: { createdAt: 'ASC' } });
    const attended = await ctx.em.getRepository(MeetingInvitation).countBy({ meetingId: meeting.id, attendance: Attendance.ATTENDED });
    for (const employer of employers) {
      const payload: MeetingHeldPayload = { meetingId: meeting.id, meetingEmployerId: employer.id, employerId: employer.employerId, attended, actorId: ctx.actor.userId };
      await this.outbox.record(ctx, { kind: MEETING_HELD, principalId: employer.principalId, stream: employer.id, payload: { ...payload } });
    }
    return saved;
  }

  /** Cancels a meeting that has not been held: its venue and staff are free again, and no reminders go out. */
  async cancel(ctx: RequestContext, input: CancelMeetingInput): Promise<Meeting> {
    const meeting = await this.lockForChange(ctx, input.id, input.version, MeetingStatus.CANCELLED);
    meeting.status = MeetingStatus.CANCELLED;
    meeting.cancelledAt = this.clock.now();
    meeting.cancelReason = input.reason;
    return ctx.em.getRepository(Meeting).save(meeting);
  }

  get(ctx: RequestContext, id: string): Promise<Meeting> {
    return findMeeting(ctx, id);
  }

  /** Meetings the caller may read, by start. */
  search(ctx: RequestContext, args: MeetingSearchArgs): Promise<Page<Meeting>> {
    const qb = meetingsQuery(ctx).orderBy('m.startsAt', 'ASC').addOrderBy('m.id', 'ASC');
    if (args.teamId) qb.andWhere('m.teamId = :teamId', { teamId: args.teamId });
    if (args.principalId) qb.andWhere('m.principalId = :principalId', { principalId: args.principalId });
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    if (args.from) qb.andWhere('m.endsAt > :from', { from: args.from });
    if (args.to) qb.andWhere('m.startsAt < :to', { to: args.to });
    return paginate(qb, args);
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /**
   * The meeting locked for a change by one of its planners, at the version read, still open for changes (or, with
   * `to`, allowed to move to that status).
   */
  private async lockForChange(ctx: RequestContext, id: string, version: number, to?: MeetingStatus): Promise<Meeting> {
    const meeting = await findMeeting(ctx, id, { forUpdate: true });
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    await assertPlanner(ctx, team, meeting.principalId, 'input.id');
    if (meeting.version !== version) throw DomainError.staleVersion('Meeting', version, meeting.version);
    if (to) {
      const refusal = refuseStatusChange(meeting.status, to);
      if (refusal) throw DomainError.conflict(`Not allowed: ${refusal}`, [{ field: 'input.id', message: refusal }]);
    } else if (!isOpenForChanges(meeting.status)) {
      throw DomainError.conflict(`A ${meeting.status} meeting cannot be changed`, [{ field: 'input.id', message: meeting.status }]);
    }
    return meeting;
  }

  /** The venue (active, in a municipality the caller reads), and that there is a venue or a link. */
  private async place(ctx: RequestContext, venueId: string | null, onlineUrl: string | null, keptVenue = false): Promise<MeetingVenue | null> {
    if (!venueId && !onlineUrl) throw DomainError.field('input.venueId', 'give a venue, a link (onlineUrl), or both');
    if (!venueId) return null;
    const venue = await ctx.em.getRepository(MeetingVenue).findOneBy({ id: venueId });
    if (!venue || !ctx.actor.readablePrincipalIds.includes(venue.principalId)) throw DomainError.field('input.venueId', 'unknown venue');
    if (!venue.active && !keptVenue) throw DomainError.field('input.venueId', 'the venue is no longer in use');
    return venue;
  }

  /** The responsible staff: active staff of the organising team's organisation. */
  private async assertStaff(ctx: RequestContext, team: Team, userIds: readonly string[]): Promise<void> {
    const users = await ctx.em.getRepository(User).findBy({ id: In([...userIds]) });
    userIds.forEach((id, i) => {
      const user = users.find((u) => u.id === id);
      if (!user || !user.active || user.organisationId !== team.organisationId || !user.roles.some((r) => RESPONSIBLE_ROLES.includes(r))) {
        throw DomainError.field(`input.responsibleUserIds.${i}`, "not active staff of the organising team's organisation");
      }
    });
  }

  /**
   * Refuses a venue or a staff member already booked in an overlapping time (half-open ranges, as the exclusion
   * constraints: one meeting may start when the other ends). Looks across every principal: a room and a person
   * cannot be in two places whoever the meeting is for.
   */
  private async assertFree(ctx: RequestContext, meetingId: string | null, venueId: string | null, startsAt: Date, endsAt: Date, staff: readonly string[]): Promise<void> {
    if (venueId) {
      const [clash]: Array<{ title: string; starts_at: Date; ends_at: Date }> = await ctx.em.query(
        `SELECT title, starts_at, ends_at FROM meeting
          WHERE venue_id = $1 AND status <> 'CANCELLED' AND ($2::uuid IS NULL OR id <> $2) AND tstzrange(starts_at, ends_at) && tstzrange($3, $4)
          ORDER BY starts_at LIMIT 1`,
        [venueId, meetingId, startsAt, endsAt],
      );
      if (clash) {
        throw DomainError.conflict(`The venue is booked for "${clash.title}" (${iso(clash.starts_at)}–${iso(clash.ends_at)})`, [
          { field: 'input.venueId', message: 'booked at that time' },
        ], 'DOUBLE_BOOKED');
      }
    }
    if (staff.length > 0) {
      const [clash]: Array<{ user_id: string; title: string; starts_at: Date; ends_at: Date }> = await ctx.em.query(
        `SELECT s.user_id, m.title, m.starts_at, m.ends_at FROM meeting_staff s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.user_id = ANY($1) AND s.active AND ($2::uuid IS NULL OR s.meeting_id <> $2) AND s.during && tstzrange($3, $4)
          ORDER BY m.starts_at LIMIT 1`,
        [[...staff], meetingId, startsAt, endsAt],
      );
      if (clash) {
        throw DomainError.conflict(`A responsible staff member is at "${clash.title}" (${iso(clash.starts_at)}–${iso(clash.ends_at)})`, [
          { field: `input.responsibleUserIds.${staff.indexOf(clash.user_id)}`, message: 'responsible for another meeting at that time' },
        ], 'DOUBLE_BOOKED');
      }
    }
  }

  /** Turns a violated exclusion constraint (a concurrent booking won) into CONFLICT naming the field. */
  private async excluding<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      const exclusion = driver?.code === '23P01' ? EXCLUSIONS[driver.constraint ?? ''] : undefined;
      if (exclusion) throw DomainError.conflict(`Double booking: ${exclusion.message}`, [exclusion], 'DOUBLE_BOOKED');
      throw error;
    }
  }

  private async staffOf(ctx: RequestContext, meetingId: string): Promise<string[]> {
    return (await ctx.em.getRepository(MeetingStaff).findBy({ meetingId })).map((s) => s.userId);
  }

  /** Seats taken: everyone invited but those who declined. */
  async seated(ctx: RequestContext, meetingId: string): Promise<number> {
    const [row]: Array<{ n: number }> = await ctx.em.query(`SELECT count(*)::int AS n FROM meeting_invitation WHERE meeting_id = $1 AND response <> 'DECLINED'`, [meetingId]);
    return row.n;
  }

  /**
   * Replaces the participating employers and the openings they bring: each employer one the caller may read and not
   * archived, each opening that employer's and open. An employer or opening with an interview booked at the meeting
   * stays (CONFLICT if the list drops it).
   */
  private async setEmployers(ctx: RequestContext, meeting: Meeting, list: readonly MeetingEmployerInput[]): Promise<void> {
    const seen = new Set<string>();
    const wanted: Array<{ employer: Employer; openingIds: string[] }> = [];
    for (const [i, item] of list.entries()) {
      if (seen.has(item.employerId)) throw DomainError.field(`input.employers.${i}.employerId`, 'listed twice');
      seen.add(item.employerId);
      const employer = await findScoped(ctx, Employer, item.employerId, 'Employer');
      if (employer.archivedAt) throw DomainError.field(`input.employers.${i}.employerId`, 'the employer is archived');
      for (const [j, openingId] of item.openingIds.entries()) {
        const opening = await ctx.em.getRepository(Opening).findOneBy({ id: openingId });
        if (!opening || opening.employerId !== employer.id) throw DomainError.field(`input.employers.${i}.openingIds.${j}`, "not an opening of this employer");
        if (opening.status !== OpeningStatus.OPEN) {
          throw DomainError.conflict(`Only open openings are brought to a meeting; this one is ${opening.status}`, [{ field: `input.employers.${i}.openingIds.${j}`, message: opening.status }]);
        }
      }
      wanted.push({ employer, openingIds: item.openingIds });
    }
    const keep = new Set(wanted.flatMap((w) => w.openingIds));
    const booked = await ctx.em.getRepository(MeetingInterview).find({ where: { meetingId: meeting.id } });
    const dropped = booked.find((b) => !keep.has(b.openingId));
    if (dropped) throw DomainError.conflict('An interview is booked for an opening the new list leaves out', [{ field: 'input.employers', message: `keep opening ${dropped.openingId}` }]);

    await ctx.em.query(`DELETE FROM meeting_opening WHERE meeting_id = $1 AND NOT (opening_id = ANY($2))`, [meeting.id, [...keep]]);
    await ctx.em.query(`DELETE FROM meeting_employer WHERE meeting_id = $1 AND NOT (employer_id = ANY($2))`, [meeting.id, wanted.map((w) => w.employer.id)]);
    let position = 0;
    for (const { employer, openingIds } of wanted) {
      await ctx.em
        .createQueryBuilder()
        .insert()
        .into(MeetingEmployer)
        .values({ meetingId: meeting.id, employerId: employer.id, principalId: employer.principalId })
        .orIgnore()
        .execute();
      for (const openingId of openingIds) {
        await ctx.em.query(
          `INSERT INTO meeting_opening (meeting_id, opening_id, employer_id, position) VALUES ($1, $2, $3, $4)
           ON CONFLICT (meeting_id, opening_id) DO UPDATE SET position = EXCLUDED.position`,
          [meeting.id, openingId, employer.id, position++],
        );
      }
    }
  }
}

function iso(at: Date | string): string {
  return new Date(at).toISOString();
}

