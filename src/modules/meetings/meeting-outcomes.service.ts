/** What came of a recruitment meeting for the people invited: attendance, and interviews booked at the meeting. */
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { assertWritable, findScoped } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { Team } from '../organisations/team.entity.js';
import { OutboxService } from '../../platform/outbox/outbox.service.js';
import { Placement } from '../placements/placement.entity.js';
import { PlacementStage } from '../placements/placement.enums.js';
import { PlacementsService } from '../placements/placements.service.js';
import { assertPlanner, findMeeting, lockInvitation } from './meeting-access.js';
import { Attendance, MeetingStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import { MEETING_ATTENDANCE_RECORDED, type MeetingAttendancePayload } from './meeting-events.js';
import type { AttendanceInput, BookMeetingInterviewInput } from './meeting.input.js';
import { MeetingInterview } from './meeting-interview.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';

/**
 * The outcomes of a meeting, recorded once it has started: an interview booked at the meeting goes through
 * PlacementsService in the same transaction (the staff member sees the placement, or why it was refused, at once);
 * attendance reaches the person's plan through the outbox, in the person's principal.
 */
@Injectable()
export class MeetingOutcomesService {
  constructor(
    private readonly clock: Clock,
    private readonly placements: PlacementsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Records whether the person came, once the meeting has started (invitations sent or held). The person's plan
   * follows through the outbox: the recruitment meeting becomes a plan activity, completed or cancelled.
   */
  async attend(ctx: RequestContext, input: AttendanceInput): Promise<MeetingInvitation> {
    const invitation = await lockInvitation(ctx, input.invitationId, input.version);
    const meeting = await this.startedMeeting(ctx, invitation.meetingId);
    if (invitation.attendance === input.attendance) return invitation;
    invitation.attendance = input.attendance;
    invitation.attendanceRecordedAt = this.clock.now();
    const saved = await ctx.em.getRepository(MeetingInvitation).save(invitation);
    const payload: MeetingAttendancePayload = { meetingId: meeting.id, invitationId: invitation.id, enrolmentId: invitation.enrolmentId, attendance: input.attendance,
      meetingTitle: meeting.title, startsAt: meeting.startsAt.toISOString(), actorId: ctx.actor.userId };
    await this.outbox.record(ctx, { kind: MEETING_ATTENDANCE_RECORDED, principalId: invitation.principalId, stream: invitation.enrolmentId, payload: { ...payload } });
    return saved;
  }

  /**
   * Books an interview at the meeting between a person who came and an employer, for one of the openings it brought:
   * the person's placement at that opening is created, or an existing one moved on, up to INTERVIEW through
   * PlacementsService (presenting on the way needs the person's consent, as always). Once per person and opening,
   * with the time agreed, which cannot be before the meeting.
   */
  async bookInterview(ctx: RequestContext, input: BookMeetingInterviewInput): Promise<MeetingInterview> {
    const invitation = await findScoped(ctx, MeetingInvitation, input.invitationId, 'MeetingInvitation', { forUpdate: true });
    assertWritable(ctx, invitation.principalId, 'input.invitationId');
    const meeting = await this.startedMeeting(ctx, invitation.meetingId);
    if (invitation.attendance !== Attendance.ATTENDED) {
      throw DomainError.conflict('Interviews are booked at the meeting with people who came: record the attendance first', [{ field: 'input.invitationId', message: 'not recorded as attended' }]);
    }
    if (input.scheduledAt && input.scheduledAt < meeting.startsAt) throw DomainError.field('input.scheduledAt', 'not before the meeting starts');
    const brought: unknown[] = await ctx.em.query(`SELECT 1 FROM meeting_opening WHERE meeting_id = $1 AND opening_id = $2`, [meeting.id, input.openingId]);
    if (brought.length === 0) throw DomainError.field('input.openingId', 'not an opening brought to the meeting');
    if (await ctx.em.getRepository(MeetingInterview).existsBy({ invitationId: invitation.id, openingId: input.openingId })) {
      throw DomainError.conflict('An interview is already booked for the person and the opening', [{ field: 'input.openingId', message: 'already booked' }]);
    }
    const placement = await this.toInterview(ctx, invitation, input.openingId, input.note ?? null);
    const repo = ctx.em.getRepository(MeetingInterview);
    return repo.save(
      repo.create({
        meetingId: meeting.id,
        invitationId: invitation.id,
        principalId: invitation.principalId,
        openingId: input.openingId,
        placementId: placement.id,
        scheduledAt: input.scheduledAt ?? null,
        note: input.note ?? null,
        bookedById: ctx.actor.userId,
      }),
    );
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** A meeting that has started and not been cancelled: attendance and interviews are recorded then. */
  private async startedMeeting(ctx: RequestContext, meetingId: string): Promise<Meeting> {
    const meeting = await findMeeting(ctx, meetingId);
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    await assertPlanner(ctx, team, meeting.principalId, 'input.invitationId');
    if (meeting.status !== MeetingStatus.INVITATIONS_SENT && meeting.status !== MeetingStatus.HELD) {
      throw DomainError.conflict(`The meeting is ${meeting.status}`, [{ field: 'input.invitationId', message: meeting.status }]);
    }
    if (meeting.startsAt > this.clock.now()) throw DomainError.conflict('The meeting has not started yet', [{ field: 'input.invitationId', message: 'not started' }], 'MEETING_NOT_STARTED');
    return meeting;
  }

  /** The person's placement at the opening at INTERVIEW: created, or an open one moved on (PROPOSED → PRESENTED → INTERVIEW). */
  private async toInterview(ctx: RequestContext, invitation: MeetingInvitation, openingId: string, note: string | null): Promise<Placement> {
    try {
      let placement =
        (await ctx.em.getRepository(Placement).findOne({ where: { candidateId: invitation.candidateId, openingId, stage: Not(PlacementStage.OUTCOME) } })) ??
        (await this.placements.create(ctx, { candidateId: invitation.candidateId, openingId, note: note ?? 'Föreslagen vid rekryteringsträff' }));
      const path = [PlacementStage.PROPOSED, PlacementStage.PRESENTED, PlacementStage.INTERVIEW];
      if (!path.includes(placement.stage)) {
        throw DomainError.conflict(`The person's placement at the opening is already at ${placement.stage}`, [{ field: 'input.openingId', message: placement.stage }]);
      }
      while (placement.stage !== PlacementStage.INTERVIEW) {
        const next = path[path.indexOf(placement.stage) + 1];
        placement = await this.placements.advance(ctx, {
          id: placement.id,
          version: placement.version,
          stage: next,
          on: null,
          note: next === PlacementStage.INTERVIEW ? (note ?? 'Intervju bokad vid rekryteringsträff') : null,
        });
      }
      return placement;
    } catch (error) {
      // the placement names its own inputs; here the booking's fields are the caller's
      if (error instanceof DomainError && error.code !== ErrorCode.NOT_FOUND && !error.fields.some((f) => f.field.startsWith('input.openingId'))) {
        throw new DomainError(error.code, error.message, [{ field: 'input.invitationId', message: error.fields[0]?.message ?? error.message }]);
      }
      throw error;
    }
  }
}
