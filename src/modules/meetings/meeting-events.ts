/**
 * The outbox events of recruitment meetings: what a meeting carries into other features' records, each handled in
 * the principal whose record it changes (the person's for the plan, the employer's for the contact log).
 */

/** Attendance was recorded (or changed): the person's plan gets the recruitment meeting as an activity. */
export const MEETING_ATTENDANCE_RECORDED = 'meeting.attendance-recorded';

/** The meeting was held: one event per participating employer, whose contact log gets an entry. */
export const MEETING_HELD = 'meeting.held';

export interface MeetingAttendancePayload {
  [key: string]: string;
  meetingId: string;
  invitationId: string;
  /** The staff member who recorded it; the plan change is made on their behalf. */
  actorId: string;
}

export interface MeetingHeldPayload {
  [key: string]: string;
  meetingId: string;
  meetingEmployerId: string;
  employerId: string;
  /** The staff member who marked the meeting held; the contact is logged on their behalf. */
  actorId: string;
}
