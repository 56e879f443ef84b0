import type { Attendance } from './meeting.enums.js';

/**
 * The outbox events of recruitment meetings: what a meeting carries into other features' records, each handled in
 * the principal whose record it changes (the person's for the plan, the employer's for the contact log). Payloads
 * hold the facts as they were when the event happened, which is what the handlers decide from.
 */

/**
 * Attendance was recorded (or changed): the person's plan gets the recruitment meeting as an activity. Its stream
 * is the person's enrolment period, so a correction is carried over after the attendance it corrects.
 */
export const MEETING_ATTENDANCE_RECORDED = 'meeting.attendance-recorded';

/** The meeting was held: one event per participating employer (its stream), whose contact log gets an entry. */
export const MEETING_HELD = 'meeting.held';

export interface MeetingAttendancePayload {
  [key: string]: string;
  meetingId: string;
  invitationId: string;
  /** The enrolment period the person was invited in. */
  enrolmentId: string;
  /** What was recorded: the activity is completed or cancelled by this, not by a later correction. */
  attendance: Attendance;
  /** The meeting's title and start then: the activity's note and day. */
  meetingTitle: string;
  startsAt: string;
  /** The staff member who recorded it; the plan change is made on their behalf. */
  actorId: string;
}

export interface MeetingHeldPayload {
  [key: string]: string | number;
  meetingId: string;
  meetingEmployerId: string;
  employerId: string;
  /** How many came, as recorded when the meeting was marked held (attendance recorded later does not change the entry). */
  attended: number;
  /** The staff member who marked the meeting held; the contact is logged on their behalf. */
  actorId: string;
}
